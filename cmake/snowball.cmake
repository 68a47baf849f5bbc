# Snowball's stemmers (Debian's libstemmer-dev), linked statically: the component then needs no
# libstemmer of the user's system, and its symbols stay local to it (--exclude-libs).
find_path(SNOWBALL_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(SNOWBALL_LIBRARY NAMES libstemmer.a REQUIRED)
add_library(Snowball::stemmer STATIC IMPORTED)
set_target_properties(Snowball::stemmer PROPERTIES
  IMPORTED_LOCATION ${SNOWBALL_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${SNOWBALL_INCLUDE_DIR})
