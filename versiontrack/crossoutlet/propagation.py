"""Whether copies followed the source's corrections, version by version.

A correction is a value the source replaced: named by a correction note (old and new value, from
:func:`versiontrack.audit.notes.find_notes`), or seen in the source's own versions (a change the
differ labels ``number:2016->2014``, ``date:...``, ``name:...``). For each copy version, the copy
paragraphs linked to the source paragraphs that now state the new value are searched for the
old value and the new one: the copy carried the old value, the new one, both, or neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from versiontrack.audit.notes import find_notes, strip_notes
from versiontrack.crossoutlet.paraphrase import align_copy
from versiontrack.differ.align import align
from versiontrack.models import Article, Version
from versiontrack.normalize import fold

#: What a copy version says about a corrected value.
STATES = ("old", "new", "both", "neither")
_CHANGE = re.compile(r"^(?:number|date|name):(.+?)->(.+)$")


@dataclass(frozen=True)
class Correction:
    """A value the source corrected, and where and when."""

    old_value: str
    new_value: str
    version: int  # the source version that first has the new value (or the note)
    fetched_at: str
    note: str  # the correction note's text ("" when found in the versions only)
    paragraphs: tuple[int, ...]  # latest source paragraphs stating the new value

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["paragraphs"] = list(self.paragraphs)
        return d


@dataclass(frozen=True)
class CopyState:
    version: int
    fetched_at: str
    state: str  # one of STATES

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class Propagation:
    """One copy's versions against one correction; ``stale`` when its latest version still
    carries the corrected value."""

    old_value: str
    new_value: str
    states: tuple[CopyState, ...]
    current: str
    since_version: int
    since: str
    stale: bool

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["states"] = [s.to_dict() for s in self.states]
        return d


def _has(text: str, value: str) -> bool:
    # Whole values only: "2016" is not in "20160" nor in "1,2016".
    pattern = rf"(?<![\w.,]){re.escape(fold(value))}(?![\w]|[.,]\d)"
    return bool(re.search(pattern, text, re.IGNORECASE))


def corrections(history: Sequence[tuple[Version, Article]]) -> list[Correction]:
    """The source's corrections, oldest first: note values, then values its versions changed."""
    if not history:
        return []
    latest = strip_notes(history[-1][1])[0].paragraphs
    found: dict[tuple[str, str], Correction] = {}

    def add(old: str, new: str, version: Version, note: str) -> None:
        key = (old, new)
        if key in found or not old or not new or old == new:
            return
        where = tuple(i for i, p in enumerate(latest) if _has(fold(p), new))
        found[key] = Correction(old, new, version.number, version.fetched_at, note, where)

    prev: Article | None = None
    for version, art in history:
        for note in find_notes(art):
            if note.kind == "correction" and note.old_value and note.new_value:
                add(note.old_value, note.new_value, version, note.text)
        bare = strip_notes(art)[0]
        if prev is not None:
            for change in align(prev, bare).changes:
                for reason in change.reasons:
                    m = _CHANGE.match(reason)
                    if m and m.group(1).strip("+") and not m.group(1).startswith("+"):
                        add(m.group(1), m.group(2), version, "")
        prev = bare
    return sorted(found.values(), key=lambda c: (c.version, c.old_value))


def propagate(correction: Correction, source: Sequence[str],
              copy_history: Sequence[tuple[Version, Article]]) -> Propagation:
    """Follow one correction through a copy's versions (``source``: the latest source
    paragraphs, notes out)."""
    states = []
    for version, art in copy_history:
        paras = strip_notes(art)[0].paragraphs
        if correction.paragraphs:
            links = align_copy(source, paras).links
            text = "\n".join(paras[x.copy] for x in links
                             if set(x.sources) & set(correction.paragraphs))
        else:
            text = "\n".join(paras)
        text = fold(text)
        old, new = _has(text, correction.old_value), _has(text, correction.new_value)
        state = "both" if old and new else "old" if old else "new" if new else "neither"
        states.append(CopyState(version.number, version.fetched_at, state))
    current = states[-1].state if states else "neither"
    since = states[-1] if states else CopyState(0, "", "neither")
    for s in reversed(states):
        if s.state != current:
            break
        since = s
    return Propagation(correction.old_value, correction.new_value, tuple(states), current,
                       since.version, since.fetched_at, current in ("old", "both"))
