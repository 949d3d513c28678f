"""``versiontrack audit`` and ``versiontrack corrections`` through the real CLI and archive."""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_cli
from test_audit import CASES, load_case

from versiontrack.archive.store import Archive

STORIES = {  # story key -> gold case
    "silent-story": "guardian-footnote-plus-silent",
    "disclosed-story": "ap-year-fix-disclosed",
    "note-removed-story": "note-removed-later",
}


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-audit") / "archive"
    with Archive.open(path, create=True) as archive:
        for key, case in STORIES.items():
            _, triples = load_case(CASES / case)
            for version, article, raw in triples:
                archive.ingest(article, raw=raw or None, fetched_at=version.fetched_at, story=key)
    return path


def test_audit_prints_the_timeline(archive_path):
    r = run_cli("audit", "silent-story", "--archive", archive_path)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "Audit of silent-story (policy corrections)"
    assert any(line.startswith("v2  ") for line in lines)
    assert any(line.strip().startswith("SILENT") and "Paragraph 9" in line for line in lines)
    assert any(line.strip().startswith("disclosed") and "Paragraph 7" in line for line in lines)
    # The findings' messages start in one column, whatever the width of their marks.
    starts = {line.index("Paragraph ") for line in lines if line.startswith("    ")
              and line.lstrip().split()[0] in ("SILENT", "disclosed")}
    assert len(starts) == 1, lines
    assert lines[-1].startswith("2 substantive changes: 1 disclosed, 1 silent correction, 0 exempt")


@pytest.mark.parametrize(("story", "fail_on", "code"), [
    ("silent-story", "silent", 3),
    ("disclosed-story", "silent", 0),
    ("disclosed-story", "any", 0),
    ("note-removed-story", "silent", 0),
    ("note-removed-story", "any", 3),
    ("silent-story", "silent-correction", 3),  # "silent" is the old name of silent-correction
    ("silent-story", "undisclosed-update", 0),
])
def test_fail_on_exit_codes(archive_path, story, fail_on, code):
    r = run_cli("audit", story, "--fail-on", fail_on, "--archive", archive_path)
    assert r.exit_code == code, r.output


def test_audit_json(archive_path):
    r = run_cli("audit", "silent-story", "--json", "--archive", archive_path)
    data = json.loads(r.stdout)
    assert data["counts"]["silent"] == 1 and data["counts"]["disclosed"] == 1
    assert data["policy"] == "corrections" and len(data["versions"]) == 2
    assert {f["kind"] for f in data["findings"]} == {"silent-correction", "disclosed"}


def test_grace_policy_from_the_command_line(archive_path):
    # The silent story's versions are a day apart: a 48-hour grace exempts its silent change.
    r = run_cli("audit", "silent-story", "--policy", "same-day-grace", "--grace-hours", "48",
                "--fail-on", "silent", "--json", "--archive", archive_path)
    assert r.exit_code == 0
    counts = json.loads(r.stdout)["counts"]
    assert (counts["silent"], counts["exempt"]) == (0, 1)


def test_audit_all_summary_table(archive_path):
    r = run_cli("audit", "--all", "--archive", archive_path)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["STORY", "VERS", "SUBST", "DISCL", "SILENT", "EXEMPT", "NOTES",
                                "OTHER"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:-1]}
    assert rows["silent-story"] == ["2", "2", "1", "1", "0", "1", "0"]
    assert rows["note-removed-story"] == ["3", "1", "1", "0", "0", "0", "1"]
    assert lines[-1] == "3 stories audited, 1 silent correction."
    # --help says what each column counts.
    helped = " ".join(run_cli("audit", "--help").stdout.split())
    for column in lines[0].split()[1:]:
        assert re.search(rf"\b{column} [a-z]", helped), column
    r = run_cli("audit", "--all", "--fail-on", "silent", "--json", "--archive", archive_path)
    assert r.exit_code == 3
    data = json.loads(r.stdout)
    assert sorted(s["story"] for s in data["stories"]) == sorted(STORIES)
    assert data["errors"] == []


@pytest.mark.parametrize("args", [["audit"], ["audit", "silent-story", "--all"],
                                  ["audit", "silent-story", "--policy", "lenient"],
                                  ["corrections", "silent-story", "--style", "bbc"]])
def test_usage_errors_exit_2(archive_path, args):
    r = run_cli(*args, "--archive", archive_path)
    assert r.exit_code == 2


def test_unknown_story_is_a_one_line_error(archive_path):
    r = run_cli("audit", "no-such-story", "--archive", archive_path)
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: ") and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("corrections", "no-such-story", "--archive", archive_path)
    assert r.exit_code == 1


def test_corrections_command_styles_and_formats(archive_path, tmp_path):
    r = run_cli("corrections", "disclosed-story", "--archive", archive_path)
    assert r.exit_code == 0
    assert ("Draft:    This story corrects an earlier version that said Veldra leased Halvard "
            "Valley to Marosk in 1996. It was 1994.") in r.stdout
    r = run_cli("corrections", "silent-story", "--style", "nyt", "--format", "markdown",
                "--archive", archive_path)
    assert r.stdout.startswith("# Draft correction log (New York Times style)")
    assert "**undisclosed**" in r.stdout
    r = run_cli("corrections", "silent-story", "--format", "json", "--archive", archive_path)
    assert [e["status"] for e in json.loads(r.stdout)["entries"]] == ["disclosed", "silent-correction"]
    tpl = tmp_path / "short.txt"
    tpl.write_text("{{ story }}: {{ silent|length }} undisclosed\n")
    r = run_cli("corrections", "silent-story", "--template", tpl, "--archive", archive_path)
    assert r.stdout == "silent-story: 1 undisclosed\n"
    r = run_cli("corrections", "silent-story", "--template", tmp_path / "nope.txt",
                "--archive", archive_path)
    assert r.exit_code == 1 and "template not found" in r.stderr


def test_help_documents_every_option():
    r = run_cli("audit", "--help")
    for opt in ("--policy", "--grace-hours", "--json", "--fail-on", "--all", "--archive"):
        assert opt in r.stdout
    assert "3 the --fail-on condition holds" in r.stdout
    r = run_cli("corrections", "--help")
    for opt in ("--style", "--template", "--format", "--policy"):
        assert opt in r.stdout


def test_demo_prints_the_audit_and_the_ap_log(tmp_path):
    r = run_cli("demo", "--archive", tmp_path / "archive")
    assert r.exit_code == 0, r.output
    assert "1 substantive change: 1 disclosed, 0 silent corrections, 0 exempt" in r.stdout
    assert ("This story corrects an earlier version that said Veldra leased Halvard Valley to "
            "Marosk in 1996. It was 1994.") in r.stdout
    assert r.stdout.rstrip().splitlines()[-1].startswith("HTML report: ")
    # Its --help says so: the history, the audit, the correction log and the report.
    words = " ".join(run_cli("demo", "--help").stdout.split())
    for part in ("history", "audit", "correction log", "HTML report"):
        assert part in words, part


def test_fail_on_follows_the_policy(tmp_path):
    """An event update: no alarm under corrections, a silent correction under strict, an
    undisclosed update under transparency; each --fail-on name exits 3 only on its own kind."""
    path = tmp_path / "archive"
    with Archive.open(path, create=True) as archive:
        _, triples = load_case(CASES / "event-update")
        for version, article, raw in triples:
            archive.ingest(article, raw=raw or None, fetched_at=version.fetched_at, story="grow")
    for policy, fail_on, code in (("corrections", "any", 0), ("strict", "silent", 3),
                                  ("transparency", "silent", 0),
                                  ("transparency", "undisclosed-update", 3),
                                  ("transparency", "any", 3)):
        r = run_cli("audit", "grow", "--policy", policy, "--fail-on", fail_on, "--archive", path)
        assert r.exit_code == code, (policy, fail_on, r.output)
    r = run_cli("audit", "grow", "--json", "--archive", path)
    counts = json.loads(r.stdout)["counts"]
    assert (counts["update"], counts["silent-correction"], counts["silent"]) == (3, 0, 0)
    r = run_cli("audit", "grow", "--policy", "transparency", "--archive", path)
    assert "UNDISCLOSED UPDATE" in r.stdout
    assert r.stdout.splitlines()[-1].startswith(
        "3 substantive changes: 0 disclosed, 0 silent corrections, 0 exempt, 3 undisclosed "
        "updates")
