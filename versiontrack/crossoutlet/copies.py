"""The one comparison of a source story with its copies: what ``versiontrack compare`` prints
and the event page shows. Every copy is read from the archive, its latest version aligned with
the source's latest (notes taken out of both), its facts compared in linked pairs, and each of
its versions checked against the source's corrections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from versiontrack.audit.notes import strip_notes
from versiontrack.crossoutlet.facts import FactDiff, compare_facts
from versiontrack.crossoutlet.paraphrase import CopyAlignment, align_copy
from versiontrack.crossoutlet.propagation import Correction, Propagation, corrections, propagate

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive


@dataclass(frozen=True)
class CopyReport:
    """One copy against the source."""

    story: str
    outlet: str
    headline: str
    versions: int
    paragraphs: tuple[str, ...]
    alignment: CopyAlignment
    facts: tuple[FactDiff, ...]
    propagation: tuple[Propagation, ...]
    verdict: str  # "copy" | "not a copy" | "same story"

    @property
    def stale(self) -> bool:
        return any(p.stale for p in self.propagation)

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story, "outlet": self.outlet, "headline": self.headline,
                "versions": self.versions, "paragraphs": list(self.paragraphs),
                "verdict": self.verdict, "alignment": self.alignment.to_dict(),
                "facts": [f.to_dict() for f in self.facts],
                "propagation": [p.to_dict() for p in self.propagation], "stale": self.stale}


@dataclass(frozen=True)
class EventComparison:
    """A source story, its corrections, and each copy's report."""

    source: str
    outlet: str
    headline: str
    versions: int
    paragraphs: tuple[str, ...]
    corrections: tuple[Correction, ...]
    copies: tuple[CopyReport, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "outlet": self.outlet, "headline": self.headline,
                "versions": self.versions, "paragraphs": list(self.paragraphs),
                "corrections": [c.to_dict() for c in self.corrections],
                "copies": [c.to_dict() for c in self.copies]}


def compare_texts(source: Sequence[str], copy: Sequence[str]) -> tuple[CopyAlignment,
                                                                       tuple[FactDiff, ...]]:
    """Align ``copy`` with ``source`` (paragraphs, notes out) and compare facts in linked
    pairs."""
    alignment = align_copy(source, copy)
    whole_source, whole_copy = "\n".join(source), "\n".join(copy)
    facts: list[FactDiff] = []
    for link in alignment.links:
        if link.sources:
            facts += compare_facts(link.copy, copy[link.copy], link.sources,
                                   "\n".join(source[j] for j in link.sources), whole_source,
                                   whole_copy)
    return alignment, tuple(facts)


def compare_copies(archive: Archive, source: str, copies: Sequence[str]) -> EventComparison:
    """Compare the archived story ``source`` with each of ``copies`` (keys or URLs)."""
    source = archive.find_story(source)
    infos = {s.key: s for s in archive.stories()}
    src_history = [(v, a) for v, a, _ in archive.history(source)]
    src = strip_notes(src_history[-1][1])[0]
    fixes = corrections(src_history)
    reports = []
    for name in copies:
        key = archive.find_story(name)
        history = [(v, a) for v, a, _ in archive.history(key)]
        art = strip_notes(history[-1][1])[0]
        info = infos[key]
        if key == source:
            reports.append(CopyReport(key, info.outlet, art.headline, len(history),
                                      art.paragraphs, align_copy((), ()), (), (), "same story"))
            continue
        alignment, facts = compare_texts(src.paragraphs, art.paragraphs)
        props = tuple(propagate(c, src.paragraphs, history) for c in fixes) \
            if alignment.is_copy else ()
        reports.append(CopyReport(key, info.outlet, art.headline, len(history), art.paragraphs,
                                  alignment, facts, props,
                                  "copy" if alignment.is_copy else "not a copy"))
    return EventComparison(source, infos[source].outlet, src.headline, len(src_history),
                           src.paragraphs, tuple(fixes), tuple(reports))
