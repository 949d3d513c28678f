"""What snapshot passes remember between runs: ``<archive>/.versiontrack/state.sqlite``.

This file is *state*: unlike the index beside it (``index.sqlite``, a cache that git rebuilds),
nothing else holds what it records. Deleting it only resets the schedule: the next pass
follows every watchlist entry afresh. Its tables:

- ``snapshot_urls``: every URL followed, with its validators, last check, next due time and
  failure count;
- ``snapshot_sources``: per watchlist entry, the feed's validators and failures and the
  extraction health (a streak of suspect or failed extractions marks a source degraded);
- ``snapshot_runs``: one summary row per pass.

:class:`WatchState` reads and writes them for one pass at one clock time. Times are stored as
:func:`~versiontrack.times.iso` text, so ``next_due <= now`` compares correctly in SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from versiontrack.archive.gitrepo import STATE_DIR
from versiontrack.archive.index import connect
from versiontrack.errors import ConfigError
from versiontrack.identity import normalize_url
from versiontrack.snapshot.outcomes import FeedOutcome, PassReport, SourceHealth, UrlOutcome
from versiontrack.snapshot.schedule import born, next_check
from versiontrack.snapshot.watchlist import Defaults, Source
from versiontrack.times import iso, utcnow

if TYPE_CHECKING:
    from collections.abc import Iterator

    from versiontrack.archive.store import Archive
    from versiontrack.snapshot.fetch import FetchResult

#: Consecutive suspect or failed extractions after which a source is reported as degraded.
DEGRADED_AFTER = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS snapshot_urls (
    url TEXT PRIMARY KEY,          -- identity.normalize_url of the address
    fetch_url TEXT NOT NULL,       -- the address as the feed or watchlist gave it
    source TEXT NOT NULL,          -- the watchlist entry (feed or url) it came from
    outlet TEXT NOT NULL DEFAULT '',
    story TEXT,                    -- archive story key, once a version was ingested
    title TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL,
    published TEXT,
    last_checked TEXT,
    next_due TEXT,                 -- NULL: no longer followed
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    last_outcome TEXT,
    last_reason TEXT
);
CREATE INDEX IF NOT EXISTS snapshot_urls_due ON snapshot_urls (next_due);
CREATE TABLE IF NOT EXISTS snapshot_sources (
    source TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    outlet TEXT NOT NULL DEFAULT '',
    etag TEXT,
    last_modified TEXT,
    last_checked TEXT,
    feed_failures INTEGER NOT NULL DEFAULT 0,
    last_feed_reason TEXT,
    extract_streak INTEGER NOT NULL DEFAULT 0,  -- consecutive suspect/failed extractions
    checked_total INTEGER NOT NULL DEFAULT 0,
    suspect_total INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS snapshot_runs (
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    summary TEXT NOT NULL
);
"""

#: Outcomes after which the fetch's validators (ETag, Last-Modified) are kept for next time.
_VALIDATED = ("new", "unchanged", "not-modified", "suspect")


#: The state file's name, beside the index in the archive's ``.versiontrack/`` folder.
STATE_FILE = "state.sqlite"
_TABLES = ("snapshot_urls", "snapshot_sources", "snapshot_runs")


def state_path(archive_path: Path) -> Path:
    return Path(archive_path) / STATE_DIR / STATE_FILE


def ensure_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)


def open_state(archive_path: Path) -> sqlite3.Connection:
    """A connection to the archive's state file, its tables created.

    Archives made before the state had its own file kept these tables in ``index.sqlite``:
    the first open moves them here (and drops them there), so ``reindex`` or deleting the
    index can never lose them.
    """
    conn = connect(state_path(archive_path))
    try:
        ensure_schema(conn)
        _move_from_index(conn, Path(archive_path) / STATE_DIR / "index.sqlite")
    except BaseException:
        conn.close()
        raise
    return conn


def _move_from_index(conn: sqlite3.Connection, index_path: Path) -> None:
    if not index_path.exists():
        return
    conn.execute("ATTACH DATABASE ? AS old", (str(index_path),))
    try:
        old = {r[0] for r in conn.execute(
            "SELECT name FROM old.sqlite_master WHERE type = 'table'")} & set(_TABLES)
        if not old:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in _TABLES:
                if table not in old:
                    continue
                if table == "snapshot_runs" and conn.execute(
                        "SELECT 1 FROM main.snapshot_runs LIMIT 1").fetchone():
                    continue  # moved already (a crash between the two files' commits)
                new_cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
                old_cols = {r[1] for r in conn.execute(f"PRAGMA old.table_info({table})")}
                cols = ", ".join(c for c in new_cols if c in old_cols)
                conn.execute(f"INSERT OR IGNORE INTO main.{table} ({cols}) "
                             f"SELECT {cols} FROM old.{table}")
            for table in sorted(old):
                conn.execute(f"DROP TABLE old.{table}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE old")


@contextmanager
def transaction(conn: sqlite3.Connection, name: str = "snapshot_tx") -> Iterator[None]:
    """A transaction that also nests (SAVEPOINT), so a dry run can wrap the whole pass."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


@contextmanager
def rolled_back(conn: sqlite3.Connection, name: str = "snapshot_dry_run") -> Iterator[None]:
    """Everything written inside is undone on the way out, however it ends (a dry run)."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    finally:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")


@dataclass(frozen=True)
class UrlRow:
    """One followed URL as a pass loads it to check it."""

    url: str
    fetch_url: str
    source: str
    outlet: str
    story: str | None
    first_seen: str
    published: str | None
    etag: str | None
    last_modified: str | None
    failures: int


_ROW_COLS = ("url, fetch_url, source, outlet, story, first_seen, published, etag, "
             "last_modified, failures")


class WatchState:
    """The snapshot tables as one pass sees them: its connection, its clock, its sources."""

    def __init__(self, conn: sqlite3.Connection, now: datetime,
                 sources: Mapping[str, Source]) -> None:
        self.conn = conn
        self.now_dt = now
        self.now = iso(now)
        self.sources = sources

    # -------------------------------------------------------------------------- URLs

    def register(self, url: str, source: Source, title: str = "",
                 published: str | None = None, *, pinned: bool = False,
                 live: tuple[str, ...] = ()) -> bool:
        """Start following ``url``; True when it is new.

        An already known URL is handed to ``source`` when ``pinned`` (a [[urls]] entry wins)
        or when its old source is no longer in the watchlist (``live``), so removing one feed
        does not orphan articles another feed still lists.
        """
        key = normalize_url(url) or url
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO snapshot_urls (url, fetch_url, source, outlet, title, "
            "first_seen, published, next_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, url, source.url, source.outlet, title, self.now, published, self.now))
        if cur.rowcount:
            return True
        if pinned:
            self.conn.execute("UPDATE snapshot_urls SET source = ?, outlet = ? WHERE url = ?",
                              (source.url, source.outlet, key))
        elif live:
            marks = ",".join("?" * len(live))
            self.conn.execute(
                f"UPDATE snapshot_urls SET source = ?, outlet = ? WHERE url = ? "
                f"AND source NOT IN ({marks})", (source.url, source.outlet, key, *live))
        return False

    def due(self, recheck: tuple[str, ...] | None = None) -> list[UrlRow]:
        """The URLs of live sources whose next check is now or earlier, oldest due first.

        ``recheck``: check now without faking the clock; ``()`` takes every URL still followed,
        named URLs take those URLs (and a feed's URL, every article it listed), followed or not.
        ConfigError names a URL that nothing in the state follows.
        """
        if recheck is None:
            rows = self.conn.execute(
                f"SELECT {_ROW_COLS} FROM snapshot_urls WHERE next_due IS NOT NULL "
                "AND next_due <= ? ORDER BY next_due, url", (self.now,)).fetchall()
        elif not recheck:
            rows = self.conn.execute(
                f"SELECT {_ROW_COLS} FROM snapshot_urls WHERE next_due IS NOT NULL "
                "ORDER BY next_due, url").fetchall()
        else:
            rows = []
            for url in recheck:
                got = self.conn.execute(
                    f"SELECT {_ROW_COLS} FROM snapshot_urls WHERE url = ? OR fetch_url = ? "
                    "OR source = ? ORDER BY next_due, url",
                    (normalize_url(url) or url, url, url)).fetchall()
                if not got:
                    raise ConfigError(f"--recheck: {url} is not followed (add it with "
                                      "'versiontrack watch add', then run a pass)")
                rows += [r for r in got if r not in rows]
        return [r for r in (UrlRow(*row) for row in rows) if self._live(r)]

    def _live(self, row: UrlRow) -> bool:
        """The row's source is in the watchlist, and the row is not that feed's own address (a
        URL once followed as an article and now listed as a feed is read as a feed only)."""
        src = self.sources.get(row.source)
        if src is None:
            return False
        return src.kind != "feed" or row.url != (normalize_url(src.url) or src.url)

    def next_due(self) -> str | None:
        """The earliest next check of a live source's URL, None when nothing is followed."""
        for url, source, due in self.conn.execute(
                "SELECT url, source, next_due FROM snapshot_urls WHERE next_due IS NOT NULL "
                "ORDER BY next_due"):
            src = self.sources.get(source)
            if src is not None and (src.kind != "feed" or url != (normalize_url(src.url)
                                                                  or src.url)):
                return str(due)
        return None

    def save_checks(self, due: list[UrlRow], results: Mapping[str, UrlOutcome],
                    fetched: Mapping[str, FetchResult], defaults: Defaults,
                    bad: set[str]) -> None:
        """Record each checked URL's outcome, validators and next due time, then the health of
        the sources they came from; ``bad`` holds the URLs whose extraction looked broken."""
        health: dict[str, list[str]] = {}
        with transaction(self.conn):
            for row in due:
                out = results[row.url]
                src = self.sources[row.source]
                failures = row.failures + 1 if out.outcome == "failed" else 0
                res = fetched.get(row.url)
                nxt = next_check(self.now_dt, born(row.first_seen, row.published),
                                 defaults.recheck, src.follow_days or defaults.follow_days,
                                 failures, res.retry_after if res is not None else None)
                etag, lm = row.etag, row.last_modified
                if res is not None and out.outcome in _VALIDATED:
                    etag, lm = res.etag, res.last_modified
                self.conn.execute(
                    "UPDATE snapshot_urls SET story = ?, last_checked = ?, next_due = ?, "
                    "etag = ?, last_modified = ?, failures = ?, last_outcome = ?, "
                    "last_reason = ? WHERE url = ?",
                    (out.story or row.story, self.now, None if nxt is None else iso(nxt), etag, lm,
                     failures, out.outcome, out.reason or None, row.url))
                health.setdefault(row.source, []).append(
                    "bad" if row.url in bad else out.outcome)
            for source, labels in health.items():
                self._save_health(source, labels)

    # -------------------------------------------------------------------------- sources

    def _save_health(self, source: str, labels: list[str]) -> None:
        """Lengthen the source's streak for each ``bad`` label; a good capture (``new`` or
        ``unchanged``) ends it. Fetch failures and 304s leave it as it was."""
        src = self.sources[source]
        self.conn.execute("INSERT OR IGNORE INTO snapshot_sources (source, kind, outlet) "
                          "VALUES (?, ?, ?)", (source, src.kind, src.outlet))
        streak = self.conn.execute("SELECT extract_streak FROM snapshot_sources "
                                   "WHERE source = ?", (source,)).fetchone()[0]
        bad = 0
        for label in labels:
            if label == "bad":
                streak += 1
                bad += 1
            elif label in ("new", "unchanged"):
                streak = 0
        self.conn.execute("UPDATE snapshot_sources SET extract_streak = ?, outlet = ?, "
                          "checked_total = checked_total + ?, "
                          "suspect_total = suspect_total + ? WHERE source = ?",
                          (streak, src.outlet, len(labels), bad, source))

    def feed_validators(self) -> dict[str, tuple[str | None, str | None]]:
        """Feed URL -> (ETag, Last-Modified) from its last good read."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute(
            "SELECT source, etag, last_modified FROM snapshot_sources WHERE kind = 'feed'")}

    def save_feed(self, src: Source, outcome: FeedOutcome, etag: str | None,
                  last_modified: str | None) -> None:
        """A failed read counts one more feed failure; any other resets it and keeps the
        validators."""
        self.conn.execute("INSERT OR IGNORE INTO snapshot_sources (source, kind, outlet) "
                          "VALUES (?, 'feed', ?)", (src.url, src.outlet))
        if outcome.outcome == "failed":
            self.conn.execute(
                "UPDATE snapshot_sources SET last_checked = ?, outlet = ?, "
                "feed_failures = feed_failures + 1, last_feed_reason = ? "
                "WHERE source = ?", (self.now, src.outlet, outcome.reason, src.url))
        else:
            self.conn.execute(
                "UPDATE snapshot_sources SET last_checked = ?, outlet = ?, etag = ?, "
                "last_modified = ?, feed_failures = 0, last_feed_reason = NULL "
                "WHERE source = ?", (self.now, src.outlet, etag, last_modified, src.url))

    def degraded(self) -> tuple[SourceHealth, ...]:
        """Live sources with :data:`DEGRADED_AFTER` bad extractions or feed reads in a row."""
        out = []
        for source, outlet, streak, feed_failures, reason in self.conn.execute(
                "SELECT source, outlet, extract_streak, feed_failures, last_feed_reason "
                "FROM snapshot_sources ORDER BY source"):
            if source not in self.sources:
                continue
            if streak >= DEGRADED_AFTER:
                out.append(SourceHealth(source, outlet, f"{streak} suspect or failed "
                                        "extractions in a row"))
            elif feed_failures >= DEGRADED_AFTER:
                out.append(SourceHealth(source, outlet, f"feed failed {feed_failures} passes "
                                        f"in a row ({reason})"))
        return tuple(out)

    # -------------------------------------------------------------------------- runs

    def save_run(self, outcomes: tuple[UrlOutcome, ...],
                 feeds: tuple[FeedOutcome, ...]) -> None:
        rep = PassReport(self.now, False, outcomes, feeds, ())
        self.conn.execute("INSERT INTO snapshot_runs (started_at, finished_at, summary) "
                          "VALUES (?, ?, ?)",
                          (self.now, iso(utcnow()), json.dumps(rep.counts())))


def forget_source(archive_path: Path, source: str) -> int:
    """Remove every trace passes keep of the watchlist entry ``source``: the URLs it brought
    (and, for an article entry, its own row), its validators, failures and health. Returns the
    number of URLs forgotten. What is archived stays. A missing state file has nothing to
    forget."""
    if not state_path(archive_path).exists():
        return 0
    conn = open_state(archive_path)
    try:
        with transaction(conn):
            n = conn.execute("DELETE FROM snapshot_urls WHERE source = ? OR url = ?",
                             (source, normalize_url(source) or source)).rowcount
            conn.execute("DELETE FROM snapshot_sources WHERE source = ?", (source,))
        return int(n)
    finally:
        conn.close()


def followed(archive: Archive) -> list[dict[str, Any]]:
    """The scheduling state of every URL followed (for scripts, tests and debugging)."""
    conn = open_state(archive.path)
    try:
        return followed_rows(conn)
    finally:
        conn.close()


def followed_rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    cols = ("url", "fetch_url", "source", "outlet", "story", "first_seen", "published",
            "last_checked", "next_due", "failures", "last_outcome", "last_reason")
    return [dict(zip(cols, r, strict=True)) for r in conn.execute(
        f"SELECT {', '.join(cols)} FROM snapshot_urls ORDER BY first_seen, url")]
