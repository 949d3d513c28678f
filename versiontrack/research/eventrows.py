"""The cross-outlet rows of the research export: each event group, its copies' paragraph links,
their fact differences and how each copy followed the source's corrections.

:func:`event_rows` flattens one :class:`~versiontrack.crossoutlet.copies.EventComparison` (the
records ``versiontrack compare`` prints and the event page shows), so the export runs no
comparison of its own. Lists (paragraph numbers, labels, members) are space-separated strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from versiontrack.crossoutlet.copies import EventComparison, compare_copies
from versiontrack.crossoutlet.events import Event, events
from versiontrack.errors import VersionTrackError
from versiontrack.research.rows import _Row

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive

__all__ = ["EVENT_TABLES", "EventLinkRow", "EventRow", "EventRows", "FactDifferenceRow",
           "PropagationRow", "archive_events", "event_rows", "member_heads"]


@dataclass(frozen=True)
class EventRow(_Row):
    table: ClassVar[str] = "events"
    event: str
    source: str  # the source story
    members: str  # every member story, source first, space-separated
    copies: int  # members judged copies of the source
    stale_copies: int  # copies whose latest version still carries a corrected value
    corrections: int  # values the source corrected
    changed_at: str  # when the group was last changed
    member_heads: str  # "story@commit ..." of every member: what an incremental export compares


@dataclass(frozen=True)
class EventLinkRow(_Row):
    table: ClassVar[str] = "event_links"
    event: str
    story: str  # the copy
    copy_paragraph: int
    source_paragraphs: str  # source paragraph numbers it draws on ("" when own)
    own: bool  # the copy's own paragraph, linked to no source paragraph
    score: float
    verdict: str  # the copy's verdict: "copy" or "not a copy"


@dataclass(frozen=True)
class FactDifferenceRow(_Row):
    table: ClassVar[str] = "fact_differences"
    event: str
    story: str  # the copy
    seq: int
    kind: str  # "differs" | "added" | "dropped" | "spelling"
    fact: str  # "number" | "date" | "name" | "quote" | "attribution"
    labels: str
    source_value: str
    copy_value: str
    copy_paragraph: int
    source_paragraphs: str
    source_text: str
    copy_text: str


@dataclass(frozen=True)
class PropagationRow(_Row):
    table: ClassVar[str] = "propagation"
    event: str
    story: str  # the copy
    version: int  # the copy's version
    old_value: str  # the value the source corrected
    new_value: str
    corrected_in: int  # the source version that first has the new value
    fetched_at: str  # of the copy version
    state: str  # "old" | "new" | "both" | "neither"
    current: str  # the state of the copy's latest version
    since_version: int  # the copy has been in ``current`` since this version
    since: str
    stale: bool  # the copy's latest version still carries the corrected value


#: The event tables, parents first.
EVENT_TABLES: tuple[type[_Row], ...] = (EventRow, EventLinkRow, FactDifferenceRow,
                                        PropagationRow)


@dataclass(frozen=True)
class EventRows:
    """Every row of one event, one tuple per table."""

    event: EventRow
    links: tuple[EventLinkRow, ...]
    facts: tuple[FactDifferenceRow, ...]
    propagation: tuple[PropagationRow, ...]

    def of(self, table: str) -> tuple[_Row, ...]:
        """The rows for ``table`` (an :data:`EVENT_TABLES` name)."""
        return {"events": (self.event,), "event_links": self.links,
                "fact_differences": self.facts, "propagation": self.propagation}[table]


def _nums(values: tuple[int, ...]) -> str:
    return " ".join(str(v) for v in values)


def event_rows(name: str, ev: EventComparison, changed_at: str = "",
               heads: str = "") -> EventRows:
    """The rows of event ``name`` from its comparison ``ev``."""
    links: list[EventLinkRow] = []
    facts: list[FactDifferenceRow] = []
    props: list[PropagationRow] = []
    fixed_in = {(f.old_value, f.new_value): f.version for f in ev.corrections}
    for c in ev.copies:
        if c.verdict == "same story":
            continue
        links += [EventLinkRow(name, c.story, x.copy, _nums(x.sources), not x.sources,
                               round(x.score, 4), c.verdict) for x in c.alignment.links]
        facts += [FactDifferenceRow(name, c.story, i, f.kind, f.fact, " ".join(f.labels),
                                    f.source_value, f.copy_value, f.copy_paragraph,
                                    _nums(f.source_paragraphs), f.source_text, f.copy_text)
                  for i, f in enumerate(c.facts)]
        for p in c.propagation:  # none for a story that is not a copy
            fixed = fixed_in.get((p.old_value, p.new_value), 0)
            props += [PropagationRow(name, c.story, s.version, p.old_value, p.new_value, fixed,
                                     s.fetched_at, s.state, p.current, p.since_version, p.since,
                                     p.stale) for s in p.states]
    copies = [c for c in ev.copies if c.verdict == "copy"]
    row = EventRow(name, ev.source, " ".join([ev.source] + [c.story for c in ev.copies]),
                   len(copies), sum(c.stale for c in copies), len(ev.corrections), changed_at,
                   heads)
    return EventRows(row, tuple(links), tuple(facts), tuple(props))


def member_heads(archive: Archive, group: Event) -> str:
    """``story@commit`` of each member's latest version ("" for a member no longer archived)."""
    out = []
    for key in group.members:
        try:
            head = archive.versions(key)[-1].commit
        except (VersionTrackError, IndexError):
            head = ""
        out.append(f"{key}@{head}")
    return " ".join(out)


def archive_events(archive: Archive) -> dict[str, tuple[Event, str]]:
    """Every event group with its members' heads, by name."""
    return {name: (g, member_heads(archive, g)) for name, g in events(archive).items()}


def rows_of(archive: Archive, group: Event, heads: str) -> EventRows | None:
    """The rows of ``group``, or None when a member is no longer in the archive."""
    try:
        ev = compare_copies(archive, group.source, group.members[1:])
    except VersionTrackError:
        return None
    return event_rows(group.name, ev, group.changed_at, heads)
