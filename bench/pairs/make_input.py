#!/usr/bin/env python3
"""Input kernels for warp_lang_pipeline.py without warp-pairs.

  python3 bench/pairs/make_input.py --n 1000 --seed 1 -o kernels.jsonl

`warp-opt --gen-random-kernels` generates N kernels, `warp-translate
--warp-to-python` prints the module once, and the printout is split into one
standalone module per kernel (`import warp as wp`, the kernel's `@wp.func`
helpers `gen_<i>_f<k>`, then `@wp.kernel gen_<i>`). Each JSONL line holds
`id`, `kernel_name`, `strategy` (from the kernel's `warp.gen` attribute) and
`python`: the fields warp_lang_pipeline.py reads from a warp-pairs file.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HEADER = "import warp as wp\n"
KERNEL_LINE = re.compile(r'warp\.kernel @gen_(\d+)\(.*?\bstrategy = "([^"]+)"')
DEF_LINE = re.compile(r"^def gen_(\d+)(_f\d+)?\(", re.M)
GEN_NAME = re.compile(r"\bgen_(\d+)")


def top_level_blocks(source):
    """The printout's decorated top-level definitions, in order."""
    if not source.startswith(HEADER):
        raise ValueError("the Python printout does not start with 'import warp as wp'")
    blocks, current = [], None
    for line in source[len(HEADER) :].splitlines():
        if line.startswith("@"):
            current = [line]
            blocks.append(current)
        elif current is not None:
            current.append(line)
        elif line.strip():
            raise ValueError(f"unexpected top-level line: {line!r}")
    return ["\n".join(block).strip() for block in blocks]


def split_kernels(source):
    """One standalone module per kernel index: its helpers, then the kernel.
    Helpers are named after their kernel, so the index groups them; a block
    naming another kernel's index would be a module we cannot split."""
    modules = {}
    for block in top_level_blocks(source):
        match = DEF_LINE.search(block)
        if match is None:
            raise ValueError(f"unexpected definition:\n{block[:200]}")
        index = int(match.group(1))
        if any(int(other) != index for other in GEN_NAME.findall(block)):
            raise ValueError(f"gen_{index} refers to another kernel's definitions")
        modules.setdefault(index, []).append(block)
    return {
        index: HEADER + "\n\n" + "\n\n\n".join(blocks) + "\n" for index, blocks in modules.items()
    }


def make_input(n, seed, output, bin_dir):
    with tempfile.TemporaryDirectory() as tmp:
        ir_path = os.path.join(tmp, "kernels.mlir")
        py_path = os.path.join(tmp, "kernels.py")
        pipeline = f"builtin.module(gen-random-kernels{{count={n} seed={seed}}})"
        subprocess.run(
            [os.path.join(bin_dir, "warp-opt"), f"--pass-pipeline={pipeline}", os.devnull]
            + ["-o", ir_path],
            check=True,
        )
        subprocess.run(
            [os.path.join(bin_dir, "warp-translate"), "--warp-to-python", ir_path, "-o", py_path],
            check=True,
        )
        with open(ir_path) as f:
            strategies = {int(i): s for i, s in KERNEL_LINE.findall(f.read())}
        with open(py_path) as f:
            modules = split_kernels(f.read())
    if sorted(strategies) != list(range(n)) or sorted(modules) != list(range(n)):
        raise ValueError(f"expected kernels gen_0..gen_{n - 1}")
    with open(output, "w") as f:
        for i in range(n):
            record = {"id": i, "kernel_name": f"gen_{i}", "strategy": strategies[i]}
            record["python"] = modules[i]
            f.write(json.dumps(record) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="kernels (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("-o", "--output", required=True, help="JSONL file to write")
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "bin"), help="warp-opt's folder")
    opts = ap.parse_args()
    make_input(opts.n, opts.seed, opts.output, opts.bin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
