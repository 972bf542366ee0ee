"""Writes the .npy inputs of the warp-run tests into the directory argv[1]."""
import os
import sys

import numpy as np

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
np.save(os.path.join(out, "x.npy"), np.arange(8, dtype=np.float32))
np.save(os.path.join(out, "y.npy"), np.full(8, 0.5, dtype=np.float32))
np.save(os.path.join(out, "a.npy"), np.array(2.0, dtype=np.float32))
np.save(os.path.join(out, "k.npy"), np.array(7, dtype=np.int32))
np.save(os.path.join(out, "f64.npy"), np.zeros(8, dtype=np.float64))
np.save(os.path.join(out, "fortran.npy"),
        np.asfortranarray(np.zeros((2, 3), dtype=np.float32)))
with open(os.path.join(out, "garbage.npy"), "wb") as f:
    f.write(b"not an npy file")


def raw_npy(path, header):
    """A .npy file with `header` as written, and no data."""
    header = header.encode() + b"\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header)


raw_npy(os.path.join(out, "huge_type.npy"),
        "{'descr': '<f99999999999999999999', 'fortran_order': False, 'shape': (3,), }")
raw_npy(os.path.join(out, "huge_shape.npy"),
        "{'descr': '<f4', 'fortran_order': False, "
        "'shape': (4611686018427387904, 4611686018427387904), }")
