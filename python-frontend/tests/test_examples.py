"""The examples in examples/python: each runs through warp-mlir and, with
--check, through warp-lang on the same inputs, and exits 0 only when the
results agree."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "python"

CASES = {
    "poisson.py": ["--n", "17", "--iterations", "200"],
    "nbody.py": ["--bodies", "64", "--steps", "3"],
    "particles.py": ["--particles", "256", "--steps", "100"],
}


@pytest.mark.parametrize("example", sorted(CASES))
def test_example_agrees_with_warp_lang(example):
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / example), "--check", *CASES[example]],
        cwd=EXAMPLES,
        capture_output=True,
        text=True,
        env=dict(
            os.environ,
            PYTHONPATH=os.pathsep.join(
                filter(None, [str(ROOT / "python-frontend"), os.environ.get("PYTHONPATH")])
            ),
        ),
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    checks = [line for line in result.stdout.splitlines() if line.startswith("check ")]
    assert checks, output
    for line in checks:
        assert ", 0 of " in line, line
