import warp as wp


@wp.kernel
def gen_7(
    a0: wp.array(dtype=wp.uint16),
    out0: wp.array(dtype=wp.float16),
    out1: wp.array(dtype=int),
):
    tid = wp.tid()
    a0_val = a0[tid]
    acc = a0_val
    for i in range(int(8)):
        n = int(-i)
        n5 = wp.clamp(a0_val, wp.uint16(0), wp.uint16(100))
        n2 = n5 + wp.clamp(a0_val, wp.uint16(0), wp.uint16(100))
        for j in range(i, 1):
            x = wp.float16(3.688)
            x2 = wp.float16(0.375)
            out0[tid] = wp.where(a0_val * wp.uint16(0) <= wp.uint16(3), x, x2)
            n3 = wp.uint32(15) * wp.uint32(a0_val)
            acc = wp.max(acc, a0_val)
        n4 = wp.uint16(wp.uint16(wp.clamp(n, 0, 65535)))
        acc = wp.clamp(acc, wp.uint16(0), wp.uint16(30)) * n4
    out0[tid] = wp.float16(wp.clamp(acc, wp.uint16(0), wp.uint16(500)))
    out1[tid] = 6 + -8
