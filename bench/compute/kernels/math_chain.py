# Transcendental builtins in a chain: 16 steps of sin, cos, exp, log and sqrt
# per element (f32), summed. Warp unrolls the constant-trip loop (16 <=
# max_unroll); the sum's error grows additively, not chaotically.
import warp as wp


@wp.kernel
def math_chain(a: wp.array(dtype=wp.float32), b: wp.array(dtype=wp.float32),
               out: wp.array(dtype=wp.float32)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    acc = float(0.0)
    for k in range(16):
        acc = acc + wp.sin(x) * wp.cos(y) + wp.exp(-x * x) + wp.log(1.0 + y * y) + wp.sqrt(wp.abs(x) + y)
        x = x + 0.125
        y = y * 0.96875 + 0.03125
    out[i] = acc
