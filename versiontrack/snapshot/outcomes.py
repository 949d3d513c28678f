"""The records a snapshot pass reports: one per URL, one per feed, degraded sources, the whole.

Outcome vocabulary per URL: ``new``, ``unchanged``, ``not-modified``, ``suspect``, and ``failed``
with a reason (``timeout``, ``connection``, ``http-<status>``, ``too-large``, ``redirect-loop``,
``too-many-redirects``, ``private-redirect``, ``robots``, ``not-html``, ``bad-url``,
``bad-encoding``, ``extraction``, ``extract-timeout``, ``ingest``). A dry run reports ``due`` for
each URL it would fetch. ``to_dict`` gives the shape ``versiontrack snapshot --json`` prints.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class UrlOutcome:
    """What one pass did with one URL."""

    url: str
    source: str
    outlet: str = ""
    outcome: str = ""  # new | unchanged | not-modified | suspect | failed | due (dry run)
    reason: str = ""  # for failed
    story: str | None = None
    version: int | None = None  # the story's latest version number after the pass
    detail: str = ""
    furniture: tuple[str, ...] = ()  # paragraphs dropped as page furniture

    @property
    def label(self) -> str:
        return f"failed:{self.reason}" if self.outcome == "failed" else self.outcome

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["furniture"] = list(self.furniture)
        d["label"] = self.label
        return d


@dataclass(frozen=True)
class FeedOutcome:
    url: str
    outlet: str
    outcome: str  # ok | not-modified | failed
    reason: str = ""
    listed: int = 0  # article links the feed listed that passed include/exclude
    added: int = 0  # of those, new to the watch state
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class SourceHealth:
    source: str
    outlet: str
    problem: str  # one human line

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class PassReport:
    now: str
    dry_run: bool
    outcomes: tuple[UrlOutcome, ...]
    feeds: tuple[FeedOutcome, ...]
    degraded: tuple[SourceHealth, ...]
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    def counts(self) -> dict[str, Any]:
        """``checked``, ``new``, ``unchanged``, ``not_modified``, ``suspect``, ``failed``
        (a reason -> count mapping), plus ``due`` for a dry run."""
        c = Counter(o.outcome for o in self.outcomes)
        failed = Counter(o.reason for o in self.outcomes if o.outcome == "failed")
        return {
            "checked": sum(v for k, v in c.items() if k != "due"),
            "new": c["new"], "unchanged": c["unchanged"], "not_modified": c["not-modified"],
            "suspect": c["suspect"], "failed": dict(sorted(failed.items())), "due": c["due"],
            "discovered": sum(f.added for f in self.feeds),
        }

    def by_url(self) -> dict[str, UrlOutcome]:
        return {o.url: o for o in self.outcomes}

    def to_dict(self) -> dict[str, Any]:
        return {
            "now": self.now, "dry_run": self.dry_run, "summary": self.counts(),
            "degraded": [d.to_dict() for d in self.degraded],
            "feeds": [f.to_dict() for f in self.feeds],
            "urls": [o.to_dict() for o in self.outcomes],
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }
