"""The archive's SQLite index: a cache of what git holds, rebuilt from git alone when needed.

Tables owned here: ``index_meta`` (schema version, the git tips the index was built at),
``stories``, ``versions`` (one row per version, with the blob ids of its files) and ``seen``
("seen again at T" records, mirrored from the archive's git notes). Nothing here must survive:
what snapshot passes remember lives in its own file (:mod:`versiontrack.snapshot.state`).
Rebuilding drops and refills only the tables named in :data:`OWN_TABLES`.

Every version row is computed by :func:`version_row` from the bytes of ``article.txt`` and
``meta.json``, both when ingesting and when rebuilding, so a rebuild reproduces the rows exactly.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from versiontrack.models import Article, StoryInfo, Version
from versiontrack.normalize import fold, fold_paragraphs

SCHEMA_VERSION = "1"
def shard(key: str) -> str:
    """The shard folder of a story: the first two hex digits of the key's sha1.

    Sharding keeps every tree git rewrites per commit small: with one flat ``stories/`` folder,
    fast-import fell from ~1,170 to ~120 commits/s between 500 and 10,000 stories; sharded, it
    held ~1,100/s at 10,000.
    """
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:2]


def story_dir(key: str) -> str:
    """The story's folder in the archive: ``stories/<shard>/<key>``."""
    return f"stories/{shard(key)}/{key}"


def split_story_path(path: str) -> tuple[str, str] | None:
    """``(key, file name)`` for a path inside a story folder, else None."""
    parts = path.split("/")
    if len(parts) != 4 or parts[0] != "stories" or parts[1] != shard(parts[2]):
        return None
    return parts[2], parts[3]


OWN_TABLES = ("index_meta", "stories", "versions", "seen", "merges")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    key TEXT PRIMARY KEY, headline TEXT NOT NULL, url TEXT NOT NULL, outlet TEXT NOT NULL,
    versions INTEGER NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    story TEXT NOT NULL, number INTEGER NOT NULL, commit_id TEXT NOT NULL,
    fetched_at TEXT NOT NULL, headline TEXT NOT NULL, words INTEGER NOT NULL,
    paragraphs INTEGER NOT NULL, suspect INTEGER NOT NULL, raw_sha256 TEXT NOT NULL,
    url TEXT NOT NULL, outlet TEXT NOT NULL, byline TEXT NOT NULL, raw_name TEXT NOT NULL,
    article_blob TEXT NOT NULL, meta_blob TEXT NOT NULL, raw_blob TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    PRIMARY KEY (story, number)
);
CREATE INDEX IF NOT EXISTS versions_commit ON versions (commit_id);
CREATE TABLE IF NOT EXISTS seen (
    story TEXT NOT NULL, number INTEGER NOT NULL, fetched_at TEXT NOT NULL,
    PRIMARY KEY (story, number, fetched_at)
);
CREATE TABLE IF NOT EXISTS merges (
    other TEXT PRIMARY KEY, story TEXT NOT NULL, commit_id TEXT NOT NULL
);
"""

VERSION_COLUMNS = (
    "story", "number", "commit_id", "fetched_at", "headline", "words", "paragraphs", "suspect",
    "raw_sha256", "url", "outlet", "byline", "raw_name", "article_blob", "meta_blob", "raw_blob",
    "content_hash",
)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating) the index database with the pragmas the archive relies on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=_BUSY_SECONDS, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(_BUSY_SECONDS * 1000)}")
    _use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


_BUSY_SECONDS = 30.0


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL (it stays switched in the file). The switch needs the file to itself and
    SQLite does not always wait for that with the busy timeout: two ingests opening a new
    index at once could fail with "database is locked". Wait and retry instead."""
    import time

    deadline = time.monotonic() + _BUSY_SECONDS
    pause = 0.005
    while True:
        try:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def ensure_schema(conn: sqlite3.Connection) -> bool:
    """Create missing tables; return False when the stored schema version is another one."""
    _create(conn)
    got = get_meta(conn, "schema")
    return got in (None, SCHEMA_VERSION)


def drop_own_tables(conn: sqlite3.Connection) -> None:
    for table in OWN_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    _create(conn)


def _create(conn: sqlite3.Connection) -> None:
    # Statement by statement: executescript() would commit an open transaction.
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM index_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO index_meta (key, value) VALUES (?, ?)", (key, value))


def content_hash(article: Article) -> str:
    """What dedupe compares: folded headline, folded paragraphs and folded byline.

    A byline change alone counts as a new version (a changed author line is a visible edit).
    Dates, URLs and the extractor's name do not.
    """
    payload = json.dumps(
        [fold(article.headline), list(fold_paragraphs(article.paragraphs)), fold(article.byline)],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def article_from_blobs(article_bytes: bytes, meta: dict[str, Any]) -> Article:
    """Rebuild an Article from ``article.txt`` bytes and the parsed ``meta.json``."""
    return Article.from_text(
        article_bytes.decode("utf-8"),
        byline=meta.get("byline") or "",
        published=meta.get("published"),
        updated=meta.get("updated"),
        url=meta.get("url") or "",
        canonical_url=meta.get("canonical_url") or "",
        outlet=meta.get("outlet") or "",
        language=meta.get("language"),
        extractor=meta.get("extractor") or "",
        meta_title=meta.get("meta_title") or "",
    )


def version_row(
    story: str, number: int, commit_id: str, article_bytes: bytes, meta_bytes: bytes,
    article_blob: str, meta_blob: str, raw_blob: str, chash: str | None = None,
) -> dict[str, Any]:
    """The ``versions`` row of one version, from the exact bytes of its files.

    ``chash`` may pass in the content hash already computed from the same article.
    """
    meta = json.loads(meta_bytes.decode("utf-8"))
    art = article_from_blobs(article_bytes, meta)
    return {
        "story": story, "number": number, "commit_id": commit_id,
        "fetched_at": meta.get("fetched_at") or "",
        "headline": art.headline, "words": art.words, "paragraphs": len(art.paragraphs),
        "suspect": 1 if meta.get("suspect") else 0,
        "raw_sha256": meta.get("raw_sha256") or "",
        # The URL fetched; a page ingested without one is known by its canonical link.
        "url": meta.get("url") or meta.get("canonical_url") or "",
        "outlet": meta.get("outlet") or "", "byline": meta.get("byline") or "",
        "raw_name": meta.get("raw_file") or "",
        "article_blob": article_blob, "meta_blob": meta_blob, "raw_blob": raw_blob,
        "content_hash": chash or content_hash(art),
    }


def insert_versions(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> None:
    cols = ", ".join(VERSION_COLUMNS)
    marks = ", ".join("?" for _ in VERSION_COLUMNS)
    conn.executemany(
        f"INSERT OR REPLACE INTO versions ({cols}) VALUES ({marks})",
        ([row[c] for c in VERSION_COLUMNS] for row in rows),
    )


def insert_seen(conn: sqlite3.Connection, rows: Iterable[tuple[str, int, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO seen (story, number, fetched_at) VALUES (?, ?, ?)", rows
    )


def refresh_stories(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Recompute the ``stories`` rows of ``keys`` from ``versions`` and ``seen``."""
    for key in sorted(set(keys)):
        rows = conn.execute(
            "SELECT number, fetched_at, headline, url, outlet, suspect FROM versions "
            "WHERE story = ? ORDER BY number", (key,),
        ).fetchall()
        if not rows:
            conn.execute("DELETE FROM stories WHERE key = ?", (key,))
            continue
        good = [r for r in rows if not r[5]] or rows
        latest = good[-1]
        times = [r[1] for r in rows]
        seen_max = conn.execute("SELECT MAX(fetched_at) FROM seen WHERE story = ?", (key,))
        extra = seen_max.fetchone()[0]
        if extra:
            times.append(extra)
        conn.execute(
            "INSERT OR REPLACE INTO stories (key, headline, url, outlet, versions, first_seen, "
            "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, latest[2], latest[3], latest[4], len(rows), min(times), max(times)),
        )


def version_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Version:
    """A :class:`Version` from a ``SELECT {VERSION_SELECT}`` row."""
    story, number, commit_id, fetched_at, headline, words, paragraphs, suspect, sha, url = row
    return Version(
        story=story, number=number, commit=commit_id, fetched_at=fetched_at, headline=headline,
        words=words, paragraphs=paragraphs, suspect=bool(suspect), raw_sha256=sha, url=url,
    )


VERSION_SELECT = (
    "story, number, commit_id, fetched_at, headline, words, paragraphs, suspect, raw_sha256, url"
)


def story_from_row(row: tuple[Any, ...]) -> StoryInfo:
    key, headline, url, outlet, versions, first_seen, last_seen = row
    return StoryInfo(
        key=key, headline=headline, url=url, outlet=outlet, versions=versions,
        first_seen=first_seen, last_seen=last_seen,
    )


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a rebuild reproduces, in a stable order (used by tests/verify)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in ("stories", "versions", "seen", "merges"):
        out[table] = sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
    return out


# ---------------------------------------------------------------------------------------------
# Reading the history back out of git
# ---------------------------------------------------------------------------------------------

TRAILER_RE = re.compile(
    r"^(Story|Version|Fetched-At|Source-URL|Suspect|Merge-Story|Into-Story|Split-Story"
    r"|From-Story): ?(.*)$"
)
_RAW_LINE = re.compile(r"^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*\t(.+)$")
_ZERO = "0" * 40


def parse_trailers(message: str) -> dict[str, str]:
    """The trailer block (the message's last paragraph) as a dict."""
    paragraphs = message.strip().split("\n\n")
    out: dict[str, str] = {}
    for line in paragraphs[-1].splitlines():
        m = TRAILER_RE.match(line.strip())
        if m:
            out[m.group(1)] = m.group(2).strip()
    return out


def scan_log(
    log_output: str,
    known_files: Callable[[str], dict[str, str]],
) -> list[tuple[str, str, int, dict[str, str]]]:
    """Parse ``git log --reverse --raw --no-abbrev --format=%x1e%H%x1f%B%x1f`` output.

    Returns ``(commit, story, number, files)`` for each commit carrying Story/Version trailers,
    ``files`` mapping file names in the story folder to blob ids as of that commit; and, in
    their place in history, ``(commit, "", 0, trailers)`` for each merge or split record
    (:mod:`versiontrack.archive.merge`).
    ``known_files(story)`` gives the files of a story before the scanned range.
    """
    state: dict[str, dict[str, str]] = {}
    out: list[tuple[str, str, int, dict[str, str]]] = []
    for chunk in log_output.split("\x1e"):
        if not chunk.strip():
            continue
        commit, message, raw = (chunk.split("\x1f") + ["", ""])[:3]
        changed: dict[str, dict[str, str | None]] = {}
        for line in raw.splitlines():
            m = _RAW_LINE.match(line)
            if not m:
                continue
            blob, status, path = m.groups()
            split = split_story_path(path)
            if split is None:
                continue
            changed.setdefault(split[0], {})[split[1]] = None if status == "D" else blob
        for story, files in changed.items():
            current = state.setdefault(story, dict(known_files(story)))
            for name, blob in files.items():
                if blob is None or blob == _ZERO:
                    current.pop(name, None)
                else:
                    current[name] = blob
        trailers = parse_trailers(message)
        if "Merge-Story" in trailers or "Split-Story" in trailers:
            out.append((commit.strip(), "", 0, trailers))
            continue
        key = trailers.get("Story")
        try:
            number = int(trailers.get("Version", ""))
        except ValueError:
            continue
        if not key:
            continue
        story_files = state.setdefault(key, dict(known_files(key)))
        out.append((commit.strip(), key, number, dict(story_files)))
    return out


def parse_seen_note(text: str) -> list[str]:
    """The fetch times listed in a "seen again" note."""
    out = []
    for line in text.splitlines():
        if line.startswith("Seen-Again:"):
            value = line.split(":", 1)[1].strip()
            if value:
                out.append(value)
    return out


def keys_matching(archive: Path, text: str, limit: int = 200) -> list[str]:
    """Story keys that start with ``text`` (else contain it), read from the index read-only:
    no lock taken, nothing created, [] when there is no readable index. For shell completion,
    which runs on every Tab press."""
    from versiontrack.archive.gitrepo import STATE_DIR

    db = archive / STATE_DIR / "index.sqlite"
    if not db.is_file():
        return []
    like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return []
    try:
        for pattern in (f"{like}%", f"%{like}%"):
            keys = [r[0] for r in conn.execute(
                "SELECT key FROM stories WHERE key LIKE ? ESCAPE '\\' ORDER BY key LIMIT ?",
                (pattern, limit))]
            if keys:
                return keys
        return []
    except sqlite3.Error:
        return []
    finally:
        conn.close()
