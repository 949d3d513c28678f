"""Which story a key or a page belongs to, as merges and splits left it: the index side of
:mod:`versiontrack.archive.merge` (records applied while the index catches up with git) and the
ingest side (a new key that is an existing story under another URL).

Kept apart from the merge commands so that planning and index catch-up, which the archive
itself runs, never import the archive back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from versiontrack.archive import index as ix
from versiontrack.archive.gitrepo import GitRepo
from versiontrack.models import Article

# ---- the index side: applied while catching up with git -------------------------------------


def merged_away(db: sqlite3.Connection) -> set[str]:
    """Keys whose history now lives in another story."""
    return {r[0] for r in db.execute("SELECT other FROM merges")}


def resolve_alias(db: sqlite3.Connection, key: str) -> str:
    """The story a key's history lives in now: ``key`` itself unless it was merged away."""
    seen = {key}
    while True:
        row = db.execute("SELECT story FROM merges WHERE other = ?", (key,)).fetchone()
        if row is None or row[0] in seen:
            return key
        key = row[0]
        seen.add(key)


def _rows(db: sqlite3.Connection, story: str) -> list[dict[str, Any]]:
    cols = ", ".join(ix.VERSION_COLUMNS)
    return [dict(zip(ix.VERSION_COLUMNS, r, strict=False)) for r in db.execute(
        f"SELECT {cols} FROM versions WHERE story = ? ORDER BY number", (story,))]


def _renumber(db: sqlite3.Connection, groups: dict[str, list[dict[str, Any]]]) -> None:
    """Store ``groups`` (story -> its version rows) numbered 1..n by fetch time; move the
    "seen again" records along with their versions."""
    old_keys = {(r["story"], r["number"]): r["commit_id"] for rows in groups.values()
                for r in rows}
    stories = {s for s, _ in old_keys} | set(groups)
    marks = ",".join("?" for _ in stories)
    seen = db.execute(
        f"SELECT story, number, fetched_at FROM seen WHERE story IN ({marks})", tuple(stories)
    ).fetchall()
    db.execute(f"DELETE FROM versions WHERE story IN ({marks})", tuple(stories))
    db.execute(f"DELETE FROM seen WHERE story IN ({marks})", tuple(stories))
    where: dict[str, tuple[str, int]] = {}
    out = []
    for story, rows in groups.items():
        # Stable: equal fetch times keep the order the rows came in.
        for n, row in enumerate(sorted(rows, key=lambda r: r["fetched_at"]), start=1):
            where[row["commit_id"]] = (story, n)
            out.append({**row, "story": story, "number": n})
    ix.insert_versions(db, out)
    ix.insert_seen(db, [(*where[old_keys[(s, n)]], t) for s, n, t in seen
                        if (s, n) in old_keys])


def apply_record(
    db: sqlite3.Connection, repo: GitRepo, commit: str, trailers: dict[str, str]
) -> set[str]:
    """Apply one merge or split record to the index; return the stories it touched.

    A record that no longer fits the index (a story missing, a split of a story never merged)
    is skipped: the index then shows what git's versions say.
    """
    if "Merge-Story" in trailers:
        other, story = trailers["Merge-Story"], trailers.get("Into-Story", "")
        if not story or other == story:
            return set()
        a, b = _rows(db, story), _rows(db, other)
        if not a or not b:
            return set()
        _renumber(db, {story: a + b})
        db.execute("INSERT OR REPLACE INTO merges (other, story, commit_id) VALUES (?, ?, ?)",
                   (other, story, commit))
        return {story, other}
    other, story = trailers.get("Split-Story", ""), trailers.get("From-Story", "")
    row = db.execute("SELECT story FROM merges WHERE other = ?", (other,)).fetchone()
    if row is None or row[0] != story:
        return set()
    rows = _rows(db, story)
    parents = dict(db.execute("SELECT other, story FROM merges").fetchall())
    metas = repo.blobs([r["meta_blob"] for r in rows])
    back: list[dict[str, Any]] = []
    stay: list[dict[str, Any]] = []
    for r, meta in zip(rows, metas, strict=True):
        origin = json.loads(meta).get("story") or story
        # The version goes back when it was archived under OTHER or under a story merged into it.
        while origin not in (other, story) and origin in parents:
            origin = parents[origin]
        (back if origin == other else stay).append(r)
    db.execute("DELETE FROM merges WHERE other = ?", (other,))
    _renumber(db, {story: stay, other: back})
    return {story, other}


# ---- ingest: which existing story a page belongs to ----------------------------------------


def same_story(
    db: sqlite3.Connection, key: str, article: Article, source_url: str,
    cache: dict[str, dict[str, str]], derived: bool = True,
) -> tuple[str, str]:
    """The story a page with key ``key`` belongs to, and a warning ("" when nothing to say).

    A merged-away key goes to the story it was merged into. A key the archive does not hold
    joins an existing story of the same site when they share an article id or a URL but for
    the slug's hyphens (:func:`versiontrack.identity.identity_marks`), through the URL given
    or the page's canonical link; only for a ``derived`` key (a key the user chose is kept).
    ``cache`` keeps the marks of each site's stories for a batch.
    """
    from versiontrack.identity import identity_marks, normalize_url, outlet_from_url

    warning = ""
    canonical, given = article.canonical_url, source_url or article.url
    if (canonical and given and normalize_url(canonical) != normalize_url(given)
            and not identity_marks(canonical) & identity_marks(given)):
        warning = (f"the page's canonical link {normalize_url(canonical)} and the URL given "
                   f"{normalize_url(given)} name different pages; the story follows the "
                   "canonical link")
    root = resolve_alias(db, key)
    if root != key:
        return root, _join(warning, f"{key} was merged into {root}: archived there")
    if not derived or db.execute(
        "SELECT 1 FROM versions WHERE story = ? LIMIT 1", (key,)
    ).fetchone():
        return key, warning
    urls = [u for u in (canonical, given) if u]
    for url in urls:
        site = outlet_from_url(url)
        if not site:
            continue
        if site not in cache:
            marks: dict[str, str] = {}
            like = "%" + site.replace("%", "").replace("_", "\\_") + "%"
            for story, known in db.execute(
                "SELECT DISTINCT story, url FROM versions WHERE url LIKE ? ESCAPE '\\' "
                "ORDER BY story, number", (like,),
            ):
                for mark in identity_marks(known):
                    marks.setdefault(mark, story)
            cache[site] = marks
        for mark in sorted(identity_marks(url)):
            hit = cache[site].get(mark)
            if hit and hit != key:
                how = "article id" if mark.startswith("id:") else "URL but for the slug"
                return resolve_alias(db, hit), _join(
                    warning, f"same {how} as story {hit}: archived there, not as new story {key}")
    return key, warning


def remember(cache: dict[str, dict[str, str]], story: str, urls: Iterable[str]) -> None:
    """Add a story just planned in this batch to ``cache`` (see :func:`same_story`)."""
    from versiontrack.identity import identity_marks, outlet_from_url

    for url in urls:
        site = outlet_from_url(url) if url else ""
        if site in cache:
            for mark in identity_marks(url):
                cache[site].setdefault(mark, story)


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a and b else a or b
