"""compile_function: live kernels (``@wm.kernel`` objects, warp-lang kernels,
plain functions, closures) with names resolved through their globals."""

from __future__ import annotations

import re
from pathlib import Path

import warp_mlir as wm
from frontend_cases import live_helpers, live_kernels
from frontend_cases.support import has, verify
from warp_mlir.frontend import FrontendError, compile_function

import pytest


def symbols(ir: str):
    return re.findall(r"warp\.(?:func|kernel) @(\w+)", ir)


def test_kernel_and_its_callees_across_modules():
    ir = compile_function(live_kernels.uses_helpers)
    verify(ir)
    # Callees first, the kernel last; functions it does not call are left out.
    assert symbols(ir) == ["twice", "combine", "uses_helpers"]
    assert ir.startswith("!Pair = !warp.struct<Pair {a: f32, b: !warp.vec<3xf32>}>\n")
    helpers_file = Path(live_helpers.__file__).as_posix()
    assert re.search(
        rf'warp\.getfield %p\["b"\] : !Pair loc\("{re.escape(helpers_file)}":21:12\)', ir
    )
    assert has(
        ir, "warp.vec %_ : !warp.vec<5xf32>", "warp.constant 3.0 : f32", "warp.constant 2.0 : f64"
    )


def test_module_attribute_calls_and_constants():
    ir = compile_function(live_kernels.calls_module_function)
    verify(ir)
    assert symbols(ir) == ["shift", "calls_module_function"]
    assert has(ir, "warp.constant 0.25 : f64", "warp.call @shift(%_) : (f64) -> f64")


def test_a_plain_function_compiles_as_a_kernel():
    ir = compile_function(live_kernels.plain)
    verify(ir)
    assert symbols(ir) == ["twice", "plain"]


def test_a_function_object_compiles_alone():
    ir = compile_function(live_kernels.twice)
    verify(ir)
    assert symbols(ir) == ["twice"]


def test_nested_kernel_reads_its_closure_and_keeps_file_columns():
    scale = 4  # captured by the closure

    @wm.kernel
    def nested(a: wm.array(dtype=wm.float32)):
        i = wm.tid()
        a[i] = a[i] * float(scale)

    ir = compile_function(nested)
    verify(ir)
    assert has(ir, "warp.constant 4.0 : f32")
    this_file = re.escape(Path(__file__).as_posix())
    # The def is indented by 4 in this file: its columns count from the line start.
    assert re.search(
        rf'%a: !warp\.array<f32, 1> \{{warp\.name = "a"\}} loc\("{this_file}":\d+:16\)', ir
    ), ir
    assert re.search(rf'warp\.mul .* loc\("{this_file}":\d+:16\)', ir), ir


def test_warp_lang_kernels_compile_too():
    import warp as wp

    @wp.func
    def half(x: float) -> float:
        return x * 0.5

    @wp.kernel
    def k(a: wp.array(dtype=float)):
        i = wp.tid()
        a[i] = half(a[i])

    ir = compile_function(k)
    verify(ir)
    assert symbols(ir) == ["half", "k"]


def test_live_errors_are_located_in_the_file():
    @wm.kernel
    def bad(a: wm.array(dtype=wm.float32)):
        a[0] = a[0] + 1

    with pytest.raises(FrontendError) as caught:
        compile_function(bad)
    error = caught.value
    assert error.filename == Path(__file__).as_posix() or error.filename == __file__
    assert error.col == 16 and "operator '+'" in error.message


def test_rejects_what_is_not_a_function():
    with pytest.raises(TypeError):
        compile_function(42)
