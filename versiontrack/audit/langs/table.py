"""The record each language's table fills: see :mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OPEN_QUOTE", "QUOTED", "Lang"]

# A quotation mark that opens a piece's title, and a quoted title: what a corrections column's
# item cites a piece by ("In „Titel“ (30. Januar)", "Dans « Titre » (3 mai)").
OPEN_QUOTE = r"[\u201e\"\u00bb\u00ab\u201c]"
QUOTED = OPEN_QUOTE + r"[^\"\u201c\u201d\u201e\u00bb\u00ab]{2,120}[\"\u201c\u201d\u00ab\u00bb]"


@dataclass(frozen=True)
class Lang:
    """One language's words for notes (regular-expression alternatives, lower case)."""

    labels: tuple[tuple[str, str], ...]  # (alternatives, kind)
    soft_labels: str
    earlier: str
    changed: str
    participles: str
    own: str
    errors: str
    facts: str
    negated: str  # "X, not Y": the negation and what may follow it (one scan for all)
    reported: str
    against: str
