"""The ``diff`` command against a real archive and real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from versiontrack.archive.store import Archive
from versiontrack.cli import main
from versiontrack.models import Article

CORPUS = Path(__file__).parent / "data" / "alignment"
DEMO = Path(__file__).parent.parent / "versiontrack" / "data" / "demo"

V1 = Article("Storm kills 5 in coastal town",
             ("At least 5 people died when the storm hit on Monday, officials said.",
              "The mayor said the town would rebuild.",
              "Power was cut to 2,000 homes."),
             url="https://example.com/news/storm")
V2 = Article("Storm kills 6 in coastal town",
             ("At least 6 people died when the storm hit on Monday, officials said.",
              "The mayor said the town would rebuild.",
              "Power was cut to 2,000 homes.",
              "Correction: An earlier version of this story gave the wrong death toll."),
             url="https://example.com/news/storm")
V3 = Article("Storm kills 6 in coastal town",
             ("Power was cut to 2,000 homes.",
              "At least 6 people died when the storm hit on Monday, officials said.",
              "The mayor said the town would rebuild.",
              "Correction: An earlier version of this story gave the wrong death toll."),
             url="https://example.com/news/storm")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "archive"
    with Archive.open(path, create=True) as a:
        for n, art in enumerate((V1, V2, V3), 1):
            a.ingest(art, raw=None, fetched_at=f"2026-02-0{n}T10:00:00+00:00", story="storm")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_story_default_is_last_two_versions(archive: Path) -> None:
    code, out = run("diff", "storm", "--archive", str(archive), "--color", "never")
    assert code == 0, out
    assert out.splitlines()[0] == "storm: v2 -> v3"
    assert "\u21951, lede" in out and "kept \u00b63 -> \u00b61, moved" in out
    assert "\x1b[" not in out


def test_story_from_to_json(archive: Path) -> None:
    code, out = run("diff", "storm", "--from", "1", "--to", "2", "--format", "json",
                    "--archive", str(archive))
    assert code == 0, out
    d = json.loads(out)
    assert (d["from"], d["to"]) == (1, 2)
    assert d["headline"]["labels"] == ["number", "headline"]
    kinds = [c["kind"] for c in d["changes"]]
    # The correction note is a note, as the audit reads it, not an added paragraph.
    assert kinds == ["edited", "kept", "kept"]
    assert [n["kind"] for n in d["notes_added"]] == ["correction"]
    first = d["changes"][0]
    assert "number:5->6" in first["reasons"] and first["substantive"]
    assert first["verdict"] == "substantive"
    assert d["summary"] == "~1 \u00b6, headline, number, +1 note"


def test_stat_every_transition(archive: Path) -> None:
    code, out = run("diff", "storm", "--stat", "--archive", str(archive))
    assert code == 0, out
    assert out.splitlines() == [
        "v1 -> v2: ~1 \u00b6, headline, number, +1 note",
        "v2 -> v3: \u21951, lede",  # a paragraph moved into the lede
    ]
    code, out = run("diff", "storm", "--stat", "--from", "2", "--format", "json",
                    "--archive", str(archive))
    assert json.loads(out)["transitions"] == [{"from": 2, "to": 3, "summary": "\u21951, lede"}]


def test_color_and_markdown(archive: Path) -> None:
    code, out = run("diff", "storm", "--from", "1", "--to", "2", "--color", "always",
                    "--archive", str(archive))
    assert code == 0 and "\x1b[31m" in out and "\x1b[32m" in out
    code, out = run("diff", "storm", "--from", "1", "--to", "2", "--format", "markdown",
                    "--archive", str(archive))
    assert code == 0
    assert "~~5~~**6**" in out and "`number`" in out and "\x1b[" not in out


def test_story_errors(archive: Path, tmp_path: Path) -> None:
    code, out = run("diff", "nosuch", "--archive", str(archive))
    assert code == 1 and out.startswith("Error:") and len(out.splitlines()) == 1
    code, out = run("diff", "storm", "--to", "9", "--archive", str(archive))
    assert code == 1 and "no version 9" in out
    # Worded as show words it, the key quoted.
    code, shown = run("show", "storm", "--version", "9", "--archive", str(archive))
    assert out == shown, (out, shown)
    # A --from past the last version is a missing version, not "--from must be before --to".
    code, out = run("diff", "storm", "--from", "9", "--archive", str(archive))
    assert code == 1 and "no version 9" in out and "before" not in out, out
    code, out = run("diff", "storm", "--from", "9", "--stat", "--archive", str(archive))
    assert code == 1 and "no version 9" in out, out
    code, out = run("diff", "storm", "--from", "3", "--to", "2", "--archive", str(archive))
    assert code == 2
    code, out = run("diff", "storm", "--archive", str(tmp_path / "missing"))
    assert code == 1 and out.startswith("Error:")


def test_two_text_files_from_the_corpus() -> None:
    case = CORPUS / "ap_year_fix_with_note"
    code, out = run("diff", str(case / "old.txt"), str(case / "new.txt"), "--color", "never")
    assert code == 0, out
    # A header names the two files, as diff -u's does.
    assert out.splitlines()[:2] == [f"--- {case / 'old.txt'}", f"+++ {case / 'new.txt'}"]
    assert "[-1996-]{+1994+}" in out
    assert "number, date  [number:1996->1994; date:1996->1994]" in out
    # The AP correction line is listed as a note, as the audit reads it.
    assert "Note added: correction note (bottom): \u201cThis story corrects" in out
    assert "+  added" not in out
    code, out = run("diff", str(case / "old.txt"), str(case / "new.txt"), "--stat")
    assert out.strip().endswith(": ~1 \u00b6, number, date, +1 note")


def test_blank_line_text_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nOne para here.\n\nTwo para here.\n")
    (tmp_path / "b.txt").write_text("Title\n\nOne para here.\n\nTwo para here, now longer.\n")
    code, out = run("diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json")
    assert code == 0, out
    d = json.loads(out)
    assert d["old_paragraphs"] == ["One para here.", "Two para here."]
    assert [c["kind"] for c in d["changes"]] == ["kept", "edited"]


def test_two_html_pages() -> None:
    missing = [n for n in ("ap-v1.html", "ap-v2.html") if not (DEMO / n).exists()]
    if missing:  # missing data fails: a skip would hide lost demo captures
        pytest.fail(f"demo captures missing from {DEMO}: {', '.join(missing)}", pytrace=False)
    code, out = run("diff", str(DEMO / "ap-v1.html"), str(DEMO / "ap-v2.html"), "--stat")
    assert code == 0, out
    assert "number" in out and "date" in out


def test_file_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n")
    code, out = run("diff", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in out
    code, out = run("diff", "x-not-here", "y-not-here")
    assert code == 2
    (tmp_path / "empty.txt").write_text("")
    code, out = run("diff", str(tmp_path / "a.txt"), str(tmp_path / "empty.txt"))
    assert code == 1 and out.startswith("Error:") and len(out.splitlines()) == 1
    code, out = run("diff", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), "--from", "1")
    assert code == 2


def test_one_file_alone_says_that_two_are_needed(archive: Path, tmp_path: Path) -> None:
    # "diff page.html" reads the file name as a story key; say what was meant instead.
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>A headline</h1><p>Some text.</p></body></html>")
    for where in (archive, tmp_path / "no-archive"):
        code, out = run("diff", str(page), "--archive", str(where))
        assert code == 2, out
        assert f"Error: {page} is a file and names no archived story: give OLD and NEW" in out
    # A story key that is no file is still "no story".
    code, out = run("diff", "nosuch.html", "--archive", str(archive))
    assert code == 1 and "no story 'nosuch.html'" in out
