# Kernel arguments passed by value, of every scalar type and several
# composites, interleaved so that each needs its own alignment: bool, si8,
# si16, si32, si64, ui8, ui16, ui32, ui64, f16, f32, f64, vec3, vec4, vec2d,
# vec3i, mat22, mat33, quat and transform; each is written back through an
# array, with a little arithmetic in its own type.
import numpy as np
import warp as wp

from suite import Array, Case, Scalar


@wp.kernel
def scalar_args(a: wp.int8, b: wp.int64, c: wp.float16, v: wp.vec3,
                d: wp.float64, e: wp.uint16, m: wp.mat22, flag: wp.bool,
                q: wp.quat, f: wp.uint8, t: wp.transform, g: wp.uint64,
                h: wp.int16, m3: wp.mat33, u: wp.uint32, w: wp.vec4,
                vd: wp.vec2d, vi: wp.vec3i, s: wp.int32, x: wp.float32,
                ints: wp.array(dtype=wp.int64), uints: wp.array(dtype=wp.uint64),
                floats: wp.array(dtype=wp.float64),
                vecs: wp.array(dtype=wp.vec4, ndim=2),
                mats: wp.array(dtype=wp.mat33, ndim=2),
                tout: wp.array(dtype=wp.transform),
                dout: wp.array(dtype=wp.vec2d), iout: wp.array(dtype=wp.vec3i)):
    i = wp.tid()
    ints[0] = wp.int64(a + wp.int8(i))
    ints[1] = b - wp.int64(i)
    ints[2] = wp.int64(h * wp.int16(3))
    ints[3] = wp.int64(s) * wp.int64(2)
    ints[4] = wp.int64(flag) + wp.int64(not flag) * wp.int64(10)
    uints[0] = wp.uint64(f + wp.uint8(1))
    uints[1] = wp.uint64(e + wp.uint16(1))
    uints[2] = wp.uint64(u + wp.uint32(1))
    uints[3] = g + wp.uint64(1)
    floats[0] = wp.float64(c * wp.float16(2.0))
    floats[1] = wp.float64(x * 3.0)
    floats[2] = d / wp.float64(3.0)
    vecs[0, 0] = wp.vec4(v[0], v[1], v[2], x)
    vecs[0, 1] = w * 2.0
    vecs[0, 2] = wp.vec4(q[0], q[1], q[2], q[3])
    vecs[0, 3] = wp.vec4(m[0, 0], m[0, 1], m[1, 0], m[1, 1])
    mats[0, 0] = m3
    mats[0, 1] = m3 * wp.transpose(m3)
    tout[0] = t
    tout[1] = t * t
    dout[0] = vd * wp.float64(0.5)
    iout[0] = vi + wp.vec3i(1, 2, 3)


def make():
    return Case(dim=(1,), args=[
        Scalar(wp.int8, -100), Scalar(wp.int64, -(2**62) - 12345),
        Scalar(wp.float16, 1.5009765625), Scalar(wp.vec3, [1.25, -2.5, 3.75]),
        Scalar(wp.float64, 0.1), Scalar(wp.uint16, 65535),
        Scalar(wp.mat22, [[1.0, 2.0], [3.0, 4.5]]), Scalar(wp.bool, True),
        Scalar(wp.quat, [0.5, -0.5, 0.5, 0.5]), Scalar(wp.uint8, 255),
        Scalar(wp.transform, wp.transform(wp.vec3(1.0, 2.0, 3.0),
                                           wp.quat(0.0, 0.6, 0.0, 0.8))),
        Scalar(wp.uint64, 2**64 - 2), Scalar(wp.int16, -12345),
        Scalar(wp.mat33, [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.5]]),
        Scalar(wp.uint32, 2**32 - 1), Scalar(wp.vec4, [0.1, 0.2, 0.3, 0.4]),
        Scalar(wp.vec2d, [1.0 / 3.0, -2.0 / 3.0]), Scalar(wp.vec3i, [-7, 2**31 - 2, 5]),
        Scalar(wp.int32, -2**30 - 1), Scalar(wp.float32, 0.1),
        Array(wp.int64, np.zeros(5, np.int64)),
        Array(wp.uint64, np.zeros(4, np.uint64)),
        Array(wp.float64, np.zeros(3, np.float64)),
        Array(wp.vec4, np.zeros((1, 4, 4), np.float32)),
        Array(wp.mat33, np.zeros((1, 2, 3, 3), np.float32)),
        Array(wp.transform, np.zeros((2, 7), np.float32)),
        Array(wp.vec2d, np.zeros((1, 2), np.float64)),
        Array(wp.vec3i, np.zeros((1, 3), np.int32)),
    ])
