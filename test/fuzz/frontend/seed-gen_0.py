import warp as wp


@wp.kernel
def gen_0(
    a0: wp.array(dtype=wp.int64),
    out0: wp.array(dtype=float),
    out1: wp.array(dtype=wp.float64),
):
    tid = wp.tid()
    a0_val = a0[tid]
    acc = a0_val
    for i in range(int(5)):
        n = int(i * i)
        n2 = wp.int16(wp.abs(wp.int16(-11)))
        n3 = int(int(-8) * int(15))
        for j in range(i, wp.clamp(n, 0, 6)):
            if a0_val * a0_val == a0_val:
                continue
            x = wp.float16(wp.float16(0.375) - wp.float16(0.8125))
            n4 = a0_val + a0_val
            n5 = wp.int16(wp.min(wp.int16(-14), n2))
            n6 = wp.uint16(wp.uint16(12) + wp.uint16(14))
            acc = wp.clamp(acc + n4 % wp.int64(101), wp.int64(-10000), wp.int64(10000))
        n7 = wp.int64(-3) - a0_val
        acc = acc % wp.int64(31) * (n7 % wp.int64(31))
    out0[tid] = float(acc)
    out1[tid] = wp.float64(3.8125) - wp.float64(-1.6875)
