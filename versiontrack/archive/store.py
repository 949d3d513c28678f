"""The story archive: a git repository with one folder per story, plus a SQLite index.

Layout of an archive (a normal, non-bare git repository)::

    README.md, .gitignore, .gitattributes   written when the archive is created
    stories/<xx>/<key>/article.txt   headline, blank line, one paragraph per line
    stories/<xx>/<key>/meta.json     url, canonical_url, outlet, byline, dates, fetched_at,
                                     extractor, raw file name and sha256, suspect flag, version
    stories/<xx>/<key>/raw.html      the page byte for byte (raw.txt when the input was text)
    .versiontrack/                   not tracked: index.sqlite (a cache) and the writer lock

``<xx>`` is the first two hex digits of the key's sha1 (:func:`versiontrack.archive.index.shard`), so
the trees git rewrites on each commit stay small however many stories the archive holds.

Each new version is one commit whose author and committer date is the fetch time, with
trailers ``Story:``, ``Version:``, ``Source-URL:``, ``Fetched-At:`` (and ``Suspect: yes``).
Seeing unchanged content again adds a ``Seen-Again: <time>`` line to a git note on the version's
commit (``refs/notes/commits``, so ``git log`` shows it), which keeps the index rebuildable from
git alone. Commits are written with one ``git fast-import`` stream per batch; the stream is based
on the current tip and never forced, so a ref cannot be moved over someone else's commit. The
index is updated after the refs move; when it is found behind git it catches up on open.

Dedupe: a version is new when its folded headline, paragraphs or byline differ from the story's
latest version (see :func:`versiontrack.archive.index.content_hash`). A version is *suspect* when it has
no text, or fewer than half the words of the story's last non-suspect version: it is committed
(raw page kept) but flagged, and later stages skip it as content.

This module holds :class:`Archive`, which puts the pieces together under the writer lock:
:mod:`~versiontrack.archive.plan` plans each batch (the records, key and time checks, dedupe and
suspect rules), :mod:`~versiontrack.archive.fastimport` streams it to git, :mod:`~versiontrack.archive.gitrepo`
runs git and reads blobs, :mod:`~versiontrack.archive.index` holds the SQLite tables and
:mod:`~versiontrack.archive.indexsync` keeps them in step with git and checks them against it.

Test hook: ``VERSIONTRACK_TEST_CRASH_AT`` = ``before-fast-import`` | ``mid-stream`` |
``after-ref`` | ``after-worktree`` makes an ingest call ``os._exit(99)`` at that point, so tests
can kill a real ingest where a crash would hurt most.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Self

from versiontrack.archive import index as ix
from versiontrack.archive.fastimport import FastImport, crash_point
from versiontrack.archive.gitrepo import (
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
from versiontrack.errors import (
    ArchiveError,
    InputError,
    StoryKeyError,
    StoryNotFound,
    VersionNotFound,
)
from versiontrack.models import Article, StoryInfo, Version

# Also importable from here, where they lived before the archive was split into modules.
__all__ = [
    "Archive",
]


class Archive:
    """A versiontrack archive. Open with :meth:`open`; use as a context manager."""

    def __init__(self, path: Path, lock_timeout: float | None = None) -> None:
        self.path = path
        self.state_dir = path / STATE_DIR
        self.lock = ArchiveLock(self.state_dir / "lock", lock_timeout)
        self._repo = GitRepo(path)
        self._db: sqlite3.Connection | None = None

    # ---- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, create: bool = False, lock_timeout: float | None = None
    ) -> Archive:
        """Open the archive at ``path``; with ``create``, make one there if there is none.

        A directory is only turned into an archive when it is empty or holds nothing but a
        README.md. Raises :class:`ArchiveError` when ``path`` is missing (without ``create``),
        is a file, or is a directory that is not a versiontrack archive.
        """
        p = Path(path).expanduser()
        if p.exists() and not p.is_dir():
            raise ArchiveError(f"archive path {p} is a file, not a directory")
        if not p.exists():
            if not create:
                raise ArchiveError(
                    f"no archive at {p} (versiontrack ingest or demo creates one)"
                )
            try:
                p.mkdir(parents=True)
            except OSError as exc:
                raise ArchiveError(f"cannot create archive at {p}: {exc.strerror}") from None
        p = p.resolve()
        if (p / ".git").exists():
            if not is_ours(p):
                raise ArchiveError(f"{p} is a git repository that versiontrack did not create")
        else:
            entries = {e.name for e in p.iterdir()}
            if not create:
                raise ArchiveError(f"{p} is not a versiontrack archive")
            if entries - {"README.md"}:
                raise ArchiveError(
                    f"{p} is not an archive and not empty; refusing to create an archive there"
                )
            init_repo(p)
        archive = cls(p, lock_timeout)
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

    # ---- git and the index ---------------------------------------------------------------

    def _tips(self) -> tuple[str, str]:
        # Every tip read goes through here, so a test can play another writer moving the branch.
        return self._repo.tips()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = ix.connect(self.state_dir / "index.sqlite")
        return self._db

    def connect_index(self) -> sqlite3.Connection:
        """A new connection to the index; other areas keep their own prefixed tables there."""
        return ix.connect(self.state_dir / "index.sqlite")

    # ---- the index as a cache of git ----------------------------------------------------

    def _sync_index(self) -> dict[str, int]:
        """Bring the index up to git's tips (rebuilding it when missing or unusable)."""
        head, notes = self._tips()
        db = self.db
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
            db.execute("ROLLBACK")
            raise
        return stats

    def reindex(self) -> dict[str, int]:
        """Rebuild the index's own tables from git alone; other areas' tables are kept."""
        with self.lock:
            head, notes = self._tips()
            self.db.execute("BEGIN IMMEDIATE")
            try:
                stats = catch_up(self.db, self._repo, head, notes, full=True)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
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
        from versiontrack.archive.merge import resolve_alias

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
        """The story's versions in order, numbered 1..n."""
        rows = self.db.execute(
            f"SELECT {ix.VERSION_SELECT} FROM versions WHERE story = ? ORDER BY number",
            (story,),
        ).fetchall()
        if not rows:
            raise StoryNotFound(f"no story {story!r} in the archive at {self.path}")
        return [ix.version_from_row(r) for r in rows]

    def seen(self, story: str) -> list[tuple[int, str]]:
        """The story's "seen again" records: (version number, fetch time), in time order."""
        self.versions(story)
        rows = self.db.execute(
            "SELECT number, fetched_at FROM seen WHERE story = ? ORDER BY fetched_at, number",
            (story,),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def _row(self, story: str, number: int) -> tuple[str, str, str, str]:
        if number < 0:
            count = len(self.versions(story))
            number = count + 1 + number
        row: tuple[str, str, str, str] | None = self.db.execute(
            "SELECT article_blob, meta_blob, raw_blob, raw_name FROM versions "
            "WHERE story = ? AND number = ?", (story, number),
        ).fetchone()
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

    def history(self, story: str, raw: bool = False) -> list[tuple[Version, Article, bytes]]:
        """Every version of ``story`` in order, with its article (and raw page when ``raw``).

        One index query and one pipelined batch of blob reads, however many versions: this is
        what reading a whole story costs, independent of the rest of the archive.
        """
        versions = self.versions(story)
        rows = self.db.execute(
            "SELECT article_blob, meta_blob, raw_blob FROM versions WHERE story = ? "
            "ORDER BY number", (story,),
        ).fetchall()
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
        with self.lock:
            self._sync_index()
            plans: list[Plan] = []
            latest_commit: dict[str, str] = {}
            numbers: dict[str, int] = {}
            for story, fetched_at in seen:
                if story not in numbers:
                    rows = self.db.execute(
                        "SELECT number, commit_id FROM versions WHERE story = ? "
                        "ORDER BY number DESC LIMIT 1", (story,)).fetchall()
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
        the batch is committed. With ``collect`` it is skipped instead, and comes back as a
        "rejected" result with the reason, while the rest of the batch is archived.
        """
        items = list(items)
        latest_commit: dict[str, str] = {}
        with self.lock:
            self._sync_index()
            plans = self._write(plan(self.db, items, latest_commit, collect), latest_commit)
        results = []
        for p in plans:
            version = self._version(p.story, p.number) if p.status != "rejected" else None
            result = IngestResult(p.story, p.status, version, p.number, p.warning, p.reason)
            results.append(result)
            if progress is not None:
                progress(result)
        return results

    def _version(self, story: str, number: int) -> Version | None:
        row = self.db.execute(
            f"SELECT {ix.VERSION_SELECT} FROM versions WHERE story = ? AND number = ?",
            (story, number),
        ).fetchone()
        return ix.version_from_row(row) if row else None

    def _write(self, plan_iter: Iterable[Plan], latest_commit: dict[str, str]) -> list[Plan]:
        """Stream the planned commits into one fast-import as they are planned.

        Planning and git's own work overlap. The stream ends with ``done``: if planning fails
        half way, the stream is closed without it, fast-import aborts and no ref moves.
        """
        head, notes = self._tips()
        marks_file = self.state_dir / f"marks.{os.getpid()}"
        plans: list[Plan] = []
        commits: list[Plan] = []
        seen: list[Plan] = []
        commit_mark: dict[tuple[str, int], str] = {}
        stream: FastImport | None = None
        mark = 0
        parent = head
        try:
            for p in plan_iter:
                plans.append(p)
                if p.files is None:
                    if p.record:
                        seen.append(p)
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
            if seen and stream is None:
                stream = FastImport(self.path, marks_file)
            if stream is None:
                return plans
            if seen:
                stream.notes(notes, [p.fetched_at for p in seen],
                             seen_notes(self.db, seen, latest_commit, commit_mark))
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
        new_head, new_notes = self._tips()
        if new_head != head or self._repo.worktree_at() != new_head:
            self._repo.update_worktree(head, new_head)
        crash_point("after-worktree")
        record_batch(self.db, commits, seen, marks, new_head, new_notes)
        self._repo.git("gc", "--auto", "--quiet", check=False)
        return plans

    def ensure_worktree(self) -> None:
        """Bring the work tree and git's staging index to HEAD (after a crash)."""
        with self.lock:
            head, _ = self._tips()
            if head:
                self._repo.update_worktree("", head)

    # ---- checking -----------------------------------------------------------------------

    def verify(self, fix: bool = True) -> list[str]:
        """Check the archive; return the problems found (empty when the archive is OK).

        Runs ``git fsck``, compares every index row with git (catching the index up first when
        it is behind, which is reported), checks each story folder has its files and that each
        version's raw page matches the sha256 in its meta.json.
        """
        problems: list[str] = []
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
