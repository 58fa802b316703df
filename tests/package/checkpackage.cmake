# One step of the Debian package check (see CMakeLists.txt). Run as
#   cmake -DSTEP=build|contents|cli|gui -DBUILD_DIR=... -DWORK_DIR=... [...] -P checkpackage.cmake
# Fails with a message saying what is wrong; prints "HERKOMST_SKIP:" only when the window is not
# part of the build (the GUI step), which CTest reports as skipped.
cmake_minimum_required(VERSION 3.24)

set(ROOT "${WORK_DIR}/root")
set(HERKOMST_FUNNEL 3449 419 236 135)   # the calibrated demo data reproduce the letter's funnel
set(ICON_SIZES 16 22 24 32 48 64 128 256 512)   # hicolor sizes desktops look up

function(fail)
  string(JOIN "" text ${ARGN})
  message(FATAL_ERROR "package_${STEP}: ${text}")
endfunction()

# run(<result prefix> COMMAND ...): runs a command; sets <prefix>_CODE, _OUT, _ERR.
function(run prefix)
  cmake_parse_arguments(R "" "TIMEOUT" "COMMAND" ${ARGN})
  if(NOT R_TIMEOUT)
    set(R_TIMEOUT 300)
  endif()
  execute_process(COMMAND ${R_COMMAND} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err
                  TIMEOUT ${R_TIMEOUT})
  set(${prefix}_CODE "${code}" PARENT_SCOPE)
  set(${prefix}_OUT "${out}" PARENT_SCOPE)
  set(${prefix}_ERR "${err}" PARENT_SCOPE)
endfunction()

function(the_package out)
  file(GLOB debs "${WORK_DIR}/*.deb")
  list(LENGTH debs n)
  if(NOT n EQUAL 1)
    fail("expected one .deb in ${WORK_DIR}, found ${n}: ${debs}")
  endif()
  set(${out} "${debs}" PARENT_SCOPE)
endfunction()

# A private home, so the programs never read or write the developer's own settings and store.
function(private_home name)
  set(home "${WORK_DIR}/home-${name}")
  file(REMOVE_RECURSE "${home}")
  file(MAKE_DIRECTORY "${home}")
  file(CHMOD "${home}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  set(ENV{HOME} "${home}")
  set(ENV{XDG_RUNTIME_DIR} "${home}")
  set(ENV{XDG_CONFIG_HOME} "${home}/.config")
  set(ENV{XDG_DATA_HOME} "${home}/.local/share")
endfunction()

function(kept_counts json out)
  string(JSON steps LENGTH "${json}" funnel)
  set(counts "")
  math(EXPR last "${steps} - 1")
  foreach(i RANGE ${last})
    string(JSON kept GET "${json}" funnel ${i} kept)
    list(APPEND counts ${kept})
  endforeach()
  set(${out} "${counts}" PARENT_SCOPE)
endfunction()

# A saved analysis on the demo data with a stricter supplier share (60 % instead of 50 %).
function(write_saved_analysis path)
  file(WRITE "${path}" [=[{
  "format": "herkomst-analysis", "formatVersion": 1,
  "dataSet": {"store": "", "name": "demo", "synthetic": true},
  "selection": {"reporter": "NLD", "year": 0, "euComposition": "eu27_2020"},
  "preset": "cbs2021",
  "criteria": [
    {"step": "single_non_eu_supplier", "label": "Meer dan de helft uit één niet-EU-land",
     "metric": "supplier_share", "comparison": ">", "threshold": 0.6, "enabled": true},
    {"step": "net_importer", "label": "Meer invoer dan uitvoer",
     "metric": "import_export_ratio", "comparison": ">", "threshold": 1, "enabled": true},
    {"step": "concentrated", "label": "Geconcentreerde wereldmarkt",
     "metric": "world_hhi", "comparison": ">", "threshold": 0.25, "enabled": true}],
  "industries": [], "view": {}
}
]=])
endfunction()

# --- build: cpack from this build tree, unpacked into a throwaway root ------------------------
if(STEP STREQUAL "build")
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(MAKE_DIRECTORY "${WORK_DIR}")
  execute_process(COMMAND "${CPACK_COMMAND}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
                  WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE code TIMEOUT 550)
  if(NOT code EQUAL 0)
    fail("cpack -G DEB failed (${code}); build everything first (ninja), then run the tests")
  endif()
  the_package(deb)
  run(X COMMAND "${DPKG_DEB}" -x "${deb}" "${ROOT}")
  if(NOT X_CODE EQUAL 0)
    fail("dpkg-deb -x ${deb} failed: ${X_ERR}")
  endif()
  message(STATUS "package: ${deb}, unpacked into ${ROOT}")
  return()
endif()

if(NOT EXISTS "${ROOT}/usr/bin/herkomst-cli")
  fail("no unpacked package at ${ROOT}: package_build must run first")
endif()
the_package(deb)

# --- contents: control fields and the files a desktop needs -----------------------------------
if(STEP STREQUAL "contents")
  run(I COMMAND "${DPKG_DEB}" -I "${deb}")
  message(STATUS "dpkg-deb -I:\n${I_OUT}")
  foreach(field "Package: herkomst" "Version: ${VERSION}" "Section: science")
    string(FIND "${I_OUT}" "${field}" at)
    if(at LESS 0)
      fail("control field \"${field}\" missing")
    endif()
  endforeach()
  string(REGEX MATCH "\n Depends: [^\n]*" depends "${I_OUT}")
  set(needed libqt6core6 libsqlite3-0)
  if(GUI_EXPECTED)
    list(APPEND needed libqt6gui6 libqt6widgets6 qt6-qpa-plugins)
  endif()
  foreach(package IN LISTS needed)
    if(NOT depends MATCHES "[ ,]${package}( |,|$)")
      fail("Depends lacks ${package}:${depends}")
    endif()
  endforeach()

  run(C COMMAND "${DPKG_DEB}" -c "${deb}")
  set(files ./usr/bin/herkomst-cli
            ./usr/share/applications/herkomst.desktop
            ./usr/share/mime/packages/herkomst.xml
            ./usr/share/icons/hicolor/scalable/apps/herkomst.svg)
  if(GUI_EXPECTED)
    list(APPEND files ./usr/bin/herkomst)
  endif()
  foreach(size IN LISTS ICON_SIZES)
    list(APPEND files ./usr/share/icons/hicolor/${size}x${size}/apps/herkomst.png)
  endforeach()
  foreach(file IN LISTS files)
    string(FIND "${C_OUT}" " ${file}\n" at)
    if(at LESS 0)
      fail("${file} is not in the package")
    endif()
  endforeach()
  if(C_OUT MATCHES " \\./usr/local/| \\./home/| \\./tmp/")
    fail("files outside /usr in the package:\n${C_OUT}")
  endif()

  # Each PNG has the size of its folder (width and height are bytes 16..23 of the header).
  foreach(size IN LISTS ICON_SIZES)
    set(png "${ROOT}/usr/share/icons/hicolor/${size}x${size}/apps/herkomst.png")
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 16 dims)
    math(EXPR expected "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(REGEX REPLACE "^0x" "" expected "${expected}")
    string(LENGTH "${expected}" len)
    math(EXPR pad "8 - ${len}")
    string(REPEAT "0" ${pad} zeros)
    string(TOLOWER "${zeros}${expected}${zeros}${expected}" expected)
    if(NOT header MATCHES "^89504e47" OR NOT dims STREQUAL expected)
      fail("${png} is not a ${size}x${size} PNG (header ${header})")
    endif()
  endforeach()

  # The menu entry: Dutch and English names, the program, the icon, the MIME type.
  file(READ "${ROOT}/usr/share/applications/herkomst.desktop" desktop)
  foreach(line "Name=Herkomst" "Name\\[nl\\]=" "GenericName=" "GenericName\\[nl\\]=" "Exec=herkomst( |\n)"
               "Icon=herkomst\n" "MimeType=application/x-herkomst-analysis;" "Type=Application")
    if(NOT desktop MATCHES "(^|\n)${line}")
      fail("herkomst.desktop lacks ${line}")
    endif()
  endforeach()
  find_program(VALIDATE desktop-file-validate)
  if(VALIDATE)
    run(V COMMAND "${VALIDATE}" "${ROOT}/usr/share/applications/herkomst.desktop")
    if(NOT V_CODE EQUAL 0 OR V_OUT MATCHES "error")
      fail("desktop-file-validate: ${V_OUT}${V_ERR}")
    endif()
  endif()

  # The MIME type compiles with shared-mime-info and maps *.herkomst.
  find_program(UPDATE_MIME update-mime-database)
  if(UPDATE_MIME)
    set(mime "${WORK_DIR}/mime-check")
    file(REMOVE_RECURSE "${mime}")
    file(COPY "${ROOT}/usr/share/mime/packages" DESTINATION "${mime}")
    run(M COMMAND "${UPDATE_MIME}" "${mime}")
    file(READ "${mime}/globs2" globs)
    # Its only expected remark is a note that the folder is not on XDG_DATA_DIRS.
    if(NOT M_CODE EQUAL 0 OR M_ERR MATCHES "[Ee]rror|[Ww]arning|[Ii]nvalid" OR NOT globs MATCHES "application/x-herkomst-analysis:\\*\\.herkomst")
      fail("update-mime-database did not accept herkomst.xml (${M_CODE}): ${M_ERR}")
    endif()
  endif()
  return()
endif()

# --- cli: the installed herkomst-cli gives the letter's funnel and reproduces a saved analysis --
if(STEP STREQUAL "cli")
  private_home(cli)
  set(cli "${ROOT}/usr/bin/herkomst-cli")
  run(A COMMAND "${cli}" analyse --json)
  if(NOT A_CODE EQUAL 0)
    fail("herkomst-cli analyse --json exited with ${A_CODE}: ${A_ERR}")
  endif()
  kept_counts("${A_OUT}" counts)
  if(NOT counts STREQUAL HERKOMST_FUNNEL)
    fail("funnel ${counts}, expected ${HERKOMST_FUNNEL}")
  endif()
  string(JSON synthetic GET "${A_OUT}" provenance synthetic)
  if(NOT synthetic)
    fail("the demo data are not marked synthetic")
  endif()

  run(V COMMAND "${cli}" --version)
  if(NOT V_CODE EQUAL 0 OR NOT V_OUT MATCHES "${VERSION}")
    fail("herkomst-cli --version printed \"${V_OUT}\", expected ${VERSION}")
  endif()

  # A saved analysis with a stricter supplier share reopens to the same figures as analyse --set.
  set(saved "${WORK_DIR}/home-cli/strenger.herkomst")
  write_saved_analysis("${saved}")
  run(O COMMAND "${cli}" open "${saved}" --json)
  run(S COMMAND "${cli}" analyse --set supplier_share=0.6 --json)
  if(NOT O_CODE EQUAL 0 OR NOT O_OUT STREQUAL S_OUT)
    fail("herkomst-cli open differs from analyse --set (${O_CODE}): ${O_ERR}")
  endif()
  kept_counts("${O_OUT}" stricter)
  list(GET stricter 1 step1)
  if(NOT step1 LESS 419)
    fail("a 60 % supplier share kept ${step1} products, expected fewer than 419")
  endif()
  return()
endif()

# --- gui: the menu entry's command starts the window offscreen --------------------------------
if(STEP STREQUAL "gui")
  file(STRINGS "${ROOT}/usr/share/applications/herkomst.desktop" exec REGEX "^Exec=")
  string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" program "${exec}")
  set(gui "${ROOT}/usr/bin/${program}")
  if(NOT EXISTS "${gui}")
    if(GUI_EXPECTED)
      fail("the menu entry runs ${program}, which is not in the package")
    endif()
    message("HERKOMST_SKIP: the window (herkomst) is not part of this build; the CLI was checked")
    return()
  endif()
  private_home(gui)
  set(ENV{QT_QPA_PLATFORM} offscreen)
  set(saved "${WORK_DIR}/home-gui/strenger.herkomst")
  write_saved_analysis("${saved}")

  # start(<file or "">): the menu entry's command, with %f replaced as a desktop would.
  # Prefers the program's own smoke test, then --screenshot (draws the window, saves it, quits);
  # otherwise the window must still be running after 3 s.
  run(H COMMAND "${gui}" --help TIMEOUT 20)
  function(start file)
    set(args "")
    if(file)
      list(APPEND args "${file}")
    endif()
    if(H_OUT MATCHES "--smoke-test")
      run(G COMMAND "${gui}" --smoke-test ${args} TIMEOUT 60)
      set(ok_code 0)
    elseif(H_OUT MATCHES "--screenshot")
      set(shot "${WORK_DIR}/window-menu.png")
      if(file)
        get_filename_component(name "${file}" NAME_WE)
        set(shot "${WORK_DIR}/window-${name}.png")
      endif()
      file(REMOVE "${shot}")
      run(G COMMAND "${gui}" --screenshot "${shot}" ${args} TIMEOUT 60)
      set(ok_code 0)
      if(G_CODE EQUAL 0 AND NOT EXISTS "${shot}")
        fail("herkomst --screenshot ${shot} ${args} exited without drawing the window")
      endif()
    else()
      run(G COMMAND "${gui}" ${args} TIMEOUT 3)
      set(ok_code "Process terminated due to timeout")
    endif()
    if(NOT G_CODE STREQUAL ok_code)
      fail("herkomst ${args} ended with \"${G_CODE}\" (expected \"${ok_code}\"):\n${G_OUT}${G_ERR}")
    endif()
    set(crash "Segmentation fault|Aborted|core dumped|terminate called|ASSERT|Could not load the Qt platform plugin"
              "|Cannot load library|driver not loaded|QFATAL|qFatal")
    string(JOIN "" crash ${crash})
    if("${G_OUT}${G_ERR}" MATCHES "${crash}")
      fail("herkomst ${args} printed crash output:\n${G_OUT}${G_ERR}")
    endif()
  endfunction()

  start("")
  start("${saved}")   # a saved analysis reopens without a hang or crash
  message(STATUS "herkomst started from ${gui}, also with a saved analysis")
  return()
endif()

fail("unknown STEP \"${STEP}\"")
