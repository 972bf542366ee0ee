"""Prints each .npy file given: its name, dtype, shape and values (flat)."""
import sys

import numpy as np

np.set_printoptions(linewidth=200)
for path in sys.argv[1:]:
    a = np.load(path)
    print(f"{path.split('/')[-1]} {a.dtype} {a.shape}")
    print(a.flatten().tolist())
