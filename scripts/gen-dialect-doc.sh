#!/usr/bin/env bash
# Prints the warp dialect's reference (every op and type) generated from ODS.
# `make docs` writes it to docs/dialect/WarpOps.md; a lit test checks that the
# committed file matches.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
llvm=${LLVM_PREFIX:-/usr/lib/llvm-22}
exec "${MLIR_TBLGEN:-$llvm/bin/mlir-tblgen}" -gen-dialect-doc -dialect=warp \
  -I "$root/include" -I "$llvm/include" \
  "$root/include/warp/Dialect/Warp/IR/WarpOps.td"
