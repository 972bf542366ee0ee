# Reference values for math-exec.mlir and composite-exec.mlir: the same
# expressions evaluated by warp-lang 1.19.0 on the CPU. Run with
#   python3 composite_exec_reference.py
# and compare with the CHECK lines (float32 printed with %.9g, float64 %.17g).
import math

import warp as wp

wp.config.quiet = True
wp.init()

NAN = float("nan")


@wp.kernel
def math_cases(out: wp.array(dtype=wp.float32), nan: wp.float32, negzero: wp.float32):
    out[0] = wp.sign(negzero)
    out[1] = wp.frac(wp.float32(-1.25))
    out[2] = wp.round(wp.float32(2.5))
    out[3] = wp.round(wp.float32(-2.5))
    out[4] = wp.rint(wp.float32(2.5))
    out[5] = wp.rint(wp.float32(3.5))
    out[6] = wp.smoothstep(wp.float32(0.0), wp.float32(2.0), wp.float32(1.0))
    out[7] = wp.smoothstep(wp.float32(0.0), wp.float32(3.0), wp.float32(1.0))
    out[8] = wp.acos(nan)
    out[9] = wp.acos(wp.float32(2.0))
    out[10] = wp.asin(wp.float32(-3.0))
    out[11] = wp.min(nan, wp.float32(1.0))
    out[12] = wp.min(wp.float32(1.0), nan)
    out[13] = wp.max(negzero, wp.float32(0.0))
    out[14] = wp.clamp(nan, wp.float32(1.0), wp.float32(2.0))
    out[15] = wp.degrees(wp.float32(0.01))
    out[16] = wp.radians(wp.float32(0.3))
    out[17] = wp.erf(wp.float32(0.5))
    out[18] = wp.erfc(wp.float32(0.5))
    out[19] = wp.cbrt(wp.float32(27.0))
    out[20] = wp.atan2(wp.float32(1.0), wp.float32(-1.0))
    out[21] = wp.copysign(wp.float32(2.0), negzero)
    out[22] = wp.step(wp.float32(-1.0))
    out[23] = wp.nonzero(nan)
    out[24] = wp.lerp(wp.float32(1.0), wp.float32(3.0), wp.float32(0.3))
    out[25] = wp.sin(wp.float32(0.5))
    out[26] = wp.tanh(wp.float32(0.5))
    out[27] = wp.log10(wp.float32(2.0))
    out[28] = wp.min(wp.vec3(nan, 2.0, -1.5))
    out[29] = wp.max(wp.vec3(nan, 2.0, -1.5))
    out[30] = wp.where(wp.isnan(wp.vec3(1.0, nan, 2.0)), 1.0, 0.0)
    out[31] = wp.where(wp.isinf(wp.mat22(1.0, 2.0, 3.0, 4.0)), 1.0, 0.0)
    out[32] = wp.where(wp.isfinite(wp.quat(1.0, 2.0, 3.0, 4.0)), 1.0, 0.0)
    out[33] = wp.float32(wp.degrees(wp.float16(0.01)))
    out[34] = wp.float32(wp.sin(wp.float16(0.5)))


@wp.kernel
def int_cases(out: wp.array(dtype=wp.int32), big: wp.int32, n: wp.int32, u: wp.uint32):
    out[0] = wp.abs(big)
    out[1] = wp.sign(n)
    out[2] = wp.int32(wp.step(u))
    out[3] = wp.int32(wp.min(u, wp.uint32(1)))
    out[4] = wp.max(wp.vec3i(3, -7, 5))
    out[5] = wp.clamp(n, wp.int32(-2), wp.int32(4))
    out[6] = wp.where(n, 10, 20)


@wp.kernel
def composite_cases(out: wp.array(dtype=wp.float32), i: wp.int32, j: wp.int32, neg: wp.int32):
    a = wp.vec3(1.1, 2.2, 3.3)
    b = wp.vec3(4.4, 5.5, 6.6)
    out[0] = wp.dot(a, b)
    # vec3 sums the products directly, vec4 starts from 0.0: -0.0 vs +0.0
    out[1] = wp.dot(wp.vec3(-1.0, -1.0, -1.0), wp.vec3(0.0, 0.0, 0.0))
    out[2] = wp.dot(wp.vec4(-1.0, -1.0, -1.0, -1.0), wp.vec4(0.0, 0.0, 0.0, 0.0))
    m3 = wp.mat33(1.5, 2.25, -3.1, 0.7, 5.3, 2.2, -1.9, 0.4, 3.7)
    out[3] = wp.determinant(m3)
    m4 = wp.mat44(1.5, 2.25, -3.1, 0.7, 5.3, 2.2, -1.9, 0.4, 3.7, 1.1, 0.3, -2.6, 0.9, -4.2, 1.7, 2.9)
    out[4] = wp.determinant(m4)
    out[5] = wp.inverse(m4)[i, j]
    out[6] = wp.inverse(m3)[i, j]
    out[7] = wp.inverse(wp.mat22(1.0, 2.0, 2.0, 4.0))[0, 0]
    out[8] = wp.inverse(wp.mat22(1.5, 2.25, -3.1, 0.7))[1, 0]
    out[9] = wp.normalize(wp.vec3(3.0, 4.0, 0.0))[1]
    out[10] = wp.normalize(wp.vec3(0.0, 0.0, 0.0))[0]
    out[11] = wp.normalize(wp.quat(0.0, 0.0, 0.0, 0.0))[3]
    out[12] = wp.length(wp.vec4(1.0, 2.0, 3.0, 4.5))
    q = wp.quat_from_axis_angle(wp.normalize(wp.vec3(1.0, 2.0, 3.0)), 0.7)
    out[13] = wp.quat_rotate(q, wp.vec3(0.3, -1.2, 2.5))[i]
    t = wp.transform(wp.vec3(1.0, -2.0, 0.5), q)
    out[14] = wp.transform_point(t, wp.vec3(0.3, -1.2, 2.5))[j]
    out[15] = wp.transform_vector(t, wp.vec3(0.3, -1.2, 2.5))[2]
    out[16] = wp.transform_point(m4, wp.vec3(0.3, -1.2, 2.5))[i]
    out[17] = wp.transform_vector(m4, wp.vec3(0.3, -1.2, 2.5))[j]
    out[18] = a[neg]
    v = wp.vec3(1.0, 2.0, 3.0)
    v[neg] = 9.0
    out[19] = v[2]
    out[20] = wp.cross(a, b)[i]
    out[21] = wp.trace(wp.outer(a, b))
    out[22] = wp.skew(a)[i, j]
    out[23] = wp.lerp(a, b, 0.3)[j]
    out[24] = wp.quat_inverse(q)[0]
    out[25] = wp.transform_get_rotation(t)[3]
    out[26] = wp.determinant(wp.mat22(1.5, 2.25, -3.1, 0.7))
    out[27] = wp.cw_div(a, b)[i]
    out[28] = wp.transpose(wp.matrix_from_rows(a, b))[i, 1]
    out[29] = wp.diag(a)[i, i]
    out[30] = v[1]
    m = wp.identity(3, dtype=wp.float32)
    m[i, j] = 5.0
    out[31] = m[i, j]
    out[32] = m[j, i]
    out[33] = m[i, i]
    out[34] = wp.quat_identity()[3]
    out[35] = wp.transform_identity()[neg]


@wp.struct
class Particle:
    pos: wp.vec3
    mass: wp.float32


@wp.kernel
def struct_cases(out: wp.array(dtype=wp.float32), x: wp.float32):
    p = Particle()
    p.pos = wp.vec3(x, 2.0, 3.0)
    p.mass = 4.5
    p.mass = p.pos[0]
    out[0] = p.mass


def run(kernel, n, dtype, *args):
    out = wp.zeros(n, dtype=dtype, device="cpu")
    wp.launch(kernel, dim=1, inputs=[out, *args], device="cpu")
    return out.numpy()


fmt = lambda v: "%.9g" % v
for k, v in enumerate(run(math_cases, 35, wp.float32, NAN, -0.0)):
    print("math%d = %s" % (k, fmt(v)))
for k, v in enumerate(run(int_cases, 7, wp.int32, -(2**31), -5, 7)):
    print("int%d = %d" % (k, v))
for k, v in enumerate(run(composite_cases, 36, wp.float32, 2, 1, -1)):
    print("comp%d = %s" % (k, fmt(v)))
print("struct0 = %s" % fmt(run(struct_cases, 1, wp.float32, 7.25)[0]))
