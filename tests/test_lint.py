"""The code stays lint-clean and type-checked (ruff and mypy, when the dev extras are installed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed (pip install -e '.[dev]')")
def test_ruff_is_clean():
    r = subprocess.run(["ruff", "check", "versiontrack", "tests", "bench", "setup.py"], cwd=ROOT,
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout[-3000:]


@pytest.mark.skipif(shutil.which("mypy") is None, reason="mypy not installed (pip install -e '.[dev]')")
def test_mypy_is_clean():
    r = subprocess.run([sys.executable, "-m", "mypy", "versiontrack", "setup.py"], cwd=ROOT,
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout[-3000:]
