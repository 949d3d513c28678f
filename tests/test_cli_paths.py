"""Paths as users type them: relative file names, and output folders that cannot be made.

Each case runs the real command; a path a user got wrong is one ``Error:`` line with exit 1,
never an internal error.
"""

from __future__ import annotations

import json
import shutil

from conftest import demo_pages, make_archive, run_cli

CORPUS_OLD = "tests/data/alignment/ap_year_fix_with_note/old.txt"


def one_error_line(r) -> str:
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    return lines[0]


def test_diff_of_two_pages_by_relative_path(tmp_path, monkeypatch):
    for page in demo_pages():
        shutil.copy(page.path, tmp_path / page.path.name)
    monkeypatch.chdir(tmp_path)
    r = run_cli("diff", "ap-v1.html", "ap-v2.html", "--format", "json")
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert (d["old"], d["new"]) == ("ap-v1.html", "ap-v2.html")
    assert "date" in d["summary"]


def test_diff_of_a_text_file_against_a_page_by_relative_path(tmp_path, monkeypatch):
    from pathlib import Path

    root = Path(__file__).parent.parent
    shutil.copy(root / CORPUS_OLD, tmp_path / "old.txt")
    shutil.copy(demo_pages()[1].path, tmp_path / "new.html")
    monkeypatch.chdir(tmp_path)
    r = run_cli("diff", "old.txt", "new.html", "--stat")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("old.txt -> new.html: ")


def test_report_out_under_a_file_is_an_input_error(tmp_path):
    archive = make_archive(tmp_path)
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mine\n")
    for out in (blocker / "reports", blocker / "a" / "b"):
        r = run_cli("report", "--out", out, "--archive", archive)
        assert r.exit_code == 1, (r.stdout, r.stderr)
        line = one_error_line(r)
        assert str(out) in line
    assert blocker.read_text() == "mine\n"


def test_report_folder_with_a_file_where_a_folder_goes_is_an_input_error(tmp_path):
    archive = make_archive(tmp_path)
    out = tmp_path / "reports"
    out.mkdir()
    (out / "stories").write_text("in the way\n")
    r = run_cli("report", "--out", out, "--archive", archive)
    assert r.exit_code == 1, (r.stdout, r.stderr)
    line = one_error_line(r)
    assert str(out / "stories") in line
    assert (out / "stories").read_text() == "in the way\n"
