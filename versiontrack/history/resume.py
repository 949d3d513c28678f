"""What imports have done, so a killed one picks up where it stopped.

Kept in the archive's state file (``.versiontrack/state.sqlite``, beside what snapshot passes
remember), in two tables: ``history_done`` holds each Wayback capture already dealt with
(archived, found unchanged, or skipped for good), ``history_cursor`` the last NewsEdits row
committed per file. Both are written only after the batch they describe is in git, so a kill
between the commit and this note only makes the rerun meet those captures again, and the
archive's dedupe (same story, fetch time and content) turns them into no-ops.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from versiontrack.archive.index import connect
from versiontrack.snapshot.state import state_path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS history_done (
    source TEXT NOT NULL,          -- e.g. "wayback https://web.archive.org/cdx/search/cdx"
    ref TEXT NOT NULL,             -- the capture: "<timestamp> <digest> <original URL>"
    PRIMARY KEY (source, ref)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS history_cursor (
    source TEXT PRIMARY KEY,       -- e.g. "newsedits <sha256 of the file's first MB>"
    cursor TEXT NOT NULL           -- where to go on from
);
"""


class ImportLog:
    """The resume records of one archive. Use as a context manager."""

    def __init__(self, archive_path: Path) -> None:
        self.conn: sqlite3.Connection = connect(state_path(archive_path))
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def done(self, source: str) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT ref FROM history_done WHERE source = ?", (source,))}

    def mark_done(self, source: str, refs: Iterable[str]) -> None:
        rows = [(source, r) for r in refs if r]
        if rows:
            with self.conn:
                self.conn.execute("BEGIN")
                self.conn.executemany(
                    "INSERT OR IGNORE INTO history_done (source, ref) VALUES (?, ?)", rows)

    def cursor(self, source: str) -> str | None:
        row = self.conn.execute(
            "SELECT cursor FROM history_cursor WHERE source = ?", (source,)).fetchone()
        return row[0] if row else None

    def set_cursor(self, source: str, cursor: str) -> None:
        self.conn.execute(
            "INSERT INTO history_cursor (source, cursor) VALUES (?, ?) "
            "ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor", (source, cursor))
