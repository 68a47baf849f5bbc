# The LibreOffice SDK as Debian's libreoffice-dev installs it: unoidl-write builds our types
# library from idl/, cppumaker writes the C++ headers of the office's types and ours, and the
# uno_sdk target carries the include paths, defines and URE libraries a UNO component needs.

set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")
set(LO_PLATFORM "Linux_x86_64")

find_program(UNOIDL_WRITE unoidl-write HINTS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH)
find_program(CPPUMAKER cppumaker HINTS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH)
find_program(SOFFICE soffice HINTS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH)
find_program(UNOPKG unopkg HINTS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH)
foreach(tool UNOIDL_WRITE CPPUMAKER SOFFICE UNOPKG)
  if(NOT ${tool})
    message(FATAL_ERROR "${tool} not found: install libreoffice-dev, libreoffice-writer and "
                        "libreoffice-calc (scripts/install-deps does it)")
  endif()
endforeach()

set(LO_TYPES_RDB ${LO_PROGRAM_DIR}/types.rdb)
set(LO_OFFAPI_RDB ${LO_PROGRAM_DIR}/types/offapi.rdb)

# prevent_uno_types(IDL_DIR <dir> RDB <out.rdb> HEADERS <out dir>)
# Builds the types library of every .idl under IDL_DIR (one entity per file) and the headers
# of all office types and ours. Defines the target uno_headers.
function(prevent_uno_types)
  cmake_parse_arguments(ARG "" "IDL_DIR;RDB;HEADERS" "" ${ARGN})
  file(GLOB_RECURSE idl_files CONFIGURE_DEPENDS ${ARG_IDL_DIR}/*.idl)
  get_filename_component(rdb_dir ${ARG_RDB} DIRECTORY)
  add_custom_command(OUTPUT ${ARG_RDB}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${rdb_dir}
    COMMAND ${UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${ARG_IDL_DIR} ${ARG_RDB}
    DEPENDS ${idl_files}
    COMMENT "unoidl-write: ${ARG_RDB}" VERBATIM)
  # Our types' headers are named as products of the step: ninja then looks at them again after it
  # runs, and rebuilds in the same build what includes a header that changed (without this, an
  # IDL change reached the code that uses it only at the next build).
  set(our_headers)
  foreach(idl ${idl_files})
    file(RELATIVE_PATH relative ${ARG_IDL_DIR} ${idl})
    string(REGEX REPLACE "\\.idl$" "" entity ${relative})
    list(APPEND our_headers ${ARG_HEADERS}/${entity}.hpp)
    # A service has no .hdl (cppumaker writes its constructors in the .hpp alone).
    file(STRINGS ${idl} service_line REGEX "^[ \t]*service[ \t]")
    if(NOT service_line)
      list(APPEND our_headers ${ARG_HEADERS}/${entity}.hdl)
    endif()
  endforeach()
  set(stamp ${CMAKE_BINARY_DIR}/uno-headers.stamp)
  add_custom_command(OUTPUT ${stamp}
    BYPRODUCTS ${our_headers}
    COMMAND ${CPPUMAKER} -Gc -O${ARG_HEADERS} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${ARG_RDB}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${ARG_RDB}
    COMMENT "cppumaker: C++ headers of the office types and ours" VERBATIM)
  add_custom_target(uno_headers DEPENDS ${stamp})

  add_library(uno_sdk INTERFACE)
  add_dependencies(uno_sdk uno_headers)
  target_include_directories(uno_sdk SYSTEM INTERFACE ${ARG_HEADERS} ${LO_SDK_DIR}/include)
  target_compile_definitions(uno_sdk INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
  target_link_directories(uno_sdk INTERFACE ${LO_SDK_DIR}/lib)
  target_link_libraries(uno_sdk INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal)
endfunction()
