"""The records a snapshot pass reports: one per URL, one per feed, degraded sources, the whole.

Outcome vocabulary per URL: ``new``, ``unchanged``, ``not-modified``, ``suspect``, and ``failed``
with a reason (``timeout``, ``connection-refused``, ``dns``, ``connection``, ``http-<status>``,
``too-large``, ``redirect-loop``, ``too-many-redirects``, ``private-redirect``, ``robots``,
``not-html``, ``bad-url``, ``bad-encoding``, ``extraction``, ``extract-timeout``, ``ingest``). A
dry run reports ``due`` for each URL it would fetch. ``to_dict`` gives the shape ``versiontrack
snapshot --json`` prints.
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
    next_due: str | None = None  # the earliest next check after this pass (None: nothing left)
    delivery: Delivery | None = None  # notifications, when the watchlist has [[notify]] targets
    report_built: int | None = None  # stories the [report] step rebuilt (None: no such step)
    report_index: str = ""
    report_error: str = ""

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

    def failures(self) -> tuple[UrlOutcome, ...]:
        return tuple(o for o in self.outcomes if o.outcome == "failed")

    def by_url(self) -> dict[str, UrlOutcome]:
        return {o.url: o for o in self.outcomes}

    def to_dict(self) -> dict[str, Any]:
        return {
            "now": self.now, "dry_run": self.dry_run, "summary": self.counts(),
            "degraded": [d.to_dict() for d in self.degraded],
            "feeds": [f.to_dict() for f in self.feeds],
            "urls": [o.to_dict() for o in self.outcomes],
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "next_due": self.next_due,
            "notifications": self.delivery.to_dict() if self.delivery else None,
            "report": None if self.report_built is None and not self.report_error else {
                "built": self.report_built, "index": self.report_index,
                "error": self.report_error},
        }


@dataclass(frozen=True)
class Delivery:
    """What the notification step did in one pass: events queued in the outbox, messages
    delivered, deliveries that failed (retried in a later pass, with backoff), and deliveries
    left in doubt by a pass that stopped between sending and recording (never resent)."""

    queued: int = 0
    delivered: int = 0
    failed: tuple[tuple[str, str], ...] = ()  # (target name, reason)
    pending: int = 0  # waiting in the outbox after this pass
    in_doubt: int = 0
    # why nothing could be sent at all ("" when something could): Apprise is not installed.
    # The events wait in the outbox; a single pass, an ingest or an import prints its summary
    # and then exits 1 with this line.
    unavailable: str = ""
    audit_seconds: float = field(default=0.0, compare=False)  # wall time auditing the stories
    send_seconds: float = field(default=0.0, compare=False)  # wall time delivering
    audits: int = field(default=0, compare=False)  # story audits the step ran
    shared_audits: int = field(default=0, compare=False)  # audits it took from the report's

    def to_dict(self) -> dict[str, Any]:
        return {"queued": self.queued, "delivered": self.delivered,
                "failed": [{"target": t, "reason": r} for t, r in self.failed],
                "pending": self.pending, "in_doubt": self.in_doubt}
