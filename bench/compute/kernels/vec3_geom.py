# vec3 geometry: 16 steps of cross, normalize, dot and length per thread on
# points along a ray u + t v; the results are sums, so rounding differences
# stay additive.
import warp as wp


@wp.kernel
def vec3_geom(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3),
              out_v: wp.array(dtype=wp.vec3), out_s: wp.array(dtype=wp.float32)):
    i = wp.tid()
    u = a[i]
    v = b[i]
    acc = wp.vec3(0.0, 0.0, 0.0)
    s = float(0.0)
    t = float(0.0)
    for k in range(16):
        d = u + v * t
        c = wp.cross(d, v)
        n = wp.normalize(c + u)
        s = s + wp.dot(n, d) + wp.length(c)
        acc = acc + n * wp.dot(d, v)
        t = t + 0.25
    out_v[i] = acc
    out_s[i] = s
