"""docs/python-frontend.md: every Python example runs, and where the page
says what it prints, it prints exactly that."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from frontend_cases.support import REPO

PAGE = REPO / "docs" / "python-frontend.md"
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.S)


def examples():
    text = PAGE.read_text()
    blocks = [(m.group(1), m.group(2), m.end()) for m in BLOCK.finditer(text)]
    found = []
    for index, (language, code, end) in enumerate(blocks):
        if language != "python":
            continue
        expected = None
        if index + 1 < len(blocks):
            following = text[end : text.index("```", end)]
            if following.strip() == "prints":
                expected = blocks[index + 1][1]
        found.append((code, expected))
    return found


def test_the_page_has_examples():
    assert len(examples()) >= 4


@pytest.mark.parametrize("index", range(len(examples())))
def test_example_runs(index, tmp_path):
    code, expected = examples()[index]
    script = tmp_path / "example.py"
    script.write_text(code)
    env = dict(os.environ, PYTHONPATH=str(REPO / "python-frontend"))
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stderr
    if expected is not None:
        assert result.stdout.rstrip("\n") == expected.rstrip("\n")
