# Windows deployment for the NSIS installer (the ministry's workstations).
# NOT built or tested here: this project is developed on Debian. Written to be run on Windows 10/11
# with Qt 6.4+ for MSVC, from a shell where Qt's bin folder is on PATH (Qt's qtenv2.bat), e.g.
#   cmake -S . -B build -G "Visual Studio 17 2022" -DCMAKE_PREFIX_PATH=C:/Qt/6.4.3/msvc2019_64;C:/vcpkg/installed/x64-windows
#   cmake --build build --config Release
#   cpack --config build/CPackConfig.cmake -C Release        -> Herkomst-0.1.0-win64.exe
# Steps at install time (so also inside CPack's staging folder):
#  1. windeployqt copies the Qt libraries and plugins both programs need (platforms, styles,
#     imageformats, iconengines; no sqldrivers: Qt SQL is not linked) and Qt's translations;
#  2. the other DLLs they load (QCustomPlot, libxlsxwriter, libarchive, zlib, SQLite) are found with
#     file(GET_RUNTIME_DEPENDENCIES) in the folders below and copied into bin/;
#  3. the MSVC runtime comes from InstallRequiredSystemLibraries.

get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(HERKOMST_WINDEPLOYQT windeployqt HINTS "${_qt_bin}" DOC "Qt's windeployqt")
if(NOT HERKOMST_WINDEPLOYQT)
  message(FATAL_ERROR "windeployqt not found next to ${_qmake}; set HERKOMST_WINDEPLOYQT")
endif()

# Where the third-party DLLs live (vcpkg: <prefix>/bin). Extend when a library comes from elsewhere.
set(_dll_dirs "${_qt_bin}")
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
  list(APPEND _dll_dirs "${prefix}/bin")
endforeach()
set(HERKOMST_WINDOWS_DLL_DIRS "${_dll_dirs}" CACHE STRING "Folders searched for the DLLs Herkomst loads")

set(_programs "$<TARGET_FILE_NAME:herkomst-cli>")
if(TARGET herkomst)
  list(APPEND _programs "$<TARGET_FILE_NAME:herkomst>")
endif()

# The script runs at install time; \${...} is evaluated then, ${...} now.
install(CODE "
  set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(_programs \"${_programs}\")
  list(TRANSFORM _programs PREPEND \"\${_bin}/\")
  set(_dll_dirs \"${HERKOMST_WINDOWS_DLL_DIRS}\")
  execute_process(
    COMMAND \"${HERKOMST_WINDEPLOYQT}\" $<IF:$<CONFIG:Debug>,--debug,--release> --no-compiler-runtime --no-opengl-sw
            --no-system-d3d-compiler --dir \"\${_bin}\" \${_programs}
    RESULT_VARIABLE _result)
  if(NOT _result EQUAL 0)
    message(FATAL_ERROR \"windeployqt failed (\${_result})\")
  endif()

  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \${_programs}
    RESOLVED_DEPENDENCIES_VAR _resolved
    UNRESOLVED_DEPENDENCIES_VAR _unresolved
    DIRECTORIES \${_dll_dirs}
    PRE_EXCLUDE_REGEXES [[^api-ms-]] [[^ext-ms-]] [[^(qt6|Qt6).*]]
    POST_EXCLUDE_REGEXES [[.*[/\\\\][Ss]ystem32[/\\\\].*]] [[.*[/\\\\][Ww]in[Ss]x[Ss][/\\\\].*]])
  if(_unresolved)
    message(WARNING \"Herkomst: DLLs not found, add their folder to HERKOMST_WINDOWS_DLL_DIRS: \${_unresolved}\")
  endif()
  file(INSTALL \${_resolved} DESTINATION \"\${_bin}\")
")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# Installer and uninstaller icon, rendered from the same SVG (needs Qt's ico image plugin).
if(TARGET herkomst_render_icon)
  set(_ico "${CMAKE_CURRENT_BINARY_DIR}/herkomst.ico")
  herkomst_render_icon("${_ico}" 256)
  add_custom_target(herkomst_installer_icon ALL DEPENDS "${_ico}")
  set(CPACK_NSIS_MUI_ICON "${_ico}")
  set(CPACK_NSIS_MUI_UNIICON "${_ico}")
endif()
