"""Events worth telling someone about, taken from the audit of a story's new versions.

The one table :data:`FINDING_EVENTS` maps audit finding kinds to event names, so a change in
the audit's vocabulary is one edit here. Two events come from the audit's other records: a
note added in a new version (``note-added``) and the new version itself (``new-version``).
Events carry data only; :mod:`versiontrack.render.notify` words them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from versiontrack.audit.judge import StoryAudit
    from versiontrack.models import Version

#: Every event a ``[[notify]]`` target can ask for, most serious first.
EVENT_KINDS = ("silent-correction", "note-removed", "flip-flop", "undisclosed-update",
               "headline", "note-added", "new-version")

#: Audit finding kind -> event name. Findings not listed here make no event.
FINDING_EVENTS = {
    "silent-correction": "silent-correction",
    "undisclosed-update": "undisclosed-update",
    "note-removed": "note-removed",
    "headline-change": "headline",
    "flip-flop": "flip-flop",
}

#: Severity levels, lowest first, as ``min_severity`` names them.
SEVERITIES = ("info", "low", "medium", "high")

#: Event name -> severity.
SEVERITY = {
    "silent-correction": "high", "note-removed": "high", "flip-flop": "medium",
    "undisclosed-update": "medium", "headline": "medium", "note-added": "low",
    "new-version": "info",
}

#: What a target gets when its entry has no ``on``: every event but a plain new version.
DEFAULT_EVENTS = tuple(k for k in EVENT_KINDS if k != "new-version")


@dataclass(frozen=True)
class Event:
    """One thing that happened to one story in one version."""

    id: str  # stable: the same change found again makes the same id
    kind: str  # one of EVENT_KINDS
    story: str
    version: int
    from_version: int | None
    headline: str
    outlet: str = ""
    url: str = ""  # the article's address
    source: str = ""  # the watchlist entry that brought it ("" outside a pass)
    fetched_at: str = ""
    finding: str = ""  # the audit finding kind it came from, if any
    message: str = ""  # the audit's own sentence
    old: str = ""  # the changed text before and after (headline or paragraphs)
    new: str = ""
    note: str = ""  # the note's text, when the event is about a note
    note_kind: str = ""
    policy: str = ""

    @property
    def severity(self) -> str:
        return SEVERITY[self.kind]

    def to_json(self) -> str:
        # Every field is a plain value: no need for asdict's deep copy (most of this call's
        # time before).
        return json.dumps({name: getattr(self, name) for name in self.__dataclass_fields__},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Event:
        data = json.loads(text)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def _event_id(*parts: Any) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]


def _make(story: str, kind: str, number: int, from_v: int | None, version: Version | None, *,
          policy: str, outlet: str, url: str, source: str, **kw: Any) -> Event:
    return Event(id=_event_id(story, kind, number, from_v, kw.get("message", ""),
                              kw.get("old", ""), kw.get("new", ""), kw.get("note", "")),
                 kind=kind, story=story, version=number, from_version=from_v,
                 headline=version.headline if version else "", outlet=outlet,
                 url=url or (version.url if version else ""), source=source,
                 fetched_at=version.fetched_at if version else "", policy=policy, **kw)


def _in_order(events: list[Event]) -> list[Event]:
    order = {k: i for i, k in enumerate(EVENT_KINDS)}
    events.sort(key=lambda e: (e.version, order[e.kind]))
    return list({e.id: e for e in events}.values())


def _new_versions(story: str, versions: Sequence[Version], after: int, policy: str,
                  where: dict[str, str]) -> list[Event]:
    numbers = sorted(v.number for v in versions)
    out = []
    for v in versions:
        if v.number > after and not v.suspect:
            prev = max((n for n in numbers if n < v.number), default=None)
            out.append(_make(story, "new-version", v.number, prev, v, policy=policy, **where))
    return out


def version_events(story: str, versions: Sequence[Version], after: int, *, policy: str,
                   outlet: str = "", url: str = "", source: str = "") -> list[Event]:
    """The ``new-version`` events of ``versions`` numbered above ``after``: the one kind of
    event that needs no audit (a target that wants nothing else costs no audit)."""
    return _in_order(_new_versions(story, versions, after, policy,
                                   {"outlet": outlet, "url": url, "source": source}))


def story_events(audit: StoryAudit, after: int, *, outlet: str = "", url: str = "",
                 source: str = "") -> list[Event]:
    """The events of ``audit``'s versions numbered above ``after``, in version order."""
    versions = {v.number: v for v in audit.versions}
    where = {"outlet": outlet, "url": url, "source": source}
    out = _new_versions(audit.story, audit.versions, after, audit.policy, where)

    def make(kind: str, number: int, from_v: int | None, **kw: Any) -> Event:
        return _make(audit.story, kind, number, from_v, versions.get(number),
                     policy=audit.policy, **where, **kw)

    for t in audit.transitions:
        if t.to_version.number > after:
            for note in t.notes_added:
                out.append(make("note-added", t.to_version.number, t.from_version.number,
                                note=note.text, note_kind=note.kind))
    for f in audit.findings:
        kind = FINDING_EVENTS.get(f.kind)
        number = f.to_version if f.to_version is not None else f.from_version
        if kind is None or number is None or number <= after:
            continue
        out.append(make(kind, number, f.from_version, finding=f.kind, message=f.message,
                        old=f.change.old_text if f.change else "",
                        new=f.change.new_text if f.change else "",
                        note=f.note.text if f.note else "",
                        note_kind=f.note.kind if f.note else ""))
    return _in_order(out)


def audit_kinds(on: Iterable[str], min_severity: str = "info") -> frozenset[str]:
    """The events in ``on`` at or above ``min_severity`` that only an audit can find (every
    one but ``new-version``): when a target's set is empty, it costs no audit."""
    floor = SEVERITIES.index(min_severity)
    return frozenset(k for k in on if k != "new-version"
                     and SEVERITIES.index(SEVERITY[k]) >= floor)


def wanted(events: Iterable[Event], on: tuple[str, ...], min_severity: str = "info",
           outlets: tuple[str, ...] = (), sources: tuple[str, ...] = ()) -> list[Event]:
    """The events a target asked for: its event names, severity floor and filters."""
    floor = SEVERITIES.index(min_severity)
    return [e for e in events
            if e.kind in on and SEVERITIES.index(e.severity) >= floor
            and (not outlets or e.outlet in outlets)
            and (not sources or e.source in sources)]
