"""The stealth-edit literature's measures over a findings database, overall or by outlet, month
(of first capture) or change label.

Shares are fractions of the group's stories, except ``corrections_disclosed``: of the judged
changes to what was already published (change class "correction"), the fraction disclosed.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import defaultdict
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from versiontrack.audit.judge import VERDICT_KINDS
from versiontrack.errors import InputError

__all__ = ["BY", "DISCLOSED", "GroupStats", "archive_stats"]

#: Ways to group the measures ("" is overall).
BY = ("outlet", "month", "label")
#: The verdict that counts as disclosed (checked against the judge's vocabulary at import).
DISCLOSED = "disclosed"
if DISCLOSED not in VERDICT_KINDS:  # pragma: no cover - fails loudly when the judge renames it
    raise ImportError(f"the judge has no verdict {DISCLOSED!r}: update research/stats.py")


@dataclass(frozen=True)
class GroupStats:
    """The measures for one group of stories."""

    group: str
    stories: int
    changed_share: float | None  # changed after first capture
    substantive_share: float | None  # with at least one judged substantive change
    corrections: int  # judged changes to what was published
    corrections_disclosed: float | None  # of those, the share disclosed
    median_hours_to_first_substantive: float | None
    headline_edit_share: float | None
    notes_per_1000_stories: float | None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _measure(group: str, stories: list[tuple[Any, ...]], corrections: list[str]) -> GroupStats:
    # story row: (story, outlet, first_seen, transitions, substantive, hours, headlines, notes)
    n = len(stories)
    hours = [s[5] for s in stories if s[5] is not None]
    return GroupStats(
        group=group, stories=n,
        changed_share=_share(sum(s[3] > 0 for s in stories), n),
        substantive_share=_share(sum(s[4] > 0 for s in stories), n),
        corrections=len(corrections),
        corrections_disclosed=_share(sum(v == DISCLOSED for v in corrections), len(corrections)),
        median_hours_to_first_substantive=round(statistics.median(hours), 3) if hours else None,
        headline_edit_share=_share(sum(s[6] > 0 for s in stories), n),
        notes_per_1000_stories=round(1000 * sum(s[7] for s in stories) / n, 1) if n else None)


def archive_stats(db_path: Path, by: str = "") -> list[GroupStats]:
    """The measures from the findings database at ``db_path``: one row overall, or one per
    group (sorted by group) when ``by`` is one of :data:`BY`."""
    if by and by not in BY:
        raise InputError(f"cannot group by {by!r} (choose from {', '.join(BY)})")
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        stories = con.execute(
            "SELECT story, outlet, first_seen, transitions, substantive, "
            "hours_to_first_substantive, headline_changes, notes FROM stories").fetchall()
        judged = con.execute(
            "SELECT story, verdict, labels FROM findings WHERE judged AND change_class = "
            "'correction'").fetchall()
        labels = con.execute(
            "SELECT DISTINCT story, labels FROM findings WHERE judged").fetchall()
    finally:
        con.close()
    if not by:
        return [_measure("all", stories, [v for _, v, _ in judged])]
    groups: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    verdicts: dict[str, list[str]] = defaultdict(list)
    if by == "label":
        of_story: dict[str, set[str]] = defaultdict(set)
        for story, text in labels:
            of_story[story].update(text.split())
        for s in stories:
            for label in of_story.get(s[0], ()):
                groups[label].append(s)
        for _, verdict, text in judged:
            for label in set(text.split()):
                verdicts[label].append(verdict)
    else:
        key_of = {s[0]: (s[1] or "(unknown)") if by == "outlet" else s[2][:7] for s in stories}
        for s in stories:
            groups[key_of[s[0]]].append(s)
        for story, verdict, _ in judged:
            verdicts[key_of[story]].append(verdict)
    return [_measure(g, groups[g], verdicts.get(g, [])) for g in sorted(groups)]
