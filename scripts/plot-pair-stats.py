#!/usr/bin/env python3
"""PNG histograms of a pairs file's statistics, for docs/pairs.md.

    warp-pairs --stats out/pairs.jsonl --json stats.json
    python3 scripts/plot-pair-stats.py stats.json docs/images

writes pairs-strategies.png, pairs-lines.png (lines per target),
pairs-ops.png (the most frequent ops) and pairs-ops-per-kernel.png.
"""

import argparse
import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: files only
import matplotlib.pyplot as plt  # noqa: E402

TOP_OPS = 30


def bar_chart(counts: dict, title: str, xlabel: str, path: Path, horizontal=True) -> None:
    names = list(counts)
    values = [counts[name] for name in names]
    fig, ax = plt.subplots(figsize=(8, max(3, 0.28 * len(names) + 1)))
    ax.barh(names[::-1], values[::-1], color="#4c72b0")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def histogram(ax, data: dict, title: str, xlabel: str) -> None:
    width = data["bin_width"]
    counts = data["counts"]
    # Trailing empty bins say nothing.
    while counts and counts[-1] == 0:
        counts = counts[:-1]
    ax.bar([i * width for i in range(len(counts))], counts, width=width, align="edge",
           color="#4c72b0", edgecolor="white")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("kernels")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stats", help="JSON written by warp-pairs --stats FILE --json STATS")
    parser.add_argument("out_dir", help="directory for the PNG files")
    args = parser.parse_args(argv)
    try:
        stats = json.loads(Path(args.stats).read_text())
    except (OSError, json.JSONDecodeError) as error:
        print(f"plot-pair-stats: {args.stats}: {error}", file=sys.stderr)
        return 1
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records = stats["records"]

    bar_chart(stats["strategies"], f"Strategies ({records} kernels)", "kernels",
              out / "pairs-strategies.png")

    targets = stats["targets"]
    fig, axes = plt.subplots(2, (len(targets) + 1) // 2, figsize=(12, 6), squeeze=False)
    for ax, (name, target) in zip(axes.flat, targets.items()):
        histogram(ax, target["lines_histogram"],
                  f"{name}: mean {target['mean_lines']:.0f} lines", "lines")
    for ax in list(axes.flat)[len(targets):]:
        ax.axis("off")
    fig.tight_layout()
    fig.savefig(out / "pairs-lines.png", dpi=100)
    plt.close(fig)

    ops = dict(list(stats["op_histogram"].items())[:TOP_OPS])
    bar_chart(ops, f"The {len(ops)} most frequent ops", "occurrences", out / "pairs-ops.png")

    fig, ax = plt.subplots(figsize=(7, 3.5))
    histogram(ax, stats["ops_per_kernel"]["histogram"], "Ops per kernel (warp IR)", "ops")
    fig.tight_layout()
    fig.savefig(out / "pairs-ops-per-kernel.png", dpi=100)
    plt.close(fig)
    for name in ("strategies", "lines", "ops", "ops-per-kernel"):
        print(out / f"pairs-{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
