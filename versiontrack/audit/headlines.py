"""Headline edits of an audited story: the analysis behind the headlines pages, their feed, the
``headlines`` command and the research exports (the pages' wording lives in render/)."""

from __future__ import annotations

from dataclasses import dataclass

from versiontrack.audit.judge import VERDICT_KINDS, StoryAudit
from versiontrack.models import Change, Finding
from versiontrack.normalize import fold

__all__ = ["HeadlineEdit", "headline_edits"]


@dataclass(frozen=True)
class HeadlineEdit:
    """One headline edit between consecutive audited versions.

    ``verdict`` is the audit's judgement of the edit (one of the judge's verdict kinds), or
    None when it judged none (it judges headline edits labelled number, date, name, quote or
    meaning). ``reverts_to`` is the first version that already carried the new headline
    (A -> B -> A), else None.
    """

    story: str
    from_version: int
    to_version: int
    from_fetched_at: str
    fetched_at: str  # when the new headline was first seen
    change: Change
    verdict: Finding | None = None
    reverts_to: int | None = None


def headline_edits(audit: StoryAudit) -> list[HeadlineEdit]:
    """The headline edits of an audited story, oldest first."""
    out: list[HeadlineEdit] = []
    first_seen: dict[str, int] = {}  # folded headline -> first version that carried it
    for t in audit.transitions:
        change = t.alignment.headline
        if change is None:
            continue
        # Before its first change, a story's headline stood since the first audited version.
        old_key, new_key = fold(change.old_text), fold(change.new_text)
        first_seen.setdefault(old_key, audit.transitions[0].from_version.number)
        # An edit that folding erases (quote style, spaces) returns to nothing.
        reverts_to = first_seen.get(new_key) if new_key != old_key else None
        first_seen.setdefault(new_key, t.to_version.number)
        verdict = next((f for f in t.findings if f.kind in VERDICT_KINDS and f.change is not None
                        and (f.change is change or f.change == change)), None)
        out.append(HeadlineEdit(
            story=audit.story, from_version=t.from_version.number,
            to_version=t.to_version.number, from_fetched_at=t.from_version.fetched_at,
            fetched_at=t.to_version.fetched_at, change=change, verdict=verdict,
            reverts_to=reverts_to))
    return out
