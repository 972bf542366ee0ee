"""What a kernel of the GPU differential suite declares (see run_suite.py).

Each kernels/NAME.py defines a Warp kernel called NAME and `make()`, which
returns a Case: the launch shape and one Array or Scalar per kernel argument,
in order, with the inputs. The suite runs the kernel on Warp's CPU device for
the reference, and kernels/NAME.mlir compiled to PTX on the GPU.
"""

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Array:
    """An array argument: `data` has the array's shape (plus the element's
    shape for vectors and matrices). The GPU's values of the array after the
    launch must equal the reference's: exactly for integers and by default
    for floats, else within `ulp` units in the last place (a number, or one
    per element of the last axis). `order="sorted"` compares the sorted values,
    for atomics' old values, whose order depends on thread scheduling."""

    dtype: object
    data: np.ndarray
    ulp: object = 0
    order: str = "exact"
    why: str = ""


@dataclass
class Scalar:
    """A scalar, vector, matrix or quaternion passed by value."""

    dtype: object
    value: object


@dataclass
class Case:
    dim: tuple
    args: list
    block: int = 0  # warp-launch's default
    grid: int = 0  # one thread per launch index
    notes: list = field(default_factory=list)
