"""verify_pairs and ``warp-mlir verify-pairs`` on a small pairs file made here
from generated kernels (the fields warp-pairs writes: id, kernel_name,
python, warp_mlir, metadata): a correct file verifies; an altered warp_mlir
is reported by id; a kernel whose results differ is caught by the run in
warp-lang."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import warp_mlir as wm
from warp_mlir import frontend
from warp_mlir.pairs_verify import spread, verify_pairs

from generated_kernels import generated_kernels, run_python
from warp_mlir.differential import warp_opt
from test_cli import warp_mlir as warp_mlir_command

REPO = Path(__file__).resolve().parents[2]
COUNT = 6
SEED = 424242
PROVENANCE_RE = re.compile(r" attributes \{warp\.gen = \{.*\}\} \{$", re.MULTILINE)

SCALE = """import warp as wp


@wp.kernel
def scale(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = a[i] * 2.0
"""


def argument(spec: dict) -> dict:
    ndim = len([s for s in spec["shape"].split(",") if s.strip()])
    described = {
        "name": spec["name"],
        "type": f"!warp.array<{spec['dtype']}, {ndim}>",
        "dtype": spec["dtype"],
        "ndim": ndim,
        "shape": [int(s) for s in spec["shape"].split(",") if s.strip()],
        "role": spec["role"],
    }
    if spec["range"] is not None:
        described["range"] = [float(v) for v in spec["range"].split(",")]
    return described


def generated_pairs() -> list:
    pairs = []
    for index, kernel in enumerate(generated_kernels(COUNT, SEED)):
        name, module = kernel.name, kernel.module
        pairs.append(
            {
                "id": index,
                "kernel_name": name,
                "python": wm.translate(module, "python"),
                "warp_mlir": PROVENANCE_RE.sub(" {", wm.translate(module, "mlir", kernel=name)),
                "metadata": {
                    "launch_dims": list(kernel.dims),
                    "arguments": [argument(kernel.arrays[p]) for p in kernel.params],
                },
            }
        )
    return pairs


def scale_pair(ident: int, factor: str) -> dict:
    """`out = a * 2.0` whose warp_mlir multiplies by `factor` instead."""
    ir = wm.translate(frontend.compile_source(SCALE, "scale.py"), "mlir", kernel="scale")
    assert "2.000000e+00" in ir
    array = {"type": "!warp.array<f32, 1>", "dtype": "f32", "ndim": 1, "shape": [64]}
    return {
        "id": ident,
        "kernel_name": "scale",
        "python": SCALE,
        "warp_mlir": ir.replace("2.000000e+00", factor),
        "metadata": {
            "launch_dims": [64],
            "arguments": [
                dict(array, name="a", role="input", range=[-1.0, 1.0]),
                dict(array, name="out", role="output"),
            ],
        },
    }


@pytest.fixture(scope="module")
def pairs():
    return generated_pairs()


def write(path: Path, pairs: list) -> Path:
    path.write_text("".join(json.dumps(p) + "\n" for p in pairs))
    return path


def test_a_correct_file_verifies(pairs, tmp_path):
    path = write(tmp_path / "pairs.jsonl", pairs + [scale_pair(COUNT, "2.000000e+00")])
    report = verify_pairs(path, sample=3)
    assert report.ok, "\n".join(map(str, report.failures))
    assert (report.pairs, report.same_ir, report.ran, report.matched) == (
        COUNT + 1,
        COUNT + 1,
        3,
        3,
    )
    assert report.summary() == (
        f"verify-pairs: {COUNT + 1} pairs, {COUNT + 1} same IR, 3 run in warp-lang, 3 match"
    )


def test_an_altered_warp_mlir_is_reported_by_id(pairs, tmp_path):
    altered = [dict(p) for p in pairs]
    # The kernel's first op moved after its second: same ops, other IR.
    lines = altered[2]["warp_mlir"].splitlines()
    header = next(i for i, line in enumerate(lines) if "warp.kernel @" in line)
    lines[header + 1], lines[header + 2] = lines[header + 2], lines[header + 1]
    altered[2]["warp_mlir"] = "\n".join(lines) + "\n"
    report = verify_pairs(write(tmp_path / "pairs.jsonl", altered), sample=0)
    assert not report.ok
    assert [f.id for f in report.failures] == [2]
    assert "differs from the frontend's IR" in report.failures[0].reason
    assert report.same_ir == COUNT - 1 and report.ran == 0


def test_different_results_are_caught_by_the_run(pairs, tmp_path):
    wrong = scale_pair(COUNT, "3.000000e+00")
    # Every pair runs: the altered one is among those sampled.
    report = verify_pairs(write(tmp_path / "pairs.jsonl", pairs + [wrong]), sample=COUNT + 1)
    assert report.ran == COUNT + 1 and report.matched == COUNT
    reasons = [f.reason for f in report.failures if f.id == COUNT]
    assert any(r.startswith("array 'out': 64 of 64 elements differ") for r in reasons), reasons


def test_malformed_lines_are_reported(pairs, tmp_path):
    path = tmp_path / "pairs.jsonl"
    incomplete = {k: v for k, v in pairs[1].items() if k != "python"}
    path.write_text(json.dumps(pairs[0]) + "\n{not json\n" + json.dumps(incomplete) + "\n")
    report = verify_pairs(path, sample=0)
    assert (report.pairs, report.same_ir) == (3, 1)
    assert [(f.id, f.reason.split(":")[0]) for f in report.failures] == [
        ("line 2", "not JSON"),
        (1, "missing python"),
    ]


def test_samples_spread_over_the_file():
    assert spread(1000, 4) == {125, 375, 625, 875}
    assert spread(3, 20) == {0, 1, 2}
    assert spread(10, 0) == set()


def test_the_command(pairs, tmp_path):
    good = write(tmp_path / "good.jsonl", pairs)
    result = warp_mlir_command("verify-pairs", good, "--sample", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"verify-pairs: {COUNT} pairs, {COUNT} same IR, 1 run in warp-lang, 1 match\n"
    )
    bad = write(tmp_path / "bad.jsonl", pairs + [scale_pair(COUNT, "3.000000e+00")])
    result = warp_mlir_command("verify-pairs", bad, "--sample", "0")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"^verify-pairs: id {COUNT}: warp_mlir differs", result.stderr, re.M)
    assert result.stdout.startswith(f"verify-pairs: {COUNT + 1} pairs, {COUNT} same IR")
    missing = warp_mlir_command("verify-pairs", tmp_path / "none.jsonl")
    assert missing.returncode == 1
    assert "none.jsonl:1:1: error: no such file" in missing.stderr
