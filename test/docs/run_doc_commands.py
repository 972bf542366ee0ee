#!/usr/bin/env python3
"""Runs the shell examples of a documentation page, as a reader would.

A fenced ```sh block right after the line `<!-- tested -->` is run command
by command (a line ending in `\\` continues on the next) with bash, in a
scratch directory where `build/` is the build tree and `examples/` the
source tree's examples, with the build's tools and LLVM's on PATH. Each
command's output is printed after `$ COMMAND`, for FileCheck; a command that
fails stops the run with its status and stderr.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile


def tested_commands(markdown: str):
    """Yields the commands of every block marked as tested, in order."""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip() == "<!-- tested -->":
            i += 1
            if i >= len(lines) or not lines[i].startswith("```sh"):
                raise SystemExit(f"line {i}: `<!-- tested -->` needs a ```sh block")
            i += 1
            command = ""
            while not lines[i].startswith("```"):
                line = lines[i]
                # A trailing comment explains; it is not run.
                line = re.sub(r"\s+#\s.*$", "", line)
                if line.endswith("\\"):
                    command += line[:-1].strip() + " "
                else:
                    command += line.strip()
                    if command.strip():
                        yield command.strip()
                    command = ""
                i += 1
        i += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("page")
    parser.add_argument("--src-root", required=True)
    parser.add_argument("--obj-root", required=True)
    parser.add_argument("--llvm-tools-dir", required=True)
    args = parser.parse_args()

    with open(args.page) as f:
        commands = list(tested_commands(f.read()))
    if not commands:
        print(f"{args.page}: no tested examples", file=sys.stderr)
        return 1

    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(
        [os.path.join(args.obj_root, "bin"), args.llvm_tools_dir, env["PATH"]])
    with tempfile.TemporaryDirectory() as scratch:
        os.symlink(args.obj_root, os.path.join(scratch, "build"))
        os.symlink(os.path.join(args.src_root, "examples"),
                   os.path.join(scratch, "examples"))
        for command in commands:
            print(f"$ {command}", flush=True)
            done = subprocess.run(["bash", "-o", "pipefail", "-c", command],
                                  cwd=scratch, env=env,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
            sys.stdout.write(done.stdout)
            if done.returncode != 0:
                sys.stdout.write(done.stderr)
                print(f"exit status {done.returncode}: {command}",
                      file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
