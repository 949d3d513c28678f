"""The archive commands end to end: ingest (HTML, text, stdin, batches), read commands, demo."""

from __future__ import annotations

import json
import subprocess

from conftest import at, demo_pages, make_archive, run_cli

from versiontrack.archive import index as ix

KEY = "example.com_news_bridge"
TEXT = "Mayor resigns\n\nBy C. Writer\n\nThe mayor resigned on Friday.\n\nShe served 6 years.\n"


def head(path):
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=path, capture_output=True,
                          text=True, check=True).stdout.strip()


def test_ingest_demo_pages_then_read_back(tmp_path):
    archive = tmp_path / "archive"
    v1, v2 = demo_pages()
    r = run_cli("ingest", v1.path, "--url", v1.url, "--fetched-at", v1.fetched_at,
                "--archive", archive)
    assert r.exit_code == 0, r.stderr
    key = r.stdout.split()[1]
    assert r.stdout.split()[0] == "new" and r.stdout.strip().endswith("v1")
    assert key.startswith("apnews.com_article_")
    r = run_cli("ingest", v2.path, "--url", v2.url, "--fetched-at", v2.fetched_at,
                "--archive", archive, "--json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data[0]["status"] == "new" and data[0]["number"] == 2 and data[0]["story"] == key
    # same page again, later: unchanged, recorded as seen
    r = run_cli("ingest", v2.path, "--url", v2.url, "--fetched-at", "2026-02-06T08:00:00Z",
                "--archive", archive)
    assert r.stdout.startswith("unchanged") and r.exit_code == 0

    r = run_cli("stories", "--archive", archive, "--json")
    (story,) = json.loads(r.stdout)
    assert story["key"] == key and story["versions"] == 2
    assert story["last_seen"] == "2026-02-06T08:00:00+00:00"

    r = run_cli("log", key, "--archive", archive)
    assert r.exit_code == 0 and "v1" in r.stdout and "v2" in r.stdout
    assert "seen again unchanged 1 time(s)" in r.stdout
    r = run_cli("log", key, "--archive", archive, "--json")
    versions = json.loads(r.stdout)["versions"]
    assert [v["number"] for v in versions] == [1, 2]
    assert [v["fetched_at"] for v in versions] == [v1.fetched_at, v2.fetched_at]

    r = run_cli("show", key, "--archive", archive, "--version", "1")
    assert "leased to Marosk in 1996." in r.stdout and r.stdout.splitlines()[1] == ""
    r = run_cli("show", key, "--archive", archive)
    assert "leased to Marosk in 1994." in r.stdout
    r = run_cli("show", key, "--archive", archive, "--version", "-2", "--raw")
    assert r.stdout_bytes == v1.path.read_bytes()
    r = run_cli("show", key, "--archive", archive, "--json")
    shown = json.loads(r.stdout)
    assert shown["version"]["number"] == 2 and shown["article"]["paragraphs"]
    r = run_cli("show", key, "--archive", archive, "--version", "3")
    assert r.exit_code == 1 and "no version 3" in r.stderr

    r = run_cli("verify", "--archive", archive)
    assert (r.exit_code, r.stdout.strip()) == (0, "archive OK")
    r = run_cli("reindex", "--archive", archive, "--json")
    assert json.loads(r.stdout) == {"stories": 1, "versions": 2, "seen": 1}


def test_text_stdin_and_story_override(tmp_path):
    archive = tmp_path / "a"
    r = run_cli("ingest", "-", "--format", "text", "--story", "mayor", "--archive", archive,
                "--fetched-at", at(0), input=TEXT)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.split()[:3] == ["new", "mayor", "v1"]
    assert (archive / ix.story_dir("mayor") / "raw.txt").read_text() == TEXT
    r = run_cli("show", "mayor", "--archive", archive, "--json")
    assert json.loads(r.stdout)["article"]["byline"] == "C. Writer"
    # a text file derives its key from --url
    f = tmp_path / "mayor.txt"
    f.write_text(TEXT.replace("6 years", "7 years"))
    r = run_cli("ingest", f, "--url", "https://www.example.net/mayor?utm_source=x",
                "--archive", archive, "--fetched-at", at(1))
    assert r.exit_code == 0 and r.stdout.split()[1] == "example.net_mayor"


def test_batch_with_a_bad_file_continues_and_exits_1(tmp_path):
    archive = tmp_path / "a"
    good1, good2 = tmp_path / "one.txt", tmp_path / "two.txt"
    good1.write_text(TEXT)
    good2.write_text(TEXT.replace("Friday", "Saturday"))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = run_cli("ingest", good1, empty, tmp_path / "missing.txt", good2, "--story", "mayor",
                "--archive", archive, "--fetched-at", at(0))
    assert r.exit_code == 1
    assert [line.split()[0] for line in r.stdout.splitlines()] == ["new", "new"]
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 2 and "empty.txt" in errors[0] and "missing.txt" in errors[1]
    count = subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=archive,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert count == "3"  # create + two versions, in one batch


def test_export_files_and_jsonl(tmp_path):
    archive = make_archive(tmp_path)
    out = tmp_path / "out"
    r = run_cli("export", KEY, "--out", out, "--archive", archive)
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in (out / KEY).iterdir()) == ["v1", "v2", "v3"]
    assert (out / KEY / "v2" / "article.txt").read_text().startswith("Council approves")
    assert json.loads((out / KEY / "v3" / "meta.json").read_text())["version"] == 3
    assert (out / KEY / "v1" / "raw.html").read_bytes().startswith(b"<html>")
    r = run_cli("export", "--all", "--format", "jsonl", "--archive", archive)
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(lines) == 4 and lines[0]["version"]["story"] == KEY
    r = run_cli("export", "--archive", archive)
    assert r.exit_code == 2


def test_read_commands_on_missing_archive_do_not_create_it(tmp_path):
    missing = tmp_path / "nowhere"
    for args in (["stories"], ["log", "x"], ["show", "x"], ["verify"], ["reindex"],
                 ["export", "x", "--out", str(tmp_path / "o")]):
        r = run_cli(*args, "--archive", missing)
        assert r.exit_code == 1, args
        assert r.stderr.startswith("Error: no archive at") and len(r.stderr.splitlines()) == 1
    assert not missing.exists()


def test_missing_archive_is_named_by_its_full_path(tmp_path, monkeypatch):
    # The default archive is the relative path "archive": the message says where it looked.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VERSIONTRACK_ARCHIVE", raising=False)
    r = run_cli("stories")
    assert r.exit_code == 1 and len(r.stderr.splitlines()) == 1
    assert f"no archive at {tmp_path / 'archive'} " in r.stderr
    assert "--archive" in r.stderr and not (tmp_path / "archive").exists()


def test_unknown_story(tmp_path):
    archive = make_archive(tmp_path)
    r = run_cli("log", "nope", "--archive", archive)
    assert r.exit_code == 1 and "no story 'nope'" in r.stderr


def test_demo_is_idempotent(tmp_path):
    archive = tmp_path / "archive"
    first = run_cli("demo", "--archive", archive)
    assert first.exit_code == 0, first.stderr
    assert "2 new version(s)" in first.stdout
    h = head(archive)
    second = run_cli("demo", "--archive", archive)
    assert second.exit_code == 0 and "0 new version(s)" in second.stdout
    assert head(archive) == h
    log_part = second.stdout.split("\n\n")[1]  # the history, before other demo steps
    log_lines = [ln for ln in log_part.splitlines() if ln.startswith("v")]
    assert [ln.split()[0] for ln in log_lines] == ["v1", "v2"]


def test_python_dash_m_runs(tmp_path):
    r = subprocess.run(["python", "-m", "versiontrack", "stories", "--archive",
                        str(make_archive(tmp_path))], capture_output=True, text=True, timeout=60,
                       check=False)
    assert r.returncode == 0 and KEY in r.stdout


def test_fetched_at_mtime_ingests_captures_oldest_first(tmp_path, run_cli):
    import os

    texts = {
        "b.txt": "Council approves bridge\n\nThe council voted 7-2 to build the bridge, which will "
                 "cost $45 million, officials said on Tuesday evening.",
        "a.txt": "Council approves bridge\n\nThe council voted 7-2 to build the bridge, which will "
                 "cost $40 million, officials said on Tuesday evening.",
    }
    stamps = {"a.txt": 1770285600, "b.txt": 1770307200}  # a is older, though given second
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
        os.utime(tmp_path / name, (stamps[name], stamps[name]))
    archive = tmp_path / "arch"
    r = run_cli("ingest", tmp_path / "b.txt", tmp_path / "a.txt", "--story", "bridge",
                "--fetched-at", "mtime", "--archive", archive, "--json")
    assert r.exit_code == 0, r.stderr
    r = run_cli("log", "bridge", "--archive", archive, "--json")
    versions = json.loads(r.stdout)["versions"]
    assert [v["fetched_at"] for v in versions] == [
        "2026-02-05T10:00:00+00:00", "2026-02-05T16:00:00+00:00"]
    r = run_cli("show", "bridge", "--version", "1", "--archive", archive)
    assert "$40 million" in r.stdout


def test_log_skips_suspect_versions_when_summarising_changes(tmp_path, run_cli):
    from conftest import article

    full = article()
    broken = article(paragraphs=("Advertisement",))  # under half the words: kept as suspect
    fixed = article(paragraphs=(*full.paragraphs[:2], full.paragraphs[2].replace("schools",
                                                                                 "hospitals")))
    path = make_archive(tmp_path, {"bridge": [full, broken, fixed]})
    r = run_cli("log", "bridge", "--archive", path, "--json")
    assert r.exit_code == 0, r.stderr
    changes = [v["changes"] for v in json.loads(r.stdout)["versions"]]
    assert changes[0] == "first version"
    assert changes[1] == "(suspect: skipped)"
    assert changes[2].startswith("~1 ¶")  # v3 is compared with v1, not with the broken capture


def test_an_older_capture_ingested_later_takes_its_place_in_time(tmp_path):
    archive = tmp_path / "archive"
    newer = tmp_path / "newer.txt"
    older = tmp_path / "older.txt"
    newer.write_text(TEXT.replace("6 years", "seven years"), encoding="utf-8")
    older.write_text(TEXT, encoding="utf-8")
    r = run_cli("ingest", newer, "--story", "bridge", "--fetched-at", "2026-02-05T12:00:00Z",
                "--archive", archive)
    assert r.exit_code == 0 and r.stderr == ""
    r = run_cli("ingest", older, "--story", "bridge", "--fetched-at", "2026-02-01T09:00:00Z",
                "--archive", archive, "--json")
    assert r.exit_code == 0
    (result,) = json.loads(r.stdout)
    # Numbered by its place in time: the older capture is v1, the one archived first is v2.
    assert result["status"] == "new" and result["number"] == 1
    assert "before the latest version (2026-02-05T12:00:00+00:00)" in result["warning"]
    assert r.stderr.startswith(f"warning: {older}: fetched at 2026-02-01T09:00:00+00:00")
    log = json.loads(run_cli("log", "bridge", "--archive", archive, "--json").stdout)
    assert [v["fetched_at"][:10] for v in log["versions"]] == ["2026-02-01", "2026-02-05"]
    assert [v["number"] for v in log["versions"]] == [1, 2]
    # The newest content seen again later is unchanged (compared with the latest in time), and
    # a capture in time order does not warn.
    r = run_cli("ingest", newer, "--story", "bridge", "--fetched-at", "2026-02-07T12:00:00Z",
                "--archive", archive, "--json")
    (result,) = json.loads(r.stdout)
    assert result["status"] == "unchanged" and result["number"] == 2
    assert result["warning"] is None and r.stderr == ""


def test_a_page_ingested_without_url_is_listed_by_its_canonical_link(tmp_path):
    archive = tmp_path / "archive"
    v1, _ = demo_pages()
    r = run_cli("ingest", v1.path, "--fetched-at", v1.fetched_at, "--archive", archive)
    assert r.exit_code == 0, r.stderr
    (story,) = json.loads(run_cli("stories", "--archive", archive, "--json").stdout)
    assert story["url"].startswith("https://apnews.com/article/")
    (version,) = json.loads(run_cli("log", story["key"], "--archive", archive,
                                    "--json").stdout)["versions"]
    assert version["url"] == story["url"]


def test_demo_json(tmp_path):
    archive = tmp_path / "archive"
    r = run_cli("demo", "--json", "--archive", archive)
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["pages"], data["new"]) == (2, 2)
    assert [v["number"] for v in data["log"]["versions"]] == [1, 2]
    assert data["story"] == data["log"]["story"]
    assert data["audit"]["counts"]["disclosed"] == 1
    assert data["report"].endswith("index.html") and (archive.parent / "reports").is_dir()
    again = json.loads(run_cli("demo", "--json", "--archive", archive).stdout)
    assert again["new"] == 0


def test_export_jsonl_to_a_file(tmp_path):
    archive = make_archive(tmp_path)
    printed = run_cli("export", "--all", "--format", "jsonl", "--archive", archive).stdout
    out = tmp_path / "all.jsonl"
    r = run_cli("export", "--all", "--format", "jsonl", "--out", out, "--archive", archive)
    assert r.exit_code == 0, r.stderr
    assert out.read_text(encoding="utf-8") == printed
    assert r.stdout == f"exported 4 version(s) of 2 story(ies) to {out}\n"
    assert not list(tmp_path.glob("*.part"))
    r = run_cli("export", "--all", "--format", "jsonl", "--out", tmp_path, "--archive", archive)
    assert r.exit_code == 1 and "is a directory" in r.stderr


def test_counts_of_one_are_singular(tmp_path):
    from conftest import default_stories

    one = dict(list(default_stories().items())[:1])
    archive = make_archive(tmp_path, one)
    r = run_cli("reindex", "--archive", archive)
    assert r.stdout.startswith("reindexed 1 story, 3 versions, 0 seen-again records"), r.stdout
    r = run_cli("audit", "--all", "--archive", archive)
    assert r.stdout.splitlines()[-1].startswith("1 story audited, "), r.stdout
