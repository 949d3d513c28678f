"""Event groups: stories a user confirmed as reports of one event, kept in the archive's git
history as records (commits without file changes, trailers ``Event:`` and ``Event-Add:`` or
``Event-Remove:``), so they travel with the archive and a rebuild loses nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from versiontrack.errors import InputError

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


@dataclass(frozen=True)
class Event:
    """One event group: its name, its source (the first story added) and its members."""

    name: str
    members: tuple[str, ...]
    changed_at: str  # commit time of the latest record

    @property
    def source(self) -> str:
        return self.members[0] if self.members else ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "source": self.source, "members": list(self.members),
                "changed_at": self.changed_at}


def _trailers(message: str) -> list[tuple[str, str]]:
    out = []
    for line in message.splitlines():
        m = re.match(r"^(Event|Event-Add|Event-Remove): ?(.*)$", line.strip())
        if m:
            out.append((m.group(1), m.group(2).strip()))
    return out


def events(archive: Archive) -> dict[str, Event]:
    """Every event group, as its records in git say, by name."""
    members: dict[str, list[str]] = {}
    when: dict[str, str] = {}
    for _commit, time, message in archive.records("Event"):
        trailers = _trailers(message)
        name = next((v for k, v in trailers if k == "Event"), "")
        if not name:
            continue
        group = members.setdefault(name, [])
        for k, v in trailers:
            if k == "Event-Add" and v not in group:
                group.append(v)
            elif k == "Event-Remove" and v in group:
                group.remove(v)
        when[name] = time
    return {n: Event(n, tuple(m), when[n]) for n, m in sorted(members.items()) if m}


def change_event(archive: Archive, name: str, add: Sequence[str] = (),
                 remove: Sequence[str] = ()) -> Event:
    """Add stories to (the first added is the source) and remove stories from event ``name``,
    recorded as one commit."""
    if not _NAME.match(name):
        raise InputError(f"event name {name!r}: use lower-case letters, digits, '.', '_' and "
                         "'-' (at most 80)")
    groups = events(archive)
    current = groups.get(name)
    if current is None and remove:  # "x is not in event 'typo'" would hide the typo
        raise InputError(f"no event {name!r} (events: {', '.join(groups) or 'none'})")
    have = list(current.members) if current else []
    adds = [k for k in (archive.find_story(s) for s in add) if k not in have]
    removes = []
    for s in remove:
        key = s if s in have else archive.find_story(s)
        if key not in have:
            raise InputError(f"{key!r} is not in event {name!r}")
        removes.append(key)
    if not adds and not removes:
        if current is None:
            raise InputError(f"no event {name!r}: add a story to create it")
        return current
    lines = [f"Event: {name}"] + [f"Event-Add: {k}" for k in dict.fromkeys(adds)] \
        + [f"Event-Remove: {k}" for k in removes]
    body = (f"Event group {name}: {len(adds)} story(ies) added, {len(removes)} removed. "
            "'versiontrack event show' lists its members.")
    archive.record(f"Event {name}", body, lines)
    return events(archive).get(name) or Event(name, (), "")
