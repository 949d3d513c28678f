"""The NewsEdits research corpus: per-outlet SQLite files of article versions.

Each file has a table ``entryversion`` (``id``, ``entry_id``, ``version``, ``created``,
``title``, ``url``, ``num_versions``, ``summary``), the text in ``summary`` with paragraphs
separated by ``</p><p>``. :class:`NewsEdits` streams its rows in (entry_id, version) order with
one cursor, so a file of millions of versions is read in bounded memory, and each row becomes a
text-only :class:`~versiontrack.archive.plan.IngestItem` (no raw page) fetched at ``created``.
One story per entry_id: its key comes from the URL of the entry's first version, so a later
change of address stays in the same story. A ``.gz`` file is unpacked to a temporary file first
(SQLite reads only plain files).
"""

from __future__ import annotations

import gzip
import hashlib
import html
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Self

from versiontrack.archive.plan import IngestItem
from versiontrack.errors import InputError, StoryKeyError
from versiontrack.identity import normalize_url, outlet_from_url, story_key
from versiontrack.models import Article, Skipped

REQUIRED = ("entry_id", "version", "created", "title", "url", "summary")
EXTRACTOR = "newsedits (text only)"
_SPLIT = re.compile(r"</p>\s*<p[^>]*>", re.IGNORECASE)
_EDGE = re.compile(r"\A\s*<p[^>]*>|</p>\s*\Z", re.IGNORECASE)


def paragraphs_of(summary: str) -> tuple[str, ...]:
    """The paragraphs of a NewsEdits ``summary``."""
    text = _EDGE.sub("", summary or "")
    return tuple(p for p in (" ".join(html.unescape(x).split()) for x in _SPLIT.split(text)) if p)


class NewsEdits:
    """One NewsEdits file, opened read-only. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._tmp: Path | None = None
        if not self.path.is_file():
            raise InputError(f"{path}: no such file")
        db = self.path
        with open(self.path, "rb") as f:
            head = f.read(1 << 20)
        self.fingerprint = hashlib.sha256(head).hexdigest()[:16]
        if head.startswith(b"\x1f\x8b"):
            fd, tmp = tempfile.mkstemp(suffix=".db", prefix="versiontrack-newsedits-")
            self._tmp = db = Path(tmp)
            try:
                with gzip.open(self.path, "rb") as src, open(fd, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            except (OSError, EOFError) as exc:
                self.close()
                raise InputError(f"{path}: cannot unpack: {exc}") from None
        try:
            self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            cols = {r[1] for r in self.conn.execute("PRAGMA table_info(entryversion)")}
        except sqlite3.DatabaseError as exc:
            self.close()
            raise InputError(f"{path}: not a NewsEdits file (not SQLite: {exc})") from None
        if not cols:
            self.close()
            raise InputError(f"{path}: not a NewsEdits file (no table entryversion)")
        missing = [c for c in REQUIRED if c not in cols]
        if missing:
            self.close()
            raise InputError(f"{path}: not a NewsEdits file (table entryversion has no "
                             f"column {', '.join(missing)})")

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
            self.conn = None  # type: ignore[assignment]
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def records(self, after: str | None = None) -> Iterator[tuple[str, IngestItem | Skipped]]:
        """``("<entry_id> <version>", item or why not)`` for each row after the cursor
        ``after`` (as an earlier call's refs gave it), in (entry_id, version) order."""
        where: str = ""
        args: tuple[int, ...] = ()
        if after:
            try:
                e, v = (int(x) for x in after.split())
            except ValueError:
                raise InputError(f"bad resume cursor {after!r}") from None
            where = "WHERE entry_id > ? OR (entry_id = ? AND version > ?)"
            args = (e, e, v)
        rows = self.conn.execute(
            "SELECT entry_id, version, created, title, url, summary FROM entryversion "
            f"{where} ORDER BY entry_id, version", args)
        entry: object = None
        key = ""
        for entry_id, version, created, title, url, summary in rows:
            ref = f"{entry_id} {version}"
            where_ = f"entry {entry_id} version {version}"
            if entry_id != entry:
                entry = entry_id
                first = url
                if after and version and str(entry_id) == after.split()[0]:
                    # Resumed inside an entry: its key still comes from its first version.
                    row = self.conn.execute(
                        "SELECT url FROM entryversion WHERE entry_id = ? ORDER BY version "
                        "LIMIT 1", (entry_id,)).fetchone()
                    first = row[0] if row else url
                try:
                    key = story_key(str(first or ""))
                except (StoryKeyError, ValueError):
                    key = ""
            if not key:
                yield ref, Skipped("no usable URL", where_, str(url)[:120])
                continue
            page_url = str(url or first)
            article = Article(
                headline=" ".join(str(title or "").split()),
                paragraphs=paragraphs_of(str(summary or "")), url=page_url,
                canonical_url=normalize_url(page_url), outlet=outlet_from_url(page_url),
                extractor=EXTRACTOR)
            yield ref, IngestItem(article, None, str(created or ""), key, page_url)
