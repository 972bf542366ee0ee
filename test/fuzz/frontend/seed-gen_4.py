import warp as wp


@wp.kernel
def gen_4(
    a0: wp.array(dtype=wp.uint8),
    out0: wp.array(dtype=wp.int8),
    v0: wp.array(dtype=wp.vec3),
    v1: wp.array(dtype=wp.vec3),
    vout0: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    a0_val = a0[tid]
    a0_val2 = a0[(tid + 3) % a0.shape[0]]
    v0_val = v0[tid]
    v1_val = v1[(tid + 1) % v1.shape[0]]
    x2 = wp.clamp(float(a0_val), -4.0, 4.0)
    x3 = wp.clamp(float(a0_val), -4.0, 4.0)
    v = wp.vec3(x2, x3, wp.clamp(float(a0_val), -4.0, 4.0))
    v2 = wp.lerp(v1_val, v1_val, wp.clamp(-3.5625, 0.0, 1.0))
    v3 = wp.cw_mul(v, v1_val)
    v4 = wp.lerp(v1_val, v, wp.clamp(wp.clamp(float(a0_val), -4.0, 4.0), 0.0, 1.0))
    v5 = wp.lerp(v1_val, v1_val, wp.clamp(3.0, 0.0, 1.0))
    v6 = v3 - v0_val
    vout0[tid] = v6
    x = wp.length_sq(v6)
    n = wp.int8(0)
    n2 = wp.int8(10)
    out0[tid] = wp.where(x + 2.0625 != x or x > -3.4375, n, n2)
