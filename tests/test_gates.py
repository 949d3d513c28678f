"""The pinned-gate helper (tests/gates.py) fails when it should: a drop, an unpinned rise, changed
data, and always under VERSIONTRACK_REPIN=1, printing the values to paste."""

from __future__ import annotations

from pathlib import Path

import gates
import pytest
from gates import Gate, corpus_digest


def corpus(tmp_path: Path) -> Path:
    (tmp_path / "c" / "case1").mkdir(parents=True)
    (tmp_path / "c" / "case1" / "gold.json").write_text('{"a": 1}\n')
    (tmp_path / "c" / "b.txt").write_text("one line\n")
    return tmp_path / "c"


def check(root: Path, pinned: str, measured: float, floor: float) -> None:
    gate = Gate("tests/test_x.py")
    gate.digest("SHA", pinned, root)
    gate.score("MIN_X", measured, floor)
    gate.close()


def test_unchanged_data_and_score_pass(tmp_path, monkeypatch):
    monkeypatch.setattr(gates, "REPIN", False)
    root = corpus(tmp_path)
    check(root, corpus_digest(root), 0.99375, 0.99375)
    check(root, corpus_digest(root), 0.99375 + gates.EPSILON / 2, 0.99375)


@pytest.mark.parametrize("measured, words", [(0.9931, "dropped"), (0.9944, "rose")])
def test_a_score_off_its_pin_fails(tmp_path, monkeypatch, measured, words):
    monkeypatch.setattr(gates, "REPIN", False)
    root = corpus(tmp_path)
    with pytest.raises(pytest.fail.Exception, match=f"MIN_X: score {words} to {measured:.6f}"):
        check(root, corpus_digest(root), measured, 0.99375)


@pytest.mark.parametrize("change", ["edit", "add", "rename"])
def test_any_change_to_the_data_fails(tmp_path, monkeypatch, change):
    monkeypatch.setattr(gates, "REPIN", False)
    root = corpus(tmp_path)
    pinned = corpus_digest(root)
    if change == "edit":
        (root / "b.txt").write_text("one line.\n")
    elif change == "add":
        (root / "case1" / "old.txt").write_text("")
    else:
        (root / "b.txt").rename(root / "a.txt")
    with pytest.raises(pytest.fail.Exception, match="SHA: the labelled data under c/ changed"):
        check(root, pinned, 0.5, 0.5)


def test_repin_always_fails_and_prints_the_new_pins(tmp_path, monkeypatch):
    monkeypatch.setattr(gates, "REPIN", True)
    root = corpus(tmp_path)
    with pytest.raises(pytest.fail.Exception) as info:
        check(root, corpus_digest(root), 0.5, 0.5)
    msg = str(info.value)
    assert "paste these pins into tests/test_x.py" in msg
    assert f'SHA = "{corpus_digest(root)}"' in msg and "MIN_X = 0.500000" in msg
