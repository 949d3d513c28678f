"""The research exports: findings database (real SQLite, a real Datasette server), CSV and
Parquet read back, ``stats`` on small archives built here, and the bad-input cases."""

from __future__ import annotations

import csv
import json
import os
import pickle
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import article, at, make_archive, run_cli

from versiontrack.archive.store import Archive
from versiontrack.audit.judge import VERDICT_ALIASES, VERDICT_KINDS
from versiontrack.research import sqlite as research_sqlite
from versiontrack.research.rows import TABLES, columns, story_rows
from versiontrack.research.sqlite import export_sqlite
from versiontrack.research.stats import DISCLOSED, archive_stats

BRIDGE = "example.com_news_bridge"
DAM = "example.net_dam"
STORM = "example.org_storm"


def research_stories() -> dict[str, list]:
    """Three stories on two outlets: a number fixed and disclosed later (bridge), a number
    changed silently and the headline edited (dam), and one never changed (storm)."""
    base = article()
    v2 = article(paragraphs=(base.paragraphs[0], base.paragraphs[1].replace("40", "45"),
                             base.paragraphs[2]))
    v3 = article(paragraphs=(*v2.paragraphs, ("Correction: an earlier version gave the cost "
                             "as $40 million.")))
    dam_meta = {"url": "https://example.net/dam", "outlet": "example.net"}
    dam1 = article(headline="Dam inspection finds 12 cracks", paragraphs=(
        "Engineers found 12 cracks in the old dam during the spring inspection.",
        "Repairs will take three months, the water board said on Friday.",
    ), **dam_meta)
    dam2 = article(headline="Dam inspection finds 21 cracks", paragraphs=(
        "Engineers found 21 cracks in the old dam during the spring inspection.",
        "Repairs will take three months, the water board said on Friday.",
    ), **dam_meta)
    storm = article(headline="Storm closes schools", url="https://example.org/storm",
                    outlet="example.org",
                    paragraphs=("Heavy snow closed every school in the district on Monday.",
                                "Classes resume Wednesday."))
    return {BRIDGE: [base, v2, v3], DAM: [dam1, dam2], STORM: [storm]}


@pytest.fixture()
def archive_path(tmp_path: Path) -> Path:
    return make_archive(tmp_path, research_stories())


def _db(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    return con


def test_vocabulary_names_used_by_the_research_code_are_the_judges():
    # The views and stats name two verdicts; a rename in the judge must fail here, not
    # silently count zero.
    assert VERDICT_ALIASES["silent"] in VERDICT_KINDS
    assert DISCLOSED in VERDICT_KINDS


def test_findings_database_tables_views_fts_and_foreign_keys(archive_path, tmp_path):
    out = tmp_path / "findings.db"
    r = run_cli("export", "--format", "sqlite", "--out", out, "--archive", archive_path)
    assert r.exit_code == 0, r.stderr
    assert "full: 3 written" in r.stdout and "datasette" in r.stdout
    con = _db(out)
    stories = {row["story"]: row for row in con.execute("SELECT * FROM stories")}
    assert set(stories) == {BRIDGE, DAM, STORM}
    assert stories[DAM]["outlet"] == "example.net" and stories[DAM]["substantive"] >= 1
    assert stories[STORM]["transitions"] == 0 and stories[STORM]["hours_to_first_substantive"] \
        is None
    assert stories[BRIDGE]["hours_to_first_substantive"] == 1.0  # v2 is one hour after v1
    assert [tuple(x) for x in con.execute(
        "SELECT number, suspect FROM versions WHERE story = ? ORDER BY number", (BRIDGE,))] == \
        [(1, 0), (2, 0), (3, 0)]
    change = con.execute("SELECT * FROM changes WHERE story = ? AND field = 'body'",
                         (BRIDGE,)).fetchone()
    assert (change["kind"], change["labels"]) == ("edited", "number")
    assert "$40 million" in change["old_text"] and "$45 million" in change["new_text"]
    found = con.execute("SELECT * FROM findings WHERE story = ? AND judged", (BRIDGE,)).fetchone()
    assert found["verdict"] == DISCLOSED and found["policy"] == "corrections"
    assert found["note_version"] == 3 and found["change_seq"] == change["seq"]
    note = con.execute("SELECT * FROM notes WHERE story = ?", (BRIDGE,)).fetchone()
    assert (note["version"], note["kind"], note["discloses"]) == (3, "correction", 1)
    silent = VERDICT_ALIASES["silent"]
    assert [tuple(x) for x in con.execute(
        "SELECT outlet, silent_corrections FROM silent_corrections_by_outlet")] == \
        [("example.net", 2)]  # the headline number and the body number
    head = con.execute("SELECT * FROM headline_edits").fetchone()
    assert (head["story"], head["verdict"]) == (DAM, silent) and "21" in head["new"]
    assert [r[0] for r in con.execute("SELECT story FROM time_to_first_edit ORDER BY story")] \
        == [BRIDGE, DAM]
    # Full-text search on texts, and foreign keys to stories.
    hits = con.execute("SELECT story FROM versions_fts JOIN versions ON versions.rowid = "
                       "versions_fts.rowid WHERE versions_fts MATCH 'cracks'").fetchall()
    assert {h[0] for h in hits} == {DAM}
    fks = con.execute("PRAGMA foreign_key_list(findings)").fetchall()
    assert [(f["table"], f["from"], f["to"]) for f in fks] == [("stories", "story", "story")]
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    meta = json.loads((tmp_path / "findings.metadata.json").read_text())
    tables = meta["databases"]["findings"]["tables"]
    assert tables["stories"]["units"]["hours_to_first_substantive"] == "hour"
    assert set(columns(TABLES[5])) == set(tables["findings"]["columns"])
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # an ordinary file, not mkstemp's


def test_reexport_is_incremental_and_follows_the_archive(archive_path, tmp_path):
    out = tmp_path / "f.db"
    with Archive.open(archive_path) as archive:
        first = export_sqlite(archive, out)
        assert (first.full, first.written) == (True, 3)
        again = export_sqlite(archive, out)
        assert (again.full, again.written, again.rows) == (False, 0, 0)
        storm = archive.article(STORM, 1)
        archive.ingest(article(headline=storm.headline, url=storm.url, outlet=storm.outlet,
                               paragraphs=(*storm.paragraphs, ("Buses will run on a late "
                                           "schedule all week, the district said."))),
                       raw=b"<html>later</html>", fetched_at=at(20), story=STORM)
        moved = export_sqlite(archive, out)
        assert (moved.full, moved.written) == (False, 1)
        # Another policy is another database: rebuilt whole.
        strict = export_sqlite(archive, out, "strict")
        assert (strict.full, strict.written) == (True, 3)
    con = _db(out)
    assert tuple(con.execute("SELECT versions, transitions FROM stories WHERE story = ?",
                             (STORM,)).fetchone()) == (2, 1)
    assert {r[0] for r in con.execute("SELECT DISTINCT policy FROM findings")} == {"strict"}


def test_a_failed_export_leaves_the_database_as_it_was(archive_path, tmp_path, monkeypatch):
    out = tmp_path / "f.db"
    with Archive.open(archive_path) as archive:
        export_sqlite(archive, out)
        before = out.read_bytes()

        def boom(*_a, **_k):
            raise RuntimeError("killed half way")

        monkeypatch.setattr(research_sqlite, "write_rows", boom)
        with pytest.raises(RuntimeError):
            export_sqlite(archive, out, "strict")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "f.db", "f.metadata.json"]


def test_refuses_paths_that_are_not_ours(archive_path, tmp_path):
    theirs = tmp_path / "theirs.db"
    theirs.write_text("a spreadsheet someone cares about\n")
    other_db = tmp_path / "other.db"
    sqlite3.connect(other_db).execute("CREATE TABLE t (x)").connection.commit()
    folder = tmp_path / "theirs"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me\n")
    for fmt, out in (("sqlite", theirs), ("sqlite", other_db), ("csv", folder),
                     ("csv", theirs), ("sqlite", tmp_path / "missing" / "f.db")):
        r = run_cli("export", "--format", fmt, "--out", out, "--archive", archive_path)
        assert r.exit_code == 1, (fmt, out, r.stdout)
        assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("Error: "), r.stderr
    assert theirs.read_text() == "a spreadsheet someone cares about\n"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    r = run_cli("export", "--format", "sqlite", "--archive", archive_path)
    assert r.exit_code == 2  # --out is required


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_one_line(archive_path, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        r = run_cli("export", "--format", "sqlite", "--out", ro / "f.db", "--archive",
                    archive_path)
    finally:
        ro.chmod(0o755)
    assert r.exit_code == 1 and len(r.stderr.splitlines()) == 1
    assert "cannot write" in r.stderr and not any(ro.iterdir())


def test_csv_and_parquet_have_the_databases_columns(archive_path, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    r = run_cli("export", "--format", "csv", "--out", tmp_path / "csv", "--archive", archive_path)
    assert r.exit_code == 0, r.stderr
    r = run_cli("export", "--format", "parquet", "--out", tmp_path / "pq", "--archive",
                archive_path)
    assert r.exit_code == 0, r.stderr
    con = sqlite3.connect(tmp_path / "pq" / "findings.db")
    for table in ("changes", "findings", "notes", "headline_changes", "stories"):
        db_cols = [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
        with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        parquet = pq.read_table(tmp_path / "pq" / f"{table}.parquet")
        assert rows[0] == db_cols == parquet.column_names, table
        count = con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        assert len(rows) - 1 == parquet.num_rows == count, table
    findings = pq.read_table(tmp_path / "pq" / "findings.parquet").to_pylist()
    assert str(pq.read_schema(tmp_path / "pq" / "findings.parquet").field("judged").type) == \
        "bool"
    silent = [f for f in findings if f["verdict"] == VERDICT_ALIASES["silent"]]
    assert {f["story"] for f in silent} == {DAM} and all(f["judged"] for f in silent)
    # Again: the folder is ours now, and the database inside it is brought up to date.
    r = run_cli("export", "--format", "parquet", "--out", tmp_path / "pq", "--archive",
                archive_path)
    assert r.exit_code == 0 and "incremental: 0 written" in r.stdout


def test_parquet_without_pyarrow_says_which_extra(archive_path, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    r = run_cli("export", "--format", "parquet", "--out", tmp_path / "pq", "--archive",
                archive_path)
    assert r.exit_code == 1
    assert r.stderr.strip() == ("Error: Parquet export needs pyarrow: "
                                "pip install 'versiontrack[research]'")
    assert not (tmp_path / "pq").exists()


def test_stats_overall_and_grouped(archive_path, tmp_path):
    r = run_cli("stats", "--json", "--archive", archive_path)
    assert r.exit_code == 0, r.stderr
    [overall] = json.loads(r.stdout)["groups"]
    assert overall["stories"] == 3
    assert overall["changed_share"] == round(2 / 3, 4)
    assert overall["substantive_share"] == round(2 / 3, 4)
    # bridge's number (disclosed) and dam's headline and body numbers (silent)
    assert overall["corrections"] == 3 and overall["corrections_disclosed"] == round(1 / 3, 4)
    assert overall["median_hours_to_first_substantive"] == 1.0
    assert overall["headline_edit_share"] == round(1 / 3, 4)
    assert overall["notes_per_1000_stories"] == round(1000 / 3, 1)
    r = run_cli("stats", "--by", "outlet", "--csv", "--archive", archive_path)
    rows = list(csv.DictReader(r.stdout.splitlines()))
    by = {row["group"]: row for row in rows}
    assert set(by) == {"example.com", "example.net", "example.org"}
    assert by["example.net"]["corrections_disclosed"] == "0.0"
    assert by["example.com"]["corrections_disclosed"] == "1.0"
    assert by["example.org"]["changed_share"] == "0.0"
    r = run_cli("stats", "--by", "label", "--json", "--archive", archive_path)
    labels = {g["group"]: g for g in json.loads(r.stdout)["groups"]}
    assert labels["number"]["stories"] == 2 and "headline" in labels
    r = run_cli("stats", "--by", "month", "--archive", archive_path)
    assert r.exit_code == 0 and "2026-01" in r.stdout and "33.3%" in r.stdout
    db = tmp_path / "kept.db"
    r = run_cli("stats", "--db", db, "--archive", archive_path)
    assert r.exit_code == 0 and db.is_file()
    assert archive_stats(db)[0].stories == 3
    r = run_cli("stats", "--json", "--csv", "--archive", archive_path)
    assert r.exit_code == 2


def test_suspect_and_text_only_versions_and_a_long_story(tmp_path):
    paras = ["The river rose 10 centimetres overnight at the old bridge gauge.",
             "Residents near the bank were told to move cars to higher ground."]
    versions = [article(headline="River rises", paragraphs=[
        paras[0].replace("10", str(10 + i)), paras[1]], url="https://example.com/river")
        for i in range(120)]
    path = make_archive(tmp_path, {"example.com_river": versions})
    with Archive.open(path) as archive:
        r = archive.ingest(article(headline="River rises", paragraphs=["Teaser."],
                                   url="https://example.com/river"),
                           raw=b"<html>teaser</html>", fetched_at=at(200),
                           story="example.com_river")
        assert r.status == "suspect"
        archive.ingest(article(headline="Notes", paragraphs=[("A plain text capture of words "
                                                             "typed in by hand today.")],
                               url="https://example.com/typed", extractor="text"),
                       raw=None, fetched_at=at(201), story="example.com_typed")
        history = archive.history("example.com_river", raw=True)
        rows = story_rows(history, "example.com")
        export_sqlite(archive, tmp_path / "f.db")
    # picklable, in and out: a worker process can make one story's rows
    assert pickle.loads(pickle.dumps(rows)) == rows
    assert pickle.loads(pickle.dumps(history))[0][0] == history[0][0]
    assert rows.story.versions == 121 and rows.story.suspect_versions == 1
    assert rows.story.transitions == 119 and len(rows.changes) == 119
    con = _db(tmp_path / "f.db")
    assert con.execute("SELECT suspect FROM versions WHERE story = 'example.com_river' AND "
                       "number = 121").fetchone()[0] == 1
    typed = con.execute("SELECT * FROM versions WHERE story = 'example.com_typed'").fetchone()
    assert typed["extractor"] == "text" and "by hand" in typed["text"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_datasette_serves_a_view_and_a_canned_query(archive_path, tmp_path):
    pytest.importorskip("datasette")
    out = tmp_path / "findings.db"
    with Archive.open(archive_path) as archive:
        result = export_sqlite(archive, out)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(out), "-m", str(result.metadata),
         "-h", "127.0.0.1", "-p", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/findings"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}.json", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        f"datasette did not start: {proc.stdout.read()!r}") from None
                time.sleep(0.2)
        with urllib.request.urlopen(
                f"{base}/silent_corrections_by_outlet.json?_shape=array", timeout=10) as resp:
            rows = json.load(resp)
        assert rows == [{"outlet": "example.net", "silent_corrections": 2, "stories": 1}]
        with urllib.request.urlopen(
                f"{base}/silent_corrections_of_outlet.json?_shape=array&outlet=example.net",
                timeout=10) as resp:
            canned = json.load(resp)
        assert {r["story"] for r in canned} == {DAM}
        with urllib.request.urlopen(f"{base}/stories", timeout=10) as resp:
            page = resp.read().decode()
        assert "One row per archived story" in page  # the metadata's description
    finally:
        proc.terminate()
        proc.wait(timeout=10)
