"""The compile cache: a second compile of the same IR is a memory hit (no
compilation runs), a new process's is a disk hit, a change of IR or target
compiles again, and an unwritable cache directory only warns."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest

import warp_mlir as wm
from warp_mlir import cache, native

SAXPY = (Path(__file__).resolve().parents[2] / "examples" / "kernels" / "saxpy.mlir").read_text()


def fresh_ir():
    """saxpy with a unique comment: the same kernel, a new cache key."""
    return f"// {uuid.uuid4()}\n" + SAXPY


def run(kernel):
    x = np.arange(4, dtype=np.float32)
    y = np.ones(4, dtype=np.float32)
    wm.launch(kernel, dim=4, inputs=[x, y, 2.0])
    np.testing.assert_array_equal(y, 2 * x + 1)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv("WARP_MLIR_CACHE_DIR", str(directory))
    return directory


def test_second_compile_is_a_memory_hit(cache_dir):
    ir = fresh_ir()
    before = wm.cache_stats()
    run(wm.Kernel.from_ir(ir))
    after_first = wm.cache_stats()
    assert after_first["compiles"] == before["compiles"] + 1
    assert after_first["native_compiles"] == before["native_compiles"] + 1
    run(wm.Kernel.from_ir(ir))  # a new Kernel object, the same IR
    after_second = wm.cache_stats()
    assert after_second["memory_hits"] == after_first["memory_hits"] + 1
    assert after_second["native_compiles"] == after_first["native_compiles"]
    assert after_second["compiles"] == after_first["compiles"]


def test_the_disk_cache_holds_the_object_code(cache_dir):
    ir = fresh_ir()
    run(wm.Kernel.from_ir(ir))
    key = cache.cache_key(ir, "cpu", {"opt_level": 3})
    obj = cache_dir / f"{key}.o"
    assert obj.read_bytes()[:4] == b"\x7fELF"
    wm.clear_cache(memory=True)
    before = wm.cache_stats()
    run(wm.Kernel.from_ir(ir))
    after = wm.cache_stats()
    assert after["disk_hits"] == before["disk_hits"] + 1
    assert after["native_compiles"] == before["native_compiles"]


def test_a_new_process_loads_from_disk(cache_dir):
    ir = fresh_ir()
    run(wm.Kernel.from_ir(ir))
    script = (
        "import numpy as np, warp_mlir as wm, sys\n"
        "k = wm.Kernel.from_ir(sys.stdin.read())\n"
        "x = np.arange(4, dtype=np.float32); y = np.ones(4, dtype=np.float32)\n"
        "wm.launch(k, dim=4, inputs=[x, y, 2.0])\n"
        "assert (y == 2 * x + 1).all()\n"
        "s = wm.cache_stats(); print(s['disk_hits'], s['native_compiles'])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    result = subprocess.run(
        [sys.executable, "-c", script], input=ir, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "0"]


def test_keys_differ_by_ir_target_and_options():
    ir = fresh_ir()
    keys = {
        cache.cache_key(ir, "cpu", {"opt_level": 3}),
        cache.cache_key(ir, "cpu", {"opt_level": 2}),
        cache.cache_key(ir, "ptx", {"opt_level": 3}),
        cache.cache_key(ir + " ", "cpu", {"opt_level": 3}),
    }
    assert len(keys) == 4
    assert cache.cache_key(ir, "cpu", {"opt_level": 3}) == cache.cache_key(
        ir, "cpu", {"opt_level": 3}
    )


def test_a_kernel_object_reuses_its_compiled_code(cache_dir):
    kernel = wm.Kernel.from_ir(fresh_ir())
    run(kernel)
    before = wm.cache_stats()
    for _ in range(3):
        run(kernel)
    assert wm.cache_stats() == before  # no lookups at all: the kernel holds its launcher


def test_an_unwritable_cache_dir_warns_and_still_launches(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("WARP_MLIR_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(cache, "_warned", False)
    with pytest.warns(RuntimeWarning, match="the disk cache is skipped"):
        run(wm.Kernel.from_ir(fresh_ir()))


def test_the_default_cache_dir(monkeypatch):
    monkeypatch.delenv("WARP_MLIR_CACHE_DIR", raising=False)
    assert cache.cache_dir() == Path.home() / ".cache" / "warp-mlir"
