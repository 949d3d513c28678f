"""State apart from cache: ``index.sqlite`` can be deleted (git rebuilds it), ``state.sqlite``
holds what snapshot passes remember, and archives that kept that state in the index move it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import run_cli
from sitekit import AP_HEADLINE, AP_PARAGRAPHS, OTHER_PARAGRAPHS, Site

from versiontrack.archive import index as ix
from versiontrack.archive.store import Archive
from versiontrack.snapshot.run import PassOptions, build_policy, run_pass
from versiontrack.snapshot.state import followed, state_path
from versiontrack.snapshot.watchlist import parse_watchlist

T0 = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)

WATCHLIST = """
[defaults]
contact = "tests@example.org"
delay = 0
timeout = 2
retries = 1

[[feeds]]
url = "{base}/rss.xml"
outlet = "Test News"

[[urls]]
url = "{base}/news/pinned"
"""

STATE_TABLES = ("snapshot_urls", "snapshot_sources", "snapshot_runs")


@pytest.fixture
def site():
    with Site() as s:
        s.robots("User-agent: *\nAllow: /\n")
        s.article("/news/one", AP_HEADLINE, AP_PARAGRAPHS[:5])
        s.article("/news/two", "Talks resume in Port Aldine", OTHER_PARAGRAPHS)
        s.article("/news/pinned", "Hotline restored", AP_PARAGRAPHS[2:7])
        s.rss("/rss.xml", [("/news/one", "One"), ("/news/two", "Two")])
        yield s


def snapshot(path: Path, site: Site, tmp_path: Path, now: datetime):
    wl_file = tmp_path / "versiontrack.toml"
    wl_file.write_text(WATCHLIST.format(base=site.base), encoding="utf-8")
    wl = parse_watchlist(wl_file.read_bytes(), wl_file)
    policy = replace(build_policy(wl.defaults), backoff=0.01)
    with Archive.open(path, create=True) as archive:
        return run_pass(archive, wl, PassOptions(now=now, policy=policy, extract_workers=0))


def state_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(state_path(path))
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in STATE_TABLES}
    finally:
        conn.close()


def index_rows(path: Path) -> dict[str, list[tuple]]:
    with Archive.open(path) as archive:
        return ix.dump(archive.db)


def schedule(path: Path) -> list[dict]:
    with Archive.open(path) as archive:
        return followed(archive)


def delete(path: Path, name: str) -> None:
    files = list((path / ".versiontrack").glob(name + "*"))
    assert files
    for f in files:
        f.unlink()


def test_deleting_the_index_loses_nothing(site, tmp_path):
    path = tmp_path / "archive"
    first = snapshot(path, site, tmp_path, T0)
    assert {o.outcome for o in first.outcomes} == {"new"} and len(first.outcomes) == 3
    index, state, plan = index_rows(path), state_rows(path), schedule(path)
    assert all(row["next_due"] for row in plan)

    delete(path, "index.sqlite")
    r = run_cli("stories", "--archive", path)
    assert r.exit_code == 0 and AP_HEADLINE in r.stdout
    assert index_rows(path) == index
    assert state_rows(path) == state
    assert schedule(path) == plan
    # The schedule survived: five minutes on, nothing is due, nothing is fetched.
    later = snapshot(path, site, tmp_path, T0 + timedelta(minutes=5))
    assert later.outcomes == ()
    assert [site.hits[p] for p in ("/news/one", "/news/two", "/news/pinned")] == [1, 1, 1]


def test_deleting_the_state_only_resets_schedules(site, tmp_path):
    path = tmp_path / "archive"
    snapshot(path, site, tmp_path, T0)
    index = index_rows(path)
    delete(path, "state.sqlite")
    assert index_rows(path) == index  # the archive itself is untouched
    assert schedule(path) == []  # what was due when is gone
    # The next pass starts afresh: every URL is fetched again, nothing is archived twice.
    again = snapshot(path, site, tmp_path, T0 + timedelta(minutes=5))
    assert len(again.outcomes) == 3
    assert {o.outcome for o in again.outcomes} == {"unchanged"}
    assert index_rows(path)["versions"] == index["versions"]
    assert len(schedule(path)) == 3


def test_state_kept_in_an_old_index_moves_to_its_own_file(site, tmp_path):
    path = tmp_path / "archive"
    snapshot(path, site, tmp_path, T0)
    state, plan = state_rows(path), schedule(path)
    assert all(state.values())
    # Make the archive as older versions left it: the snapshot tables inside index.sqlite.
    src = state_path(path)
    conn = sqlite3.connect(path / ".versiontrack" / "index.sqlite")
    conn.execute("ATTACH DATABASE ? AS st", (str(src),))
    for table in STATE_TABLES:
        sql = conn.execute("SELECT sql FROM st.sqlite_master WHERE name = ?", (table,)).fetchone()
        conn.execute(sql[0])
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM st.{table}")
    conn.commit()
    conn.execute("DETACH DATABASE st")
    conn.close()
    delete(path, "state.sqlite")

    assert schedule(path) == plan  # the first open moves the tables over...
    assert state_rows(path) == state
    conn = sqlite3.connect(path / ".versiontrack" / "index.sqlite")
    left = conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'snapshot%'").fetchall()
    conn.close()
    assert left == []  # ...and out of the cache
    with Archive.open(path) as archive:
        archive.reindex()
    assert schedule(path) == plan
    assert snapshot(path, site, tmp_path, T0 + timedelta(minutes=5)).outcomes == ()
