#!/usr/bin/env python3
"""Runs every test suite warp-mlir has and prints one closing line,
`N passed, N failed`; exits non-zero when anything failed.

Each suite writes JUnit XML (lit --xunit-xml-output, pytest --junitxml,
ctest --output-junit), so results are counted the same way for all.
"""

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from sanitizer_env import asan_runtime, sanitizer_env


def count_junit(path: Path):
    """Returns (passed, failed, skipped) for one JUnit XML file."""
    if not path.exists():
        return None
    passed = failed = skipped = 0
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", default="build")
    parser.add_argument("--lit", default="/usr/lib/llvm-22/bin/lit")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()

    root = Path(__file__).resolve().parent.parent
    build = Path(args.build_dir).resolve()
    results = build / "test-results"
    results.mkdir(parents=True, exist_ok=True)

    suites = []  # (name, command, junit path)
    lit_xml = results / "lit.xml"
    suites.append(("lit", [args.lit, "-sv", str(build / "test"),
                           f"--xunit-xml-output={lit_xml}"], lit_xml))
    if (build / "CTestTestfile.cmake").exists() and any(
            (build / "unittests").glob("**/CTestTestfile.cmake")):
        ctest_xml = results / "ctest.xml"
        suites.append(("ctest", ["ctest", "--test-dir", str(build),
                                 "--output-on-failure",
                                 f"--output-junit={ctest_xml}"], ctest_xml))
    pytest_dir = root / "python-frontend" / "tests"
    if pytest_dir.is_dir():
        pytest_xml = results / "pytest.xml"
        suites.append(("pytest", [args.python, "-m", "pytest", "-q",
                                  str(pytest_dir), f"--junitxml={pytest_xml}"],
                       pytest_xml))

    # A sanitized build's tests preload its ASan runtime
    # (scripts/sanitizer_env.py); pytest's Python needs it to import
    # warp_mlir._native.
    sanitizers = sanitizer_env(asan_runtime(build), leaks=False)
    if sanitizers:
        print("== sanitized build: "
              + " ".join(f"{k}={v}" for k, v in sanitizers.items()))

    total_passed = total_failed = total_skipped = 0
    for name, command, xml in suites:
        if xml.exists():
            xml.unlink()
        print(f"== {name}: {' '.join(command)}", flush=True)
        # The Python package finds its native module in this build.
        env = dict(os.environ, **sanitizers)
        if name == "pytest":
            env["WARP_MLIR_BUILD_DIR"] = str(build)
        code = subprocess.call(command, cwd=root, env=env)
        counts = count_junit(xml)
        if counts is None:
            # The suite did not even report: count it as one failure.
            print(f"== {name}: exited {code} without writing {xml}")
            counts = (0, 1, 0)
        passed, failed, skipped = counts
        if code != 0 and failed == 0:
            failed = 1  # a crash of the runner itself is a failure
        print(f"== {name}: {passed} passed, {failed} failed, {skipped} skipped")
        total_passed += passed
        total_failed += failed
        total_skipped += skipped

    if total_skipped:
        print(f"{total_skipped} tests were skipped; a skip is not a pass")
    print(f"{total_passed} passed, {total_failed} failed")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
