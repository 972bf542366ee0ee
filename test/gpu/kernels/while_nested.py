# Nested loops with exits inside nested ifs: a while True left by a break
# two ifs deep; a while inside a for whose break leaves only the inner
# loop; continue from an elif inside a while; a for inside a while with a
# continue and a break of the for; a while whose body never runs.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def while_nested(seed: wp.array(dtype=wp.int32), out: wp.array(dtype=wp.int32, ndim=2)):
    i = wp.tid()
    s = seed[i]
    # while True with a deeply nested break
    n = s
    steps = int(0)
    while True:
        steps += 1
        if n % 2 == 0:
            n = n // 2
            if n < 5:
                if steps > 2:
                    break
        else:
            n = n * 3 + 1
        if steps >= 60:
            break
    out[i, 0] = n
    out[i, 1] = steps
    # a while inside a for; its break leaves only the while
    total = int(0)
    for k in range(1, 6):
        m = s + k
        while m > 0:
            if m % 7 == 3:
                break
            total += m % 10
            m = m // 3
        total += k * 100
    out[i, 2] = total
    # continue from an elif, then a for with continue and break inside a while
    j = int(0)
    odd = int(0)
    hits = int(0)
    while j < 20:
        j += 1
        if j % 5 == 0:
            continue
        elif (j + s) % 3 == 0:
            odd += 1
            continue
        for t in range(j):
            if (t * s) % 4 == 1:
                continue
            if t > 6:
                break
            hits += t
    out[i, 3] = odd
    out[i, 4] = hits
    # a loop that never runs
    z = int(0)
    while z > 100:
        z -= 1
    out[i, 5] = z + j


def make():
    rng = np.random.default_rng(34)
    n = 256
    seed = rng.integers(1, 10000, n, dtype=np.int32)
    seed[:4] = [1, 2, 3, 27]
    return Case(dim=(n,), args=[
        Array(wp.int32, seed),
        Array(wp.int32, np.zeros((n, 6), np.int32)),
    ])
