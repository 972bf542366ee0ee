"""Malformed or unsupported Python: each raises a FrontendError at the
offending construct (line and 1-based column) whose message names it."""

from __future__ import annotations

import pytest

from warp_mlir.frontend import FrontendError, compile_source

K = "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float), n: int, b: wp.array(dtype=wp.int64)):\n"

# (source, line, column, words the message contains)
CASES = {
    "lambda": (K + "    f = lambda x: x\n", 5, 9, "lambda"),
    "list comprehension": (K + "    xs = [i for i in range(3)]\n", 5, 10, "list comprehension"),
    "star args": (
        "import warp as wp\n@wp.func\ndef f(*xs: float) -> float:\n    return 0.0\n",
        3,
        8,
        "*xs parameters",
    ),
    "try": (
        K + "    try:\n        a[0] = 1.0\n    except Exception:\n        pass\n",
        5,
        5,
        "try statements",
    ),
    "with": (K + "    with open('x') as f:\n        pass\n", 5, 5, "with statements"),
    "global": (K + "    global G\n", 5, 5, "global declarations"),
    "nonlocal": (K + "    nonlocal n\n", 5, 5, "nonlocal declarations"),
    "string": (K + "    s = 'hello'\n", 5, 9, "strings"),
    "unknown name": (
        K + "    a[0] = undefined_thing\n",
        5,
        12,
        "name 'undefined_thing' is not defined",
    ),
    "python function": (
        "import warp as wp\ndef helper(x):\n    return x\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    a[0] = helper(a[0])\n",
        6,
        12,
        "helper() (not a Warp function",
    ),
    "numpy call": (
        "import warp as wp\nimport numpy as np\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    a[0] = np.sin(a[0])\n",
        5,
        12,
        "numpy has no attribute 'sin'",
    ),
    "int64 plus literal": (
        K + "    b[0] = b[0] + 1\n",
        5,
        12,
        "operator '+' needs operands of one type, got int64 and int32",
    ),
    "float plus int": (
        K + "    a[0] = a[0] + n\n",
        5,
        12,
        "operator '+' needs operands of one type, got float32 and int32",
    ),
    "builtin mixed types": (
        K + "    a[0] = wp.max(a[0], n)\n",
        5,
        12,
        "wp.max() needs arguments of one type",
    ),
    "vector times int": (
        K + "    v = wp.vec3(1.0) * 2\n",
        5,
        9,
        "a vec3 is scaled only by its element type float32, got int32",
    ),
    "store wrong type": (K + "    a[0] = 1\n", 5, 5, "cannot store int32 into an array of float32"),
    "local changes type": (
        K + "    x = 1.0\n    x = 2\n",
        6,
        5,
        "cannot assign int32 to 'x', which holds float32",
    ),
    "tid in func": (
        "import warp as wp\n@wp.func\ndef f() -> int:\n    return wp.tid()\n",
        4,
        12,
        "wp.tid() can only be called in a kernel",
    ),
    "struct method": (
        "import warp as wp\n@wp.struct\nclass S:\n    x: float\n    def norm(self):\n        return self.x\n",
        5,
        5,
        "struct S defines a method",
    ),
    "kernel returns value": (K + "    return 1.0\n", 5, 12, "a kernel returns nothing"),
    "break outside loop": (K + "    break\n", 5, 5, "'break' outside a loop"),
    "for over a non-range": (K + "    for x in a:\n        pass\n", 5, 14, "range(...)"),
    "recursion": (
        "import warp as wp\n@wp.func\ndef f(x: int) -> int:\n    return f(x - 1)\n",
        4,
        12,
        "recursion is not supported in Warp: f -> f",
    ),
    "missing annotation": (
        "import warp as wp\n@wp.func\ndef f(x) -> int:\n    return 1\n",
        3,
        7,
        "parameter 'x' of f() needs a type annotation",
    ),
    "integer pow": (K + "    n2 = n ** 2\n", 5, 10, "operator '**' is not defined for integers"),
    "unknown struct field": (
        "import warp as wp\n@wp.struct\nclass S:\n    x: float\n@wp.kernel\ndef k(a: wp.array(dtype=S)):\n    a[0].y = 1.0\n",
        7,
        5,
        "struct S has no field 'y'",
    ),
    "missing return path": (
        "import warp as wp\n@wp.func\ndef f(x: float) -> float:\n    if x > 0.0:\n        return x\n",
        3,
        1,
        "f() can reach its end without returning a value",
    ),
    "constant index out of range": (
        K + "    v = wp.vec3()\n    a[0] = v[3]\n",
        6,
        14,
        "index 3 is out of range for vec3",
    ),
    "not on a float": (K + "    c = not a[0]\n", 5, 9, "'not' is not defined for float32"),
    "float16 compared with float32": (
        "import warp as wp\n@wp.kernel\ndef k(h: wp.array(dtype=wp.float16)):\n    c = h[0] < 1.0\n",
        4,
        9,
        "float16 compares only with float16",
    ),
    "read before assignment": (
        K + "    a[0] = y\n    y = 1.0\n",
        5,
        12,
        "local variable 'y' is read before it is assigned",
    ),
    "slice": (K + "    x = a[1:3]\n", 5, 11, "slices"),
    "calling a kernel": (
        "import warp as wp\n@wp.kernel\ndef other():\n    pass\n@wp.kernel\ndef k():\n    other()\n",
        7,
        5,
        "kernel other() cannot be called",
    ),
    "syntax error": ("import warp as wp\n@wp.kernel\ndef k(:\n", 3, 7, "invalid Python syntax"),
    "while else": (
        K + "    while n > 0:\n        n = n - 1\n    else:\n        pass\n",
        5,
        5,
        "while ... else",
    ),
    "int literal too large": (
        K + "    x = 3000000000\n",
        5,
        9,
        "integer literal 3000000000 does not fit in int32",
    ),
    "assign to a view": (
        "import warp as wp\n@wp.kernel\ndef k(a: wp.array2d(dtype=float)):\n    a[0] = 1.0\n",
        4,
        5,
        "cannot assign to a sub-array",
    ),
    "range of int64": (
        K + "    for i in range(b[0]):\n        pass\n",
        5,
        20,
        "range() takes int32 bounds",
    ),
    "print": (K + "    print(n)\n", 5, 5, "print() (not supported by warp-mlir)"),
    "unsupported builtin": (K + "    wp.printf('%d', n)\n", 5, 5, "wp.printf is not supported"),
    "matrix from row vectors": (
        K + "    v = wp.vec3()\n    m = wp.mat33(v, v, v)\n",
        6,
        9,
        "wp.matrix_from_rows",
    ),
    "walrus": (K + "    if (x := n) > 0:\n        pass\n", 5, 9, "walrus"),
    "is operator": (K + "    c = n is None\n", 5, 9, "'is' operator"),
    "star target": (K + "    x, *y = wp.vec3()\n", 5, 5, "cannot unpack a single value"),
    "struct partial construction": (
        "import warp as wp\n@wp.struct\nclass S:\n    x: float\n    n: int\n@wp.kernel\ndef k(a: wp.array(dtype=S)):\n    a[0] = S(n=2)\n",
        8,
        12,
        "S() takes every field or none; missing x",
    ),
    "overload mismatch": (
        "import warp as wp\n@wp.func\ndef f(x: wp.float64) -> wp.float64:\n    return x\n@wp.kernel\ndef k(a: wp.array(dtype=wp.float64)):\n    a[0] = f(1.0)\n",
        7,
        14,
        "argument 'x' of f() must be float64, got float32",
    ),
    "return type mismatch": (
        "import warp as wp\n@wp.func\ndef f(x: wp.float64) -> wp.float64:\n    return 0.0\n",
        4,
        12,
        "return value #0 must be float64, got float32",
    ),
    "ternary on a float": (
        K + "    x = 1.0 if a[0] else 2.0\n",
        5,
        16,
        "the condition of 'a if c else b' must be a bool or an integer",
    ),
    "where on a float": (
        K + "    x = wp.where(a[0], 1.0, 2.0)\n",
        5,
        18,
        "the condition of wp.where must be a bool, an integer or an array",
    ),
    "constant mutated in a while loop": (
        K + "    c = 0\n    while c < n:\n        c += 1\n",
        7,
        9,
        "'c' holds a constant (assigned a literal on line 5) and cannot be assigned inside a dynamic loop",
    ),
    "constant mutated in a dynamic for loop": (
        K + "    c = 0.5\n    for j in range(n):\n        c = c * 2.0\n",
        7,
        9,
        "cannot be assigned inside a dynamic loop",
    ),
    "constant mutated in a long constant loop": (
        K + "    c = 0\n    for j in range(20):\n        c += j\n",
        7,
        9,
        "cannot be assigned inside a dynamic loop",
    ),
    "chained comparison of unequal types": (
        K + "    c = 1 < a[0] < 2\n",
        5,
        20,
        "a chained comparison compares operands of one type after its first link",
    ),
    "annotated assignment": (K + "    x: float = 1.0\n", 5, 5, "annotated assignments"),
    "atomic on uint8": (
        "import warp as wp\n@wp.kernel\ndef k(u: wp.array(dtype=wp.uint8)):\n    wp.atomic_add(u, 0, wp.uint8(1))\n",
        4,
        5,
        "wp.atomic_add is not defined for arrays of uint8",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_error_is_located_and_names_the_construct(name):
    source, line, col, words = CASES[name]
    with pytest.raises(FrontendError) as caught:
        compile_source(source, "bad.py")
    error = caught.value
    assert (error.filename, error.line, error.col) == ("bad.py", line, col), str(error)
    assert words in error.message, error.message


def test_there_are_enough_error_cases():
    assert len(CASES) >= 20


def test_error_text_shows_the_line_and_a_caret():
    source = K + "    a[0] = a[0] + n\n"
    with pytest.raises(FrontendError) as caught:
        compile_source(source, "bad.py")
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("bad.py:5:12: error: operator '+'")
    assert lines[1] == "    a[0] = a[0] + n"
    assert lines[2] == " " * 11 + "^"


def test_errors_carry_no_python_traceback_context():
    with pytest.raises(FrontendError) as caught:
        compile_source(K + "    a[0] = a[0] + n\n", "bad.py")
    assert caught.value.__suppress_context__ or caught.value.__context__ is None
