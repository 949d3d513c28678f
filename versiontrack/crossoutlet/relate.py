"""Stories from other outlets that report the same event, found through an inverted index of
rare terms, not by comparing every pair.

A story's terms are the stems of its latest version's body words (the headline is left out: a
page that shares only the headline is not a report of the event), names, numbers and dates
among them. The index (tables ``related_*`` in the archive's index, a cache rebuilt from git
when lost) maps each term to the stories that use it. A query looks up its own terms, skips
those in more than :data:`COMMON_SHARE` of the stories, scores the stories found by the rarity
(idf) of the terms they share, and keeps those first seen within the time window. The score is
the shared weight over the smaller of the two stories' weights: a short summary of a long story
still scores high.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from versiontrack.audit.notes import strip_notes
from versiontrack.crossoutlet.terms import content_stems, words
from versiontrack.errors import ReadOnlyArchive
from versiontrack.models import Article

if TYPE_CHECKING:
    from collections.abc import Iterator

    from versiontrack.archive.store import Archive

#: Terms used by more than this share of the archive's stories are not looked up.
COMMON_SHARE = 0.05
#: ... but never fewer than this many (in a small archive one event fills a large share).
COMMON_FLOOR = 50
#: Stories scoring under this are not related.
MIN_SCORE = 0.2
#: At most this many candidates (best partial scores) get a full score.
CANDIDATES = 100
DEFAULT_WINDOW = timedelta(days=3)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS related_docs (
    story TEXT PRIMARY KEY, commit_id TEXT NOT NULL, first_seen TEXT NOT NULL,
    outlet TEXT NOT NULL, weight_terms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS related_terms (
    term TEXT NOT NULL, story TEXT NOT NULL, boost REAL NOT NULL);
CREATE INDEX IF NOT EXISTS related_terms_term ON related_terms (term);
CREATE INDEX IF NOT EXISTS related_terms_story ON related_terms (story);
"""


#: Ids per ``IN (...)`` query, well under SQLite's limit on ``?`` parameters.
_BATCH = 500


def _batches(items: list[str]) -> Iterator[tuple[list[str], str]]:
    """``items`` in slices of :data:`_BATCH`, each with its ``?,?,...`` placeholders."""
    for i in range(0, len(items), _BATCH):
        chunk = items[i:i + _BATCH]
        yield chunk, ",".join("?" * len(chunk))


@dataclass(frozen=True)
class Related:
    """A story that reports the same event, with its score and the terms it shares."""

    story: str
    outlet: str
    headline: str
    first_seen: str
    score: float
    shared: tuple[str, ...]  # the rarest shared terms, as the story writes them

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["shared"] = list(self.shared)
        return d


def article_terms(article: Article) -> dict[str, str]:
    """Stem -> one spelling of it, for the body of ``article`` (notes taken out)."""
    out: dict[str, str] = {}
    for p in strip_notes(article)[0].paragraphs:
        for w, s in zip(_content_words(p), content_stems(p), strict=True):
            if len(s) >= 4 or (any(c.isdigit() for c in s) and len(s) >= 2):
                out.setdefault(s, w)
    return out


#: Names, numbers and dates say more about an event than other words (and survive translation).
FACT_BOOST = 3.0


def boost(word: str) -> float:
    """How much a term counts beyond its rarity: :data:`FACT_BOOST` for a name or number."""
    return FACT_BOOST if word[:1].isupper() or word[:1].isdigit() else 1.0


def _content_words(text: str) -> list[str]:
    from versiontrack.crossoutlet.terms import STOPWORDS

    return [w for w in words(text)
            if not (w.casefold() in STOPWORDS or (len(w) < 2 and not w.isdigit()))]


class RelatedIndex:
    """The rare-terms index of an open archive, brought up to date on :meth:`sync`."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        try:
            self.db = archive.connect_index()
        except ReadOnlyArchive:  # a read-only archive: the cache lives in memory this time
            self.db = sqlite3.connect(":memory:")
        self.db.executescript(_SCHEMA)
        self._spellings: dict[str, dict[str, str]] = {}

    def close(self) -> None:
        self.db.close()

    def sync(self) -> int:
        """Index stories whose latest version is not indexed yet; drop stories gone. Returns
        how many stories were (re)indexed."""
        known = dict(self.db.execute("SELECT story, commit_id FROM related_docs"))
        stories = self.archive.stories()
        live = {s.key for s in stories}
        n = 0
        self.db.execute("BEGIN")
        try:
            for gone in set(known) - live:
                self._drop(gone)
            for info in stories:
                latest = self.archive.versions(info.key)[-1]
                if known.get(info.key) == latest.commit:
                    continue
                terms = article_terms(self.archive.article(info.key, latest.number))
                self._drop(info.key)
                self.db.execute("INSERT INTO related_docs VALUES (?, ?, ?, ?, ?)",
                                (info.key, latest.commit, info.first_seen, info.outlet,
                                 len(terms)))
                self.db.executemany("INSERT INTO related_terms VALUES (?, ?, ?)",
                                    [(t, info.key, boost(w)) for t, w in terms.items()])
                n += 1
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return n

    def _drop(self, story: str) -> None:
        self.db.execute("DELETE FROM related_docs WHERE story = ?", (story,))
        self.db.execute("DELETE FROM related_terms WHERE story = ?", (story,))

    def related(self, story: str, window: timedelta = DEFAULT_WINDOW, limit: int = 20,
                min_score: float = MIN_SCORE) -> list[Related]:
        """Stories of the archive related to ``story`` (a key), best first; never itself."""
        row = self.db.execute("SELECT first_seen FROM related_docs WHERE story = ?",
                              (story,)).fetchone()
        if row is None:
            return []
        first_seen = datetime.fromisoformat(row[0])
        n_docs = self.db.execute("SELECT COUNT(*) FROM related_docs").fetchone()[0]
        spell = article_terms(self.archive.article(story, -1))
        terms = list(spell)
        df = self._doc_freq(terms)
        limit_df = max(COMMON_FLOOR, int(COMMON_SHARE * n_docs))
        idf = {t: math.log(n_docs / c) for t, c in df.items() if 1 < c <= limit_df}
        if not idf:
            return []
        own = sum(math.log(n_docs / df[t]) * boost(spell[t]) for t in terms if t in df)
        partial: dict[str, float] = {}
        shared: dict[str, list[str]] = {}
        rare = list(idf)
        for chunk, marks in _batches(rare):
            for term, other in self.db.execute(
                f"SELECT term, story FROM related_terms WHERE term IN ({marks})", chunk):
                if other != story:
                    partial[other] = partial.get(other, 0.0) + idf[term] * boost(spell[term])
                    shared.setdefault(other, []).append(term)
        docs = self._docs(list(partial))
        near = [o for o in partial
                if abs(datetime.fromisoformat(docs[o][0]) - first_seen) <= window]
        near.sort(key=lambda o: (-partial[o], o))
        near = near[:CANDIDATES]
        weights = self._weights(near, n_docs)
        out = []
        for other in near:
            score = partial[other] / max(1e-9, min(own, weights.get(other, 0.0)))
            if score < min_score:
                continue
            best = sorted(shared[other], key=lambda t: -idf[t] * boost(spell[t]))[:8]
            info = self.archive.versions(other)[-1]
            out.append(Related(other, docs[other][1], info.headline, docs[other][0],
                               round(min(score, 1.0), 3), tuple(spell[t] for t in best)))
        out.sort(key=lambda r: (-r.score, r.story))
        return out[:limit]

    def _doc_freq(self, terms: list[str]) -> dict[str, int]:
        """How many stories use each of ``terms`` (terms no story uses are left out)."""
        df: dict[str, int] = {}
        for chunk, marks in _batches(terms):
            df.update(self.db.execute(
                f"SELECT term, COUNT(*) FROM related_terms WHERE term IN ({marks}) "
                "GROUP BY term", chunk).fetchall())
        return df

    def _docs(self, stories: list[str]) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for chunk, marks in _batches(stories):
            for story, first, outlet in self.db.execute(
                f"SELECT story, first_seen, outlet FROM related_docs WHERE story IN ({marks})",
                chunk):
                out[story] = (first, outlet)
        return out

    def _weights(self, stories: list[str], n_docs: int) -> dict[str, float]:
        """The idf weight of all the terms of each of ``stories`` (two queries per 500)."""
        out: dict[str, float] = {}
        for chunk, marks in _batches(stories):
            rows = self.db.execute(
                f"SELECT story, term, boost FROM related_terms WHERE story IN ({marks})",
                chunk).fetchall()
            df = self._doc_freq(list({t for _, t, _ in rows}))
            for story, term, b in rows:
                out[story] = out.get(story, 0.0) + math.log(n_docs / df[term]) * b
        return out


def related(archive: Archive, story: str, window: timedelta = DEFAULT_WINDOW,
            limit: int = 20) -> list[Related]:
    """The stories related to ``story`` (a key, URL or unique part of a key), best first."""
    key = archive.find_story(story)
    index = RelatedIndex(archive)
    try:
        index.sync()
        return index.related(key, window, limit)
    finally:
        index.close()
