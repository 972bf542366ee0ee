# User functions: overloads of one Python name on f32, si32 and vec3; early
# returns from inside a loop and a branch; a function returning two values;
# a function that stores into an array and returns nothing; calls nested in
# calls and made in a loop; a function calling another function.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.func
def scale(x: float, s: float):
    return x * s + 1.0


@wp.func
def scale(x: int, s: int):
    return x * s + 1


@wp.func
def scale(x: wp.vec3, s: float):
    return x * s


@wp.func
def first_above(a: wp.array(dtype=float), t: float):
    for j in range(a.shape[0]):
        if a[j] > t:
            return j
    return -1


@wp.func
def classify(x: float):
    if x < 0.0:
        return -1
    elif x == 0.0:
        return 0
    if x > 100.0:
        return 2
    return 1


@wp.func
def divmod_floor(a: int, b: int):
    return a // b, a % b


@wp.func
def put(out: wp.array(dtype=int, ndim=2), i: int, j: int, v: int):
    if v < 0:
        out[i, j] = -v
        return
    out[i, j] = v * 2


@wp.func
def poly(x: float):
    return scale(scale(x, 2.0), x) - scale(x, 0.5)


@wp.kernel
def user_funcs(x: wp.array(dtype=float), n: wp.array(dtype=int),
               table: wp.array(dtype=float),
               fout: wp.array(dtype=float, ndim=2),
               iout: wp.array(dtype=int, ndim=2),
               vout: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    xi = x[i]
    ni = n[i]
    fout[i, 0] = scale(xi, 3.0)
    fout[i, 1] = poly(xi)
    acc = float(0.0)
    for k in range(4):
        acc = scale(acc, xi)
    fout[i, 2] = acc
    iout[i, 0] = scale(ni, 7)
    iout[i, 1] = first_above(table, xi)
    iout[i, 2] = classify(xi)
    q, r = divmod_floor(ni, 7)
    iout[i, 3] = q
    iout[i, 4] = r
    put(iout, i, 5, ni - 50)
    vout[i] = scale(wp.vec3(xi, 1.0, -2.0), scale(xi, 0.25))


def make():
    rng = np.random.default_rng(33)
    n = 256
    x = (rng.standard_normal(n) * 60.0).astype(np.float32)
    x[:3] = [0.0, -0.0, 150.0]
    k = rng.integers(-1000, 1000, n, dtype=np.int32)
    table = np.sort(rng.uniform(-100.0, 100.0, 16)).astype(np.float32)
    return Case(dim=(n,), args=[
        Array(wp.float32, x), Array(wp.int32, k), Array(wp.float32, table),
        Array(wp.float32, np.zeros((n, 3), np.float32)),
        Array(wp.int32, np.zeros((n, 6), np.int32)),
        Array(wp.vec3, np.zeros((n, 3), np.float32)),
    ])
