# CPack: what the package is called and what it needs. Build it with
#   cpack -G DEB        (in the build folder, after building everything)
# Values are written verbatim, so NSIS commands below need only CMake's own escaping.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME "herkomst")
set(CPACK_PACKAGE_VENDOR "Herkomst")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Where the Netherlands' goods imports come from: strategic dependencies")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Herkomst reproduces, live and adjustable, the analysis behind the Kamerbrief of 22 November\n"
    "2021 on strategic dependencies: which imported products come mostly from one non-EU\n"
    "country, are imported more than exported, and have a concentrated world market.\n"
    "It includes the desktop window (herkomst) and the command line (herkomst-cli), and\n"
    "starts on clearly labelled synthetic demo data.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Herkomst")
set(CPACK_PACKAGE_CONTACT "Herkomst maintainers <herkomst@example.invalid>" CACHE STRING
    "Maintainer shown in the packages; set your team's address")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
  set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()

if(WIN32)
  set(CPACK_GENERATOR "NSIS")
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

# --- Debian -------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)          # herkomst_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Libraries the binaries link come from dpkg-shlibdeps (exact sonames and versions). Qt loads some
# pieces as plugins, which no linker sees: the platform plugins (xcb, offscreen); the SVG icon
# engine ships in libqt6svg6, which the window links anyway. The store links libsqlite3 itself.
set(_runtime_plugins "")
if(TARGET herkomst)
  set(_runtime_plugins "qt6-qpa-plugins")
endif()
find_program(HERKOMST_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(HERKOMST_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  if(_runtime_plugins)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_runtime_plugins}")
  endif()
else()
  # Without dpkg-dev: the Debian 12 names of what the binaries link, written out.
  set(_linked "libc6, libstdc++6, libqt6core6, libsqlite3-0, libarchive13, zlib1g, libxlsxwriter4")
  if(TARGET herkomst)
    string(APPEND _linked ", libqt6gui6, libqt6widgets6, libqt6charts6, libqt6svg6, libqt6printsupport6, "
                          "libqcustomplot2.1-qt6")
  endif()
  if(_runtime_plugins)
    string(APPEND _linked ", ${_runtime_plugins}")
  endif()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_linked}")
endif()
# Dutch texts in Qt's own dialogs (Annuleren, Opslaan) come from Qt's translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# --- Windows (NSIS; see windows/deploy.cmake) ------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Herkomst ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Herkomst")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "herkomst" "Herkomst")   # Start menu entry
set(CPACK_CREATE_DESKTOP_LINKS "herkomst")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\herkomst.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "herkomst.exe")
# Saved analyses open in Herkomst on a double click; removed again on uninstall.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.herkomst" "" "Herkomst.Analyse"
  WriteRegStr SHCTX "Software\Classes\.herkomst" "Content Type" "application/x-herkomst-analysis"
  WriteRegStr SHCTX "Software\Classes\Herkomst.Analyse" "" "Herkomst-analyse"
  WriteRegStr SHCTX "Software\Classes\Herkomst.Analyse\DefaultIcon" "" "$INSTDIR\bin\herkomst.exe,0"
  WriteRegStr SHCTX "Software\Classes\Herkomst.Analyse\shell\open\command" "" '"$INSTDIR\bin\herkomst.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey SHCTX "Software\Classes\.herkomst"
  DeleteRegKey SHCTX "Software\Classes\Herkomst.Analyse"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

include(CPack)
