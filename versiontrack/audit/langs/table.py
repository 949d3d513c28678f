"""The record each language's table fills: see :mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Lang"]


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
    reported: str
    against: str
