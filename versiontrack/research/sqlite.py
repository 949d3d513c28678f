"""The findings database: the audit's rows in SQLite, written with sqlite-utils, with foreign
keys, indexes, full-text search on texts, views for the common questions and a Datasette
``metadata.json`` beside it.

A re-export is incremental: the ``stories`` table keeps each story's head commit, and only
stories whose head moved (or that are new, or gone) are rewritten. The work is done on a copy
in the same folder that replaces ``OUT`` in one rename, so ``OUT`` is never half-written.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from versiontrack._version import __version__
from versiontrack.audit.judge import DEFAULT_POLICY, VERDICT_ALIASES, Policy, get_policy
from versiontrack.errors import InputError
from versiontrack.research.eventrows import EVENT_TABLES, archive_events, rows_of
from versiontrack.research.rows import TABLES, StoryRows, columns, story_rows

if TYPE_CHECKING:
    from versiontrack.archive.shards import ArchiveSet
    from versiontrack.archive.store import Archive

#: Makes the rows of the given story keys (in-process by default; ``scale`` runs it on Dask).
RowMaker = Callable[[list[str]], Iterable["StoryRows | Failed"]]

#: The table naming the stories whose rows could not be made in the last export, with why.
ERRORS_TABLE = "errors"


@dataclass(frozen=True)
class Failed:
    """A story whose rows could not be made: it is left out (its old rows too, so the next
    export makes it again) and named in the ``errors`` table; the export goes on."""

    story: str
    error: str  # "Kind: message"


def guarded_rows(archive: Archive | ArchiveSet, keys: list[str],
                 policy: Policy) -> Iterator[StoryRows | Failed]:
    """:func:`~versiontrack.research.rows.story_rows` of each of ``keys``, read from
    ``archive`` (or an archive set); a story that fails is given as :class:`Failed` (as the
    bulk engine records it) instead of ending the export."""
    outlets = {s.key: s.outlet for s in archive.stories()}
    for key in keys:
        try:
            yield story_rows(archive.history(key, raw=True), outlets.get(key, ""), policy,
                             story=key)
        except Exception as exc:  # noqa: BLE001 - one broken story never ends the run
            yield Failed(key, f"{type(exc).__name__}: {exc}")

__all__ = ["ERRORS_TABLE", "MARK_TABLE", "ExportResult", "Failed", "RowMaker", "check_ours",
           "export_sqlite", "guarded_rows", "metadata", "metadata_path", "replacing",
           "write_rows"]

#: The table that marks a database as a versiontrack findings database.
MARK_TABLE = "_versiontrack"
FORMAT = "versiontrack-findings/1"

_PKS: dict[str, tuple[str, ...]] = {
    "stories": ("story",), "versions": ("story", "number"),
    "transitions": ("story", "from_version", "to_version"),
    "changes": ("story", "from_version", "to_version", "seq"), "notes": ("story", "seq"),
    "findings": ("story", "seq"), "headline_changes": ("story", "from_version", "to_version"),
    "events": ("event",), "event_links": ("event", "story", "copy_paragraph"),
    "fact_differences": ("event", "story", "seq"),
    "propagation": ("event", "story", "old_value", "new_value", "version"),
}
_INDEXES: dict[str, list[list[str]]] = {
    "stories": [["outlet"], ["first_seen"]], "versions": [["fetched_at"]],
    "changes": [["story", "from_version", "to_version"], ["kind"]],
    "findings": [["verdict"], ["story", "from_version", "to_version"]],
    "notes": [["kind"]], "headline_changes": [["fetched_at"]],
    "event_links": [["story"]], "fact_differences": [["story"], ["fact"]],
    "propagation": [["story"], ["stale"]],
}
_FTS: dict[str, list[str]] = {
    "versions": ["headline", "text"], "changes": ["old_text", "new_text"],
    "notes": ["text"], "headline_changes": ["old", "new"],
}


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _views() -> dict[str, str]:
    # The one verdict named here comes from the judge's alias table, so a renamed verdict
    # renames the view's filter with it.
    silent = _quote(VERDICT_ALIASES["silent"])
    return {
        "findings_by_outlet": (
            "SELECT s.outlet, f.policy, f.verdict, COUNT(*) AS findings, "
            "COUNT(DISTINCT f.story) AS stories FROM findings f JOIN stories s USING (story) "
            "GROUP BY s.outlet, f.policy, f.verdict"),
        "silent_corrections_by_outlet": (
            "SELECT s.outlet, COUNT(*) AS silent_corrections, COUNT(DISTINCT f.story) AS stories "
            f"FROM findings f JOIN stories s USING (story) WHERE f.verdict = {silent} "
            "GROUP BY s.outlet ORDER BY silent_corrections DESC"),
        "headline_edits": (
            "SELECT h.story, s.outlet, h.from_version, h.to_version, h.fetched_at, h.old, h.new, "
            "h.labels, h.verdict, h.note_kind, h.reverts_to, s.url FROM headline_changes h "
            "JOIN stories s USING (story) ORDER BY h.fetched_at DESC"),
        "time_to_first_edit": (
            "SELECT story, outlet, first_seen, first_substantive_at, hours_to_first_substantive "
            "FROM stories WHERE first_substantive_at != '' ORDER BY hours_to_first_substantive"),
    }


@dataclass(frozen=True)
class ExportResult:
    """What an export did."""

    out: Path
    stories: int  # in the database after the export
    written: int  # stories whose rows were (re)written
    removed: int  # stories dropped because the archive no longer has them
    rows: int  # rows written
    full: bool  # rebuilt from scratch (new file, or another policy)
    metadata: Path | None = None
    events: int = 0  # event groups whose rows were (re)written
    errors: tuple[tuple[str, str], ...] = ()  # (story, error) of stories left out, by story


def metadata_path(out: Path) -> Path:
    """Where the Datasette metadata of ``out`` goes: ``NAME.metadata.json`` beside it."""
    return out.with_name(out.stem + ".metadata.json")


def check_ours(out: Path) -> None:
    """Raise InputError unless ``out`` is missing or a findings database this tool wrote."""
    if not out.exists():
        return
    if not out.is_file():
        raise InputError(f"{out} exists and is not a file; give a new path for the database")
    try:
        with open(out, "rb") as fh:
            head = fh.read(16)
        ok = head == b"SQLite format 3\x00"
        if ok:
            con = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
            try:
                row = con.execute(f"SELECT value FROM {MARK_TABLE} WHERE key = 'format'").fetchone()
            finally:
                con.close()
            ok = row is not None and row[0] == FORMAT
    except (OSError, sqlite3.Error):
        ok = False
    if not ok:
        raise InputError(f"{out} exists and is not a versiontrack findings database; "
                         "refusing to overwrite it")


@contextmanager
def replacing(out: Path, suffix: str) -> Iterator[Path]:
    """A temporary path beside ``out`` (a copy of it when it exists) that replaces ``out`` on
    success and is removed on failure."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"cannot write {out}: folder {folder} does not exist")
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.tmp-{os.getpid()}-",
                                    suffix=suffix)
    except OSError as exc:
        raise InputError(f"cannot write to {folder}: {exc.strerror}") from None
    os.close(fd)
    tmp = Path(name)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes it private; the export is an ordinary file
    try:
        if out.exists() and suffix == ".db":
            shutil.copyfile(out, tmp)
        yield tmp
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _setup(db: sqlite_utils.Database) -> None:
    db.table(MARK_TABLE).insert_all([{"key": "format", "value": FORMAT}], pk="key", replace=True)
    from versiontrack.research.rows import StoryRow

    for row_type in TABLES:
        name = row_type.table
        fks = [] if row_type is StoryRow else [("story", "stories", "story")]
        db.table(name).create(_types(row_type), pk=_PKS[name], foreign_keys=fks, not_null={"story"})
        for cols in _INDEXES.get(name, []):
            db.table(name).create_index(cols)
        if name in _FTS:
            db.table(name).enable_fts(_FTS[name], create_triggers=True, tokenize="porter")
    _setup_events(db)
    for view, sql in _views().items():
        db.create_view(view, sql, replace=True)


def _types(row_type: type[Any]) -> dict[str, Any]:
    hints = {f: t for f, t in row_type.__annotations__.items() if f in columns(row_type)}
    types: dict[str, Any] = {}
    for col in columns(row_type):
        hint = str(hints.get(col, "str"))
        types[col] = float if "float" in hint else int if ("int" in hint or "bool" in hint) \
            else str
    return types


def _setup_events(db: sqlite_utils.Database) -> None:
    # Also run on an incremental export: a database written before the event tables gains them.
    have = set(db.table_names())
    for row_type in EVENT_TABLES:
        name = row_type.table
        if name in have:
            continue
        fks = [] if name == "events" else [("event", "events", "event"),
                                            ("story", "stories", "story")]
        db.table(name).create(_types(row_type), pk=_PKS[name], foreign_keys=fks,
                              not_null={"event"})
        for cols in _INDEXES.get(name, []):
            db.table(name).create_index(cols)


def _sync_events(db: sqlite_utils.Database, archive: Archive | ArchiveSet) -> tuple[
        list[str], Callable[[], int]]:
    """Drop the rows of events that changed or are gone (before stories are deleted, for the
    foreign keys); returns those names and a function that writes the new rows (after the
    stories are written) and returns how many events it wrote."""
    from versiontrack.archive.store import Archive as _Archive

    # Event groups are records in one archive's git; an archive set has none.
    one = archive if isinstance(archive, _Archive) else None
    groups = archive_events(one) if one is not None else {}
    stored = dict(db.execute("SELECT event, member_heads FROM events").fetchall())
    redo = [n for n in groups if stored.get(n) != groups[n][1]]
    for name in [n for n in stored if n not in groups or n in redo]:
        for row_type in reversed(EVENT_TABLES):
            db.execute(f"DELETE FROM [{row_type.table}] WHERE event = ?", [name])

    def write() -> int:
        done = 0
        present = {r[0] for r in db.execute("SELECT story FROM stories")}
        for name in redo:
            group, heads = groups[name]
            # A member whose rows were not made (gone, or failed on a worker) would break the
            # foreign keys: the event waits for the next export.
            if one is None or not set(group.members) <= present:
                continue
            made = rows_of(one, group, heads)
            if made is None:
                continue
            for row_type in EVENT_TABLES:
                got = [r.as_dict() for r in made.of(row_type.table)]
                if got:
                    db.table(row_type.table).insert_all(got, batch_size=500)
            done += 1
        return done

    return redo, write


def write_rows(db: sqlite_utils.Database, rows: Iterable[StoryRows | Failed],
               fresh: bool = False, batch: int = 200,
               failed: list[Failed] | None = None) -> tuple[int, int]:
    """Replace each story's rows in ``db`` (``fresh``: the tables hold none of them yet);
    returns (stories, rows) written. Rows go in ``batch`` stories at a time. A :class:`Failed`
    story loses its old rows and is appended to ``failed``."""
    stories = count = 0
    pending: dict[str, list[dict[str, Any]]] = {t.table: [] for t in TABLES}

    def flush() -> None:
        for row_type in TABLES:  # parents first, for the foreign keys
            if pending[row_type.table]:
                db.table(row_type.table).insert_all(pending[row_type.table], batch_size=500)
                pending[row_type.table] = []

    for item in rows:
        key = item.story if isinstance(item, Failed) else item.story.story
        if not fresh:
            for row_type in reversed(TABLES):  # children first, for the foreign keys
                db.execute(f"DELETE FROM [{row_type.table}] WHERE story = ?", [key])
        if isinstance(item, Failed):
            if failed is not None:
                failed.append(item)
            continue
        for row_type in TABLES:
            got = [r.as_dict() for r in item.of(row_type.table)]
            pending[row_type.table] += got
            count += len(got)
        stories += 1
        if stories % batch == 0:
            flush()
    flush()
    return stories, count


def export_sqlite(archive: Archive | ArchiveSet, out: Path,
                  policy: str | Policy = DEFAULT_POLICY, grace_hours: float | None = None,
                  progress: Callable[[str], None] | None = None,
                  make_rows: RowMaker | None = None) -> ExportResult:
    """Write (or bring up to date) the findings database at ``out`` from an archive or an
    archive set, and its Datasette metadata beside it. ``make_rows`` makes the rows of the
    stories to write (default: :func:`guarded_rows`, here)."""
    out = Path(out)
    check_ours(out)
    pol = get_policy(policy, grace_hours)
    setting = json.dumps({"policy": pol.name, "grace_hours": pol.grace_hours})
    with replacing(out, ".db") as tmp:
        db = sqlite_utils.Database(tmp)
        try:
            # The file is a private copy that replaces OUT only once complete: a crash loses
            # only the copy, so syncing each commit would buy nothing.
            db.conn.execute("PRAGMA synchronous = OFF")
            db.conn.execute("PRAGMA journal_mode = MEMORY")
            full = MARK_TABLE not in db.table_names() or db.execute(
                f"SELECT value FROM {MARK_TABLE} WHERE key = 'policy'").fetchone() != (setting,)
            if full:
                for name in db.view_names():
                    db.view(name).drop()
                for name in db.table_names():
                    if name in db.table_names():  # FTS shadow tables go with their table
                        db[name].drop()
                _setup(db)
            db.conn.execute("PRAGMA foreign_keys = ON")  # after the drops: order is theirs
            heads = {} if full else dict(db.execute("SELECT story, head_commit FROM stories"))
            infos = archive.stories()
            live = {s.key for s in infos}
            gone = sorted(set(heads) - live)
            with db.conn:
                _setup_events(db)
                _, write_events = _sync_events(db, archive)
                for key in gone:
                    for row_type in reversed(TABLES):
                        db.execute(f"DELETE FROM [{row_type.table}] WHERE story = ?", [key])
                todo = [s.key for s in infos
                        if heads.get(s.key) != archive.versions(s.key)[-1].commit]

                def each() -> Iterator[StoryRows | Failed]:
                    made = make_rows(todo) if make_rows else guarded_rows(archive, todo, pol)
                    for r in made:
                        if progress:
                            progress(r.story if isinstance(r, Failed) else r.story.story)
                        yield r

                failed: list[Failed] = []
                written, count = write_rows(db, each(), fresh=full, failed=failed)
                # Every story named here was left out, so the next export makes it again:
                # the table is this export's failures, no older ones.
                errors = db.table(ERRORS_TABLE)
                if ERRORS_TABLE in db.table_names():
                    db.execute(f"DELETE FROM [{ERRORS_TABLE}]")
                errors.insert_all([{"story": f.story, "error": f.error} for f in failed],
                                  pk="story", replace=True,
                                  columns={"story": str, "error": str})
                if ERRORS_TABLE not in db.table_names():
                    errors.create({"story": str, "error": str}, pk="story")
                events_written = write_events()
                db.table(MARK_TABLE).insert_all([
                    {"key": "policy", "value": setting},
                    {"key": "versiontrack", "value": __version__},
                    {"key": "archive", "value": str(archive.path)},
                ], pk="key", replace=True)
            total = db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        finally:
            db.close()
    meta = metadata_path(out)
    _write_metadata(meta, metadata(out.stem, pol.name))
    return ExportResult(out, total, written, len(gone), count, full, meta,
                        events_written, tuple(sorted((f.story, f.error) for f in failed)))


def _write_metadata(path: Path, data: dict[str, Any]) -> None:
    if path.exists():
        try:
            ours = json.loads(path.read_text(encoding="utf-8")).get("source") == "versiontrack"
        except (OSError, ValueError, AttributeError):
            ours = False
        if not ours:
            raise InputError(f"{path} exists and is not versiontrack's; refusing to overwrite it")
    with replacing(path, ".json") as tmp:
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


_DESCRIPTIONS = {
    "stories": "One row per archived story: outlet, versions, head commit, and the audit's "
               "totals under the export's policy.",
    "versions": "Every archived version with its headline and text (one paragraph a line).",
    "transitions": "Each step between consecutive non-suspect versions, and its size.",
    "changes": "Paragraph-level changes of each step: kind, labels, reasons, old and new text.",
    "notes": "Correction, clarification, update and editor's notes, by the version that first "
             "showed them, with what each discloses.",
    "findings": "The audit's findings: a verdict on each substantive change under the policy, "
                "the note that disclosed it, and story-wide findings.",
    "headline_changes": "Every headline edit, with the audit's verdict on it.",
    "events": "Event groups (versiontrack event): stories from several outlets reporting one "
              "event, the first being the source the others are compared with.",
    "event_links": "Each copy paragraph (latest versions, notes out) and the source "
                   "paragraph(s) it derives from, or marked as the copy's own.",
    "fact_differences": "Numbers, dates, names, quotes and attributions in linked paragraphs "
                        "that differ between source and copy, or that the copy dropped or "
                        "added, with the classifier's labels.",
    "propagation": "For each value the source corrected, each copy version's state: it "
                   "carries the old value, the new one, both or neither; and since when.",
}
_COLUMNS = {
    "stories": {"head_commit": "git commit of the latest version (incremental export key)",
                "hours_to_first_substantive": "hours from first capture to the first judged "
                                              "substantive change"},
    "findings": {"verdict": "the audit's word for the finding", "judged": "1 for a verdict on "
                 "one substantive change", "change_seq": "the change's seq in changes"},
    "changes": {"change_class": "correction (changes what was published) or addition"},
    "transitions": {"words_changed": "words inserted plus words deleted"},
    "events": {"member_heads": "story@commit of each member (incremental export key)"},
    "event_links": {"source_paragraphs": "source paragraph numbers, space-separated (0-based)",
                    "own": "1 when the paragraph derives from no source paragraph"},
    "propagation": {"state": "old, new, both or neither", "stale": "1 when the copy's latest "
                    "version still carries the corrected value"},
}


def metadata(db_name: str, policy: str) -> dict[str, Any]:
    """Datasette metadata for the database ``db_name`` (titles, descriptions, units, queries)."""
    from versiontrack.research.rows import columns as cols

    tables: dict[str, Any] = {}
    for row_type in (*TABLES, *EVENT_TABLES):
        name = row_type.table
        tables[name] = {"description": _DESCRIPTIONS[name],
                        "columns": {c: _COLUMNS.get(name, {}).get(c, c.replace("_", " "))
                                    for c in cols(row_type)}}
    tables["stories"]["units"] = {"hours_to_first_substantive": "hour"}
    tables["stories"]["sortable_columns"] = ["first_seen", "versions", "substantive"]
    tables[ERRORS_TABLE] = {"description": "Stories the last export had to leave out, with "
                            "the error; the next export tries them again.",
                            "columns": {"story": "story key", "error": "what went wrong"}}
    tables[MARK_TABLE] = {"hidden": True}
    silent = _quote(VERDICT_ALIASES["silent"])
    return {
        "source": "versiontrack",
        "title": "versiontrack findings",
        "description": f"Archived news stories, their changes and the audit's findings under "
                       f"policy {policy}. versiontrack {__version__}.",
        "databases": {db_name: {"tables": tables, "queries": {
            "silent_corrections_of_outlet": {
                "title": "Silent corrections of one outlet",
                "sql": "SELECT f.story, f.to_version, f.seen_at, f.labels, f.message FROM "
                       f"findings f JOIN stories s USING (story) WHERE f.verdict = {silent} "
                       "AND s.outlet = :outlet ORDER BY f.seen_at DESC",
            },
            "search_changes": {
                "title": "Search changed text",
                "sql": "SELECT c.story, c.from_version, c.to_version, c.kind, c.labels, "
                       "c.old_text, c.new_text FROM changes c JOIN changes_fts ON "
                       "changes_fts.rowid = c.rowid WHERE changes_fts MATCH :q",
            },
            "copies_still_carrying_a_corrected_value": {
                "title": "Copies still carrying a corrected value",
                "sql": "SELECT p.event, p.story, s.outlet, p.old_value, p.new_value, "
                       "p.corrected_in, p.current, p.since_version, p.since, s.url "
                       "FROM propagation p JOIN stories s USING (story) WHERE p.stale = 1 "
                       "AND p.version = (SELECT MAX(q.version) FROM propagation q WHERE "
                       "q.event = p.event AND q.story = p.story AND q.old_value = p.old_value "
                       "AND q.new_value = p.new_value) ORDER BY p.event, p.story",
            },
            "verdicts": {
                "title": "Findings by verdict",
                "sql": "SELECT verdict, COUNT(*) AS findings, COUNT(DISTINCT story) AS stories "
                       "FROM findings GROUP BY verdict ORDER BY findings DESC",
            },
        }}},
    }
