# ICU 72.1 from Debian 12's own source package (upstream source and Debian's patches, fetched by
# scripts/install-deps), built here as position-independent static libraries with its data cut
# to what the code reads (cmake/icu_data_items.txt). Linked into the component with every symbol
# kept local (src/CMakeLists.txt), the .oxt then loads in LibreOffice on systems with any ICU or
# none: Debian 13's LibreOffice brings ICU 76, and Debian's own libicuuc.a is not
# position-independent. prevent-check and the unit tests link the same libraries, so the tests
# check the data that ships.
#
# Targets: PreventICU::i18n (dates), PreventICU::uc (strings, words, normalisation), PreventICU::data.
set(PREVENT_ICU_VERSION 72.1-3+deb12u1)
# Where scripts/install-deps keeps it: $PREVENT_CACHE, else $XDG_CACHE_HOME/prevent-toolkit,
# else ~/.cache/prevent-toolkit.
if(DEFINED ENV{PREVENT_CACHE})
  set(icu_cache "$ENV{PREVENT_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
  set(icu_cache "$ENV{XDG_CACHE_HOME}/prevent-toolkit")
else()
  set(icu_cache "$ENV{HOME}/.cache/prevent-toolkit")
endif()
set(PREVENT_ICU_SOURCES "${icu_cache}/icu-${PREVENT_ICU_VERSION}"
    CACHE PATH "Folder holding ICU's Debian source package (scripts/install-deps fetches it)")
set(icu_dsc ${PREVENT_ICU_SOURCES}/icu_${PREVENT_ICU_VERSION}.dsc)
if(NOT EXISTS ${icu_dsc})
  message(FATAL_ERROR "ICU's source package is not in ${PREVENT_ICU_SOURCES}: run scripts/install-deps")
endif()
find_program(PREVENT_DPKG_SOURCE dpkg-source REQUIRED)
find_program(PREVENT_ICUPKG icupkg PATHS /usr/sbin /usr/bin REQUIRED)

include(ExternalProject)
set(icu_root ${CMAKE_BINARY_DIR}/icu)
set(icu_install ${icu_root}/install)
cmake_host_system_information(RESULT icu_jobs QUERY NUMBER_OF_LOGICAL_CORES)
set(icu_libraries ${icu_install}/lib/libicui18n.a ${icu_install}/lib/libicuuc.a
                  ${icu_install}/lib/libicudata.a)
ExternalProject_Add(prevent_icu
  PREFIX ${icu_root}
  SOURCE_DIR ${icu_root}/source
  INSTALL_DIR ${icu_install}
  # dpkg-source checks the files against the .dsc's checksums and applies Debian's patches; it
  # wants to make the folder itself.
  DOWNLOAD_COMMAND ${CMAKE_COMMAND} -E rm -rf <SOURCE_DIR>
  COMMAND ${PREVENT_DPKG_SOURCE} -x ${icu_dsc} <SOURCE_DIR>
  PATCH_COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=<SOURCE_DIR> -DICUPKG=${PREVENT_ICUPKG}
                -DITEMS=${CMAKE_SOURCE_DIR}/cmake/icu_data_items.txt -DWORK=${icu_root}/data-items
                -P ${CMAKE_SOURCE_DIR}/cmake/icu_trim_data.cmake
  # runConfigureICU Linux/gcc: gcc and g++ with -O3. -fPIC: the static objects go into a shared
  # library. No tests, samples, extras, io or layout engine: only the libraries and the tools
  # its build needs to package the data.
  CONFIGURE_COMMAND ${CMAKE_COMMAND} -E env "CFLAGS=-fPIC" "CXXFLAGS=-fPIC"
                    <SOURCE_DIR>/source/runConfigureICU Linux/gcc --prefix=<INSTALL_DIR>
                    --enable-static --disable-shared --with-data-packaging=static
                    --disable-tests --disable-samples --disable-extras --disable-icuio
                    --disable-layoutex
  BUILD_COMMAND make -j${icu_jobs}
  INSTALL_COMMAND make install
  BUILD_BYPRODUCTS ${icu_libraries}
  LOG_DOWNLOAD ON LOG_PATCH ON LOG_CONFIGURE ON LOG_BUILD ON LOG_INSTALL ON
  LOG_OUTPUT_ON_FAILURE ON)

# Imported targets need their include folder to exist when CMake generates.
file(MAKE_DIRECTORY ${icu_install}/include)
add_library(PreventICU::data STATIC IMPORTED GLOBAL)
set_target_properties(PreventICU::data PROPERTIES IMPORTED_LOCATION ${icu_install}/lib/libicudata.a)
add_library(PreventICU::uc STATIC IMPORTED GLOBAL)
set_target_properties(PreventICU::uc PROPERTIES
  IMPORTED_LOCATION ${icu_install}/lib/libicuuc.a
  INTERFACE_INCLUDE_DIRECTORIES ${icu_install}/include
  INTERFACE_COMPILE_DEFINITIONS U_STATIC_IMPLEMENTATION
  INTERFACE_LINK_LIBRARIES "PreventICU::data;${CMAKE_DL_LIBS};Threads::Threads")
add_library(PreventICU::i18n STATIC IMPORTED GLOBAL)
set_target_properties(PreventICU::i18n PROPERTIES
  IMPORTED_LOCATION ${icu_install}/lib/libicui18n.a
  INTERFACE_LINK_LIBRARIES PreventICU::uc)
foreach(target PreventICU::data PreventICU::uc PreventICU::i18n)
  add_dependencies(${target} prevent_icu)
endforeach()
