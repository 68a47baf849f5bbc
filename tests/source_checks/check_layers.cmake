# The layers of DESIGN.md, kept by a test: run as
#   cmake -DSOURCE_DIR=<repo> -P check_layers.cmake
# and fails (naming each file and include) when an include crosses a layer the wrong way.
#   src/core      the domain: no UNO, no file formats, no panels
#   src/odf       files on disk: the core, never UNO
#   src/uno/base  the bottom of the adapters: nothing of the other adapter folders
#   src/uno       adapters: never the panels, the command line or the file reader
#   src/sidebar   panels: of the adapters only services/, view/ and base/; of the core only
#                 the value types it shows
#   src/cli       prevent-check: the core and the file reader, never UNO
#   src/start     the start library: only the panel frame of src/sidebar and uno/base, never the
#                 core, the services or the readers (it must load where they cannot)
cmake_minimum_required(VERSION 3.16)
set(problems "")

# Every include of the files under src/<folder> matching pattern is a problem, unless the
# pattern's first group is one of the names after why.
function(check folder pattern why)
  set(allowed ${ARGN})
  file(GLOB_RECURSE files "${SOURCE_DIR}/src/${folder}/*.cxx" "${SOURCE_DIR}/src/${folder}/*.hxx")
  if(NOT files)
    message(FATAL_ERROR "no sources under src/${folder}: the check would prove nothing")
  endif()
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^#include ")
    foreach(line IN LISTS lines)
      if(line MATCHES "${pattern}")
        set(name "${CMAKE_MATCH_1}")
        if(NOT (allowed AND name IN_LIST allowed))
          file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
          string(APPEND problems "\n  ${rel}: ${line}  (${why})")
        endif()
      endif()
    endforeach()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

set(uno_includes "<(com|rtl|cppu|cppuhelper|osl|sal|org|uno)/")
check(core "${uno_includes}|\"(uno|sidebar|odf|cli)/" "the core knows nothing of UNO, files or panels")
check(odf "${uno_includes}|\"(uno|sidebar|cli)/" "the file reader knows nothing of UNO")
check(cli "${uno_includes}|\"(uno|sidebar)/" "prevent-check runs without LibreOffice")
check(uno "\"(sidebar|cli|odf)/" "adapters know nothing of panels")
check(uno/base "\"uno/(read|stored|edit|view|services)/" "base is the bottom of the adapters")
check(sidebar "\"uno/(read|stored|edit)/" "panels reach documents through services/, view/ and base/")
check(sidebar "\"core/([a-z_]+)\\.hxx" "panels use only the core's value types"
      catalogue coverage_states approval_states long_date)
check(start "\"(core|odf|cli)/|\"uno/(read|stored|edit|view|services)/"
      "the start library needs nothing the component library needs")
check(start "\"sidebar/([a-z_]+)\\.hxx" "the start library uses only the panel frame"
      message_panel_content panel_strings sidebar_panel)

if(problems)
  message(FATAL_ERROR "Includes that cross the layers of DESIGN.md:${problems}")
endif()
message(STATUS "The includes follow the layers.")
