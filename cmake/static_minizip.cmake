# PreventMinizip::minizip: Debian's static minizip (libminizip-dev) and zlib, whose libz.so.1 every
# system has. Static, so that prevent-check runs on systems with another libzip or none.
find_package(ZLIB REQUIRED)
find_path(MINIZIP_INCLUDE_DIR unzip.h PATH_SUFFIXES minizip REQUIRED)
find_library(MINIZIP_STATIC_LIBRARY NAMES libminizip.a REQUIRED)
add_library(PreventMinizip::minizip STATIC IMPORTED)
set_target_properties(PreventMinizip::minizip PROPERTIES
  IMPORTED_LOCATION ${MINIZIP_STATIC_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${MINIZIP_INCLUDE_DIR}
  INTERFACE_LINK_LIBRARIES ZLIB::ZLIB)
