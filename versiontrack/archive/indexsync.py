"""Keeping the archive's index in step with git, and checking an archive against git.

The index (:mod:`versiontrack.archive.index`) is a cache of git. :func:`record_batch` adds what one
ingest batch just committed; :func:`catch_up` brings it to git's tips from git alone, reading
only the commits it has not seen (or everything, to rebuild it). :func:`index_problems`
and :func:`tree_problems` are the checks behind :meth:`versiontrack.archive.store.Archive.verify`:
the index against a rebuild from git, and the story folders and raw pages against the index.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from versiontrack.archive import index as ix
from versiontrack.archive.aliases import apply_record, merged_away
from versiontrack.archive.gitrepo import NOTES, GitRepo
from versiontrack.archive.plan import Plan


def record_batch(
    db: sqlite3.Connection, commits: list[Plan], seen: list[Plan], marks: dict[int, str],
    head: str, notes: str,
) -> None:
    """Index one batch fast-import wrote (``marks``: commit id of each mark) at the new tips,
    in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        rows = []
        for p in commits:
            assert p.row is not None
            p.row["commit_id"] = marks[p.mark]
            rows.append(p.row)
        ix.insert_versions(db, rows)
        ix.insert_seen(db, [(p.story, p.number, p.fetched_at) for p in seen])
        ix.refresh_stories(db, {p.story for p in commits + seen})
        ix.set_meta(db, "head", head)
        ix.set_meta(db, "notes", notes)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:  # SQLite has already rolled back after "database or disk is full"
            db.execute("ROLLBACK")
        raise

def catch_up(
    db: sqlite3.Connection, repo: GitRepo, head: str, notes: str, full: bool = False
) -> dict[str, int]:
    """Bring the index's own tables from the tips they were built at to ``head`` and ``notes``.

    Reads only the commits since the indexed head, unless ``full``, the schema changed, or the
    indexed head is no longer in the branch's history: then the tables are rebuilt whole.
    Notes are reread whenever their tip moved. Runs inside the caller's transaction.
    """
    old_head = "" if full else (ix.get_meta(db, "head") or "")
    old_notes = "" if full else (ix.get_meta(db, "notes") or "")
    if ix.get_meta(db, "schema") != ix.SCHEMA_VERSION:
        old_head = old_notes = ""
    if old_head and old_head != head and not repo.is_ancestor(old_head, head or "HEAD"):
        old_head = ""  # history was rewritten under the index: rebuild it whole
    if not old_head:
        ix.drop_own_tables(db)
        old_notes = ""
    touched: set[str] = set()
    versions = 0
    if head and head != old_head:
        rng = f"{old_head}..{head}" if old_head else head
        log = repo.git(
            "log", "--reverse", "--no-renames", "--raw", "--no-abbrev",
            "--format=%x1e%H%x1f%B%x1f", rng,
        )
        rows: list[dict[str, Any]] = []
        for commit, story, number, files in ix.scan_log(log, partial(_known_files, db)):
            if number == 0:  # a merge or split record: applied in its place in history
                ix.insert_versions(db, rows)
                versions += len(rows)
                rows = []
                touched |= apply_record(db, repo, commit, files)
                continue
            if "article.txt" not in files or "meta.json" not in files:
                continue
            meta_bytes = repo.blob(files["meta.json"])
            raw_name = json.loads(meta_bytes).get("raw_file") or ""
            rows.append(ix.version_row(
                story, number, commit, repo.blob(files["article.txt"]), meta_bytes,
                files["article.txt"], files["meta.json"], files.get(raw_name, ""),
            ))
            touched.add(story)
        ix.insert_versions(db, rows)
        versions += len(rows)
    seen = 0
    if notes != old_notes or not old_head:
        db.execute("DELETE FROM seen")
        touched.update(r[0] for r in db.execute("SELECT key FROM stories"))
        seen = _load_notes(db, repo, notes)
        touched.update(r[0] for r in db.execute("SELECT DISTINCT story FROM seen"))
    ix.refresh_stories(db, touched)
    ix.set_meta(db, "schema", ix.SCHEMA_VERSION)
    ix.set_meta(db, "head", head)
    ix.set_meta(db, "notes", notes)
    return {"versions": versions, "seen": seen}


def _known_files(db: sqlite3.Connection, story: str) -> dict[str, str]:
    row = db.execute(
        "SELECT article_blob, meta_blob, raw_blob, raw_name FROM versions WHERE story = ? "
        "ORDER BY number DESC LIMIT 1", (story,),
    ).fetchone()
    if not row:
        return {}
    files = {"article.txt": row[0], "meta.json": row[1]}
    if row[3] and row[2]:
        files[row[3]] = row[2]
    return files


def _load_notes(db: sqlite3.Connection, repo: GitRepo, notes: str) -> int:
    if not notes:
        return 0
    out = repo.git("notes", "--ref", NOTES, "list")
    rows: list[tuple[str, int, str]] = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        note_blob, commit = parts
        hit = db.execute(
            "SELECT story, number FROM versions WHERE commit_id = ?", (commit,)
        ).fetchone()
        if not hit:
            continue
        text = repo.blob(note_blob).decode("utf-8", "replace")
        rows.extend((hit[0], hit[1], t) for t in ix.parse_seen_note(text))
    ix.insert_seen(db, rows)
    return len(rows)


def index_problems(db: sqlite3.Connection, repo: GitRepo, head: str, notes: str) -> list[str]:
    """How the index's tables differ from a fresh rebuild of git at ``head`` and ``notes``."""
    before = ix.dump(db)
    tmp = tempfile.mkdtemp(prefix="vt-verify-")
    check = ix.connect(Path(tmp) / "index.sqlite")
    try:
        ix.ensure_schema(check)
        catch_up(check, repo, head, notes, full=True)
        rebuilt = ix.dump(check)
    finally:
        check.close()
        for f in Path(tmp).iterdir():
            f.unlink()
        os.rmdir(tmp)
    problems = []
    for table in before:
        if before[table] != rebuilt[table]:
            diff = len(set(before[table]) ^ set(rebuilt[table]))
            problems.append(f"index table {table} differs from git ({diff} rows): reindex")
    return problems


def tree_problems(db: sqlite3.Connection, repo: GitRepo, head: str) -> list[str]:
    """Stray paths, raw pages that do not match their sha256, and story folders in ``head``
    that lack a file or a versioned commit."""
    problems = []
    tree = repo.git("ls-tree", "-r", "--name-only", head).splitlines() if head else []
    present: dict[str, set[str]] = {}
    for path in tree:
        split = ix.split_story_path(path)
        if split is not None:
            present.setdefault(split[0], set()).add(split[1])
        elif path.startswith("stories/"):
            problems.append(f"{path}: not in a story folder (stories/<shard>/<key>/<file>)")
    for row in db.execute(
        "SELECT story, number, raw_blob, raw_name, raw_sha256 FROM versions ORDER BY story, "
        "number"
    ).fetchall():
        story, number, raw_blob, raw_name, sha = row
        if raw_blob and hashlib.sha256(repo.blob(raw_blob)).hexdigest() != sha:
            problems.append(f"{story} v{number}: raw page does not match its sha256")
    latest = dict(db.execute(
        "SELECT story, raw_name FROM versions v WHERE number = "
        "(SELECT MAX(number) FROM versions w WHERE w.story = v.story)"
    ).fetchall())
    joined = {r[0] for r in db.execute("SELECT story FROM merges")}
    for story, raw_name in latest.items():
        # A merged story's latest version may have its raw page in the other story's folder.
        need = {"article.txt", "meta.json"} | ({raw_name} if raw_name and story not in joined
                                                else set())
        missing = need - present.get(story, set())
        if missing:
            problems.append(f"{story}: missing {', '.join(sorted(missing))} in HEAD")
    gone = merged_away(db)
    for story in sorted(set(present) - set(latest) - gone):
        problems.append(f"{ix.story_dir(story)}: folder in git without a versioned commit")
    return problems
