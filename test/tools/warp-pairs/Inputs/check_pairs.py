"""Checks of warp-pairs outputs for the lit tests in test/tools/warp-pairs.

Each subcommand checks one property of a JSONL file or json-dir directory
that warp-pairs wrote, prints a short line that the test FileChecks, and
exits 1 with the reason when the property does not hold:

  validate OUT --schema S --targets T [--seed S] [--size N]
      every record validates against the JSON Schema S (draft 2020-12),
      ids strictly increase, kernel_name is gen_<id>, the text fields are
      exactly those of --targets, op_count is the sum of op_counts
  same-records JSONL DIR
      DIR holds one <id>.json per line of JSONL, with the line as content
  shards FULL SHARD0 SHARD1 ...
      shard K holds only ids i with i % N == K, and the union of the shards,
      sorted by id, with a record dropped when a lower id has its
      content_hash, is FULL
  dedupe NODEDUPE DEDUPE [--summary FILE]
      DEDUPE is NODEDUPE keeping the first record of each content_hash, and
      the summary's "N duplicates dropped" is the number dropped
  interrupt --signal SIG --out OUT --min-records K --total N -- CMD...
      runs CMD, sends SIG once OUT holds K records, checks that it stopped
      before N, prints its exit status, stdout and stderr
  run -- CMD...
      runs CMD and prints its exit status, the number of lines on stderr,
      stderr and stdout
  cut-last FILE
      cuts the last line of FILE in half (a kill during a write)
  fake-tmp DIR
      leaves a half-written .<id>.json.tmp in DIR (a kill during a write)
  whole-lines FILE
      every line of FILE ends with a newline and is a JSON object
  collision-seed --seed S --id I --other-id J
      the seed S2 whose kernel J the generator builds from the same kernel
      seed as kernel I of seed S (docs/generator.md: kernelSeed)
  same-kernel FILE_A ID_A FILE_B ID_B
      records ID_A and ID_B share the content_hash, and their texts differ
      only by the kernel name
  stats-json STATS OUT
      the --stats --json STATS of OUT agree with counts made here
"""

import argparse
import collections
import glob
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

TEXT_FIELDS = {
    "python": "python",
    "mlir": "warp_mlir",
    "cpp": "cpp",
    "cuda": "cuda",
    "ptx": "ptx",
    "llvm": "llvm",
}


def fail(message):
    print("check_pairs: FAILED: " + message)
    sys.exit(1)


def read_lines(path):
    """The lines of a JSONL file, each with its newline; a last line without
    one (cut short) is an error."""
    with open(path, "rb") as f:
        data = f.read().decode("utf-8")
    if data and not data.endswith("\n"):
        fail(f"{path}: the last line has no newline")
    return data.splitlines(keepends=True) if data else []


def records_of(path):
    """(line, record) of every record in a JSONL file or json-dir, by id."""
    if os.path.isdir(path):
        out = []
        for name in os.listdir(path):
            if not re.fullmatch(r"[0-9]+\.json", name):
                fail(f"{path}: unexpected file {name}")
            with open(os.path.join(path, name), encoding="utf-8") as f:
                text = f.read()
            out.append((text, json.loads(text)))
        out.sort(key=lambda entry: entry[1]["id"])
        return out
    out = []
    for number, line in enumerate(read_lines(path), 1):
        try:
            record = json.loads(line)
        except ValueError as error:
            fail(f"{path}:{number}: not JSON: {error}")
        out.append((line, record))
    return out


def count_records(path):
    if os.path.isdir(path):
        return len(glob.glob(os.path.join(path, "*.json")))
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def cmd_validate(args):
    import jsonschema

    with open(args.schema) as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    selected = [t.strip() for t in args.targets.split(",") if t.strip()]
    wanted = {TEXT_FIELDS[t] for t in selected}
    records = records_of(args.out)
    if not records:
        fail(f"{args.out}: no records")
    previous = None
    for line, record in records:
        rid = record.get("id")
        where = f"{args.out}: record {rid}"
        errors = sorted(validator.iter_errors(record), key=lambda e: e.path)
        if errors:
            fail(f"{where}: does not validate against the schema: "
                 + "; ".join(f"{list(e.path)}: {e.message}" for e in errors))
        if previous is not None and rid <= previous:
            fail(f"{where}: id not above the previous record's {previous}")
        previous = rid
        if record["kernel_name"] != f"gen_{rid}":
            fail(f"{where}: kernel_name {record['kernel_name']!r}")
        present = {field for field in TEXT_FIELDS.values() if field in record}
        if present != wanted:
            fail(f"{where}: text fields {sorted(present)}, --targets asked "
                 f"for {sorted(wanted)}")
        if args.seed is not None and record["seed"] != args.seed:
            fail(f"{where}: seed {record['seed']}, the run's is {args.seed}")
        metadata = record["metadata"]
        if metadata["op_count"] != sum(metadata["op_counts"].values()):
            fail(f"{where}: op_count {metadata['op_count']} is not the sum "
                 "of op_counts")
        if args.size is not None and metadata["size_target"] != args.size:
            fail(f"{where}: size_target {metadata['size_target']}, --size "
                 f"was {args.size}")
        if "warp_mlir" in record and \
                f"warp.kernel @{record['kernel_name']}(" not in record["warp_mlir"]:
            fail(f"{where}: warp_mlir does not define @{record['kernel_name']}")
    print(f"valid: {len(records)} records; fields "
          + ",".join(f for f in TEXT_FIELDS.values() if f in wanted))


def cmd_same_records(args):
    lines = read_lines(args.jsonl)
    by_id = {json.loads(line)["id"]: line for line in lines}
    names = sorted(os.listdir(args.dir))
    files = {}
    for name in names:
        match = re.fullmatch(r"([0-9]+)\.json", name)
        if not match:
            fail(f"{args.dir}: unexpected file {name}")
        files[int(match.group(1))] = name
    if set(files) != set(by_id):
        fail(f"{args.dir} holds ids {sorted(set(files) - set(by_id))} that "
             f"{args.jsonl} lacks and lacks {sorted(set(by_id) - set(files))}")
    for rid, name in files.items():
        with open(os.path.join(args.dir, name), "rb") as f:
            text = f.read().decode("utf-8")
        if text != by_id[rid]:
            fail(f"{args.dir}/{name} differs from the line of id {rid}")
    print(f"same records: {len(files)}")


def first_of_each_hash(records):
    seen = set()
    out = []
    for line, record in records:
        if record["content_hash"] in seen:
            continue
        seen.add(record["content_hash"])
        out.append((line, record))
    return out


def cmd_shards(args):
    full = records_of(args.full)
    count = len(args.shards)
    union = []
    for k, path in enumerate(args.shards):
        records = records_of(path)
        ids = [record["id"] for _, record in records]
        if ids != sorted(set(ids)):
            fail(f"{path}: ids are not strictly increasing")
        stray = [i for i in ids if i % count != k]
        if stray:
            fail(f"{path}: shard {k}/{count} holds ids {stray[:10]}")
        union += records
    union.sort(key=lambda entry: entry[1]["id"])
    kept = first_of_each_hash(union)
    dropped = len(union) - len(kept)
    if [line for line, _ in kept] != [line for line, _ in full]:
        fail("the union of the shards (deduplicated, lowest id kept) differs "
             f"from {args.full}")
    if dropped == 0 and [l for l, _ in union] != [l for l, _ in full]:
        fail("no duplicates across shards, yet the union differs")
    print(f"shards: {count}, union {len(union)} records, "
          f"{dropped} duplicates across shards, equals the unsharded run")


def cmd_dedupe(args):
    nodedupe = records_of(args.nodedupe)
    dedupe = records_of(args.dedupe)
    hashes = collections.Counter(r["content_hash"] for _, r in dedupe)
    repeated = [h for h, n in hashes.items() if n > 1]
    if repeated:
        fail(f"{args.dedupe}: content_hash {repeated[0]} occurs "
             f"{hashes[repeated[0]]} times")
    expected = first_of_each_hash(nodedupe)
    if [l for l, _ in expected] != [l for l, _ in dedupe]:
        fail(f"{args.dedupe} is not {args.nodedupe} keeping the first record "
             "of each content_hash")
    kept = {r["id"] for _, r in dedupe}
    dropped = [r["id"] for _, r in nodedupe if r["id"] not in kept]
    if args.summary:
        with open(args.summary) as f:
            match = re.search(r"(\d+) duplicates dropped", f.read())
        if not match:
            fail(f"{args.summary}: no 'N duplicates dropped'")
        if int(match.group(1)) != len(dropped):
            fail(f"the summary says {match.group(1)} duplicates dropped, "
                 f"{len(dropped)} were")
    print(f"dedupe: {len(dropped)} dropped; dropped ids: "
          + (",".join(map(str, dropped)) or "none"))


def cmd_interrupt(args):
    sig = getattr(signal, "SIG" + args.signal)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err)
        deadline = time.monotonic() + 60
        while count_records(args.out) < args.min_records:
            if process.poll() is not None:
                fail(f"the run exited ({process.returncode}) before "
                     f"{args.min_records} records")
            if time.monotonic() > deadline:
                process.kill()
                fail("timed out waiting for records")
            time.sleep(0.001)
        process.send_signal(sig)
        try:
            status = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            fail(f"the run did not stop after SIG{args.signal}")
        stopped_at = count_records(args.out)
        if stopped_at >= args.total:
            fail(f"the run wrote all {args.total} records: SIG{args.signal} "
                 "came too late to test anything; lower --min-records")
        if status < 0:
            print(f"exit: killed by {signal.Signals(-status).name}")
        else:
            print(f"exit: {status}")
        for stream in (out, err):
            stream.seek(0)
            sys.stdout.write(stream.read().decode("utf-8", "replace"))


def cmd_run(args):
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    result = subprocess.run(command, capture_output=True, timeout=60)
    status = result.returncode
    if status < 0:
        print(f"exit: killed by {signal.Signals(-status).name}")
    else:
        print(f"exit: {status}")
    err = result.stderr.decode("utf-8", "replace")
    print(f"stderr lines: {len(err.splitlines())}")
    sys.stdout.write(err)
    sys.stdout.write(result.stdout.decode("utf-8", "replace"))


def cmd_cut_last(args):
    with open(args.file, "rb") as f:
        data = f.read()
    if not data.endswith(b"\n"):
        fail(f"{args.file}: last line already cut")
    start = data.rfind(b"\n", 0, len(data) - 1) + 1
    keep = (len(data) - 1 - start) // 2
    with open(args.file, "wb") as f:
        f.write(data[:start + keep])
    print(f"cut: left {keep} bytes of the last line")


def cmd_fake_tmp(args):
    ids = [int(os.path.basename(p)[:-5])
           for p in glob.glob(os.path.join(args.dir, "*.json"))]
    next_id = max(ids) + 1 if ids else 0
    path = os.path.join(args.dir, f".{next_id}.json.tmp")
    with open(path, "w") as f:
        f.write('{"id":%d,"kernel_name":"gen_' % next_id)
    print(f"fake temporary: .{next_id}.json.tmp")


def cmd_whole_lines(args):
    lines = read_lines(args.file)
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except ValueError:
            fail(f"{args.file}:{number}: not a whole JSON record")
        if not isinstance(record, dict):
            fail(f"{args.file}:{number}: not a JSON object")
    print(f"whole lines: {len(lines)}")


MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
M1 = 0xBF58476D1CE4E5B9
M2 = 0x94D049BB133111EB
INDEX_SALT = 0x632BE59BD9B4E019


def mix64(x):
    x = (x + GOLDEN) & MASK
    x = ((x ^ (x >> 30)) * M1) & MASK
    x = ((x ^ (x >> 27)) * M2) & MASK
    return x ^ (x >> 31)


def unxorshift(y, shift):
    x = y
    for _ in range(64 // shift + 1):
        x = y ^ (x >> shift)
    return x


def unmix64(y):
    x = unxorshift(y, 31)
    x = (x * pow(M2, -1, 1 << 64)) & MASK
    x = unxorshift(x, 27)
    x = (x * pow(M1, -1, 1 << 64)) & MASK
    x = unxorshift(x, 30)
    return (x - GOLDEN) & MASK


def kernel_seed(base, index):
    return mix64(mix64(base) ^ mix64((index + INDEX_SALT) & MASK))


def cmd_collision_seed(args):
    # kernelSeed(base, i) = mix64(mix64(base) ^ mix64(i + salt)): solve
    # mix64(other) ^ mix64(J + salt) == mix64(seed) ^ mix64(I + salt).
    inner = mix64(args.seed) ^ mix64((args.id + INDEX_SALT) & MASK)
    other = unmix64(inner ^ mix64((args.other_id + INDEX_SALT) & MASK))
    if kernel_seed(other, args.other_id) != kernel_seed(args.seed, args.id):
        fail("no seed found")
    print(f"seed: {other}")


def record_with_id(path, rid):
    for _, record in records_of(path):
        if record["id"] == rid:
            return record
    fail(f"{path}: no record {rid}")


def cmd_same_kernel(args):
    a = record_with_id(args.file_a, args.id_a)
    b = record_with_id(args.file_b, args.id_b)
    if a["kernel_name"] == b["kernel_name"]:
        fail("the two records have the same kernel name")
    if a["content_hash"] != b["content_hash"]:
        fail(f"content_hash {a['content_hash']} != {b['content_hash']}")
    name = re.compile(re.escape(a["kernel_name"]) + r"(?![0-9])")
    compared = []
    for field in TEXT_FIELDS.values():
        if field not in a or field not in b:
            continue
        if a[field] == b[field]:
            fail(f"{field} is the same text: the kernel name is not in it?")
        if name.sub(b["kernel_name"], a[field]) != b[field]:
            fail(f"{field} differs by more than the kernel name")
        compared.append(field)
    print(f"same kernel: {a['kernel_name']} and {b['kernel_name']}, "
          f"content_hash {a['content_hash']}; {','.join(compared)} differ "
          "only by the name")


def line_count(text):
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def cmd_stats_json(args):
    with open(args.stats) as f:
        stats = json.load(f)
    if os.path.isdir(args.out):
        records = [r for _, r in records_of(args.out)]
    else:
        with open(args.out, "rb") as f:
            data = f.read().decode("utf-8")
        # A cut-short last line is not a record.
        records = [json.loads(line) for line in data.split("\n")[:-1]]
    n = len(records)
    if stats["records"] != n:
        fail(f"records {stats['records']}, the file holds {n}")
    strategies = collections.Counter(r["strategy"] for r in records)
    if sum(stats["strategies"].values()) != n:
        fail(f"strategy counts sum to {sum(stats['strategies'].values())}")
    if dict(strategies) != stats["strategies"]:
        fail(f"strategies {stats['strategies']}, counted {dict(strategies)}")
    fields = [f for f in TEXT_FIELDS.values() if any(f in r for r in records)]
    if sorted(stats["targets"]) != sorted(fields):
        fail(f"targets {sorted(stats['targets'])}, the records hold {fields}")
    for field in fields:
        texts = [r[field] for r in records if field in r]
        entry = stats["targets"][field]
        mean = sum(line_count(t) for t in texts) / len(texts)
        if abs(entry["mean_lines"] - mean) > 1e-9 * max(1.0, mean):
            fail(f"{field}: mean_lines {entry['mean_lines']}, computed {mean}")
        if entry["records"] != len(texts):
            fail(f"{field}: records {entry['records']}, counted {len(texts)}")
        total = sum(len(t.encode("utf-8")) for t in texts)
        if entry["total_bytes"] != total:
            fail(f"{field}: total_bytes {entry['total_bytes']}, counted {total}")
        if entry["max_lines"] != max(line_count(t) for t in texts):
            fail(f"{field}: max_lines {entry['max_lines']}")
    hashes = collections.Counter(r["content_hash"] for r in records)
    duplicates = sum(c - 1 for c in hashes.values())
    if stats["duplicates"] != duplicates:
        fail(f"duplicates {stats['duplicates']}, counted {duplicates}")
    ops = collections.Counter()
    for r in records:
        ops.update(r["metadata"]["op_counts"])
    if dict(ops) != stats["op_histogram"]:
        fail("op_histogram differs from the sum of the records' op_counts")
    for key in ("strategies", "op_histogram", "features"):
        counts = list(stats[key].values())
        if counts != sorted(counts, reverse=True):
            fail(f"{key} is not sorted by count, largest first")
    print(f"stats agree: {n} records, {len(fields)} targets, "
          f"{duplicates} duplicates")


def cmd_same_as_tools(args):
    """Each record's C++, CUDA and LLVM IR (those it holds) are what
    warp-translate prints for its warp_mlir: the dataset holds what the tools
    give a user."""
    flags = {"cpp": "--warp-to-cpp", "cuda": "--warp-to-cuda",
             "llvm": "--warp-to-llvmir"}
    compared = 0
    for _, record in records_of(args.out):
        for field, flag in flags.items():
            if field not in record:
                continue
            result = subprocess.run(
                [args.warp_translate, flag, "-"], input=record["warp_mlir"],
                capture_output=True, text=True, timeout=60)
            if result.returncode != 0:
                fail(f"id {record['id']}: warp-translate {flag} failed: "
                     f"{result.stderr}")
            if result.stdout != record[field]:
                fail(f"id {record['id']}: {field} differs from warp-translate "
                     f"{flag}")
            compared += 1
    print(f"same as warp-translate: {compared} texts")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate")
    p.add_argument("out")
    p.add_argument("--schema", required=True)
    p.add_argument("--targets", required=True)
    p.add_argument("--seed", type=int)
    p.add_argument("--size", type=int)
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("same-as-tools")
    p.add_argument("out")
    p.add_argument("--warp-translate", required=True)
    p.set_defaults(run=cmd_same_as_tools)

    p = sub.add_parser("same-records")
    p.add_argument("jsonl")
    p.add_argument("dir")
    p.set_defaults(run=cmd_same_records)

    p = sub.add_parser("shards")
    p.add_argument("full")
    p.add_argument("shards", nargs="+")
    p.set_defaults(run=cmd_shards)

    p = sub.add_parser("dedupe")
    p.add_argument("nodedupe")
    p.add_argument("dedupe")
    p.add_argument("--summary")
    p.set_defaults(run=cmd_dedupe)

    p = sub.add_parser("interrupt")
    p.add_argument("--signal", required=True, choices=["KILL", "INT", "TERM"])
    p.add_argument("--out", required=True)
    p.add_argument("--min-records", type=int, required=True)
    p.add_argument("--total", type=int, required=True)
    p.add_argument("command", nargs=argparse.REMAINDER)
    p.set_defaults(run=cmd_interrupt)

    p = sub.add_parser("run")
    p.add_argument("command", nargs=argparse.REMAINDER)
    p.set_defaults(run=cmd_run)

    p = sub.add_parser("cut-last")
    p.add_argument("file")
    p.set_defaults(run=cmd_cut_last)

    p = sub.add_parser("fake-tmp")
    p.add_argument("dir")
    p.set_defaults(run=cmd_fake_tmp)

    p = sub.add_parser("whole-lines")
    p.add_argument("file")
    p.set_defaults(run=cmd_whole_lines)

    p = sub.add_parser("collision-seed")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--id", type=int, required=True)
    p.add_argument("--other-id", type=int, required=True)
    p.set_defaults(run=cmd_collision_seed)

    p = sub.add_parser("same-kernel")
    p.add_argument("file_a")
    p.add_argument("id_a", type=int)
    p.add_argument("file_b")
    p.add_argument("id_b", type=int)
    p.set_defaults(run=cmd_same_kernel)

    p = sub.add_parser("stats-json")
    p.add_argument("stats")
    p.add_argument("out")
    p.set_defaults(run=cmd_stats_json)

    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
