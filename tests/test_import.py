"""``versiontrack import wayback`` and ``import newsedits`` (issue 12.2, 12.3, 12.6).

A real CDX + replay server runs on 127.0.0.1 (tests/sitekit.py); NewsEdits files are small
SQLite files made here in the corpus's schema.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest
from sitekit import Reply, Site
from warckit import page, paragraphs

from versiontrack.archive.store import Archive

ORIG = "https://news.example/harbour/ferry-plan"
KEY = "news.example_harbour_ferry-plan"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _wayback_site(site: Site, stamps: dict[str, bytes], extra_lines: str = "") -> None:
    lines = "".join(f"{ts} {ORIG} text/html 200 D{i}\n" for i, ts in enumerate(stamps))
    site.static("/cdx/search/cdx", lines + extra_lines, "text/plain")
    for ts, body in stamps.items():
        site.static(f"/web/{ts}id_/{ORIG}", body)


def _stamps() -> dict[str, bytes]:
    return {
        "20200101080000": page("Ferry plan announced", paragraphs(1), ORIG),
        "20200102080000": page("Ferry plan approved", paragraphs(2), ORIG),
        "20200103080000": page("Ferry plan approved", paragraphs(3), ORIG),
    }


def _wb(site: Site, arch: Path, *more: str):
    from conftest import run_cli

    return run_cli("import", "wayback", ORIG, "--archive-url", site.base, "--delay", "0",
                   "--archive", arch, *more)


def test_wayback_import_archives_captures_at_their_times(tmp_path):
    with Site() as site:
        _wayback_site(site, _stamps())
        arch = tmp_path / "archive"
        res = _wb(site, arch, "--json")
        assert res.exit_code == 0, res.output
        summary = json.loads(res.stdout)
        assert (summary["read"], summary["new"]) == (3, 3)
        cdx_hits = [(p, h) for _, p, h in site.log if p.startswith("/cdx/")]
        assert "collapse=digest" in cdx_hits[0][0]
        assert cdx_hits[0][1]["user-agent"].startswith("versiontrack/")
    with Archive.open(arch) as a:
        assert [v.fetched_at for v in a.versions(KEY)] == [
            "2020-01-01T08:00:00+00:00", "2020-01-02T08:00:00+00:00",
            "2020-01-03T08:00:00+00:00"]
        assert a.verify() == []


def test_wayback_import_resumes_without_refetching(tmp_path):
    with Site() as site:
        _wayback_site(site, _stamps())
        arch = tmp_path / "archive"
        assert _wb(site, arch).exit_code == 0
        replays = sum(n for p, n in site.hits.items() if p.startswith("/web/"))
        res = _wb(site, arch, "--json")
        assert res.exit_code == 0
        assert json.loads(res.stdout)["read"] == 0
        # The second run asked the CDX API again, but fetched no capture twice.
        assert sum(n for p, n in site.hits.items() if p.startswith("/web/")) == replays
    with Archive.open(arch) as a:
        assert len(a.versions(KEY)) == 3


def test_wayback_rerun_after_state_loss_adds_no_duplicates(tmp_path):
    with Site() as site:
        _wayback_site(site, _stamps())
        arch = tmp_path / "archive"
        assert _wb(site, arch).exit_code == 0
        (arch / ".versiontrack" / "state.sqlite").unlink()
        res = _wb(site, arch, "--json")
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)["new"] == 0
    with Archive.open(arch) as a:
        assert len(a.versions(KEY)) == 3 and a.seen(KEY) == []


def test_wayback_backs_off_on_429_and_500(tmp_path):
    with Site() as site:
        stamps = _stamps()
        _wayback_site(site, stamps)
        ts = next(iter(stamps))
        site.sequence(f"/web/{ts}id_/{ORIG}", [
            Reply(429, b"slow down", {"Retry-After": "0"}), Reply(500, b"oops"),
            Reply(200, stamps[ts], HTML)])
        arch = tmp_path / "archive"
        res = _wb(site, arch)
        assert res.exit_code == 0, res.output
        assert site.hits[f"/web/{ts}id_/{ORIG}"] == 3
    with Archive.open(arch) as a:
        assert len(a.versions(KEY)) == 3


@pytest.mark.parametrize("reply", [Reply(500, b"down"), Reply(200, b"x", delay=3.0)])
def test_cdx_failure_is_one_line_and_exit_1(tmp_path, reply, monkeypatch):
    from versiontrack.snapshot import fetch

    # A small policy so the test does not wait on real timeouts and backoff.
    monkeypatch.setattr("versiontrack.history.wayback.FetchPolicy",
                        lambda **kw: fetch.FetchPolicy(retries=1, backoff=0.01, timeout=0.5))
    with Site() as site:
        site.route("/cdx/search/cdx", lambda _h: reply)
        arch = tmp_path / "archive"
        res = _wb(site, arch)
    assert res.exit_code == 1
    assert "CDX query for" in res.stderr and "Traceback" not in res.output


def test_malformed_cdx_lines_and_non_html_captures_are_skipped(tmp_path):
    with Site() as site:
        stamps = _stamps()
        _wayback_site(site, stamps, "this is not a cdx line\n")
        ts = list(stamps)[1]
        site.static(f"/web/{ts}id_/{ORIG}", b"%PDF-1.4", "application/pdf")
        arch = tmp_path / "archive"
        res = _wb(site, arch, "--json")
    assert res.exit_code == 1  # a malformed line is a problem
    out = json.loads(res.stdout)
    assert out["skipped"] == {"malformed CDX line": 1, "not HTML": 1}
    assert out["new"] == 2
    with Archive.open(arch) as a:
        assert a.verify() == []


# ------------------------------------------------------------------------------ NewsEdits

SCHEMA = ("CREATE TABLE entryversion (id INTEGER PRIMARY KEY, entry_id INTEGER, version "
          "INTEGER, created TEXT, title TEXT, url TEXT, num_versions INTEGER, summary TEXT)")


def make_newsedits(path: Path, entries: int, versions: int = 3, schema: str = SCHEMA) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(schema)
    rows = []
    for e in range(entries):
        for v in range(versions):
            paras = paragraphs(e * 10 + v, 3)
            rows.append((e * 100 + v, e, v, f"2019-02-{1 + v:02d} 10:{e % 60:02d}:00",
                         f"Harbour story {e} take {v}", f"https://outlet.example/news/{e}",
                         versions, "<p>" + "</p><p>".join(paras) + "</p>"))
    conn.executemany("INSERT INTO entryversion VALUES (?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    return path


def test_newsedits_import(tmp_path, run_cli):
    db = make_newsedits(tmp_path / "outlet.db", 4)
    arch = tmp_path / "archive"
    res = run_cli("import", "newsedits", db, "--archive", arch, "--json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert (out["read"], out["new"], out["stories"]) == (12, 12, 4)
    with Archive.open(arch) as a:
        vs = a.versions("outlet.example_news_2")
        assert [v.fetched_at[:10] for v in vs] == ["2019-02-01", "2019-02-02", "2019-02-03"]
        art = a.article("outlet.example_news_2", 2)
        assert art.headline == "Harbour story 2 take 1" and len(art.paragraphs) == 3
        assert a.raw("outlet.example_news_2", 1) == b""  # text only
        assert a.meta("outlet.example_news_2", 1)["extractor"].startswith("newsedits")
        assert a.verify() == []
    # show --raw of a text-only version says so (it printed nothing and exited 0); show works.
    res = run_cli("show", "outlet.example_news_2", "--raw", "--archive", arch)
    assert res.exit_code == 1 and res.stdout == "", res.output
    assert res.stderr.startswith("Error: v3 of outlet.example_news_2 has no raw page")
    assert len(res.stderr.splitlines()) == 1
    res = run_cli("show", "outlet.example_news_2", "--archive", arch)
    assert res.exit_code == 0 and res.stdout.startswith("Harbour story 2 take 2\n")


def test_newsedits_gz_and_resume(tmp_path, run_cli):
    db = make_newsedits(tmp_path / "outlet.db", 5)
    gz = tmp_path / "outlet.db.gz"
    gz.write_bytes(gzip.compress(db.read_bytes()))
    arch = tmp_path / "archive"
    res = run_cli("import", "newsedits", gz, "--archive", arch, "--batch", "4", "--json")
    assert res.exit_code == 0, res.output
    res = run_cli("import", "newsedits", gz, "--archive", arch, "--json")
    assert json.loads(res.stdout)["read"] == 0  # the cursor says everything is done
    # Cursor lost: the rerun reads all again and the archive's dedupe adds nothing.
    (arch / ".versiontrack" / "state.sqlite").unlink()
    res = run_cli("import", "newsedits", gz, "--archive", arch, "--json")
    out = json.loads(res.stdout)
    assert (out["read"], out["new"]) == (15, 0)


def test_newsedits_killed_midway_resumes(tmp_path):
    """A real process killed after its first committed batch; the rerun completes it."""
    import os
    import subprocess
    import sys

    db = make_newsedits(tmp_path / "outlet.db", 6)
    arch = tmp_path / "archive"
    cmd = [sys.executable, "-m", "versiontrack", "import", "newsedits", str(db), "--archive",
           str(arch), "--batch", "5", "--json"]
    env = {**os.environ, "VERSIONTRACK_TEST_CRASH_AT": "after-worktree"}
    # The crash hook ends the process after the first batch is in git, before the cursor moves.
    first = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 99
    second = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    out = json.loads(second.stdout)
    assert out["new"] == 18 - 5 and out["unchanged"] == 5
    with Archive.open(arch) as a:
        assert sum(len(a.versions(s.key)) for s in a.stories()) == 18
        assert a.verify() == []


@pytest.mark.parametrize("kind", ["other-schema", "not-sqlite", "no-table"])
def test_newsedits_bad_file_is_one_line(tmp_path, run_cli, kind):
    path = tmp_path / "bad.db"
    if kind == "other-schema":
        make_newsedits(path, 1, schema="CREATE TABLE entryversion (id INTEGER, entry_id "
                       "INTEGER, version INTEGER, created TEXT, title TEXT, url TEXT, body TEXT, "
                       "x TEXT)")
    elif kind == "not-sqlite":
        path.write_bytes(b"just some words, not a database at all\n" * 50)
    else:
        sqlite3.connect(path).execute("CREATE TABLE other (a)").connection.commit()
    arch = tmp_path / "archive"
    res = run_cli("import", "newsedits", path, "--archive", arch)
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and "not a NewsEdits file" in res.stderr
    if kind == "other-schema":
        assert "summary" in res.stderr


def test_wayback_for_every_url_of_the_watchlist(tmp_path):
    with Site() as site:
        _wayback_site(site, _stamps())
        watchlist = tmp_path / "versiontrack.toml"
        watchlist.write_text(f'[[urls]]\nurl = "{ORIG}"\n', encoding="utf-8")
        arch = tmp_path / "archive"
        from conftest import run_cli

        res = run_cli("import", "wayback", "--watchlist", watchlist, "--archive-url",
                      site.base, "--delay", "0", "--archive", arch, "--json")
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)["new"] == 3
        assert any(f"url={ORIG}".replace(":", "%3A").replace("/", "%2F") in p
                   for p in site.hits)


def test_cdx_query_to_a_dead_host_is_a_connection_failure(tmp_path):
    import socket

    from conftest import run_cli

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    res = run_cli("import", "wayback", ORIG, "--archive-url", f"http://127.0.0.1:{port}",
                  "--delay", "0", "--archive", tmp_path / "archive")
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert lines == [f"Error: CDX query for {ORIG} failed: connection refused by "
                     f"http://127.0.0.1:{port} (connection-refused)"], res.stderr
