"""Control flow, locals (SSA values or warp.var slots), functions and calls,
launch dimensions, locations and determinism of the frontend's IR."""

from __future__ import annotations

import re
import textwrap

from frontend_cases.support import compile_ok, count, has, strip_locs, verify
from warp_mlir.frontend import compile_source

HEADER = "import warp as wp\n"


def module(text: str) -> str:
    return compile_ok(HEADER + textwrap.dedent(text))


def function_body(ir: str, symbol: str) -> str:
    """The text of one warp.kernel/warp.func, locations stripped."""
    text = strip_locs(ir)
    start = text.index(f"@{symbol}(")
    end = text.index("\n  }", start)
    return text[start:end]


# ------------------------------------------------------------------- control


def test_if_elif_else_nests_in_else_regions():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float), n: int):
            i = wp.tid()
            if n > 2:
                a[i] = 1.0
            elif n > 1:
                a[i] = 2.0
            else:
                a[i] = 3.0
        """)
    body = function_body(ir, "k")
    assert re.search(
        r"warp\.if %\d+ : i1 \{\n\s*%\d+ = warp\.constant 1\.0.*\n.*warp\.store.*\n\s*\} else \{\n"
        r"(.*\n){2}\s*warp\.if %\d+ : i1 \{",
        body,
    ), body
    assert count(ir, "} else {") == 2


def test_if_on_a_number_tests_it_directly():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            if a[i]:
                a[i] = 0.0
        """)
    assert has(ir, "warp.if %_ : f32 {")


def test_while_break_continue():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=int), n: int):
            i = wp.tid()
            k = n
            while k > 0:
                k = k - 1
                if k == 5:
                    continue
                if k == 2:
                    break
                a[i] = k
        """)
    assert has(
        ir,
        "warp.while {",
        "warp.condition %_ : i1",
        "} do {",
        "warp.continue",
        "warp.break",
        'warp.var "k" : !warp.ref<si32>',
    )


def test_range_forms_and_negative_step():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=int), n: int):
            for i in range(n):
                a[i] = 1
            for i in range(2, n):
                a[i] = 2
            for i in range(n, 0, -1):
                a[i] = 3
        """)
    body = function_body(ir, "k")
    fors = re.findall(r"warp\.for (%\w+) = (%\w+) to (%\w+) step (%\w+) : si32", body)
    assert len(fors) == 3
    constants = dict(re.findall(r"(%\d+) = warp\.constant (-?\d+) : si32", body))
    # range(n): 0 to n step 1; range(2, n): 2 to n step 1; range(n, 0, -1).
    assert constants[fors[0][1]] == "0" and fors[0][2] == "%n" and constants[fors[0][3]] == "1"
    assert constants[fors[1][1]] == "2" and constants[fors[1][3]] == "1"
    assert fors[2][1] == "%n" and constants[fors[2][2]] == "0" and constants[fors[2][3]] == "-1"
    # Each loop's i is its own induction variable: no slot.
    assert "warp.var" not in body


def test_early_return_in_a_kernel_and_implicit_return():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            if i >= 10:
                return
            a[i] = 1.0
        """)
    body = function_body(ir, "k")
    assert re.search(r"warp\.if %\d+ : i1 \{\n\s*warp\.return\n\s*\}", body)
    assert body.rstrip().endswith("warp.return")


def test_if_else_that_both_return_continues_in_the_enclosing_block():
    ir = module("""
        @wp.func
        def f(x: float) -> float:
            if x > 0.0:
                return x
            else:
                return -x

        @wp.func
        def g(x: float) -> float:
            if x > 0.0:
                return x
            return -x
        """)
    # Same meaning, same IR (up to the symbol and locations).
    assert function_body(ir, "f").replace("@f(", "@g(") == function_body(ir, "g")
    assert "} else {" not in ir


def test_loop_with_early_return_in_a_function():
    ir = module("""
        @wp.func
        def find(a: wp.array(dtype=int), v: int) -> int:
            for i in range(a.shape[0]):
                if a[i] == v:
                    return i
            return -1
        """)
    assert has(ir, "warp.return %_ : si32", "warp.shape %a[0] : !warp.array<si32, 1>")
    assert count(ir, "warp.return") == 2


# -------------------------------------------------------------------- locals


def test_single_assignment_is_ssa():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            x = a[i] * 2.0
            y = x + 1.0
            a[i] = y
        """)
    assert "warp.var" not in ir and "warp.read" not in ir and "warp.write" not in ir


def test_reassigned_local_is_a_named_slot():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float), n: int):
            i = wp.tid()
            acc = float(0.0)
            for j in range(n):
                acc += a[j]
            a[i] = acc
        """)
    assert has(
        ir,
        'warp.var "acc" : !warp.ref<f32>',
        "warp.write %_, %_ : !warp.ref<f32>",
        "warp.read %_ : !warp.ref<f32>",
    )
    assert count(ir, "warp.var") == 1  # j stays the induction variable


def test_local_defined_in_a_branch_and_read_after_is_a_slot():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            if i > 2:
                x = 1.0
            else:
                x = 2.0
            a[i] = x
            if i > 5:
                y = 3.0
            a[i] = y
        """)
    assert has(ir, 'warp.var "x" : !warp.ref<f32>', 'warp.var "y" : !warp.ref<f32>')


def test_single_definition_in_a_branch_used_only_there_is_ssa():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            if i > 2:
                x = a[i] + 1.0
                a[i] = x
            while i < 10:
                z = a[i]
                a[i] = z + 1.0
                i = i + 1
        """)
    assert count(ir, "warp.var") == 1 and has(ir, 'warp.var "i" : !warp.ref<si32>')


def test_assigned_parameter_is_a_slot_initialised_from_it():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float), n: int):
            i = wp.tid()
            n = n * 2
            a[i] = float(n)
        """)
    body = function_body(ir, "k")
    assert re.search(
        r'(%\d+) = warp\.var "n" : !warp\.ref<si32>\n\s*warp\.write %n, \1 : !warp\.ref<si32>', body
    ), body


def test_loop_variable_read_after_the_loop_is_a_slot():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=int)):
            for j in range(3):
                a[j] = j
            a[5] = j
        """)
    body = function_body(ir, "k")
    assert re.search(
        r"warp\.for (%\d+) = .*\{\n\s*warp\.write \1, %\d+ : !warp\.ref<si32>", body
    ), body


def test_read_in_a_loop_before_its_assignment_is_a_slot():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float), n: int):
            prev = float(0.0)
            for j in range(n):
                cur = a[j]
                a[j] = cur - prev
                prev = cur
        """)
    assert has(ir, 'warp.var "prev" : !warp.ref<f32>')
    assert 'warp.var "cur"' not in ir


def test_slots_are_declared_at_entry_in_order():
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=float), n: int):
            b = 1.0
            b = 2.0
            n = 3
            c = 0.5
            c = 1.5
            a[0] = b + c
        """)
    body = function_body(ir, "k")
    names = re.findall(r'warp\.var "(\w+)"', body)
    assert names == ["n", "b", "c"]
    first_other = min(body.index(op) for op in ("warp.write", "warp.constant"))
    assert all(body.index(f'warp.var "{name}"') < first_other for name in names)


def test_constants_mutated_in_loops_warp_lang_accepts():
    # Unrolled (constant range, at most 16 iterations, no break), a dynamic
    # variable (int(0)), and a name merged by an if/else: all legal in Warp.
    ir = module("""
        @wp.kernel
        def k(a: wp.array(dtype=int), n: int):
            c = 0
            for j in range(4):
                c += j
            d = int(0)
            while d < n:
                d += 1
            if n > 2:
                e = 1
            else:
                e = 2
            while e < n:
                e += 1
            a[0] = c + d + e
        """)
    assert count(ir, "warp.var") == 3


# ----------------------------------------------------------------- functions


def test_calls_with_inferred_and_multiple_results():
    ir = module("""
        @wp.func
        def inner(x: float):
            return x * 2.0

        @wp.func
        def pair(x: float) -> tuple[float, int]:
            return inner(x), 3

        @wp.func
        def nothing(a: wp.array(dtype=float), v: float):
            a[0] = v

        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            x, n = pair(a[i])
            nothing(a, x + float(n))
        """)
    assert has(
        ir,
        'warp.func @inner(%x: f32 {warp.name = "x"}) -> f32 {',
        'warp.func @pair(%x: f32 {warp.name = "x"}) -> (f32, si32) {',
        "warp.return %_, %_ : f32, si32",
        "%_, %_ = warp.call @pair(%_) : (f32) -> (f32, si32)",
        "warp.call @nothing(%a, %_) : (!warp.array<f32, 1>, f32) -> ()",
    )
    symbols = re.findall(r"warp\.(?:func|kernel) @(\w+)", ir)
    assert symbols == ["inner", "pair", "nothing", "k"]


def test_overloads_get_typed_symbols_and_py_name():
    ir = module("""
        @wp.func
        def scale(x: float, s: float):
            return x * s

        @wp.func
        def scale(x: wp.float64, s: wp.float64):
            return x * s

        @wp.kernel
        def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):
            i = wp.tid()
            a[i] = scale(a[i], 2.0)
            d[i] = scale(d[i], wp.float64(2.0))
        """)
    assert has(
        ir,
        'warp.func @scale_f32_f32(%x: f32 {warp.name = "x"}, %s: f32 {warp.name = "s"}) -> f32 attributes {py_name = "scale"} {',
        'warp.func @scale_f64_f64(%x: f64 {warp.name = "x"}, %s: f64 {warp.name = "s"}) -> f64 attributes {py_name = "scale"} {',
        "warp.call @scale_f32_f32(%_, %_) : (f32, f32) -> f32",
        "warp.call @scale_f64_f64(%_, %_) : (f64, f64) -> f64",
    )


def test_keyword_arguments_and_defaults():
    ir = module("""
        @wp.func
        def f(x: float, scale: float = 2.0, shift: float = 0.5) -> float:
            return x * scale + shift

        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            a[i] = f(a[i], shift=1.5)
        """)
    body = function_body(ir, "k")
    assert re.search(
        r"warp\.constant 2\.0 : f32\n.*warp\.constant 1\.5 : f32\n.*warp\.call @f", body
    ), body


def test_transitive_call_chain_is_compiled_once():
    ir = module("""
        @wp.func
        def a1(x: int) -> int:
            return x + 1

        @wp.func
        def a2(x: int) -> int:
            return a1(x) + a1(x)

        @wp.func
        def a3(x: int) -> int:
            return a2(x) * a1(x)

        @wp.kernel
        def k(out: wp.array(dtype=int)):
            i = wp.tid()
            out[i] = a3(i)
        """)
    assert count(ir, "warp.func @a1(") == 1 and count(ir, "warp.call @a1(") == 3


# --------------------------------------------------------------------- kernel


def test_tid_dims():
    ir = module("""
        @wp.kernel
        def one(a: wp.array(dtype=float)):
            i = wp.tid()
            a[i] = 1.0

        @wp.kernel
        def three(a: wp.array3d(dtype=float)):
            i, j, k = wp.tid()
            a[i, j, k] = 1.0

        @wp.kernel
        def none(a: wp.array(dtype=float)):
            a[0] = 1.0
        """)
    assert re.search(r"warp\.kernel @one\(.*\) dims\(1\) \{", ir)
    assert re.search(r"warp\.kernel @three\(.*\) dims\(3\) \{", ir)
    assert re.search(r"%\d+, %\d+, %\d+ = warp\.tid", ir)
    none = next(line for line in ir.splitlines() if "@none(" in line)
    assert "dims(" not in none and "warp.tid" not in function_body(ir, "none")


def test_decorator_forms_and_aliases():
    ir = compile_ok("""
import warp as w
import warp_mlir as wm
from warp import kernel, func

@func
def f(x: w.float32) -> float:
    return x

@w.kernel(enable_backward=False)
def k1(a: wm.array(dtype=wm.float32)):
    a[0] = f(a[0])

@kernel
def k2(a: w.array(dtype=float, ndim=2)):
    a[0, 0] = 1.0

def not_a_kernel(x):
    return x
""")
    assert re.findall(r"warp\.(?:func|kernel) @(\w+)", ir) == ["f", "k1", "k2"]
    assert has(ir, "!warp.array<f32, 2>")


# ------------------------------------------------------------------ locations


def test_every_op_has_its_python_location():
    source = HEADER + textwrap.dedent("""
        @wp.kernel
        def k(a: wp.array(dtype=float), s: float):
            i = wp.tid()
            a[i] = a[i] * s
        """)
    ir = compile_source(source, "dir/k.py")
    # Every op line ends with its location; an op with regions has it after
    # its closing brace.
    lines = [line for line in ir.splitlines()[1:] if not line.endswith("{")]
    assert lines and all(re.search(r'loc\("dir/k\.py":\d+:\d+\)$', line) for line in lines), ir
    assert "warp.mul %a_" not in ir
    assert re.search(r'warp\.mul .* loc\("dir/k\.py":6:12\)', ir)
    assert re.search(r'warp\.store .* loc\("dir/k\.py":6:5\)', ir)
    assert re.search(r'%s: f32 \{warp\.name = "s"\} loc\("dir/k\.py":4:33\)', ir)
    # The locations survive parsing.
    printed = verify(ir, "--mlir-print-debuginfo")
    assert '"dir/k.py":6:12' in printed and '"dir/k.py":4:33' in printed


def test_verifier_diagnostics_point_at_python_lines():
    ir = compile_source(
        HEADER + "@wp.kernel\ndef k(a: wp.array(dtype=int)):\n    a[0] = a.shape[0]\n", "src.py"
    )
    assert "warp.shape %a[0]" in ir
    broken = ir.replace("warp.shape %a[0]", "warp.shape %a[3]")
    import subprocess

    from frontend_cases.support import tool

    result = subprocess.run(
        [str(tool("warp-opt")), "-"], input=broken, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert result.stderr.startswith("src.py:4:12: error:"), result.stderr


# ----------------------------------------------------------------- canonical


def test_output_is_deterministic():
    source = HEADER + textwrap.dedent("""
        @wp.struct
        class S:
            x: float

        @wp.func
        def f(s: S) -> float:
            return s.x

        @wp.kernel
        def k(a: wp.array(dtype=float)):
            i = wp.tid()
            v = 0.0
            for j in range(4):
                v += f(S(a[j]))
            a[i] = v
        """)
    assert compile_source(source, "x.py") == compile_source(source, "x.py")


def test_equivalent_spellings_give_the_same_ir():
    a = compile_ok(
        HEADER
        + "@wp.kernel\ndef k(v: wp.array(dtype=wp.vec3d)):\n    i = wp.tid()\n    v[i] = wp.vec3d(1, 2, 3)\n"
    )
    b = compile_ok(
        HEADER
        + "import warp\n@warp.kernel\ndef k(v: wp.array(dtype=wp.vec3d)):\n    i = wp.tid()\n    v[i] = wp.vec3d(1.0, 2.0, 3.0)\n"
    )
    assert strip_locs(a) == strip_locs(b)
