# Atomics on every type Warp allows them for, all threads on one address:
# add, sub, min, max on si32, ui32, si64, ui64 (sums wrap), f32 and f64
# (dyadic values: exact in any order); and, or, xor on the four integer
# types; add on f16 (small integers) and vec3; the old values of a
# contended counter (si32, f32) and of a compare-and-swap loop (each
# thread's ticket), compared sorted; per-thread slots returning the old
# value of xor, or, and and exch.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def atomics_types(k: wp.array(dtype=wp.int32), big: wp.array(dtype=wp.int64),
                  i32: wp.array(dtype=wp.int32), u32: wp.array(dtype=wp.uint32),
                  i64: wp.array(dtype=wp.int64), u64: wp.array(dtype=wp.uint64),
                  f32: wp.array(dtype=wp.float32), f64: wp.array(dtype=wp.float64),
                  f16: wp.array(dtype=wp.float16), v3: wp.array(dtype=wp.vec3),
                  ticket_i: wp.array(dtype=wp.int32), ticket_f: wp.array(dtype=wp.float32),
                  ticket_cas: wp.array(dtype=wp.int32), cas_cnt: wp.array(dtype=wp.int32),
                  slots: wp.array(dtype=wp.uint32), slot_old: wp.array(dtype=wp.uint32, ndim=2)):
    i = wp.tid()
    x = k[i]
    y = big[i]
    # si32
    wp.atomic_add(i32, 0, x)
    ticket_i[i] = wp.atomic_add(i32, 1, 1)
    wp.atomic_min(i32, 2, x)
    wp.atomic_max(i32, 3, x)
    wp.atomic_and(i32, 4, x | 0x10000)
    wp.atomic_or(i32, 5, x & 0x00F000F0)
    wp.atomic_xor(i32, 6, x)
    wp.atomic_sub(i32, 7, x)
    # ui32
    ux = wp.uint32(x)
    wp.atomic_add(u32, 0, ux)
    wp.atomic_min(u32, 1, ux)
    wp.atomic_max(u32, 2, ux)
    wp.atomic_and(u32, 3, ux | wp.uint32(0x80000001))
    wp.atomic_or(u32, 4, ux & wp.uint32(0x0F00000F))
    wp.atomic_xor(u32, 5, ux)
    wp.atomic_sub(u32, 6, ux)
    # si64
    wp.atomic_add(i64, 0, y)
    wp.atomic_min(i64, 1, y)
    wp.atomic_max(i64, 2, y)
    wp.atomic_and(i64, 3, y | wp.int64(0x100000000))
    wp.atomic_or(i64, 4, y & wp.int64(0x00F0000000F00000))
    wp.atomic_xor(i64, 5, y)
    wp.atomic_sub(i64, 6, y)
    # ui64
    uy = wp.uint64(y)
    wp.atomic_add(u64, 0, uy)
    wp.atomic_min(u64, 1, uy)
    wp.atomic_max(u64, 2, uy)
    wp.atomic_and(u64, 3, uy | wp.uint64(0x8000000000000001))
    wp.atomic_or(u64, 4, uy & wp.uint64(0x0F0000000000000F))
    wp.atomic_xor(u64, 5, uy)
    wp.atomic_sub(u64, 6, uy)
    # floats
    fx = float(x % 512) * 0.125
    wp.atomic_add(f32, 0, fx)
    wp.atomic_sub(f32, 1, fx)
    wp.atomic_min(f32, 2, fx)
    wp.atomic_max(f32, 3, fx)
    ticket_f[i] = wp.atomic_add(f32, 4, 1.0)
    dx = wp.float64(y % wp.int64(1000000007)) * wp.float64(0.0625)
    wp.atomic_add(f64, 0, dx)
    wp.atomic_sub(f64, 1, dx)
    wp.atomic_min(f64, 2, dx)
    wp.atomic_max(f64, 3, dx)
    wp.atomic_add(f16, 0, wp.float16(float(x % 3 - 1)))
    wp.atomic_add(v3, 0, wp.vec3(fx, -fx, 1.0))
    # compare-and-swap tickets
    cur = int(0)
    while True:
        old = wp.atomic_cas(cas_cnt, 0, cur, cur + 1)
        if old == cur:
            break
        cur = old
    ticket_cas[i] = cur
    # per-thread slots
    slot_old[i, 0] = wp.atomic_xor(slots, i, ux)
    slot_old[i, 1] = wp.atomic_or(slots, i, wp.uint32(0xF0))
    slot_old[i, 2] = wp.atomic_and(slots, i, wp.uint32(0xFFFF00FF))
    slot_old[i, 3] = wp.atomic_exch(slots, i, ux + wp.uint32(7))


def make():
    rng = np.random.default_rng(36)
    n = 512
    k = rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32)
    big = rng.integers(-2**63, 2**63 - 1, n, dtype=np.int64)
    return Case(dim=(n,), block=128, args=[
        Array(wp.int32, k), Array(wp.int64, big),
        Array(wp.int32, np.array([5, 0, 2**31 - 1, -2**31, -1, 0, 0x5A5A5A5A, 0], np.int32)),
        Array(wp.uint32, np.array([5, 2**32 - 1, 0, 2**32 - 1, 0, 0x5A5A5A5A, 0], np.uint32)),
        Array(wp.int64, np.array([5, 2**63 - 1, -2**63, -1, 0, 0x5A5A5A5A5A5A5A5A, 0], np.int64)),
        Array(wp.uint64, np.array([5, 2**64 - 1, 0, 2**64 - 1, 0, 0x5A5A5A5A5A5A5A5A, 0], np.uint64)),
        Array(wp.float32, np.array([0.5, 0.0, 1e30, -1e30, 0.0], np.float32)),
        Array(wp.float64, np.array([0.5, 0.0, 1e300, -1e300], np.float64)),
        Array(wp.float16, np.array([3.0], np.float16)),
        Array(wp.vec3, np.zeros((1, 3), np.float32)),
        Array(wp.int32, np.zeros(n, np.int32), order="sorted"),
        Array(wp.float32, np.zeros(n, np.float32), order="sorted"),
        Array(wp.int32, np.zeros(n, np.int32), order="sorted"),
        Array(wp.int32, np.zeros(1, np.int32)),
        Array(wp.uint32, rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32)),
        Array(wp.uint32, np.zeros((n, 4), np.uint32)),
    ])
