"""The story archive: a git repository with one folder per story, plus a SQLite index.

Layout of an archive (a normal, non-bare git repository)::

    README.md, .gitignore, .gitattributes   written when the archive is created
    stories/<xx>/<key>/article.txt   headline, blank line, one paragraph per line
    stories/<xx>/<key>/meta.json     url, canonical_url, outlet, byline, dates, fetched_at,
                                     extractor, raw file name and sha256, suspect flag, version
    stories/<xx>/<key>/raw.html      the page byte for byte (raw.txt when the input was text)
    .versiontrack/                   not tracked: index.sqlite (a cache) and the writer lock

``<xx>`` is the first two hex digits of the key's sha1 (:func:`versiontrack.archive.index.shard`),
so the trees git rewrites on each commit stay small however many stories the archive holds.

Each new version is one commit whose author and committer date is the fetch time, with
trailers ``Story:``, ``Version:``, ``Source-URL:``, ``Fetched-At:`` (and ``Suspect: yes``).
``Version:`` (and the index's ``number``) is the order of archiving; every reader here numbers
versions by fetch time instead, so an older capture archived late takes its place in time
without any commit being rewritten.
Seeing unchanged content again adds a ``Seen-Again: <time>`` line to a git note on the version's
commit (``refs/notes/commits``, so ``git log`` shows it), which keeps the index rebuildable from
git alone. Commits are written with one ``git fast-import`` stream per batch; the stream is based
on the current tip and never forced, so a ref cannot be moved over someone else's commit. The
index is updated after the refs move; when it is found behind git it catches up on open.

Dedupe: a version is new when its folded headline, paragraphs or byline differ from the story's
latest version (see :func:`versiontrack.archive.index.content_hash`). A version is *suspect* when it
has no text, or fewer than half the words of the story's last non-suspect version: it is committed
(raw page kept) but flagged, and later stages skip it as content.

This module holds :class:`Archive`, which puts the pieces together under the writer lock:
:mod:`~versiontrack.archive.plan` plans each batch (the records, key and time checks, dedupe and
suspect rules), :mod:`~versiontrack.archive.fastimport` streams it to git,
:mod:`~versiontrack.archive.gitrepo` runs git and reads blobs, :mod:`~versiontrack.archive.index`
holds the SQLite tables and :mod:`~versiontrack.archive.indexsync` keeps them in step with git and
checks them against it.

Recovery: every write first takes the writer lock, then removes what a killed writer left
(:mod:`~versiontrack.archive.recover`: git's stale lock files, temporary packs, marks files) and
lists it in :attr:`Archive.recovered`. Re-running a batch after a crash is safe: a capture
already archived or already recorded as seen (same content, same fetch time) is not recorded
again. A read-only archive opens for reading (the index read-only, or rebuilt in memory from
git when it cannot be used); writes raise :class:`~versiontrack.errors.ReadOnlyArchive`.

Test hook: ``VERSIONTRACK_TEST_CRASH_AT`` = ``before-fast-import`` | ``mid-stream`` |
``after-checkpoint`` | ``after-ref`` | ``after-worktree`` makes an ingest call ``os._exit(99)`` at
that point, so tests can kill a real ingest where a crash would hurt most.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Self

from versiontrack.archive import index as ix
from versiontrack.archive.fastimport import FastImport, crash_point
from versiontrack.archive.gitrepo import (
    BRANCH,
    STATE_DIR,
    GitRepo,
    init_repo,
    is_ours,
)
from versiontrack.archive.indexsync import catch_up, index_problems, record_batch, tree_problems
from versiontrack.archive.lock import ArchiveLock
from versiontrack.archive.plan import (
    IngestItem,
    IngestResult,
    Plan,
    normalize_time,
    plan,
    seen_notes,
)
from versiontrack.archive.recover import clean, is_disk_full
from versiontrack.errors import (
    ArchiveError,
    DiskFull,
    InputError,
    LockBusy,
    ReadOnlyArchive,
    StoryKeyError,
    StoryNotFound,
    VersionNotFound,
)
from versiontrack.models import Article, StoryInfo, Version

#: Versions in the order every view shows them: by fetch time (archive order breaks ties).
_IN_TIME = "ORDER BY fetched_at, number"

# Also importable from here, where they lived before the archive was split into modules.
__all__ = [
    "Archive",
]


#: With a ``progress`` callback, an ingest makes its commits durable (and acknowledges them)
#: after its first new version, then at most this often: each checkpoint costs git one pack.
CHECKPOINT_SECONDS = 1.0


class Archive:
    """A versiontrack archive. Open with :meth:`open`; use as a context manager."""

    def __init__(
        self, path: Path, lock_timeout: float | None = None, read_only: bool = False
    ) -> None:
        self.path = path
        self.state_dir = path / STATE_DIR
        self.lock = ArchiveLock(self.state_dir / "lock", lock_timeout)
        self.read_only = read_only
        #: What this process cleaned up after a killed writer, one line each (see recover).
        self.recovered: list[str] = []
        self._repo = GitRepo(path)
        self._db: sqlite3.Connection | None = None

    # ---- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, create: bool = False, lock_timeout: float | None = None,
        read_only: bool = False,
    ) -> Archive:
        """Open the archive at ``path``; with ``create``, make one there if there is none.

        A directory is only turned into an archive when it is empty or holds nothing but a
        README.md. Raises :class:`ArchiveError` when ``path`` is missing (without ``create``),
        is a file, or is a directory that is not a versiontrack archive. An archive this
        process cannot write to opens read-only (:attr:`read_only`), and so does any with
        ``read_only``: it writes nothing, not even the index, and never waits for the lock.
        """
        p = Path(path).expanduser()
        if p.exists() and not p.is_dir():
            raise ArchiveError(f"archive path {p} is a file, not a directory")
        if not p.exists():
            if not create:
                # The absolute path: "no archive at archive" does not say where we looked.
                raise ArchiveError(
                    f"no archive at {p.absolute()} (ingest, import, snapshot or demo creates "
                    "one; --archive or VERSIONTRACK_ARCHIVE names another)"
                )
            try:  # another ingest may be making it at the same moment: both go on
                p.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(f"cannot create archive at {p}: {exc.strerror}") from None
        p = p.resolve()
        read_only = read_only or not _writable(p)
        if (p / ".git").exists():
            if not is_ours(p):
                raise ArchiveError(f"{p} is a git repository that versiontrack did not create")
        else:
            if not create:
                raise ArchiveError(f"{p} is not a versiontrack archive")
            if read_only:
                raise ReadOnlyArchive(f"the archive folder {p} is read-only: cannot create it")
            _create(p, lock_timeout)
        archive = cls(p, lock_timeout, read_only)
        try:
            archive._sync_index()
        except BaseException:
            archive.close()
            raise
        return archive

    def close(self) -> None:
        self._repo.close()
        if self._db is not None:
            self._db.close()
            self._db = None
        self.lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Hold the writer lock, after removing what a killed writer left behind."""
        if self.read_only:
            raise ReadOnlyArchive(f"the archive {self.path} is read-only: nothing was written")
        with self.lock:
            if self.lock._depth == 1:
                self.recovered += clean(self.path, self.state_dir)
            yield

    # ---- git and the index ---------------------------------------------------------------

    def _tips(self) -> tuple[str, str]:
        # Every tip read goes through here, so a test can play another writer moving the branch.
        return self._repo.tips()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self._db = ix.connect(self.state_dir / "index.sqlite")
            except sqlite3.Error as exc:
                if is_disk_full(exc, self.path):
                    raise DiskFull("disk full: cannot open the archive's index; "
                                   "nothing was written") from None
                raise
        return self._db

    def connect_index(self) -> sqlite3.Connection:
        """A new connection to the index, a cache of git (snapshot state lives in state.sqlite)."""
        if self.read_only:
            raise ReadOnlyArchive(f"the archive {self.path} is read-only: nothing was written")
        return ix.connect(self.state_dir / "index.sqlite")

    # ---- the index as a cache of git ----------------------------------------------------

    def _sync_index(self) -> dict[str, int]:
        """Bring the index up to git's tips (rebuilding it when missing or unusable)."""
        head, notes = self._tips()
        if self.read_only:
            return self._read_only_index(head, notes)
        db = self.db
        try:
            if not ix.ensure_schema(db):
                return self.reindex()
            if ix.get_meta(db, "head") == head and ix.get_meta(db, "notes") == notes and (
                ix.get_meta(db, "schema") == ix.SCHEMA_VERSION
            ):
                return {"versions": 0, "seen": 0}
            db.execute("BEGIN IMMEDIATE")
            try:
                stats = catch_up(db, self._repo, head, notes)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # SQLite already rolled back after "disk is full"
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if is_disk_full(exc, self.path):
                raise DiskFull("disk full: cannot bring the archive's index up to date with "
                               "git; nothing was written (git holds every version)") from None
            raise
        return stats

    def _read_only_index(self, head: str, notes: str) -> dict[str, int]:
        """Use the index read-only when it matches git's tips, else rebuild it in memory."""
        path = self.state_dir / "index.sqlite"
        if path.is_file():
            from urllib.parse import quote

            # immutable: a read-only file system cannot hold the -shm file WAL readers need;
            # where a writer may still change the file, SQLite must see its changes.
            frozen = "&immutable=1" if not _writable(self.path) else ""
            uri = f"file:{quote(str(path))}?mode=ro{frozen}"
            try:
                conn = sqlite3.connect(uri, uri=True, isolation_level=None)
                current = (ix.get_meta(conn, "schema") == ix.SCHEMA_VERSION and
                           ix.get_meta(conn, "head") == head and
                           ix.get_meta(conn, "notes") == notes)
            except sqlite3.Error:
                current = False
                conn = None
            if current and conn is not None:
                self._db = conn
                return {"versions": 0, "seen": 0}
            if conn is not None:
                conn.close()
        conn = sqlite3.connect(":memory:", isolation_level=None)
        ix.ensure_schema(conn)
        stats = catch_up(conn, self._repo, head, notes, full=True)
        self._db = conn
        return stats

    def reindex(self) -> dict[str, int]:
        """Rebuild the index's tables from git alone (a table it does not own is left alone)."""
        with self._writing():
            head, notes = self._tips()
            self.db.execute("BEGIN IMMEDIATE")
            try:
                stats = catch_up(self.db, self._repo, head, notes, full=True)
                self.db.execute("COMMIT")
            except BaseException as exc:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                if is_disk_full(exc, self.path):
                    raise DiskFull("disk full: the index was not rebuilt; nothing was written"
                                   ) from None
                raise
        stories = self.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        return {"stories": stories, **stats}

    # ---- reading ------------------------------------------------------------------------

    def stories(self) -> list[StoryInfo]:
        rows = self.db.execute(
            "SELECT key, headline, url, outlet, versions, first_seen, last_seen FROM stories "
            "ORDER BY key"
        ).fetchall()
        return [ix.story_from_row(r) for r in rows]

    def find_story(self, query: str) -> str:
        """The key of the story ``query`` names: a key, an article URL, or a unique part of a key.

        Raises StoryNotFound when nothing matches, and InputError (listing a few) when a part of
        a key matches several stories.
        """
        from versiontrack.archive.aliases import resolve_alias

        query = query.strip()
        if self.has_story(query):
            return query
        if self.has_story(resolve_alias(self.db, query)):  # a story merged into another
            return resolve_alias(self.db, query)
        if "://" in query:
            from versiontrack.identity import story_key

            try:
                key = resolve_alias(self.db, story_key(query))
            except StoryKeyError:
                key = ""
            if key and self.has_story(key):
                return key
            raise StoryNotFound(f"no story for URL {query} in the archive at {self.path}")
        like = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        for pattern in (f"{like}%", f"%{like}%"):
            keys: list[str] = [r[0] for r in self.db.execute(
                "SELECT key FROM stories WHERE key LIKE ? ESCAPE '\\' ORDER BY key LIMIT 6",
                (pattern,),
            )]
            if len(keys) == 1:
                return keys[0]
            if keys:
                shown = ", ".join(keys[:5]) + (", ..." if len(keys) > 5 else "")
                raise InputError(f"{query!r} matches several stories: {shown}")
        raise StoryNotFound(
            f"no story {query!r} in the archive at {self.path} (versiontrack stories lists them)"
        )

    def has_story(self, story: str) -> bool:
        hit = self.db.execute("SELECT 1 FROM stories WHERE key = ?", (story,)).fetchone()
        return hit is not None

    def versions(self, story: str) -> list[Version]:
        """The story's versions in fetch-time order, numbered 1..n in that order.

        A version's number is its place in time, not in the archive: an older capture archived
        later takes its place and the versions after it move up one. (Git keeps the order of
        archiving, in each commit's ``Version:`` trailer and ``meta.json``.)
        """
        rows = self.db.execute(
            f"SELECT {ix.VERSION_SELECT} FROM versions WHERE story = ? {_IN_TIME}", (story,),
        ).fetchall()
        if not rows:
            raise StoryNotFound(f"no story {story!r} in the archive at {self.path}")
        return [replace(ix.version_from_row(r), number=i) for i, r in enumerate(rows, 1)]

    def _places(self, story: str) -> dict[int, int]:
        """Archive number -> place in time (the number every view shows)."""
        rows = self.db.execute(
            f"SELECT number FROM versions WHERE story = ? {_IN_TIME}", (story,)).fetchall()
        return {r[0]: i for i, r in enumerate(rows, 1)}

    def seen(self, story: str) -> list[tuple[int, str]]:
        """The story's "seen again" records: (version number, fetch time), in time order."""
        self.versions(story)
        places = self._places(story)
        rows = self.db.execute(
            "SELECT number, fetched_at FROM seen WHERE story = ? ORDER BY fetched_at, number",
            (story,),
        ).fetchall()
        return [(places.get(r[0], r[0]), r[1]) for r in rows]

    def _row(self, story: str, number: int) -> tuple[str, str, str, str]:
        if number < 0:
            count = len(self.versions(story))
            number = count + 1 + number
        row: tuple[str, str, str, str] | None = self.db.execute(
            "SELECT article_blob, meta_blob, raw_blob, raw_name FROM versions "
            f"WHERE story = ? {_IN_TIME} LIMIT 1 OFFSET ?", (story, number - 1),
        ).fetchone() if number >= 1 else None
        if row is None:
            count = len(self.versions(story))  # raises StoryNotFound first
            raise VersionNotFound(f"story {story!r} has no version {number} (it has {count})")
        return row

    def resolve_number(self, story: str, number: int) -> int:
        """Map a negative number (-1 = latest) to a real one; check it exists."""
        count = len(self.versions(story))
        real = count + 1 + number if number < 0 else number
        if not 1 <= real <= count:
            raise VersionNotFound(f"story {story!r} has no version {number} (it has {count})")
        return real

    def article(self, story: str, number: int) -> Article:
        """The article of version ``number`` (negative counts from the end)."""
        article_blob, meta_blob, _, _ = self._row(story, number)
        meta = json.loads(self._repo.blob(meta_blob))
        return ix.article_from_blobs(self._repo.blob(article_blob), meta)

    def meta(self, story: str, number: int) -> dict[str, Any]:
        """The parsed ``meta.json`` of a version."""
        meta: dict[str, Any] = json.loads(self._repo.blob(self._row(story, number)[1]))
        return meta

    def raw(self, story: str, number: int) -> bytes:
        """The raw page of a version, byte for byte (``b""`` when none was kept)."""
        raw_blob = self._row(story, number)[2]
        return self._repo.blob(raw_blob) if raw_blob else b""

    def history(self, story: str, raw: bool = False, only: Container[int] | None = None,
                ) -> list[tuple[Version, Article, bytes]]:
        """Every version of ``story`` in order, with its article (and raw page when ``raw``);
        with ``only``, just the versions numbered in it (the others' blobs are not read).

        One index query and one pipelined batch of blob reads, however many versions: this is
        what reading a whole story costs, independent of the rest of the archive.
        """
        versions = self.versions(story)
        rows = self.db.execute(
            f"SELECT article_blob, meta_blob, raw_blob FROM versions WHERE story = ? {_IN_TIME}",
            (story,),
        ).fetchall()
        if only is not None:
            kept = [(v, row) for v, row in zip(versions, rows, strict=True) if v.number in only]
            versions, rows = [v for v, _ in kept], [row for _, row in kept]
        oids: list[str] = []
        for article_blob, meta_blob, raw_blob in rows:
            oids += [article_blob, meta_blob]
            if raw and raw_blob:
                oids.append(raw_blob)
        blobs = iter(self._repo.blobs(oids))
        out = []
        for v, (_, _, raw_blob) in zip(versions, rows, strict=True):
            text, meta = next(blobs), json.loads(next(blobs))
            page = next(blobs) if raw and raw_blob else b""
            out.append((v, ix.article_from_blobs(text, meta), page))
        return out

    def raw_name(self, story: str, number: int) -> str:
        return self._row(story, number)[3]

    # ---- writing ------------------------------------------------------------------------

    def ingest(
        self, article: Article, *, raw: bytes | None, fetched_at: str, story: str | None = None,
        source_url: str = "", raw_name: str = "",
    ) -> IngestResult:
        """Archive one page; see :meth:`ingest_many`."""
        item = IngestItem(article, raw, fetched_at, story, source_url, raw_name)
        return self.ingest_many([item])[0]

    def mark_seen(self, story: str, fetched_at: str) -> None:
        """Record that the story's latest version was seen again at ``fetched_at``."""
        if not self.mark_seen_many([(story, fetched_at)]):
            self.versions(story)  # raises StoryNotFound

    def mark_seen_many(self, seen: Iterable[tuple[str, str]]) -> dict[str, int]:
        """Record many "seen again" fetches (story, fetched_at) under one lock, in one git run.

        Each is recorded against the story's latest version. Stories not in the archive are
        skipped. Returns story -> the version number the sightings were recorded against.
        """
        with self._writing():
            self._sync_index()
            plans: list[Plan] = []
            latest_commit: dict[str, str] = {}
            numbers: dict[str, int] = {}
            for story, fetched_at in seen:
                if story not in numbers:
                    rows = self.db.execute(
                        "SELECT number, commit_id FROM versions WHERE story = ? "
                        "ORDER BY fetched_at DESC, number DESC LIMIT 1", (story,)).fetchall()
                    if not rows:
                        continue
                    numbers[story], latest_commit[story] = rows[0]
                plans.append(Plan(0, story, numbers[story], normalize_time(fetched_at),
                                  "unchanged"))
            if plans:
                self._write(plans, latest_commit)
            return numbers

    def ingest_many(
        self, items: Iterable[IngestItem], progress: Callable[[IngestResult], None] | None = None,
        *, collect: bool = False,
    ) -> list[IngestResult]:
        """Archive many pages in one batch: one lock, one fast-import stream.

        Items are planned and streamed to git one by one. An invalid item (bad key or fetch
        time, a new story with no text) raises InputError: the stream is aborted and nothing of
        the batch after the last acknowledgement is committed. With ``collect`` it is skipped
        instead, and comes back as a "rejected" result with the reason, while the rest of the
        batch is archived. ``progress`` is called with each item's result, in order, as soon as
        it is durable in git (after the first new version, then at most every
        :data:`CHECKPOINT_SECONDS`, and at the end); without it the batch is committed at the
        end only.
        """
        items = list(items)
        latest_commit: dict[str, str] = {}
        results: list[IngestResult] = []
        in_batch: dict[str, list[tuple[str, int]]] = {}

        def ack(result: IngestResult) -> None:
            result = self._placed(result, in_batch)
            results.append(result)
            if progress is not None:
                progress(result)

        with self._writing():
            self._sync_index()
            self._write(plan(self.db, items, latest_commit, collect), latest_commit, ack,
                        checkpoints=progress is not None)
        return results

    def _version(self, story: str, number: int) -> Version | None:
        """The version archived as ``number`` (its archive number: see :meth:`_placed`)."""
        row = self.db.execute(
            f"SELECT {ix.VERSION_SELECT} FROM versions WHERE story = ? AND number = ?",
            (story, number),
        ).fetchone()
        return ix.version_from_row(row) if row else None

    def _placed(self, result: IngestResult,
                in_batch: dict[str, list[tuple[str, int]]]) -> IngestResult:
        """``result`` with its version numbered by place in time, as of now: the versions
        fetched before it in the index and earlier in this batch (not in the index yet)."""
        v = result.version
        if v is None:
            return result
        earlier = in_batch.setdefault(result.story, [])
        before = self.db.execute(
            "SELECT COUNT(*) FROM versions WHERE story = ? AND (fetched_at < ? OR "
            "(fetched_at = ? AND number < ?))", (v.story, v.fetched_at, v.fetched_at, v.number),
        ).fetchone()[0] + sum(1 for e in earlier if e < (v.fetched_at, v.number))
        if result.status in ("new", "suspect"):
            earlier.append((v.fetched_at, v.number))
        place = before + 1
        return replace(result, version=replace(v, number=place), number=place)

    def _write(
        self, plan_iter: Iterable[Plan], latest_commit: dict[str, str],
        ack: Callable[[IngestResult], None] | None = None, checkpoints: bool = False,
    ) -> list[Plan]:
        """Stream the planned commits into one fast-import as they are planned.

        Planning and git's own work overlap. The stream ends with ``done``: if planning fails
        half way, the stream is closed without it, fast-import aborts and no ref moves (beyond
        the last checkpoint, when ``checkpoints``). ``ack`` gets each plan's result once it is
        in git. A full disk raises :class:`DiskFull` saying what was committed.
        """
        head, notes = self._tips()
        marks_file = self.state_dir / f"marks.{os.getpid()}"
        plans: list[Plan] = []
        commits: list[Plan] = []
        seen: list[Plan] = []
        unwritten: list[Plan] = []  # seen records not yet in the stream's notes
        commit_mark: dict[tuple[str, int], str] = {}
        batch: dict[tuple[str, int], Version] = {}
        stream: FastImport | None = None
        mark = 0
        parent = head
        notes_parent = notes
        done = [0, 0, 0]  # plans acknowledged, commits and seen records durable in git
        last_checkpoint: float | None = None

        def write_notes() -> None:
            nonlocal notes_parent
            assert stream is not None
            wanted = {(p.story, p.number) for p in unwritten}
            stream.notes(notes_parent, [p.fetched_at for p in unwritten], seen_notes(
                self.db, [p for p in seen if (p.story, p.number) in wanted], latest_commit,
                commit_mark))
            notes_parent = ""  # later notes commits continue from this one
            unwritten.clear()

        def acknowledge(marks: dict[int, str]) -> None:
            for p in commits[done[1]:]:
                assert p.row is not None
                row = {**p.row, "commit_id": marks[p.mark]}
                batch[(p.story, p.number)] = ix.version_from_row(
                    tuple(row[c] for c in ix.VERSION_SELECT.split(", ")))
            done[1], done[2] = len(commits), len(seen)
            for p in plans[done[0]:]:
                if ack is not None:
                    version = None
                    if p.status != "rejected":
                        version = (batch.get((p.story, p.number))
                                   or self._version(p.story, p.number))
                    ack(IngestResult(p.story, p.status, version, p.number, p.warning,
                                     p.reason))
            done[0] = len(plans)

        try:
            try:
                for p in plan_iter:
                    plans.append(p)
                    if p.files is None:
                        if p.record:
                            seen.append(p)
                            unwritten.append(p)
                        continue
                    if stream is None:
                        stream = FastImport(self.path, marks_file)
                        if not head:
                            mark += 1
                            stream.start_archive(mark, p.fetched_at)
                    mark += 1
                    p.mark = mark
                    folder = ix.story_dir(p.story)
                    files = [(f"{folder}/{name}", data) for name, data in p.files]
                    stream.commit(mark, p.fetched_at, p.message, parent, files)
                    parent = ""
                    commit_mark[(p.story, p.number)] = f":{mark}"
                    commits.append(p)
                    now = time.monotonic()
                    if checkpoints and (last_checkpoint is None or
                                        now - last_checkpoint >= CHECKPOINT_SECONDS):
                        if unwritten:
                            write_notes()
                        acknowledge(stream.checkpoint())
                        crash_point("after-checkpoint")
                        last_checkpoint = time.monotonic()
                if unwritten and stream is None:
                    stream = FastImport(self.path, marks_file)
                if stream is None:
                    acknowledge({})
                    return plans
                if unwritten:
                    write_notes()
                stream.end()
            except BrokenPipeError:
                pass  # fast-import stopped early; its exit status and message say why
            except BaseException:
                if stream is not None:
                    stream.abort()
                marks_file.unlink(missing_ok=True)
                raise
            assert stream is not None  # None returned early above
            marks = stream.result()
            crash_point("after-ref")
            acknowledge(marks)
        except (OSError, sqlite3.Error, ArchiveError) as exc:
            if not is_disk_full(exc, self.path):
                if done[1] or done[2]:
                    raise ArchiveError(f"{exc} ({_committed(done)} before it)") from exc
                raise
            if done[1] or done[2]:
                raise DiskFull(f"disk full: {_committed(done)}; the rest of the batch was "
                               "not: free space and run it again") from None
            raise DiskFull("disk full: nothing of this batch was committed: free space and "
                           "run it again") from None
        new_head, new_notes = self._tips()
        try:
            if new_head != head or self._repo.worktree_at() != new_head:
                self._repo.update_worktree(head, new_head)
            crash_point("after-worktree")
            record_batch(self.db, commits, seen, marks, new_head, new_notes)
        except (OSError, sqlite3.Error, ArchiveError) as exc:
            if not is_disk_full(exc, self.path):
                raise
            raise DiskFull(f"disk full: the whole batch is committed to git ({done[1]} new "
                           f"version(s), {done[2]} seen-again record(s)), but the work tree or "
                           "index could not be updated: free space, then run versiontrack "
                           "verify") from None
        self._repo.git("gc", "--auto", "--quiet", check=False)
        return plans

    def record(self, subject: str, body: str, trailers: list[str]) -> str:
        """Commit a record with no file changes (trailers ``Name: value`` say what it means) on
        the branch, under the writer lock; return its commit id. Other areas keep their own
        records this way (event groups); the index skips trailers it does not know."""
        with self._writing():
            self._sync_index()
            return self._record(subject, body, trailers)

    def _record(self, subject: str, body: str, trailers: list[str]) -> str:
        """:meth:`record` for a caller that already holds the writer lock."""
        head, _ = self._tips()
        message = f"{subject}\n\n{body}\n\n" + "\n".join(trailers) + "\n"
        commit = self._repo.git("commit-tree", f"{head}^{{tree}}", "-p", head, "-F", "-",
                                input=message.encode("utf-8")).strip()
        # refused if the tip moved
        self._repo.git("update-ref", "-m", subject, BRANCH, commit, head)
        self._repo.update_worktree(head, commit)
        self._sync_index()
        return commit

    def records(self, trailer: str) -> list[tuple[str, str, str]]:
        """``(commit, commit time, message)`` of each commit whose message has a ``trailer:``
        line, oldest first."""
        head, _ = self._tips()
        if not head:
            return []
        out = self._repo.git("log", "--reverse", "--format=%H%x1f%cI%x1f%B%x1e",
                             f"--grep=^{trailer}:", head)
        rows = []
        for chunk in out.split("\x1e"):
            parts = chunk.strip().split("\x1f")
            if len(parts) == 3:
                rows.append((parts[0], parts[1], parts[2]))
        return rows

    def ensure_worktree(self) -> None:
        """Bring the work tree and git's staging index to HEAD (after a crash)."""
        with self._writing():
            head, _ = self._tips()
            if head:
                self._repo.update_worktree("", head)

    def _recover_if_idle(self) -> None:
        """Clean up after a killed writer now, unless a writer is running (then nothing is
        stale, and a check must not wait for it)."""
        timeout, self.lock.timeout = self.lock.timeout, 0
        try:
            with self._writing():
                pass
        except LockBusy:
            pass
        finally:
            self.lock.timeout = timeout

    # ---- checking -----------------------------------------------------------------------

    def verify(self, fix: bool = True) -> list[str]:
        """Check the archive; return the problems found (empty when the archive is OK).

        Runs ``git fsck``, compares every index row with git (catching the index up first when
        it is behind, which is reported), checks each story folder has its files and that each
        version's raw page matches the sha256 in its meta.json.
        """
        problems: list[str] = []
        fix = fix and not self.read_only  # a read-only archive is checked, never repaired
        if fix:
            self._recover_if_idle()
        import git  # GitPython, only needed here

        try:
            git.Repo(self.path).git.fsck("--no-progress", "--no-dangling")
        except git.GitCommandError as exc:
            problems.append(f"git fsck: {str(exc.stderr).strip().splitlines()[-1:]}")
        head, notes = self._tips()
        db = self.db
        if ix.get_meta(db, "head") != head or ix.get_meta(db, "notes") != notes:
            if fix:
                self._sync_index()
            else:
                problems.append("the index is behind git: run versiontrack reindex")
        if head and self._repo.worktree_at() != head:
            if fix:
                self.ensure_worktree()
            else:
                problems.append("the work tree is behind HEAD (an interrupted ingest)")
        problems += index_problems(db, self._repo, head, notes)
        problems += tree_problems(db, self._repo, head)
        return problems


def _committed(done: list[int]) -> str:
    return (f"{done[1]} new version(s) and {done[2]} seen-again record(s) were committed to "
            "git")


def _writable(path: Path) -> bool:
    """Whether this process may write the archive at ``path`` (``.git`` included)."""
    git = path / ".git"
    return os.access(path, os.W_OK) and (not git.exists() or os.access(git, os.W_OK))


def _create(path: Path, lock_timeout: float | None) -> None:
    """Make an archive at the empty folder ``path`` under the writer lock, so ingests started
    together on a missing archive create it once and then take turns."""
    allowed = {"README.md", STATE_DIR}
    if {e.name for e in path.iterdir()} - allowed:
        raise ArchiveError(
            f"{path} is not an archive and not empty; refusing to create an archive there"
        )
    with ArchiveLock(path / STATE_DIR / "lock", lock_timeout):
        if not (path / ".git").exists():
            clean(path, path / STATE_DIR)  # an init.<pid> of a killed creator
            # The index is made (in WAL mode, with its tables) before .git appears, so
            # writers that find the archive never race to set the index up.
            conn = ix.connect(path / STATE_DIR / "index.sqlite")
            try:
                ix.ensure_schema(conn)
            finally:
                conn.close()
            init_repo(path)
