"""Bad input files for the tests in test/tools/bad-input.

binary FILE
    300 bytes that are neither UTF-8 nor MLIR, the same every time
nul FILE
    NUL bytes and bytes above 0x7f
corrupt-pairs GOOD DIR
    from GOOD, a JSONL file warp-pairs wrote (at least 4 records), one
    file per kind of damage in DIR (the names are listed in KINDS below)
"""

import json
import os
import random
import sys

KINDS = {
    "cut-middle": "a record cut in half, in the middle of the file",
    "not-json": "a line that is not JSON",
    "not-object": "a JSON value that is not an object",
    "blank-line": "an empty line between records",
    "binary": "binary garbage, no newline",
    "binary-line": "binary garbage, then a newline",
    "no-id": "a record without its id",
    "string-id": "an id that is a string",
    "negative-id": "a negative id",
    "max-id": "the last id 2^64 - 1",
    "id-order": "an id not above the one before it",
    "int-hash": "a content_hash that is a number",
    "hex-hash": "a content_hash that is not hexadecimal",
    "string-seed": "a seed that is a string",
    "no-metadata": "a record without metadata",
    "wrong-text": "a python field that is a number",
    "wrong-metadata": "metadata.op_count that is negative",
    "wrong-op-count": "an op_counts entry that is a string",
}


def garbage(count, seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(128, 256) for _ in range(count))
    return data.replace(b"\n", b"\x80")


def lines_of(path):
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    assert lines[-1] == b"" and len(lines) >= 5, "GOOD needs 4 whole records"
    return lines[:-1]


def changed(line, change):
    record = json.loads(line)
    change(record)
    return json.dumps(record, separators=(",", ":")).encode()


def corrupt_pairs(good, out):
    os.makedirs(out, exist_ok=True)
    lines = lines_of(good)

    def write(kind, new_lines, last_newline=True):
        assert kind in KINDS
        data = b"\n".join(new_lines) + (b"\n" if last_newline else b"")
        with open(os.path.join(out, kind + ".jsonl"), "wb") as f:
            f.write(data)

    def second(change):
        return lines[:1] + [changed(lines[1], change)] + lines[2:]

    write("cut-middle", lines[:1] + [lines[1][: len(lines[1]) // 2]] + lines[2:])
    write("not-json", lines[:2] + [b"hello, world"] + lines[2:])
    write("not-object", lines[:2] + [b"[1, 2, 3]"] + lines[2:])
    write("blank-line", lines[:2] + [b""] + lines[2:])
    write("binary", [garbage(300, 1)], last_newline=False)
    write("binary-line", [garbage(300, 2)])
    write("no-id", second(lambda r: r.pop("id")))
    write("string-id", second(lambda r: r.update(id=str(r["id"]))))
    write("negative-id", second(lambda r: r.update(id=-1)))
    write("max-id", lines[:-1] + [changed(lines[-1], lambda r: r.update(id=2**64 - 1))])
    write("id-order", lines[:-1] + [changed(lines[-1], lambda r: r.update(id=1))])
    write("int-hash", second(lambda r: r.update(content_hash=5)))
    write("hex-hash", second(lambda r: r.update(content_hash="not-hex")))
    write("string-seed", second(lambda r: r.update(seed=str(r["seed"]))))
    write("no-metadata", second(lambda r: r.pop("metadata")))
    write("wrong-text", second(lambda r: r.update(python=5)))
    write("wrong-metadata", second(lambda r: r["metadata"].update(op_count=-5)))
    write(
        "wrong-op-count",
        second(lambda r: r["metadata"]["op_counts"].update({"warp.add": "two"})),
    )
    print(f"corrupt pairs: {len(KINDS)} files")


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "binary":
        with open(args[0], "wb") as f:
            f.write(garbage(300, 0))
    elif command == "nul":
        with open(args[0], "wb") as f:
            f.write(b"\x00\x01\x02\xff\xfe\x00")
    elif command == "corrupt-pairs":
        corrupt_pairs(args[0], args[1])
    else:
        sys.exit(f"bad_input: unknown command {command}")


if __name__ == "__main__":
    main()
