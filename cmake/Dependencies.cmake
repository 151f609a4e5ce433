# Dependencies.cmake — every dependency comes from a Debian package and is
# found with pkg-config (MeCab, which ships no .pc file, with mecab-config).
# A missing one stops the configure step with the package to install.
find_package(PkgConfig QUIET)
if(NOT PKG_CONFIG_FOUND)
  message(FATAL_ERROR "jnorm: pkg-config not found. Install it: apt-get install pkg-config (or run: bash scripts/dev.sh deps)")
endif()

function(jn_require_pc prefix module debian_pkg)
  pkg_check_modules(${prefix} QUIET IMPORTED_TARGET ${module})
  if(NOT ${prefix}_FOUND)
    message(FATAL_ERROR "jnorm: ${module} not found. Install the Debian package: apt-get install ${debian_pkg} (or run: bash scripts/dev.sh deps)")
  endif()
  message(STATUS "jnorm: ${module} ${${prefix}_VERSION}")
endfunction()

jn_require_pc(ICU "icu-uc;icu-i18n" libicu-dev)
jn_require_pc(PCRE2 libpcre2-8 libpcre2-dev)
jn_require_pc(JANSSON jansson libjansson-dev)
# The sheet reader parses HTML documents with libxml2's HTML parser
# (docs/DEPENDENCIES.md says why this one).
jn_require_pc(LIBXML2 libxml-2.0 libxml2-dev)

find_program(MECAB_CONFIG mecab-config)
if(NOT MECAB_CONFIG)
  message(FATAL_ERROR "jnorm: mecab-config not found. Install the Debian packages: apt-get install libmecab-dev mecab-ipadic-utf8 (or run: bash scripts/dev.sh deps)")
endif()
execute_process(COMMAND ${MECAB_CONFIG} --dicdir OUTPUT_VARIABLE MECAB_DICDIR OUTPUT_STRIP_TRAILING_WHITESPACE)
find_path(MECAB_INCLUDE_DIR mecab.h)
find_library(MECAB_LIBRARY mecab)
if(NOT MECAB_INCLUDE_DIR OR NOT MECAB_LIBRARY)
  message(FATAL_ERROR "jnorm: MeCab headers or library missing. Install: apt-get install libmecab-dev")
endif()
if(NOT EXISTS /var/lib/mecab/dic/ipadic-utf8 AND NOT EXISTS ${MECAB_DICDIR}/ipadic-utf8)
  message(FATAL_ERROR "jnorm: the MeCab dictionary is missing. Install: apt-get install mecab-ipadic-utf8")
endif()
# The dictionary the library loads (morph.c); JNORM_MECAB_DICDIR overrides
# it at run time.
if(EXISTS /var/lib/mecab/dic/ipadic-utf8)
  set(JN_MECAB_DICDIR /var/lib/mecab/dic/ipadic-utf8)
else()
  set(JN_MECAB_DICDIR ${MECAB_DICDIR}/ipadic-utf8)
endif()

if(BUILD_TESTING OR NOT DEFINED BUILD_TESTING)
  pkg_check_modules(CMOCKA QUIET IMPORTED_TARGET cmocka)
endif()
