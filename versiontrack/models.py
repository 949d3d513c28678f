"""Small immutable records passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from versiontrack.normalize import fold, fold_paragraphs


@dataclass(frozen=True)
class Snapshot:
    """One fetch of one URL: the bytes as served and when."""

    url: str
    body: bytes
    fetched_at: str  # ISO 8601, UTC, e.g. "2026-02-05T14:03:00+00:00"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    final_url: str = ""


@dataclass(frozen=True)
class Skipped:
    """A record an import could not use, and why (counted by reason, never fatal)."""

    reason: str  # short and stable, e.g. "not HTML", "HTTP 404": the summary counts by it
    where: str = ""  # which record: "record 12 at offset 3401", "entry 7 v3" ...
    detail: str = ""
    # False for records that are simply not pages (images, redirects, 404s): skipped and
    # counted, but not a failure of the import.
    problem: bool = True


@dataclass(frozen=True)
class Article:
    """An extracted article: what versiontrack compares between versions."""

    headline: str
    paragraphs: tuple[str, ...]
    byline: str = ""
    published: str | None = None  # ISO 8601 as the page states it
    updated: str | None = None
    url: str = ""
    canonical_url: str = ""
    outlet: str = ""
    language: str | None = None
    extractor: str = ""  # e.g. "trafilatura 2.0.0", "json-ld", "text"
    # og:title / JSON-LD headline when it differs from the visible one (kept in meta.json,
    # never compared: no reader saw it as the headline)
    meta_title: str = ""

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def folded(self) -> tuple[str, tuple[str, ...]]:
        """The comparison form: folded headline and folded, non-empty paragraphs."""
        return fold(self.headline), fold_paragraphs(self.paragraphs)

    def same_text(self, other: Article) -> bool:
        """True when headline and paragraphs are equal after folding."""
        return self.folded() == other.folded()

    def to_text(self) -> str:
        """The archive's text form: headline, blank line, then one paragraph per line."""
        lines = [_one_line(self.headline), ""]
        lines.extend(_one_line(p) for p in self.paragraphs if p.strip())
        return "\n".join(lines) + "\n"

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        """Inverse of :meth:`to_text` (also reads the first-line-headline text format)."""
        lines = text.replace("\r\n", "\n").split("\n")
        headline = lines[0].strip() if lines else ""
        paras = tuple(line.strip() for line in lines[1:] if line.strip())
        return cls(headline=headline, paragraphs=paras, **meta)

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline, "byline": self.byline, "paragraphs": list(self.paragraphs),
            "published": self.published, "updated": self.updated, "url": self.url,
            "canonical_url": self.canonical_url, "outlet": self.outlet,
            "language": self.language, "extractor": self.extractor,
            "meta_title": self.meta_title,
        }


def _one_line(s: str) -> str:
    # A paragraph is one line in the archive; newlines inside it become spaces.
    return " ".join(s.split("\n")).strip()


@dataclass(frozen=True)
class Version:
    """One archived version of a story, as the index knows it."""

    story: str
    number: int  # 1-based, in fetch order
    commit: str
    fetched_at: str  # ISO 8601 UTC
    headline: str
    words: int
    paragraphs: int
    suspect: bool = False  # extraction looked broken: kept, but not treated as a content change
    raw_sha256: str = ""
    url: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class StoryInfo:
    """One story in the archive, as listed by ``versiontrack stories``."""

    key: str
    headline: str
    url: str
    outlet: str
    versions: int
    first_seen: str
    last_seen: str  # latest fetch, counting "seen again" fetches
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "extra"}
        d.update(self.extra)
        return d


# ---------------------------------------------------------------------------------------------
# The differ's result: one type consumed by the auditor, the renderer and the CLI alike.
# Owned by align.py / diff.py / classify.py; everything here is JSON serialisable via to_dict().
# ---------------------------------------------------------------------------------------------

#: Kinds of alignment entry. "moved" is a flag on kept/edited/split/merged entries, not a kind.
KINDS = ("kept", "edited", "split", "merged", "added", "removed")

#: Labels a change can carry. Substantive = any label outside COSMETIC_LABELS.
LABELS = (
    "cosmetic", "spelling", "number", "date", "name", "quote", "meaning", "attribution",
    "added", "removed", "moved", "headline", "byline", "rewrite", "lede",
)
COSMETIC_LABELS = frozenset({"cosmetic", "spelling"})
#: Labels that do not make a change substantive on their own: a paragraph that only moved is
#: not substantive, unless it moved into or out of the lede (then it also carries "lede").
NON_SUBSTANTIVE_LABELS = COSMETIC_LABELS | {"moved"}


# slots: the differ makes hundreds of these per alignment, and a slotted frozen record is
# quicker to build (one descriptor store per field, no instance dict).
@dataclass(frozen=True, slots=True)
class WordOp:
    """One run of a word-level diff. Offsets are character offsets into the real texts."""

    op: str  # "equal" | "insert" | "delete"
    text: str
    old_start: int  # for insert: the position in old where the text goes in
    old_end: int
    new_start: int  # for delete: the position in new where the text was taken out
    new_end: int

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of an alignment: how some old paragraphs became some new ones.

    ``old``/``new`` are 0-based paragraph indexes into the two versions' paragraphs; every
    paragraph of both versions appears in exactly one entry's tuple. ``field`` is "body" for
    paragraphs, or "headline"/"byline" for those fields (then old/new are empty tuples).
    """

    kind: str  # one of KINDS
    old: tuple[int, ...]
    new: tuple[int, ...]
    old_text: str  # the old paragraphs joined with "\n" (real characters)
    new_text: str
    ops: tuple[WordOp, ...] = ()  # word diff old_text -> new_text; empty when kept/added/removed
    labels: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # short machine-readable reasons, e.g. "number:5->6"
    moved: bool = False
    similarity: float = 1.0
    field: str = "body"

    @property
    def substantive(self) -> bool:
        return any(label not in NON_SUBSTANTIVE_LABELS for label in self.labels)

    @property
    def changed(self) -> bool:
        return self.kind != "kept" or self.moved or bool(self.labels)

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "ops"}
        d["old"], d["new"] = list(self.old), list(self.new)
        d["labels"], d["reasons"] = list(self.labels), list(self.reasons)
        d["ops"] = [o.to_dict() for o in self.ops]
        d["substantive"] = self.substantive
        return d


@dataclass(frozen=True)
class Alignment:
    """The alignment of two versions: headline, byline and every paragraph accounted for."""

    old_paragraphs: tuple[str, ...]
    new_paragraphs: tuple[str, ...]
    changes: tuple[Change, ...]  # body entries in reading order of the new version
    headline: Change | None = None  # None when the headline did not change
    byline: Change | None = None

    def all_changes(self) -> tuple[Change, ...]:
        """Headline, byline, then body entries that changed something."""
        head = tuple(c for c in (self.headline, self.byline) if c is not None)
        return head + tuple(c for c in self.changes if c.changed)

    @property
    def substantive(self) -> bool:
        return any(c.substantive for c in self.all_changes())

    def to_dict(self) -> dict[str, Any]:
        return {
            "old_paragraphs": list(self.old_paragraphs),
            "new_paragraphs": list(self.new_paragraphs),
            "headline": self.headline.to_dict() if self.headline else None,
            "byline": self.byline.to_dict() if self.byline else None,
            "changes": [c.to_dict() for c in self.changes],
            "substantive": self.substantive,
        }


# ---------------------------------------------------------------------------------------------
# The auditor's records. Owned by notes.py / audit.py.
# ---------------------------------------------------------------------------------------------

NOTE_KINDS = ("correction", "clarification", "editors-note", "update", "withdrawal")

FINDING_KINDS = (
    "silent-correction",    # a changed or removed fact no note discloses (the policy needs one)
    "undisclosed-update",   # added material without an update note or stamp (transparency)
    "disclosed",            # a substantive change matched to a published note (or a stamp)
    "update",               # added material that needs no note (policy corrections)
    "exempt",               # substantive, but the policy does not require a note (e.g. grace)
    "note-without-change",  # a note whose change is not visible in the archive
    "note-explains-nothing",  # a note that names no value, paragraph or subject
    "note-removed",         # a note present in one version is gone in the next
    "headline-change",
    "flip-flop",            # A -> B -> A, for the headline or a paragraph
    "large-removal",
    "extraction-artefact",  # text differs only because extraction differed (raw pages agree)
)


@dataclass(frozen=True)
class Note:
    """A published correction/clarification/editor's note/update found in a version."""

    kind: str  # one of NOTE_KINDS
    text: str
    position: str  # "top" | "bottom" | "inline" | "headline"
    paragraph: int | None = None  # index in the version's paragraphs (None for headline tags)
    date: str | None = None  # as stated, ISO 8601 when it can be parsed
    old_value: str | None = None  # what the note says was wrong, when it says
    new_value: str | None = None  # what it says is right
    style: str = "generic"  # "ap" | "nyt" | "wapo" | "guardian" | "reuters" | "generic"

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class Finding:
    """One thing the audit says about a story, tied to a transition between two versions."""

    kind: str  # one of FINDING_KINDS
    message: str  # one human sentence
    from_version: int | None  # version numbers (1-based); None for story-wide findings
    to_version: int | None
    change: Change | None = None
    note: Note | None = None
    reason: str = ""  # short machine-readable reason, e.g. "number:2016->2014 matched note"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "message": self.message, "from_version": self.from_version,
            "to_version": self.to_version, "reason": self.reason,
            "change": self.change.to_dict() if self.change else None,
            "note": self.note.to_dict() if self.note else None,
        }
