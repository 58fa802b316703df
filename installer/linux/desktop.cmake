# Freedesktop integration: menu entry, hicolor icons, MIME type for saved analyses.
# Debian's triggers (desktop-file-utils, hicolor-icon-theme, shared-mime-info) refresh the
# caches on install, so the package needs no maintainer scripts.

install(FILES "${CMAKE_CURRENT_LIST_DIR}/herkomst.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/herkomst-mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME herkomst.xml)
install(FILES "${HERKOMST_ICON_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME herkomst.svg)

# The sizes desktops look up in the hicolor theme.
set(HERKOMST_ICON_SIZES 16 22 24 32 48 64 128 256 512)
if(TARGET herkomst_render_icon)
  set(_pngs "")
  foreach(size IN LISTS HERKOMST_ICON_SIZES)
    set(_png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/herkomst.png")
    herkomst_render_icon("${_png}" ${size})
    install(FILES "${_png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    list(APPEND _pngs "${_png}")
  endforeach()
  add_custom_target(herkomst_icons ALL DEPENDS ${_pngs})
endif()
