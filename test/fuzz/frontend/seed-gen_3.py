import warp as wp


@wp.kernel
def gen_3(
    a0: wp.array(dtype=wp.uint64),
    out0: wp.array(dtype=wp.int8),
    out1: wp.array(dtype=wp.uint32),
    v0: wp.array(dtype=wp.vec3),
    v1: wp.array(dtype=wp.vec3),
    vout0: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    a0_val = a0[tid]
    v0_val = v0[tid]
    v1_val = v1[tid]
    x5 = wp.clamp(float(a0_val), -4.0, 4.0)
    v5 = wp.vec3(x5, wp.clamp(-13.0, -4.0, 4.0), wp.clamp(float(a0_val), -4.0, 4.0))
    v = wp.normalize(v5)
    v2 = v1_val + v
    v3 = wp.cw_mul(v, v1_val * wp.clamp(11.0, -4.0, 4.0))
    v4 = wp.cross(v0_val, v1_val)
    vout0[tid] = v4
    x = wp.length_sq(v4)
    x2 = -x - wp.atan2(x, x)
    n = a0_val + a0_val * a0_val
    n4 = a0_val + n
    n6 = wp.clamp(a0_val, wp.uint64(0), wp.uint64(100))
    n5 = n6 + wp.clamp(a0_val, wp.uint64(0), wp.uint64(100))
    n2 = n4 * n5
    x3 = x - x2
    x4 = x2 + x2
    n3 = n + a0_val
    out0[tid] = wp.int8(-4)
    out1[tid] = wp.uint32(15)
