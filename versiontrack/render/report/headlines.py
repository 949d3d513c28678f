"""Headline changes: one record per audited step whose headline changed, with the audit's
verdict on it, for the headlines pages, their feed and the ``headlines`` command; and the
``--since`` times those are filtered by.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from versiontrack.audit.headlines import headline_edits
from versiontrack.audit.judge import StoryAudit
from versiontrack.errors import InputError
from versiontrack.render.report.diffpage import Segment, change_ops, diff_name
from versiontrack.times import parse_utc


@dataclass(frozen=True)
class HeadlineChange:
    """One headline edit between consecutive audited versions, with the audit's verdict.

    ``status`` is the audit's verdict on the edit (a headline edit is always a change to what
    was published), "" when it judged none (the audit judges headline edits labelled number,
    date, name, quote or meaning; a rewrite or a cosmetic edit needs no note). ``reverts_to`` is
    the first version that already carried the new headline (A -> B -> A), else None.
    """

    story: str
    outlet: str
    from_version: int
    to_version: int
    from_fetched_at: str
    fetched_at: str  # when the new headline was first seen
    old: str
    new: str
    ops: tuple[tuple[str, str], ...]  # (op, text) word runs from old to new
    labels: tuple[str, ...]
    substantive: bool
    status: str = ""
    note_kind: str = ""
    note_text: str = ""
    message: str = ""  # the audit's sentence about it
    reverts_to: int | None = None

    @property
    def href(self) -> str:
        """Root-relative link to the headline block of the step's diff page."""
        return f"stories/{self.story}/{diff_name(self.from_version, self.to_version)}#headline"

    @property
    def shown_labels(self) -> tuple[str, ...]:
        # "headline" only says which field changed (every row here is a headline), and
        # "cosmetic" is said by the substantive/cosmetic mark beside these labels.
        return tuple(label for label in self.labels if label not in ("headline", "cosmetic"))

    def old_segments(self) -> list[Segment]:
        return [Segment(op, text) for op, text in self.ops if op != "insert"]

    def new_segments(self) -> list[Segment]:
        return [Segment(op, text) for op, text in self.ops if op != "delete"]

    def marked(self, side: str) -> str:
        """``old`` or ``new`` as plain text with wdiff marks: ``[-deleted-]``, ``{+inserted+}``."""
        out = []
        for s in self.old_segments() if side == "old" else self.new_segments():
            out.append(s.text if s.op == "equal" else
                       f"[-{s.text}-]" if s.op == "delete" else f"{{+{s.text}+}}")
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["ops"] = [{"op": op, "text": text} for op, text in self.ops]
        d["labels"] = list(self.labels)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> HeadlineChange:
        fields = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        fields["ops"] = tuple((o["op"], o["text"]) for o in d.get("ops", ()))
        fields["labels"] = tuple(d.get("labels", ()))
        return cls(**fields)


def headline_changes(audit: StoryAudit, outlet: str = "") -> list[HeadlineChange]:
    """The headline edits of an audited story, oldest first."""
    out: list[HeadlineChange] = []
    for e in headline_edits(audit):
        change, verdict = e.change, e.verdict
        out.append(HeadlineChange(
            story=e.story, outlet=outlet, from_version=e.from_version, to_version=e.to_version,
            from_fetched_at=e.from_fetched_at, fetched_at=e.fetched_at,
            old=change.old_text, new=change.new_text, ops=tuple(change_ops(change)),
            labels=change.labels, substantive=change.substantive,
            status=verdict.kind if verdict else "",
            note_kind=verdict.note.kind if verdict and verdict.note else "",
            note_text=verdict.note.text if verdict and verdict.note else "",
            message=verdict.message if verdict else "", reverts_to=e.reverts_to))
    return out


def _utc(value: str) -> datetime | None:
    # RFC 3339 allows a lower-case "z"; fromisoformat takes only "Z".
    return parse_utc(value.replace("z", "Z"))


_AGO_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([mhdw])", re.IGNORECASE)
_AGO_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """``--since``: an ISO 8601 date or time (naive means UTC) or an age such as ``90m``,
    ``24h``, ``7d`` or ``2w`` before ``now``. Raises InputError otherwise."""
    text = (value or "").strip()
    m = _AGO_RE.fullmatch(text)
    if m:
        now = now or datetime.now(UTC).replace(microsecond=0)
        try:
            return now - timedelta(**{_AGO_UNITS[m.group(2).lower()]: float(m.group(1))})
        except OverflowError:
            raise InputError(f"--since age is too large: {value!r}") from None
    dt = _utc(text) if text else None
    if dt is None:
        raise InputError(f"not an ISO 8601 time or an age like 24h or 7d: {value!r}")
    return dt


def seen_since(fetched_at: str, since: datetime | None) -> bool:
    """Whether ``fetched_at`` is at or after ``since`` (always, when ``since`` is None)."""
    if since is None:
        return True
    dt = _utc(fetched_at)
    return dt is not None and dt >= since


def newest_first(changes: Iterable[HeadlineChange]) -> list[HeadlineChange]:
    """``changes`` sorted by when the new headline was seen, newest first."""
    return sorted(changes, key=lambda c: (_utc(c.fetched_at) or datetime.min.replace(tzinfo=UTC),
                                          c.story, c.to_version), reverse=True)


def headlines_page(n: int) -> str:
    """File name of the n-th (1-based) headlines page."""
    return "headlines.html" if n == 1 else f"headlines-{n}.html"


__all__ = [
    "HeadlineChange",
    "headline_changes",
    "headlines_page",
    "newest_first",
    "parse_since",
    "seen_since",
]
