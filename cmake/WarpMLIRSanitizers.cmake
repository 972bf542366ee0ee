# Sanitized and fuzzing builds, with LLVM's own switches (docs/testing.md):
#
#   -DLLVM_USE_SANITIZER="Address;Undefined"   ASan + UBSan on every target
#   -DLLVM_USE_SANITIZE_COVERAGE=ON             libFuzzer's coverage too, and
#                                               the fuzz targets link libFuzzer
#
# HandleLLVMOptions turns these into compile flags; this file holds what an
# out-of-tree project must add itself. Include it before HandleLLVMOptions.

# LLVM's top-level CMakeLists defines the UBSan flags; Debian's package does
# not ship them. The same set: vptr and function need RTTI, which LLVM lacks.
set(LLVM_UBSAN_FLAGS
  "-fsanitize=undefined -fno-sanitize=vptr,function -fno-sanitize-recover=all"
  CACHE STRING "Compiler flags for UBSan (LLVM_USE_SANITIZER=Undefined)")

if(LLVM_USE_SANITIZER)
  # One shared ASan runtime for every process: Python and Debian's
  # mlir-opt-22 are not instrumented, so they get it through LD_PRELOAD to
  # load our extension and plugin, and the tools they start inherit that
  # preload, which a statically linked runtime would refuse.
  # The tests preload it too (test/lit.cfg.py, scripts/run-tests.py read it
  # from the cache).
  execute_process(
    COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
    OUTPUT_VARIABLE runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT EXISTS "${runtime}")
    message(FATAL_ERROR "LLVM_USE_SANITIZER needs clang's ASan runtime "
      "(Debian: libclang-rt-22-dev); ${CMAKE_CXX_COMPILER} has none")
  endif()
  set(WARP_MLIR_ASAN_RUNTIME "${runtime}" CACHE INTERNAL
    "The shared ASan runtime a sanitized build's tests preload")
  get_filename_component(runtime_dir "${runtime}" DIRECTORY)
  set(WARP_MLIR_SANITIZER_LINK_FLAGS "-shared-libsan -Wl,-rpath,${runtime_dir}")
  foreach(kind EXE SHARED MODULE)
    string(APPEND CMAKE_${kind}_LINKER_FLAGS " ${WARP_MLIR_SANITIZER_LINK_FLAGS}")
  endforeach()
else()
  unset(WARP_MLIR_ASAN_RUNTIME CACHE)
endif()
