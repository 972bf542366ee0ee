#!/usr/bin/env bash
# Checks the CUDA runtime on a machine with an NVIDIA GPU, from an existing
# build (this script builds nothing, and needs no LLVM: the runtime's tools
# are plain C++). It checks that ptxas accepts saxpy.ptx, the device is found,
# the driver JIT-compiles saxpy.ptx, a missing kernel and a bad module are
# reported with the CUDA error and the JIT log, and warp-runtime-saxpy-test
# launches saxpy with the ABI's parameters and checks every element.
#
# Usage: runtime/tests/run-on-gpu.sh [BUILD_DIR]      (default: build)
# Env:   PTXAS (default /usr/local/cuda/bin/ptxas)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
ptxas=${PTXAS:-/usr/local/cuda/bin/ptxas}
saxpy=$here/saxpy.ptx
bad=$here/../../test/runtime/Inputs/bad.ptx
info=$build/bin/warp-cuda-info

for tool in warp-cuda-info warp-runtime-saxpy-test; do
  if [[ ! -x $build/bin/$tool ]]; then
    echo "run-on-gpu: FAIL: $build/bin/$tool is not built (ninja -C $build $tool)"
    exit 1
  fi
done

# step CMD...: CMD succeeds.
step() {
  echo "== $*"
  if ! "$@"; then
    echo "run-on-gpu: FAIL: $*"
    exit 1
  fi
}

# fails_with TEXT CMD...: CMD fails and its output contains TEXT.
fails_with() {
  local text=$1 output
  shift
  echo "== $*  (must fail with: $text)"
  if output=$("$@" 2>&1); then
    echo "$output"
    echo "run-on-gpu: FAIL: succeeded: $*"
    exit 1
  fi
  echo "$output"
  if ! grep -qF -- "$text" <<<"$output"; then
    echo "run-on-gpu: FAIL: no '$text' in the output of: $*"
    exit 1
  fi
}

step "$ptxas" -arch=sm_90 "$saxpy" -o /dev/null
step "$info"
step "$info" --ptx "$saxpy" --kernel saxpy
fails_with "cuModuleGetFunction failed: CUDA_ERROR_NOT_FOUND" \
  "$info" --ptx "$saxpy" --kernel nosuch
fails_with "cuModuleLoadDataEx failed: CUDA_ERROR_INVALID_PTX" \
  "$info" --ptx "$bad"
fails_with "Arguments mismatch for instruction 'add'" "$info" --ptx "$bad"
fails_with "CUDA device 999 does not exist" "$info" --device 999
step "$build/bin/warp-runtime-saxpy-test" "$saxpy"
echo "run-on-gpu: PASS"
