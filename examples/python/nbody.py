"""One gravitational n-body step: every body's acceleration from all others
(softened), then a symplectic Euler update, on vec3 arrays.

The kernels are plain Warp; warp-mlir compiles and runs them on NumPy
arrays, and with ``--check`` warp-lang runs the same kernels on the same
inputs and the two results are compared.

    python3 examples/python/nbody.py [--bodies 512] [--steps 10] [--check]
"""

import argparse

import numpy as np
import warp as wp

from example_support import Runner, add_common_arguments


@wp.func
def attraction(
    p: wp.vec3, q: wp.vec3, mass: wp.float32, softening: wp.float32
) -> wp.vec3:
    d = q - p
    r2 = wp.dot(d, d) + softening * softening
    inv_r = 1.0 / wp.sqrt(r2)
    return d * (mass * inv_r * inv_r * inv_r)


@wp.kernel
def accelerations(
    positions: wp.array(dtype=wp.vec3),
    masses: wp.array(dtype=wp.float32),
    softening: wp.float32,
    out: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    p = positions[i]
    a = wp.vec3(0.0, 0.0, 0.0)
    for j in range(positions.shape[0]):
        if j != i:
            a += attraction(p, positions[j], masses[j], softening)
    out[i] = a


@wp.kernel
def integrate(
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    accel: wp.array(dtype=wp.vec3),
    dt: wp.float32,
):
    i = wp.tid()
    v = velocities[i] + accel[i] * dt
    velocities[i] = v
    positions[i] = positions[i] + v * dt


def simulate(runner: Runner, bodies: int, steps: int, seed: int = 1):
    rng = np.random.default_rng(seed)
    positions = rng.uniform(-1.0, 1.0, (bodies, 3)).astype(np.float32)
    velocities = (0.1 * rng.standard_normal((bodies, 3))).astype(np.float32)
    masses = rng.uniform(0.5, 1.5, bodies).astype(np.float32) / bodies
    accel = np.zeros_like(positions)
    for _ in range(steps):
        runner.launch(
            accelerations, bodies, [positions, masses, np.float32(0.05), accel]
        )
        runner.launch(
            integrate, bodies, [positions, velocities, accel, np.float32(0.01)]
        )
    return positions, velocities


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bodies", type=int, default=512)
    parser.add_argument("--steps", type=int, default=10)
    add_common_arguments(parser)
    args = parser.parse_args()
    positions, velocities = simulate(
        Runner.warp_mlir(args.device), args.bodies, args.steps
    )
    centre = positions.mean(axis=0)
    print(
        f"warp-mlir ({args.device}): {args.steps} steps of {args.bodies} bodies; "
        f"centre of positions ({centre[0]:.4f}, {centre[1]:.4f}, {centre[2]:.4f})"
    )
    if args.check:
        ref_positions, ref_velocities = simulate(
            Runner.warp_lang(), args.bodies, args.steps
        )
        failed = Runner.compare(
            "positions", positions, ref_positions, rtol=1e-5, atol=1e-6
        )
        failed |= Runner.compare(
            "velocities", velocities, ref_velocities, rtol=1e-5, atol=1e-6
        )
        return failed
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
