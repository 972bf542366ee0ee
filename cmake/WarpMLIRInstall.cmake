# `cmake --install` of warp-mlir: headers, libraries, tools, the mlir-opt
# plugin and the CMake package, so that another project can
#
#   find_package(WarpMLIR REQUIRED CONFIG)   # -DWarpMLIR_DIR=<prefix>/lib/cmake/warp-mlir
#   target_link_libraries(my-opt PRIVATE WarpMLIRPipelines)
#
# The libraries and tools install themselves (add_mlir_library and
# add_mlir_tool put them in the MLIRTargets export set); this file adds what
# those rules leave out and writes the package files.

include(CMakePackageConfigHelpers)

set(WARP_MLIR_INSTALL_CMAKE_DIR "lib${LLVM_LIBDIR_SUFFIX}/cmake/warp-mlir")

# Headers: the sources', the generated .inc files, and the runtime headers
# that emitted C++ and CUDA source include.
install(DIRECTORY include/warp include/warp-c
  DESTINATION include
  COMPONENT warp-mlir-headers
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/warp
                  ${PROJECT_BINARY_DIR}/include/warp-c
  DESTINATION include
  COMPONENT warp-mlir-headers
  FILES_MATCHING PATTERN "*.inc"
  PATTERN "CMakeFiles" EXCLUDE)
install(DIRECTORY runtime/include/
  DESTINATION include
  COMPONENT warp-mlir-headers
  FILES_MATCHING PATTERN "*.h")

# An installed library finds warp's headers by itself; MLIR's come from
# MLIR_INCLUDE_DIRS, as for any MLIR project.
# A sanitized build's libraries need the sanitizer runtimes in whatever
# links them.
if(LLVM_USE_SANITIZER)
  string(TOLOWER "${LLVM_USE_SANITIZER}" sanitizers)
  string(REPLACE ";" "," sanitizers "${sanitizers}")
  separate_arguments(sanitizer_link_options UNIX_COMMAND
    "-fsanitize=${sanitizers} ${WARP_MLIR_SANITIZER_LINK_FLAGS}")
endif()
get_property(warp_exports GLOBAL PROPERTY MLIR_EXPORTS)
foreach(target IN LISTS warp_exports)
  get_target_property(type ${target} TYPE)
  if(NOT type STREQUAL "EXECUTABLE")
    set_property(TARGET ${target} APPEND PROPERTY
      INTERFACE_INCLUDE_DIRECTORIES $<INSTALL_INTERFACE:include>)
    if(sanitizer_link_options)
      set_property(TARGET ${target} APPEND PROPERTY
        INTERFACE_LINK_OPTIONS ${sanitizer_link_options})
    endif()
  endif()
endforeach()

install(EXPORT MLIRTargets
  FILE WarpMLIRTargets.cmake
  DESTINATION ${WARP_MLIR_INSTALL_CMAKE_DIR}
  COMPONENT warp-mlir-cmake-exports)

configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/WarpMLIRConfig.cmake.in
  ${PROJECT_BINARY_DIR}/lib/cmake/warp-mlir/WarpMLIRConfig.cmake
  INSTALL_DESTINATION ${WARP_MLIR_INSTALL_CMAKE_DIR}
  PATH_VARS WARP_MLIR_INSTALL_CMAKE_DIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/lib/cmake/warp-mlir/WarpMLIRConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/lib/cmake/warp-mlir/WarpMLIRConfig.cmake
  ${PROJECT_BINARY_DIR}/lib/cmake/warp-mlir/WarpMLIRConfigVersion.cmake
  DESTINATION ${WARP_MLIR_INSTALL_CMAKE_DIR}
  COMPONENT warp-mlir-cmake-exports)
