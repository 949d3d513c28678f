"""The cross-outlet rows of the research export (issue 16, item 5): an event from the labelled
cross-outlet set exported to SQLite and Parquet, its rows checked against ``compare --json``,
the Parquet columns against the SQLite table's, and the event tables kept up to date
incrementally."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from crossoutlet_kit import build_archive

from versiontrack.archive.store import Archive
from versiontrack.research.eventrows import EVENT_TABLES
from versiontrack.research.rows import columns
from versiontrack.research.sqlite import export_sqlite

MEMBERS = ("source", "syndication", "rewrite", "german")


def _ok(*args: Any) -> str:
    r = run_cli(*args)
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    base = tmp_path_factory.mktemp("event-rows")
    archive = build_archive(base / "archive")
    _ok("event", "add", "varna", *MEMBERS, "--archive", archive)
    _ok("export", "--format", "sqlite", "--out", base / "f.db", "--archive", archive)
    compared = json.loads(_ok("compare", *MEMBERS, "--json", "--archive", archive))
    return archive, base, compared


def _rows(db: Path, sql: str, *args: Any) -> list[dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, args)]
    finally:
        con.close()


def test_event_rows_match_the_comparison(exported):
    _archive, base, compared = exported
    db = base / "f.db"
    [event] = _rows(db, "SELECT * FROM events")
    assert event["event"] == "varna" and event["source"] == "source"
    assert event["members"] == "source syndication rewrite german"
    assert (event["copies"], event["stale_copies"]) == (2, 1)
    by_story = {c["story"]: c for c in compared["copies"]}
    for story, copy in by_story.items():
        links = _rows(db, "SELECT * FROM event_links WHERE story = ? ORDER BY copy_paragraph",
                      story)
        assert [(r["source_paragraphs"], r["own"], r["verdict"]) for r in links] == [
            (" ".join(map(str, x["sources"])), int(not x["sources"]), copy["verdict"])
            for x in copy["alignment"]["links"]]
        facts = _rows(db, "SELECT * FROM fact_differences WHERE story = ? ORDER BY seq", story)
        assert [(r["fact"], r["source_value"], r["copy_value"], r["labels"]) for r in facts] \
            == [(f["fact"], f["source_value"], f["copy_value"], " ".join(f["labels"]))
                for f in copy["facts"]]
    assert _rows(db, "SELECT * FROM event_links WHERE story = 'german'")[0]["verdict"] \
        == "not a copy"
    names = _rows(db, "SELECT fact, source_value, copy_value FROM fact_differences "
                      "WHERE story = 'rewrite' AND fact = 'name'")
    assert {"fact": "name", "source_value": "RiverSat-2", "copy_value": "RiverSat-3"} in names
    prop = _rows(db, "SELECT story, version, state, old_value, new_value, corrected_in, stale "
                     "FROM propagation WHERE old_value = '2016' ORDER BY story, version")
    assert [(r["story"], r["version"], r["state"]) for r in prop] == [
        ("rewrite", 1, "old"), ("syndication", 1, "old"), ("syndication", 2, "new")]
    assert {(r["story"], r["stale"]) for r in prop} == {("rewrite", 1), ("syndication", 0)}
    assert {(r["new_value"], r["corrected_in"]) for r in prop} == {("2017", 2)}


def test_canned_query_and_descriptions(exported):
    _archive, base, _compared = exported
    meta = json.loads((base / "f.metadata.json").read_text(encoding="utf-8"))["databases"]["f"]
    for row_type in EVENT_TABLES:
        table = meta["tables"][row_type.table]
        assert table["description"] and list(table["columns"]) == columns(row_type)
    query = meta["queries"]["copies_still_carrying_a_corrected_value"]
    got = _rows(base / "f.db", query["sql"])
    assert [(r["event"], r["story"], r["old_value"], r["new_value"]) for r in got] == [
        ("varna", "rewrite", "2016", "2017")]


def test_parquet_has_the_sqlite_columns_and_rows(exported, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    archive, base, _compared = exported
    _ok("export", "--format", "parquet", "--out", tmp_path / "pq", "--archive", archive)
    manifest = json.loads((tmp_path / "pq" / "versiontrack-export.json").read_text("utf-8"))
    con = sqlite3.connect(base / "f.db")
    try:
        for row_type in EVENT_TABLES:
            name = row_type.table
            assert name in manifest["tables"]
            table = pq.read_table(tmp_path / "pq" / f"{name}.parquet")
            sql_cols = [r[1] for r in con.execute(f"PRAGMA table_info([{name}])")]
            assert table.column_names == sql_cols == columns(row_type)
            count = con.execute(f"SELECT COUNT(*) FROM [{name}]").fetchone()[0]
            assert table.num_rows == count > 0
    finally:
        con.close()
    stale = pq.read_table(tmp_path / "pq" / "propagation.parquet").to_pylist()
    assert {r["story"] for r in stale if r["stale"]} == {"rewrite"}


def test_event_tables_follow_the_archive(exported, tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(exported[0], archive)  # the module's archive stays as it is
    db = tmp_path / "e.db"
    first = export_sqlite(Archive(archive), db)
    assert first.events == 1
    again = export_sqlite(Archive(archive), db)
    assert (again.written, again.events) == (0, 0)  # nothing moved: nothing compared again
    _ok("event", "remove", "varna", "rewrite", "--archive", archive)
    third = export_sqlite(Archive(archive), db)
    assert (third.written, third.events) == (0, 1)
    assert _rows(db, "SELECT members, stale_copies FROM events") == [
        {"members": "source syndication german", "stale_copies": 0}]
    assert not _rows(db, "SELECT * FROM event_links WHERE story = 'rewrite'")
    assert not _rows(db, "SELECT * FROM propagation WHERE story = 'rewrite'")
    assert _rows(db, "SELECT COUNT(*) AS n FROM propagation")[0]["n"] == 2


def test_a_database_from_before_the_event_tables_gains_them(exported, tmp_path):
    archive, base, _compared = exported
    db = tmp_path / "old.db"
    shutil.copyfile(base / "f.db", db)
    con = sqlite3.connect(db)
    for row_type in reversed(EVENT_TABLES):
        con.execute(f"DROP TABLE [{row_type.table}]")
    con.commit()
    con.close()
    result = export_sqlite(Archive(archive), db)
    assert (result.full, result.written, result.events) == (False, 0, 1)
    assert _rows(db, "SELECT event, stale_copies FROM events") == [
        {"event": "varna", "stale_copies": 1}]
