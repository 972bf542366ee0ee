"""A particle integrator: gravity, linear drag and a bouncing ground plane,
on vec3 arrays, with the simulation's constants in a @wp.struct.

The kernels are plain Warp; warp-mlir compiles and runs them on NumPy
arrays, and with ``--check`` warp-lang runs the same kernels on the same
inputs and the two results are compared.

    python3 examples/python/particles.py [--particles 4096] [--steps 200] [--check]
"""

import argparse

import numpy as np
import warp as wp

from example_support import Runner, add_common_arguments


@wp.struct
class Settings:
    gravity: wp.vec3
    drag: wp.float32
    restitution: wp.float32
    dt: wp.float32


@wp.func
def bounce(p: wp.vec3, v: wp.vec3, restitution: wp.float32) -> wp.vec3:
    # Below the ground: reflect the vertical velocity, losing energy.
    if p[1] < 0.0 and v[1] < 0.0:
        return wp.vec3(v[0], -v[1] * restitution, v[2])
    return v


@wp.kernel
def step(
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    settings: Settings,
    bounces: wp.array(dtype=wp.int32),
):
    i = wp.tid()
    p = positions[i]
    v = velocities[i]
    v = v + (settings.gravity - v * settings.drag) * settings.dt
    p = p + v * settings.dt
    w = bounce(p, v, settings.restitution)
    if w[1] != v[1]:
        p = wp.vec3(p[0], 0.0, p[2])
        bounces[i] = bounces[i] + 1
    positions[i] = p
    velocities[i] = w


def simulate(runner: Runner, count: int, steps: int, seed: int = 2):
    rng = np.random.default_rng(seed)
    positions = rng.uniform(0.0, 2.0, (count, 3)).astype(np.float32)
    velocities = rng.uniform(-1.0, 1.0, (count, 3)).astype(np.float32)
    bounces = np.zeros(count, dtype=np.int32)
    # warp-lang's struct instance: wm.launch takes it as it is.
    settings = Settings()
    settings.gravity = wp.vec3(0.0, -9.8, 0.0)
    settings.drag = 0.1
    settings.restitution = 0.8
    settings.dt = 0.005
    for _ in range(steps):
        runner.launch(step, count, [positions, velocities, settings, bounces])
    return positions, velocities, bounces


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--particles", type=int, default=4096)
    parser.add_argument("--steps", type=int, default=200)
    add_common_arguments(parser)
    args = parser.parse_args()
    positions, velocities, bounces = simulate(
        Runner.warp_mlir(args.device), args.particles, args.steps
    )
    print(
        f"warp-mlir ({args.device}): {args.steps} steps of {args.particles} particles; "
        f"{int(bounces.sum())} bounces, lowest y {positions[:, 1].min():.4f}"
    )
    if args.check:
        ref = simulate(Runner.warp_lang(), args.particles, args.steps)
        failed = Runner.compare("positions", positions, ref[0], rtol=1e-5, atol=1e-6)
        failed |= Runner.compare("velocities", velocities, ref[1], rtol=1e-5, atol=1e-6)
        failed |= Runner.compare("bounces", bounces, ref[2], rtol=0, atol=0)
        return failed
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
