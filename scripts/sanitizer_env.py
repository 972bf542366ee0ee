"""The environment a sanitized build's programs run in (docs/testing.md).

A build configured with LLVM_USE_SANITIZER links every tool against clang's
shared ASan runtime and records it in its CMake cache. Our code also runs
inside programs that are not instrumented (Python importing
warp_mlir._native, mlir-opt-22 loading the plugin), which need that runtime
loaded first: every process gets it through LD_PRELOAD.

`allow_user_poisoning=0`: LLVM's BumpPtrAllocator poisons the slabs it
hands out when its inline code is compiled with ASan. Ours is, libMLIR's
is not, and both allocate from the same MLIRContext allocators, so memory
that libMLIR takes from a slab our code poisoned would read as poisoned.
Real overflows and uses after free are still caught.
"""

from pathlib import Path
from typing import Dict, Optional


def asan_runtime(build: Path) -> Optional[str]:
    """The ASan runtime a build under `build` was linked with, or None."""
    cache = Path(build) / "CMakeCache.txt"
    if not cache.exists():
        return None
    for line in cache.read_text().splitlines():
        if line.startswith("WARP_MLIR_ASAN_RUNTIME:"):
            return line.split("=", 1)[1] or None
    return None


def sanitizer_env(runtime: Optional[str], leaks: bool) -> Dict[str, str]:
    """LD_PRELOAD and sanitizer options for `runtime` ({} for None).
    `leaks`: LeakSanitizer on; off where uninstrumented programs (Python,
    clang, FileCheck) run too, whose own leaks would be reported."""
    if not runtime:
        return {}
    return {
        "LD_PRELOAD": runtime,
        "ASAN_OPTIONS": f"allow_user_poisoning=0:detect_leaks={int(leaks)}",
        "UBSAN_OPTIONS": "print_stacktrace=1",
    }
