# Integer work: 64 rounds of a 32-bit integer hash (xor-shift-multiply, the
# "lowbias32" finalizer) per thread, with a running sum of the low bytes.
# Exact: every form must agree bit for bit.
import warp as wp


@wp.kernel
def int_hash(seed: wp.array(dtype=wp.uint32), out: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    h = seed[i]
    acc = wp.uint32(0)
    for k in range(64):
        h = h ^ (h >> wp.uint32(16))
        h = h * wp.uint32(0x7FEB352D)
        h = h ^ (h >> wp.uint32(15))
        h = h * wp.uint32(0x846CA68B)
        h = h ^ (h >> wp.uint32(16))
        acc = acc + (h & wp.uint32(0xFF))
        h = h + wp.uint32(0x9E3779B9)
    out[i] = acc ^ h
