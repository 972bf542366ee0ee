# n-body style inner loop: every thread sums the softened gravitational pull
# of a small array of sources (vec3 positions and f32 masses, read by every
# thread, so they stay in L1/L2).
import warp as wp


@wp.kernel
def nbody(pos: wp.array(dtype=wp.vec3), src: wp.array(dtype=wp.vec3),
          mass: wp.array(dtype=wp.float32), acc_out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p = pos[i]
    acc = wp.vec3(0.0, 0.0, 0.0)
    for j in range(src.shape[0]):
        d = src[j] - p
        r2 = wp.dot(d, d) + 0.01
        inv = 1.0 / wp.sqrt(r2)
        acc = acc + d * (mass[j] * inv * inv * inv)
    acc_out[i] = acc
