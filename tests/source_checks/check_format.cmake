# Every C++ source is laid out as .clang-format says: run as
#   cmake -DSOURCE_DIR=<repo> -DCLANG_FORMAT=<clang-format> -P check_format.cmake
# and fails naming each place that is not. To fix: clang-format -i on the files named.
cmake_minimum_required(VERSION 3.16)
set(files "")
foreach(folder src tests bench scripts)
  file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.cxx" "${SOURCE_DIR}/${folder}/*.hxx")
  list(APPEND files ${found})
endforeach()
list(LENGTH files count)
if(count LESS 100)
  message(FATAL_ERROR "only ${count} sources found under ${SOURCE_DIR}: the check would prove little")
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
                WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE problems)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Sources not laid out as .clang-format says (clang-format -i fixes them):\n${problems}")
endif()
message(STATUS "${count} sources laid out as .clang-format says.")
