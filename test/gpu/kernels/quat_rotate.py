# Quaternions: quat_rotate of a vector by a given unit quaternion, its
# inverse rotation, and quat_from_axis_angle, whose sin and cos come from
# libdevice on the GPU.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def quat_rotate(q: wp.array(dtype=wp.quat), v: wp.array(dtype=wp.vec3),
                angle: wp.array(dtype=wp.float32),
                rotated: wp.array(dtype=wp.vec3, ndim=2),
                built: wp.array(dtype=wp.quat)):
    i = wp.tid()
    r = q[i]
    x = v[i]
    rotated[i, 0] = wp.quat_rotate(r, x)
    rotated[i, 1] = wp.quat_rotate(wp.quat_inverse(r), x)
    built[i] = wp.quat_from_axis_angle(wp.vec3(0.0, 0.6, 0.8), angle[i])


def make():
    rng = np.random.default_rng(13)
    n = 256
    q = rng.standard_normal((n, 4))
    q = (q / np.linalg.norm(q, axis=1, keepdims=True)).astype(np.float32)
    v = rng.standard_normal((n, 3)).astype(np.float32)
    angle = rng.uniform(-6.3, 6.3, n).astype(np.float32)
    return Case(dim=(n,), args=[
        Array(wp.quat, q), Array(wp.vec3, v), Array(wp.float32, angle),
        Array(wp.vec3, np.zeros((n, 2, 3), np.float32)),
        Array(wp.quat, np.zeros((n, 4), np.float32), ulp=3,
              why="sin/cos of angle/2: libdevice 2 ulp + glibc 1 ulp"),
    ])
