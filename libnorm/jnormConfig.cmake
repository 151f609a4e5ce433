# jnormConfig.cmake — find_package(jnorm) for an installed jnorm: targets
# jnorm::jnorm (shared) and jnorm::static, the same names as in the build
# tree. Their ICU dependency is found
# the way the build found it, through pkg-config.
include(CMakeFindDependencyMacro)
find_dependency(PkgConfig)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
include("${CMAKE_CURRENT_LIST_DIR}/jnormTargets.cmake")
