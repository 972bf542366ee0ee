"""What the examples share: running a Warp kernel through warp-mlir or
through warp-lang on NumPy arrays, with the same call, and comparing the
results.

The examples' kernels are ordinary ``@wp.kernel`` functions of warp-lang.
``Runner.warp_mlir`` compiles them with warp-mlir (``wm.kernel`` of the
Python function) and launches them with ``wm.launch``; ``Runner.warp_lang``
launches them with ``wp.launch`` on warp-lang's CPU device, on arrays that
alias the same NumPy memory, so both update their outputs in place.
"""

import argparse

import numpy as np


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--device",
        default="cpu",
        choices=["cpu", "cuda"],
        help="where warp-mlir runs the kernels",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="also run the kernels in warp-lang (CPU) and compare",
    )


class Runner:
    """Launches warp-lang kernels with one of the two implementations."""

    def __init__(self, launch):
        self.launch = launch

    @staticmethod
    def warp_mlir(device: str = "cpu") -> "Runner":
        import warp_mlir as wm

        compiled = {}

        def launch(kernel, dim, inputs):
            if kernel not in compiled:
                compiled[kernel] = wm.kernel(kernel.func)
            wm.launch(compiled[kernel], dim, inputs=inputs, device=device)

        return Runner(launch)

    @staticmethod
    def warp_lang() -> "Runner":
        import warp as wp

        wp.config.quiet = True
        wp.init()

        def launch(kernel, dim, inputs):
            arguments = []
            for value, parameter in zip(inputs, kernel.adj.args):
                if isinstance(value, np.ndarray) and isinstance(
                    parameter.type, wp.array
                ):
                    # Aliases the NumPy memory: the kernel's stores land in `value`.
                    value = wp.array(
                        value, dtype=parameter.type.dtype, device="cpu", copy=False
                    )
                arguments.append(value)
            wp.launch(kernel, dim=dim, inputs=arguments, device="cpu")
            wp.synchronize()

        return Runner(launch)

    @staticmethod
    def compare(
        name: str, ours: np.ndarray, reference: np.ndarray, rtol: float, atol: float
    ) -> int:
        """Prints how far `ours` is from warp-lang's `reference`; returns 0 when
        every element is within rtol * |reference| + atol."""
        difference = np.abs(ours.astype(np.float64) - reference.astype(np.float64))
        bound = rtol * np.abs(reference.astype(np.float64)) + atol
        bad = int(np.count_nonzero(~(difference <= bound)))
        print(
            f"check {name}: warp-mlir vs warp-lang: max abs difference {difference.max():.3g}, "
            f"{bad} of {difference.size} elements outside rtol={rtol:g} atol={atol:g}"
        )
        return 1 if bad else 0
