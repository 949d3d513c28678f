"""The event page's view model: an event group's source story and its copies, as
:func:`~versiontrack.crossoutlet.copies.compare_copies` compares them, laid out as rows of a
copy paragraph beside the source paragraphs it derives from, with the facts that differ marked
in both texts, and each correction followed through each copy's versions.

Marks are cut into segments of plain text here; the template escapes each segment and wraps the
marked ones, so no archived text ever reaches the page unescaped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from versiontrack.crossoutlet.copies import CopyReport, EventComparison, compare_copies
from versiontrack.crossoutlet.events import Event
from versiontrack.crossoutlet.facts import FactDiff
from versiontrack.render.crossoutlet import STATE_WORDS, copy_verdict, fact_line

if TYPE_CHECKING:  # pragma: no cover
    from versiontrack.archive.store import Archive

#: Quote marks as outlets write them: a fact read from folded text is found in the raw one.
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u201e"


@dataclass(frozen=True)
class Segment:
    """A run of a paragraph's text; ``mark`` is the fact's kind ("differs", "added",
    "dropped") when the run is a fact, else ""."""

    text: str
    mark: str = ""
    title: str = ""


@dataclass(frozen=True)
class SourceCell:
    index: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Row:
    """One copy paragraph, the source paragraphs it derives from, and its facts."""

    index: int
    copy: tuple[Segment, ...]
    sources: tuple[SourceCell, ...]
    facts: tuple[str, ...]  # each in words

    @property
    def own(self) -> bool:
        return not self.sources


@dataclass(frozen=True)
class Step:
    version: int
    fetched_at: str
    state: str
    words: str


@dataclass(frozen=True)
class Timeline:
    """One correction's way through one copy's versions."""

    old_value: str
    new_value: str
    stale: bool
    current: str
    current_words: str
    since_version: int
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class CopyView:
    report: CopyReport
    anchor: str
    verdict: str
    rows: tuple[Row, ...]
    not_carried: tuple[SourceCell, ...]
    timelines: tuple[Timeline, ...]
    differ: int
    added: int
    dropped: int


@dataclass(frozen=True)
class EventView:
    """Everything the event page shows."""

    name: str
    comparison: EventComparison
    copies: tuple[CopyView, ...]

    @property
    def stale(self) -> tuple[CopyView, ...]:
        return tuple(c for c in self.copies if c.report.stale)


def _pattern(value: str) -> re.Pattern[str] | None:
    parts = []
    for ch in value.strip():
        if ch in _QUOTES:
            parts.append(f"[{re.escape(_QUOTES)}]")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    if not parts:
        return None
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)")


def marked(text: str, marks: Iterable[tuple[str, str, str]]) -> tuple[Segment, ...]:
    """``text`` cut into segments, each ``(value, kind, title)`` of ``marks`` marked at its
    first place not already marked (a value not found marks nothing)."""
    spans: list[tuple[int, int, str, str]] = []
    for value, kind, title in marks:
        pat = _pattern(value)
        if pat is None:
            continue
        for m in pat.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _, _ in spans):
                spans.append((m.start(), m.end(), kind, title))
                break
    out: list[Segment] = []
    at = 0
    for s, e, kind, title in sorted(spans):
        if s > at:
            out.append(Segment(text[at:s]))
        out.append(Segment(text[s:e], kind, title))
        at = e
    if at < len(text) or not out:
        out.append(Segment(text[at:]))
    return tuple(out)


def _copy_view(n: int, ev: EventComparison, c: CopyReport) -> CopyView:
    facts_by_copy: dict[int, list[FactDiff]] = {}
    for f in c.facts:
        facts_by_copy.setdefault(f.copy_paragraph, []).append(f)
    rows = []
    if c.verdict == "copy":
        for link in c.alignment.links:
            fs = facts_by_copy.get(link.copy, [])
            copy_marks = [(f.copy_value, f.kind, fact_line(f)) for f in fs if f.copy_value]
            src_marks = [(f.source_value, f.kind, fact_line(f)) for f in fs if f.source_value]
            rows.append(Row(
                link.copy, marked(c.paragraphs[link.copy], copy_marks),
                tuple(SourceCell(j, marked(ev.paragraphs[j], src_marks)) for j in link.sources),
                tuple(fact_line(f) for f in fs)))
    not_carried = tuple(SourceCell(j, (Segment(ev.paragraphs[j]),))
                        for j in c.alignment.not_carried) if c.verdict == "copy" else ()
    timelines = tuple(
        Timeline(p.old_value, p.new_value, p.stale, p.current, STATE_WORDS[p.current],
                 p.since_version,
                 tuple(Step(s.version, s.fetched_at, s.state, STATE_WORDS[s.state])
                       for s in p.states))
        for p in c.propagation)
    return CopyView(c, f"copy-{n}", copy_verdict(c), tuple(rows), not_carried, timelines,
                    sum(f.kind == "differs" for f in c.facts),
                    sum(f.kind == "added" for f in c.facts),
                    sum(f.kind == "dropped" for f in c.facts))


def event_view(name: str, ev: EventComparison) -> EventView:
    """The page's view of one compared event."""
    return EventView(name, ev, tuple(_copy_view(n, ev, c)
                                     for n, c in enumerate(ev.copies, 1)))


def event_views(archive: Archive, groups: Sequence[Event]) -> list[EventView]:
    """Every event group, its source compared with its copies and laid out."""
    return [event_view(g.name, compare_copies(archive, g.source, g.members[1:]))
            for g in groups]


def event_page(name: str) -> str:
    """The file name of event ``name``'s page under ``events/``."""
    return f"{name}.html"
