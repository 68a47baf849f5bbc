# What the built component needs of the system it is installed on, read from its dynamic section
# (readelf -d), not by trying to load it: LibreOffice's UNO libraries, libstdc++, libgcc and glibc
# (libc, libm, and the dynamic loader, which thread-local storage brings), or a library shipped
# beside it in the .oxt and found through $ORIGIN. Anything else (ICU, libcrypto...) would tie the
# .oxt to one distribution's versions: LibreOffice on Debian 13 brings ICU 76 where Debian 12
# has 72. Run as
#   cmake -DLIBRARY=<prevent-toolkit.uno.so> -DREADELF=<readelf> -P check_needed.cmake
cmake_minimum_required(VERSION 3.16)
execute_process(COMMAND ${READELF} -d ${LIBRARY} OUTPUT_VARIABLE dynamic RESULT_VARIABLE failed)
if(failed OR NOT dynamic MATCHES "NEEDED")
  message(FATAL_ERROR "readelf could not read the dynamic section of ${LIBRARY}")
endif()
get_filename_component(folder ${LIBRARY} DIRECTORY)
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]*\\]" needed_lines "${dynamic}")
string(REGEX MATCH "\\((RUNPATH|RPATH)\\)[^\n]*\\[([^]\n]*)\\]" run_path_line "${dynamic}")
set(run_path "${CMAKE_MATCH_2}")
set(problems "")
if(run_path AND NOT run_path STREQUAL "$ORIGIN")
  list(APPEND problems "run path '${run_path}': only $ORIGIN may be searched")
endif()
set(allowed
    "^libuno_[a-z0-9]+\\.so\\.3$"
    "^libstdc\\+\\+\\.so\\.6$" "^libgcc_s\\.so\\.1$"
    "^libc\\.so\\.6$" "^libm\\.so\\.6$" "^ld-linux-x86-64\\.so\\.2$")
foreach(line ${needed_lines})
  string(REGEX REPLACE ".*\\[([^]]*)\\]" "\\1" name "${line}")
  set(ok FALSE)
  foreach(pattern ${allowed})
    if(name MATCHES "${pattern}")
      set(ok TRUE)
    endif()
  endforeach()
  if(NOT ok AND run_path STREQUAL "$ORIGIN" AND EXISTS ${folder}/${name})
    set(ok TRUE)  # shipped beside it
  endif()
  if(NOT ok)
    list(APPEND problems "needs ${name}, which the .oxt does not carry")
  endif()
endforeach()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "${LIBRARY}:\n  ${text}")
endif()
list(LENGTH needed_lines count)
message(STATUS "${LIBRARY}: ${count} libraries needed, all of the system's UNO, C++ and C runtime")
