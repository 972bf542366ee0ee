"""Prints the fields of a campaign's summary.json that campaign.test checks;
or (--corrupt FILE ID) changes record ID of a pairs file so that its
warp_mlir is no longer the frontend's IR of its python; or (--mismatch
BATCH.json INDEX) adds a mismatch of kernel INDEX to a differential batch's
summary."""

import json
import sys

if sys.argv[1] == "--corrupt":
    path, ident = sys.argv[2], int(sys.argv[3])
    lines = open(path).read().splitlines()
    for number, line in enumerate(lines):
        record = json.loads(line)
        if record["id"] == ident:
            record["warp_mlir"] = record["warp_mlir"].replace(
                "module {", "module {\n  warp.func @extra() {\n    warp.return\n  }", 1
            )
            lines[number] = json.dumps(record)
    open(path, "w").write("\n".join(lines) + "\n")
    sys.exit(0)

if sys.argv[1] == "--mismatch":
    path, index = sys.argv[2], int(sys.argv[3])
    batch = json.load(open(path))
    batch["problems"].append(
        {
            "index": index,
            "name": f"gen_{index}",
            "seed": batch["seed"],
            "kind": "mismatch",
            "message": "array 'out0': 1 of 64 elements differ, first at [7]: "
            "warp-lang 1.0, warp-mlir 2.0",
        }
    )
    json.dump(batch, open(path, "w"))
    sys.exit(0)

summary = json.load(open(sys.argv[1]))
fields = {
    "lowering": ("kernels", "failures", "crashes", "roundtrip_pairs", "roundtrip_failures", "ok"),
    "differential": ("kernels", "mismatches", "errors", "crashes", "ok"),
}
for phase in summary["phases"]:
    values = summary[phase]
    for key in ("wall_seconds", "kernels_per_second", "cpu_seconds", "seed", "requested"):
        assert key in values, f"{phase}: no {key}"
    print(f"{phase}: " + " ".join(f"{key}={values[key]}" for key in fields[phase]))
print(f"ok={summary['ok']}")
