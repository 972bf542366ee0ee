import warp as wp


@wp.kernel
def gen_1(
    a0: wp.array(dtype=float),
    a1: wp.array(dtype=wp.uint16),
    a2: wp.array(dtype=wp.uint32),
    out0: wp.array(dtype=float),
    v0: wp.array(dtype=wp.vec3),
    v1: wp.array(dtype=wp.vec3),
    vout0: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    a0_val = a0[tid]
    a1_val = a1[tid]
    a1_val2 = a1[(tid + 3) % a1.shape[0]]
    a2_val = a2[tid]
    v0_val = v0[tid]
    v1_val = v1[tid]
    x10 = float(3.0)
    x11 = wp.clamp(float(a2_val), -4.0, 4.0)
    v = wp.vec3(x10, x11, wp.clamp(float(a2_val), -4.0, 4.0))
    x = wp.dot(v, v1_val)
    x2 = wp.length(v)
    v2 = v0_val * wp.clamp(x2, -4.0, 4.0)
    x3 = wp.length(v0_val)
    v3 = v1_val + v1_val
    vout0[tid] = v3
    x4 = wp.length_sq(v3)
    x5 = x2 * x2
    x6 = wp.abs(wp.clamp(x4, -64.0, 64.0)) + 0.5
    x7 = wp.clamp(x5, -16.0, 16.0)
    out0[tid] = x5
    n = wp.uint32(8) % wp.max(a2_val, wp.uint32(1))
    out0[tid] = a0_val - x3
    x8 = a0_val - x
    x9 = wp.abs(wp.clamp(x4, -64.0, 64.0)) + 0.5
