# -*- Python -*-
# lit configuration for warp-mlir's tests.

import os
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "WARP"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.warp_obj_root, "test")
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(
    ("%warp_lib_dir", os.path.join(config.warp_obj_root, "lib")))
config.substitutions.append(("%warp_obj_root", config.warp_obj_root))
# The dialect and pass plugin for mlir-opt (tools/warp-plugin).
config.substitutions.append(
    ("%warp_plugin",
     os.path.join(config.warp_obj_root, "lib", "WarpMLIRPlugin.so")))
# The Python that scripts/install-deps.sh gave numpy and warp-lang (lit's own
# may be another).
config.substitutions.append(("%numpy_python", config.numpy_python or "python3"))
config.substitutions.append(("%warp_src_root", config.warp_src_root))
config.substitutions.append(("%llvm_tools_dir", config.llvm_tools_dir))
# CMake projects that tests configure (test/install) compile through ccache
# where the machine has it, as the main build does.
import shutil
ccache = shutil.which("ccache")
config.substitutions.append(
    ("%cmake_cxx_launcher",
     f"-DCMAKE_CXX_COMPILER_LAUNCHER={ccache}" if ccache else ""))
config.substitutions.append(("%ptxas", "/usr/local/cuda/bin/ptxas"))
# nvcc crashes with the ASan runtime a sanitized build preloads everywhere
# (see below); it runs without it (test/Target/Cpp/compile_sources.py reads
# NVCC).
nvcc = "/usr/local/cuda/bin/nvcc"
if config.asan_runtime:
    nvcc = "env -u LD_PRELOAD " + nvcc
    config.environment["NVCC"] = nvcc
config.substitutions.append(("%nvcc", nvcc))
config.substitutions.append(
    ("%mlir_tblgen", os.path.join(config.llvm_tools_dir, "mlir-tblgen"))
)

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.warp_tools_dir, config.llvm_tools_dir]
tools = [
    ToolSubst("warp-opt", unresolved="fatal"),
    ToolSubst("warp-translate", unresolved="fatal"),
    ToolSubst("warp-run", unresolved="fatal"),
    ToolSubst("warp-pairs", unresolved="fatal"),
    ToolSubst("warp-capi-test", unresolved="fatal"),
    # Stock mlir-opt of the LLVM warp-mlir was built with (Debian's
    # mlir-opt-22), which loads the plugin.
    ToolSubst("mlir-opt", unresolved="fatal"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# The fuzz targets (tools/warp-fuzz): with libFuzzer in a fuzzing build, as
# plain file runners otherwise; test/fuzz/ replays their corpus either way.
llvm_config.add_tool_substitutions(
    [ToolSubst("warp-fuzz-ir", unresolved="fatal"),
     ToolSubst("warp-fuzz-lowering", unresolved="fatal")],
    [config.warp_tools_dir])

# A sanitized build (LLVM_USE_SANITIZER): every process gets the ASan runtime
# preloaded (scripts/sanitizer_env.py says why). Leaks are the fuzz targets'
# to find: here the uninstrumented programs' own would be reported.
sys.path.insert(0, os.path.join(config.warp_src_root, "scripts"))
from sanitizer_env import sanitizer_env

config.environment.update(sanitizer_env(config.asan_runtime, leaks=False))

# Whether this machine has a CUDA driver (feature cuda-driver) and a GPU it
# can open (feature cuda-gpu); probed in a child process, so that lit itself
# never initializes CUDA.
import subprocess
import sys

probe = """
import ctypes, sys
try:
    cuda = ctypes.CDLL("libcuda.so.1")
except OSError:
    sys.exit(2)
count = ctypes.c_int(0)
ok = cuda.cuInit(0) == 0 and cuda.cuDeviceGetCount(ctypes.byref(count)) == 0
sys.exit(0 if ok and count.value > 0 else 1)
"""
status = subprocess.run([sys.executable, "-c", probe]).returncode
if status != 2:
    config.available_features.add("cuda-driver")
if status == 0:
    config.available_features.add("cuda-gpu")
# What a test that runs on the GPU when there is one expects.
config.substitutions.append(
    ("%{cuda_state}", {0: "GPU", 2: "NODRIVER"}.get(status, "NOGPU")))
