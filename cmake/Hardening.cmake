# Hardening of the optimised builds we ship (the flags of Debian's dpkg-buildflags): stack protector, stack clash
# protection, _FORTIFY_SOURCE and read-only relocations. Debug builds (dev, ci) go without: glibc warns about
# _FORTIFY_SOURCE without optimisation, which -Werror would turn into a failure. Immediate binding (-z now) is left
# out: resolving every Qt symbol at load time would delay the first paint.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32 AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
  add_compile_options(-fstack-protector-strong -fstack-clash-protection)
  add_compile_definitions(_FORTIFY_SOURCE=2)
  add_link_options(-Wl,-z,relro)
endif()
