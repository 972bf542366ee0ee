import warp as wp


@wp.kernel
def gen_5(
    a0: wp.array(dtype=wp.uint16),
    a1: wp.array(dtype=wp.uint8),
    a2: wp.array(dtype=float),
    out0: wp.array(dtype=int),
    out1: wp.array(dtype=wp.float64),
):
    tid = wp.tid()
    a0_val = a0[tid]
    a0_val2 = a0[(tid + 3) % a0.shape[0]]
    a1_val = a1[tid]
    a2_val = a2[tid]
    acc = a0_val2
    for i in range(int(4)):
        if a1_val < a1_val:
            break
        if wp.abs(a2_val) * -3.875 > a2_val:
            acc = wp.max(a0_val2, acc)
        else:
            n4 = wp.clamp(a0_val2, wp.uint16(0), wp.uint16(100))
            n = n4 + wp.clamp(a0_val, wp.uint16(0), wp.uint16(100))
        acc = wp.max(acc, a0_val)
    out0[tid] = int(acc)
    n2 = wp.uint16(5) + wp.uint16(12)
    n3 = a1_val - wp.uint8(0)
    out1[tid] = wp.erfc(wp.float64(-1.8125))
