"""What an ingest batch is made of, and the plan of the commits it becomes.

:class:`IngestItem` and :class:`IngestResult` are what callers hand to and get back from
:meth:`versiontrack.archive.store.Archive.ingest_many`; :func:`normalize_time` and
:func:`resolve_key` check their fetch times and story keys (with
:func:`versiontrack.identity.validate_key`, the one key validator). :func:`plan` decides, item by
item against the index, whether a page is a new version, a suspect one, unchanged, or rejected (the
dedupe and suspect rules, described in :mod:`versiontrack.archive.store`, are applied here and
nowhere else), and builds each new version's files, index row and commit message; :func:`seen_notes`
gives the notes that record unchanged fetches. Nothing here writes to git or to the index.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from versiontrack._version import __version__
from versiontrack.archive import index as ix
from versiontrack.archive.aliases import remember, same_story
from versiontrack.archive.gitrepo import blob_id
from versiontrack.errors import InputError
from versiontrack.extract.reader import page_format
from versiontrack.identity import story_key, validate_key
from versiontrack.models import Article, Version
from versiontrack.times import iso, now_iso, parse_utc

#: Why a page with no text is refused when its story is new (a known story keeps it as suspect).
NO_TEXT_NEW_STORY = "no article text found in the page (nothing archived: the story is new)"


@dataclass(frozen=True)
class IngestItem:
    """One page to archive: its extracted article, raw bytes and fetch time."""

    article: Article
    raw: bytes | None
    fetched_at: str
    story: str | None = None
    source_url: str = ""
    raw_name: str = ""  # "raw.html" or "raw.txt"; guessed from the bytes when empty
    # The HTTP response the raw page came with (kept in meta.json so a WARC export is faithful)
    http_status: int = 0
    http_headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class IngestResult:
    """What happened to one item: a new (or suspect) version, unchanged content, or (when the
    caller collects problems) a rejected item and the reason."""

    story: str
    status: str  # "new" | "unchanged" | "suspect" | "rejected"
    version: Version | None
    number: int  # the number of the version that is now the story's latest
    # Set when a new version was fetched before the story's latest version: it takes its
    # place in time (views number versions by fetch time), so later versions move up one.
    warning: str = ""
    reason: str = ""  # why a "rejected" item was not archived

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story, "status": self.status, "number": self.number,
            "version": self.version.to_dict() if self.version else None,
            "warning": self.warning or None,
        }


def normalize_time(value: str) -> str:
    """ISO 8601 -> ``YYYY-MM-DDTHH:MM:SS+00:00`` (UTC; naive times are taken as UTC)."""
    # RFC 3339 allows a lower-case "z"; fromisoformat takes only "Z".
    dt = parse_utc((value or "").replace("z", "Z"))
    if dt is None:
        raise InputError(f"not an ISO 8601 time: {value!r}")
    if dt.year < 1971:
        raise InputError(f"fetch time before 1971 is not supported: {value!r}")
    return iso(dt)


def now_utc() -> str:
    return now_iso()


def resolve_key(article: Article, story: str | None = None, source_url: str = "") -> str:
    """The story key for an article: ``story`` if given, else derived from its canonical URL."""
    if story:
        return validate_key(story)
    url = article.canonical_url or source_url or article.url
    if not url:
        raise InputError("no URL to derive a story key from: give --url or --story")
    return validate_key(story_key(url))


def _guess_raw_name(raw: bytes, article: Article) -> str:
    if article.extractor.startswith("text"):
        return "raw.txt"
    return f"raw.{'html' if page_format(raw) == 'html' else 'txt'}"


@dataclass
class Plan:
    """One commit to write (or a seen-again record when ``files`` is None)."""

    item: int
    story: str
    number: int
    fetched_at: str
    status: str
    message: bytes = b""
    files: list[tuple[str, bytes | None]] | None = None  # (name, data), None data = delete
    row: dict[str, Any] | None = None
    mark: int = 0
    record: bool = True  # False: this exact fetch is already archived; write nothing
    warning: str = ""  # IngestResult.warning
    reason: str = ""  # IngestResult.reason (status "rejected")


def plan(
    db: sqlite3.Connection, items: Iterable[IngestItem], latest_commit: dict[str, str],
    collect: bool = False,
) -> Iterator[Plan]:
    """The plan of each item, in order, yielded as soon as it is made (so git can start).

    ``latest_commit`` receives the latest commit of each story already in the archive. An
    invalid item (a bad key or fetch time, a bad raw file name, a new story with no text)
    raises InputError, or with ``collect`` becomes a "rejected" plan carrying the reason.
    """
    # per-story state during the batch: (highest number, content hash of the latest version
    # in time, last good words, raw name, fetch time of the latest version in time, its number)
    state: dict[str, tuple[int, str, int, str, str, int]] = {}
    batch_seen: dict[tuple[str, str, str], int] = {}
    batch_new: dict[str, list[tuple[str, str, int]]] = {}  # story -> (fetched, hash, number)
    marks: dict[str, dict[str, str]] = {}  # same_story's cache for this batch
    for i, item in enumerate(items):
        try:
            yield from _plan_item(i, item, db, latest_commit, state, batch_seen, batch_new,
                                  marks)
        except InputError as exc:
            if not collect:
                raise
            yield Plan(i, item.story or "", 0, "", "rejected", record=False,
                       reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def _plan_item(
    i: int, item: IngestItem, db: sqlite3.Connection, latest_commit: dict[str, str],
    state: dict[str, tuple[int, str, int, str, str, int]],
    batch_seen: dict[tuple[str, str, str], int], batch_new: dict[str, list[tuple[str, str, int]]],
    marks: dict[str, dict[str, str]],
) -> Iterator[Plan]:
    key = resolve_key(item.article, item.story, item.source_url)
    # A merged-away key, or a new key for an article the archive holds under another URL.
    key, joined = same_story(db, key, item.article, item.source_url, marks,
                             derived=not item.story)
    fetched = normalize_time(item.fetched_at)
    if key not in state:
        state[key] = _story_state(db, key, latest_commit)
    number, last_hash, good_words, last_raw, last_fetched, last_number = state[key]
    art = Article.from_text(
        item.article.to_text(), byline=" ".join(item.article.byline.split()),
        published=item.article.published, updated=item.article.updated,
        url=item.source_url or item.article.url,
        canonical_url=item.article.canonical_url, outlet=item.article.outlet,
        language=item.article.language, extractor=item.article.extractor,
        meta_title=item.article.meta_title,
    )
    chash = ix.content_hash(art)
    again = batch_seen.get((key, fetched, chash)) or _archived(db, key, fetched, chash)
    if again:
        # The same capture ingested again (a batch re-run after a crash, demo run twice):
        # nothing to record, and never a new version; it is the version it was archived as.
        yield Plan(i, key, again, fetched, "unchanged", record=False)
        return
    older = bool(number) and fetched < last_fetched  # UTC ISO texts: text order is time order
    if older:
        # An older capture arriving late is compared with the version before it in time (it
        # takes its place there), not with the latest one.
        before = _before_in_time(db, key, fetched, batch_new.get(key, ()))
        if before is not None and before[1] == chash:
            yield Plan(i, key, before[0], fetched, "unchanged", warning=joined)
            batch_seen[(key, fetched, chash)] = before[0]
            return
    elif number and chash == last_hash:
        yield Plan(i, key, last_number, fetched, "unchanged", warning=joined)
        batch_seen[(key, fetched, chash)] = last_number
        return
    reason = ""
    words = art.words
    if words == 0:
        if not number:
            raise InputError(NO_TEXT_NEW_STORY)
        reason = "no article text extracted"
    elif good_words and words * 2 < good_words:
        reason = f"{words} words, under half of the last good version's {good_words}"
    number += 1
    raw = item.raw if item.raw is not None else None
    raw_name = ""
    if raw is not None:
        raw_name = item.raw_name or _guess_raw_name(raw, art)
        if raw_name not in ("raw.html", "raw.txt"):
            raise InputError(f"raw file name must be raw.html or raw.txt, not {raw_name}")
    meta = {
        "story": key, "version": number, "url": art.url,
        "canonical_url": art.canonical_url, "outlet": art.outlet, "byline": art.byline,
        "published": art.published, "updated": art.updated, "language": art.language,
        "fetched_at": fetched, "extractor": art.extractor,
        "raw_file": raw_name or None,
        "raw_sha256": hashlib.sha256(raw).hexdigest() if raw is not None else "",
        "raw_bytes": len(raw) if raw is not None else 0,
        "suspect": bool(reason), "suspect_reason": reason or None,
        "archiver": f"versiontrack {__version__}",
    }
    if art.meta_title:
        meta["meta_title"] = art.meta_title
    if item.http_headers:
        meta["http_status"] = item.http_status or None
        meta["http_headers"] = [list(pair) for pair in item.http_headers]
    meta_bytes = (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode()
    article_bytes = art.to_text().encode("utf-8")
    files: list[tuple[str, bytes | None]] = [
        ("article.txt", article_bytes), ("meta.json", meta_bytes),
    ]
    if raw is not None:
        files.append((raw_name, raw))
    if last_raw and last_raw != raw_name:
        files.append((last_raw, None))
    row = ix.version_row(
        key, number, "", article_bytes, meta_bytes, blob_id(article_bytes),
        blob_id(meta_bytes), blob_id(raw) if raw is not None else "", chash,
    )
    status = "suspect" if reason else "new"
    message = _message(key, number, art, words, fetched, item.source_url or art.url,
                       reason)
    warning = joined
    if older:
        warning = (f"fetched at {fetched}, before the latest version ({last_fetched}): it "
                   "takes its place in time, and the versions after it are numbered one up"
                   ) + (f"; {joined}" if joined else "")
    yield Plan(i, key, number, fetched, status, message, files, row, warning=warning)
    remember(marks, key, (art.canonical_url, art.url))
    good = good_words if reason else words
    state[key] = ((number, last_hash, good, raw_name, last_fetched, last_number) if older else
                  (number, chash, good, raw_name, fetched, number))
    batch_new.setdefault(key, []).append((fetched, chash, number))
    batch_seen[(key, fetched, chash)] = number


def _archived(db: sqlite3.Connection, key: str, fetched: str, chash: str) -> int | None:
    """The number of the version of ``key`` this capture (same content, same fetch time)
    already is or was recorded as a sighting of; None when it is not archived."""
    row = db.execute(
        "SELECT number FROM versions WHERE story = ? AND fetched_at = ? AND content_hash = ? "
        "UNION ALL SELECT v.number FROM seen s JOIN versions v ON v.story = s.story AND "
        "v.number = s.number WHERE s.story = ? AND s.fetched_at = ? AND v.content_hash = ? "
        "LIMIT 1", (key, fetched, chash, key, fetched, chash),
    ).fetchone()
    return int(row[0]) if row else None


def _before_in_time(
    db: sqlite3.Connection, key: str, fetched: str, in_batch: Iterable[tuple[str, str, int]],
) -> tuple[int, str] | None:
    """(number, content hash) of the story's version fetched last at or before ``fetched``."""
    row = db.execute(
        "SELECT fetched_at, content_hash, number FROM versions WHERE story = ? AND "
        "fetched_at <= ? ORDER BY fetched_at DESC, number DESC LIMIT 1", (key, fetched),
    ).fetchone()
    found = [tuple(row)] if row else []
    found += [v for v in in_batch if v[0] <= fetched]
    if not found:
        return None
    _, chash, number = max(found, key=lambda v: (v[0], v[2]))
    return number, chash


def _story_state(
    db: sqlite3.Connection, key: str, latest_commit: dict[str, str]
) -> tuple[int, str, int, str, str, int]:
    row = db.execute(
        "SELECT number, content_hash, raw_name, commit_id, fetched_at FROM versions "
        "WHERE story = ? ORDER BY number DESC LIMIT 1", (key,),
    ).fetchone()
    if not row:
        return 0, "", 0, "", "", 0
    latest_commit[key] = row[3]
    # Dedupe compares with the latest version in time (an older capture may be archived last).
    in_time = db.execute(
        "SELECT number, content_hash, fetched_at FROM versions WHERE story = ? "
        "ORDER BY fetched_at DESC, number DESC LIMIT 1", (key,),
    ).fetchone()
    good = db.execute(
        "SELECT words FROM versions WHERE story = ? AND suspect = 0 ORDER BY number DESC "
        "LIMIT 1", (key,),
    ).fetchone()
    return row[0], in_time[1], good[0] if good else 0, row[2], in_time[2], in_time[0]



def seen_notes(
    db: sqlite3.Connection, seen: list[Plan], latest_commit: dict[str, str],
    commit_mark: dict[tuple[str, int], str],
) -> Iterator[tuple[str, list[str]]]:
    """The notes that record the sightings ``seen``: ``(commit, every seen-again time)`` for
    each version they add to, sorted by story and number.

    A version committed in this batch is named by its fast-import mark in ``commit_mark``.
    """
    by_version: dict[tuple[str, int], list[str]] = {}
    for p in seen:
        by_version.setdefault((p.story, p.number), []).append(p.fetched_at)
    for (story, number), times in sorted(by_version.items()):
        old = [r[0] for r in db.execute(
            "SELECT fetched_at FROM seen WHERE story = ? AND number = ?", (story, number)
        )]
        target = commit_mark.get((story, number))
        if target is None:
            row = db.execute(
                "SELECT commit_id FROM versions WHERE story = ? AND number = ?", (story, number)
            ).fetchone()
            target = row[0] if row else latest_commit[story]
        yield target, sorted(set(old) | set(times))

def _message(
    key: str, number: int, art: Article, words: int, fetched: str, url: str, reason: str
) -> bytes:
    head = " ".join(art.headline.split()) or "(no headline)"
    if len(head) > 120:
        head = head[:117] + "..."
    summary = f"{head} ({words} words, {len(art.paragraphs)} paragraphs)"
    if reason:
        summary += f"\nSuspect extraction: {reason}; the raw page is kept."
    trailers = [f"Story: {key}", f"Version: {number}"]
    if url:
        trailers.append(f"Source-URL: {url}")
    trailers.append(f"Fetched-At: {fetched}")
    if reason:
        trailers.append("Suspect: yes")
    text = f"{key}: version {number}\n\n{summary}\n\n" + "\n".join(trailers) + "\n"
    return text.encode("utf-8")
