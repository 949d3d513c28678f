"""The outbox: events waiting for delivery, kept in the archive's state file.

Tables (in ``state.sqlite``, beside the snapshot tables):

- ``notify_events``: each event once, by its stable id, as JSON;
- ``notify_outbox``: one row per (event, target) with its state: ``pending`` (to send, at
  ``next_try`` or later), ``sending`` (a send has started), ``delivered``, ``in-doubt``;
- ``notify_seen``: per story, the highest version whose events were queued, so a version is
  looked at once however many passes see it.

Exactly once: a row is marked ``sending`` (committed) before the message leaves and
``delivered`` (committed) after the target accepted it (:func:`record`: the second mark rides
in the commit of the next message's first). A pass that dies between the two leaves
the row ``sending``; the next delivery marks it ``in-doubt`` and never sends it again (the
target may well have it: a second copy is the failure the outbox exists to prevent) and the
pass summary counts it. A failed send goes back to ``pending`` with a backoff that doubles
from :data:`FIRST_RETRY` up to :data:`MAX_RETRY`. Targets are stored by
:attr:`~versiontrack.snapshot.watchlist.NotifyTarget.id`, never by URL (URLs may hold
passwords). Delivery runs under the snapshot pass lock, so two deliveries never overlap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from versiontrack.notify.events import Event
from versiontrack.times import iso

if TYPE_CHECKING:
    from versiontrack.snapshot.watchlist import NotifyTarget

FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=6)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS notify_events (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    story TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL           -- Event as JSON
);
CREATE TABLE IF NOT EXISTS notify_outbox (
    event TEXT NOT NULL,
    target TEXT NOT NULL,           -- NotifyTarget.id
    state TEXT NOT NULL,            -- pending | sending | delivered | in-doubt
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try TEXT NOT NULL,
    last_error TEXT,
    delivered_at TEXT,
    PRIMARY KEY (event, target)
);
CREATE INDEX IF NOT EXISTS notify_outbox_state ON notify_outbox (state, next_try);
CREATE TABLE IF NOT EXISTS notify_seen (
    story TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
"""


def ensure_outbox(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)


def backoff(attempts: int) -> timedelta:
    """The wait before the next try after ``attempts`` failed ones (1, 2, 4 ... minutes)."""
    wait: timedelta = FIRST_RETRY * (2 ** max(0, attempts - 1))
    return min(wait, MAX_RETRY)


def seen_versions(conn: sqlite3.Connection, stories: Iterable[str]) -> dict[str, int]:
    """Story -> the highest version whose events were queued, for the stories known here."""
    keys = list(dict.fromkeys(stories))
    out: dict[str, int] = {}
    for i in range(0, len(keys), _IN_BATCH):  # a query per story cost 5 ms a 1,000-page pass
        part = keys[i:i + _IN_BATCH]
        marks = ",".join("?" * len(part))
        for story, version in conn.execute(
                f"SELECT story, version FROM notify_seen WHERE story IN ({marks})", part):
            out[story] = int(version)
    return out


#: Stories asked for in one query (under SQLite's smallest limit on parameters, 999).
_IN_BATCH = 500


def queue(conn: sqlite3.Connection, events: Iterable[tuple[Event, Iterable[str]]],
          seen: dict[str, int], now: datetime) -> int:
    """Add events for their targets and move the stories' seen versions, in one transaction.
    An event already queued for a target is not queued again. Returns the rows added."""
    added = 0
    stamp = iso(now)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for event, targets in events:
            conn.execute("INSERT OR IGNORE INTO notify_events (id, created, story, kind, "
                         "payload) VALUES (?, ?, ?, ?, ?)",
                         (event.id, stamp, event.story, event.kind, event.to_json()))
            for target in targets:
                added += conn.execute(
                    "INSERT OR IGNORE INTO notify_outbox (event, target, state, next_try) "
                    "VALUES (?, ?, 'pending', ?)", (event.id, target, stamp)).rowcount
        for story, version in seen.items():
            conn.execute("INSERT INTO notify_seen (story, version) VALUES (?, ?) "
                         "ON CONFLICT (story) DO UPDATE SET version = "
                         "max(version, excluded.version)", (story, version))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return added


def settle_interrupted(conn: sqlite3.Connection) -> int:
    """Mark sends a dead pass left half done as ``in-doubt``; returns how many."""
    return int(conn.execute("UPDATE notify_outbox SET state = 'in-doubt', "
                            "last_error = 'the pass stopped while sending' "
                            "WHERE state = 'sending'").rowcount)


def due(conn: sqlite3.Connection, target: str, now: datetime) -> list[tuple[Event, int]]:
    """The target's pending events whose next try has come, oldest first, with attempts."""
    rows = conn.execute(
        "SELECT e.payload, o.attempts FROM notify_outbox o JOIN notify_events e "
        "ON e.id = o.event WHERE o.target = ? AND o.state = 'pending' AND o.next_try <= ? "
        "ORDER BY e.created, e.rowid", (target, iso(now))).fetchall()
    return [(Event.from_json(payload), int(n)) for payload, n in rows]


def record(conn: sqlite3.Connection, target: str, now: datetime, *,
           delivered: Sequence[Event] = (), sending: Sequence[Event] = ()) -> None:
    """In one transaction: mark ``delivered`` as delivered and ``sending`` as being sent.

    The sender calls this just before a message leaves, with the messages the target accepted
    since its last call: each message is still marked ``sending`` (committed) before it leaves
    and ``delivered`` only after the target took it, at one commit per message instead of two.
    (A delivery recorded late is one a crash would leave in doubt: never sent twice.)
    """
    if not delivered and not sending:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if delivered:
            conn.executemany("UPDATE notify_outbox SET state = 'delivered', delivered_at = ?, "
                             "attempts = attempts + 1, last_error = NULL "
                             "WHERE event = ? AND target = ?",
                             [(iso(now), e.id, target) for e in delivered])
        if sending:
            conn.executemany("UPDATE notify_outbox SET state = 'sending' "
                             "WHERE event = ? AND target = ?", [(e.id, target) for e in sending])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def mark_failed(conn: sqlite3.Connection, target: str, events: Iterable[tuple[Event, int]],
                now: datetime, error: str) -> None:
    conn.executemany("UPDATE notify_outbox SET state = 'pending', attempts = ?, next_try = ?, "
                     "last_error = ? WHERE event = ? AND target = ?",
                     [(n + 1, iso(now + backoff(n + 1)), error, e.id, target)
                      for e, n in events])


def count(conn: sqlite3.Connection, state: str, targets: Iterable[str] | None = None) -> int:
    if targets is None:
        return int(conn.execute("SELECT count(*) FROM notify_outbox WHERE state = ?",
                                (state,)).fetchone()[0])
    ids = list(targets)
    if not ids:
        return 0
    marks = ",".join("?" * len(ids))
    return int(conn.execute(f"SELECT count(*) FROM notify_outbox WHERE state = ? "
                            f"AND target IN ({marks})", (state, *ids)).fetchone()[0])


def outbox_status(archive_path: Path, targets: Sequence[NotifyTarget]) -> list[dict[str, Any]]:
    """Per target: messages delivered, pending, in doubt, and the last delivery error."""
    from versiontrack.snapshot.state import open_state, state_path

    out = []
    conn = open_state(archive_path) if state_path(archive_path).exists() else None
    try:
        if conn is not None:
            ensure_outbox(conn)
        for t in targets:
            counts = {"delivered": 0, "pending": 0, "in-doubt": 0, "sending": 0}
            error = None
            if conn is not None:
                for state, n in conn.execute("SELECT state, count(*) FROM notify_outbox "
                                             "WHERE target = ? GROUP BY state", (t.id,)):
                    counts[state] = n
                row = conn.execute("SELECT last_error FROM notify_outbox WHERE target = ? AND "
                                   "last_error IS NOT NULL ORDER BY next_try DESC LIMIT 1",
                                   (t.id,)).fetchone()
                error = row[0] if row else None
            out.append({"target": t.label, "delivered": counts["delivered"],
                        "pending": counts["pending"],
                        "in_doubt": counts["in-doubt"] + counts["sending"],
                        "last_error": error})
    finally:
        if conn is not None:
            conn.close()
    return out
