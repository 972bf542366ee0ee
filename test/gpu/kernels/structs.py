# Structs built inside the kernel (struct kernel arguments and arrays of
# structs are not passed by warp-launch): a default-constructed local with
# field writes (vector, scalar and integer fields), a nested struct, an
# array-valued field, structs passed to and returned from a wp.func by
# value (the caller's copy is unchanged), field writes inside a branch and
# a loop.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3
    mass: float
    id: int


@wp.struct
class Body:
    part: Particle
    scale: float
    data: wp.array(dtype=float)


@wp.func
def advance(p: Particle, dt: float) -> Particle:
    q = p
    q.pos = p.pos + p.vel * dt
    q.mass = q.mass * 0.5
    q.id = q.id + 1
    return q


@wp.func
def energy(b: Body) -> float:
    v = b.part.vel
    return 0.5 * b.part.mass * wp.dot(v, v) * b.scale + b.data[b.part.id % 4]


@wp.kernel
def structs(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3),
            mass: wp.array(dtype=float), table: wp.array(dtype=float),
            vout: wp.array(dtype=wp.vec3, ndim=2),
            fout: wp.array(dtype=float, ndim=2),
            iout: wp.array(dtype=int, ndim=2)):
    i = wp.tid()
    p = Particle()
    iout[i, 0] = p.id
    fout[i, 0] = p.mass + p.pos[2]
    p.pos = pos[i]
    p.vel = vel[i]
    p.mass = mass[i]
    p.id = i * 3
    q = advance(p, 0.25)
    vout[i, 0] = q.pos
    vout[i, 1] = p.pos
    fout[i, 1] = q.mass - p.mass
    iout[i, 1] = q.id - p.id
    if p.mass > 1.0:
        p.vel = -p.vel
        p.id = -1
    for k in range(3):
        p = advance(p, 0.125)
    vout[i, 2] = p.pos
    vout[i, 3] = p.vel
    iout[i, 2] = p.id
    b = Body()
    b.part = q
    b.scale = 3.0
    b.data = table
    fout[i, 2] = energy(b)
    b.part.mass = 10.0
    fout[i, 3] = energy(b)
    fout[i, 4] = q.mass


def make():
    rng = np.random.default_rng(32)
    n = 256
    return Case(dim=(n,), args=[
        Array(wp.vec3, rng.standard_normal((n, 3)).astype(np.float32)),
        Array(wp.vec3, rng.standard_normal((n, 3)).astype(np.float32)),
        Array(wp.float32, rng.uniform(0.0, 2.0, n).astype(np.float32)),
        Array(wp.float32, np.array([1.5, -2.25, 8.0, 0.125], np.float32)),
        Array(wp.vec3, np.zeros((n, 4, 3), np.float32)),
        Array(wp.float32, np.full((n, 5), 9.0, np.float32)),
        Array(wp.int32, np.full((n, 3), 9, np.int32)),
    ])
