"""Small immutable records passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .normalize import fold, fold_paragraphs


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

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def folded(self) -> tuple[str, tuple[str, ...]]:
        """The comparison form: folded headline and folded, non-empty paragraphs."""
        return fold(self.headline), fold_paragraphs(self.paragraphs)

    def same_text(self, other: "Article") -> bool:
        """True when headline and paragraphs are equal after folding."""
        return self.folded() == other.folded()

    def to_text(self) -> str:
        """The archive's text form: headline, blank line, then one paragraph per line."""
        lines = [_one_line(self.headline), ""]
        lines.extend(_one_line(p) for p in self.paragraphs if p.strip())
        return "\n".join(lines) + "\n"

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> "Article":
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
