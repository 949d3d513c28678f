"""Pinned quality gates: a score may not drop, and the labelled data may not change, unnoticed.

A gate pins each score at the value the code reaches (checked within :data:`EPSILON`, both ways:
a drop fails, and so does a rise, so the pin follows an improvement instead of drifting loose) and
pins a SHA-256 of its labelled corpus. Changing either is an explicit, reviewed step, the habit of
trafilatura's evaluation: run the gate with ``VERSIONTRACK_REPIN=1``; it then fails on purpose
and prints the values to paste into the test, so the new pins reach main only as a visible diff::

    VERSIONTRACK_REPIN=1 python -m pytest tests/test_alignment_quality.py tests/test_audit.py \
        tests/test_notes.py -q

Usage in a gate::

    gate = Gate("tests/test_x.py")
    gate.digest("CORPUS_SHA256", CORPUS_SHA256, CORPUS)
    gate.score("MIN_F1", f1, MIN_F1)
    gate.close()
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPIN = os.environ.get("VERSIONTRACK_REPIN", "") == "1"
# The scores are deterministic; the epsilon only absorbs float rounding. It is below what one
# item is worth in the largest corpus (one of ~1,900 links moves link F1 by ~0.00026), so losing
# any one item fails.
EPSILON = 0.0001


def corpus_digest(root: Path, files: list[Path] | None = None) -> str:
    """SHA-256 over the corpus's files: each relative path and the SHA-256 of its bytes, in path
    order. ``files`` defaults to every file under ``root`` (byte-code caches excluded)."""
    if files is None:
        files = [p for p in root.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    h = hashlib.sha256()
    for p in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).hexdigest().encode() + b"\n")
    return h.hexdigest()


@dataclass
class Gate:
    """Collects one test's pinned checks; :meth:`close` fails with every problem at once."""

    where: str  # the test file holding the pins (its __file__), named in the messages
    pins: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def digest(self, name: str, pinned: str, root: Path, files: list[Path] | None = None) -> None:
        """Check that the corpus under ``root`` still hashes to ``pinned``."""
        got = corpus_digest(root, files)
        self.pins.append(f'{name} = "{got}"')
        if got != pinned:
            self.problems.append(
                f"{name}: the labelled data under {root.name}/ changed (sha256 {got[:12]}..., "
                f"pinned {pinned[:12]}...). If the change is meant, re-pin (see tests/gates.py) "
                "and have the data change reviewed with the new digest.")

    def score(self, name: str, measured: float, pinned: float) -> None:
        """Check that ``measured`` equals the pinned score within :data:`EPSILON`."""
        self.pins.append(f"{name} = {measured:.6f}")
        if measured < pinned - EPSILON:
            self.problems.append(f"{name}: score dropped to {measured:.6f} (pinned {pinned:.6f})")
        elif measured > pinned + EPSILON:
            self.problems.append(
                f"{name}: score rose to {measured:.6f} (pinned {pinned:.6f}); raise the pin "
                "(VERSIONTRACK_REPIN=1, see tests/gates.py) so it cannot slip back unnoticed")

    def close(self) -> None:
        """Fail on any problem; under ``VERSIONTRACK_REPIN=1``, fail with the values to paste."""
        if REPIN:
            pytest.fail(f"VERSIONTRACK_REPIN=1: paste these pins into tests/{Path(self.where).name} "
                        "and commit "
                        "them for review:\n" + "\n".join(self.pins), pytrace=False)
        if self.problems:
            pytest.fail("\n".join(self.problems), pytrace=False)
