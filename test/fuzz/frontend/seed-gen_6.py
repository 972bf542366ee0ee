import warp as wp


@wp.kernel
def gen_6(
    a0: wp.array(dtype=wp.uint8),
    a1: wp.array(dtype=wp.uint8),
    a2: wp.array(dtype=wp.int8),
    out0: wp.array(dtype=wp.uint16),
    out1: wp.array(dtype=wp.uint64),
):
    tid = wp.tid()
    a0_val = a0[tid]
    a0_val2 = a0[(tid + 3) % a0.shape[0]]
    a1_val = a1[tid]
    a2_val = a2[tid]
    acc = a0_val
    for i in range(int(6)):
        n = int(wp.abs(int(3)))
        acc_prev = acc
        n2 = wp.max(a0_val2, wp.uint8(1))
        acc = a0_val2
        for j in range(n):
            n3 = a2_val % wp.int8(8) - a2_val % wp.int8(8)
            n4 = int(i * n)
            acc_prev2 = acc
            acc = a0_val2
            acc_prev3 = acc
            acc = wp.min(wp.uint8(12), acc_prev2)
            acc = wp.max(acc, acc_prev)
        n5 = wp.max(a0_val, wp.uint8(1))
        acc_prev4 = acc
        n6 = wp.clamp(acc_prev, wp.uint8(0), wp.uint8(100))
        acc = acc_prev
    out0[tid] = wp.uint16(acc)
    n7 = wp.uint64(11)
    n8 = wp.max(wp.uint64(0), wp.uint64(1))
    out1[tid] = n7
