import warp as wp


@wp.kernel
def gen_2(
    a0: wp.array(dtype=wp.float16),
    a1: wp.array(dtype=wp.int8),
    a2: wp.array(dtype=wp.uint8),
    out0: wp.array(dtype=wp.uint32),
    out1: wp.array(dtype=wp.int64),
):
    tid = wp.tid()
    a0_val = a0[tid]
    a1_val = a1[tid]
    a2_val = a2[tid]
    acc = int(-14)
    for i in range(int(6)):
        x = -a0_val
        n3 = wp.clamp(a2_val, wp.uint8(0), wp.uint8(7))
        n = n3 + wp.clamp(a2_val, wp.uint8(0), wp.uint8(7))
        for j in range(int(2)):
            if wp.uint16(16) + wp.uint16(11) != wp.uint16(9) or n >= n:
                continue
            acc = wp.max(acc, j)
        acc = acc % 31 * i
    out0[tid] = wp.uint32(wp.clamp(acc, 0, 2147483647))
    n4 = wp.clamp(a2_val, wp.uint8(0), wp.uint8(7))
    n2 = n4 * wp.clamp(a2_val, wp.uint8(0), wp.uint8(7))
    out1[tid] = wp.int64(-5) + wp.int64(8)
