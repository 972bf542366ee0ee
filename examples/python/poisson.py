"""Poisson's equation on a 2-D grid, solved by Jacobi iterations.

    -laplace(u) = f  on the unit square,  u = 0 on the boundary,

with f chosen so that the exact solution is u = sin(pi x) sin(pi y). The
kernels are plain Warp; warp-mlir compiles and runs them on NumPy arrays,
and with ``--check`` warp-lang runs the same kernels on the same inputs and
the two results are compared.

    python3 examples/python/poisson.py [--n 33] [--iterations 2000] [--check]
"""

import argparse
import math

import numpy as np
import warp as wp

from example_support import Runner, add_common_arguments


@wp.kernel
def jacobi_step(
    u: wp.array2d(dtype=wp.float32),
    f: wp.array2d(dtype=wp.float32),
    h2: wp.float32,
    u_next: wp.array2d(dtype=wp.float32),
):
    i, j = wp.tid()
    n = u.shape[0]
    m = u.shape[1]
    if i == 0 or j == 0 or i == n - 1 or j == m - 1:
        u_next[i, j] = 0.0
        return
    around = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1]
    u_next[i, j] = 0.25 * (around + h2 * f[i, j])


@wp.kernel
def residual_norm(
    u: wp.array2d(dtype=wp.float32),
    f: wp.array2d(dtype=wp.float32),
    inv_h2: wp.float32,
    total: wp.array(dtype=wp.float32),
):
    i, j = wp.tid()
    n = u.shape[0]
    m = u.shape[1]
    if i > 0 and j > 0 and i < n - 1 and j < m - 1:
        lap = (
            u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]
        ) * inv_h2
        r = f[i, j] + lap
        wp.atomic_add(total, 0, r * r)


def solve(runner: Runner, n: int, iterations: int):
    """Runs `iterations` Jacobi sweeps; returns u and the residual's norm."""
    h = 1.0 / (n - 1)
    x = np.linspace(0.0, 1.0, n, dtype=np.float64)
    xx, yy = np.meshgrid(x, x, indexing="ij")
    f = (2.0 * math.pi**2 * np.sin(math.pi * xx) * np.sin(math.pi * yy)).astype(
        np.float32
    )
    u = np.zeros((n, n), dtype=np.float32)
    u_next = np.zeros_like(u)
    for _ in range(iterations):
        runner.launch(jacobi_step, (n, n), [u, f, np.float32(h * h), u_next])
        u, u_next = u_next, u
    total = np.zeros(1, dtype=np.float32)
    runner.launch(residual_norm, (n, n), [u, f, np.float32(1.0 / (h * h)), total])
    exact = (np.sin(math.pi * xx) * np.sin(math.pi * yy)).astype(np.float32)
    return u, math.sqrt(float(total[0])) * h, float(np.abs(u - exact).max())


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=33, help="grid points per side")
    parser.add_argument("--iterations", type=int, default=2000)
    add_common_arguments(parser)
    args = parser.parse_args()
    ours = Runner.warp_mlir(args.device)
    u, residual, error = solve(ours, args.n, args.iterations)
    print(
        f"warp-mlir ({args.device}): {args.iterations} Jacobi sweeps on {args.n}x{args.n}: "
        f"residual {residual:.4g}, max error vs sin(pi x) sin(pi y) {error:.4g}"
    )
    if args.check:
        reference, _, _ = solve(Runner.warp_lang(), args.n, args.iterations)
        return Runner.compare("u", u, reference, rtol=1e-5, atol=1e-6)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
