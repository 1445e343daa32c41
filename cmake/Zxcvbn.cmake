# libzxcvbn (Debian libzxcvbn-dev) ships no CMake or pkg-config file: wrap it in an imported target.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED)
set_target_properties(Zxcvbn::Zxcvbn PROPERTIES
  IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
