"""When a followed story is checked again: story ages and recheck arithmetic.

Every snapshot time is stored as ISO 8601 UTC text of one fixed shape
(:func:`versiontrack.times.iso`), so times compare correctly as text in SQL. A story's age
counts from the earlier of its feed's publication date and the first time a pass saw its URL
(:func:`born`); the watchlist's recheck steps turn that age into an interval
(:func:`recheck_interval`), and :func:`next_check` adds the back-off for a failing URL and any
``Retry-After`` the server asked for."""

from __future__ import annotations

from datetime import datetime, timedelta

from versiontrack.snapshot.watchlist import RecheckStep
from versiontrack.times import parse_utc

#: Failure back-off: a failing URL's interval is multiplied by 2**(failures-1), at most this.
MAX_FAILURE_FACTOR = 8
#: Longest Retry-After :func:`next_check` adds, in seconds.
MAX_RETRY_WAIT = 365 * 86400.0


def parse_time(value: str) -> datetime:
    """ISO 8601 (``Z`` allowed; naive means UTC) -> aware datetime. ValueError when bad."""
    dt = parse_utc(value)
    if dt is None:
        raise ValueError(f"not an ISO 8601 time: {value!r}")
    return dt


def born(first_seen: str, published: str | None) -> datetime:
    """The moment a story's age counts from: the earlier of first sighting and a readable
    publication date (a feed's unreadable date is ignored, not an error)."""
    seen = parse_time(first_seen)
    if not published:
        return seen
    try:
        pub = parse_time(published)
    except ValueError:
        return seen
    return min(seen, pub)


def recheck_interval(age: timedelta, steps: tuple[RecheckStep, ...],
                     follow_days: float) -> timedelta | None:
    """How long until a story of this ``age`` is checked again; None once it is not followed.

    The first step whose ``until`` is beyond ``age`` gives the interval; past the last step its
    interval keeps applying until ``follow_days``. Ages are compared as whole timedeltas (never
    ``timedelta.seconds``, which wraps every day).
    """
    if age.total_seconds() >= follow_days * 86400:
        return None
    for step in steps:
        if age < step.until:
            return step.every
    return steps[-1].every if steps else timedelta(hours=6)


def next_check(now: datetime, since: datetime, steps: tuple[RecheckStep, ...],
               follow_days: float, failures: int = 0,
               retry_after: float | None = None) -> datetime | None:
    """When a story born at ``since`` and checked at ``now`` is due again; None once it is no
    longer followed. ``failures`` consecutive failures stretch the interval (up to
    :data:`MAX_FAILURE_FACTOR` times); a server's ``Retry-After`` seconds can only delay it."""
    interval = recheck_interval(now - since, steps, follow_days)
    if interval is None:
        return None
    if failures:
        interval = interval * min(2 ** (failures - 1), MAX_FAILURE_FACTOR)
    due = now + interval
    if retry_after:
        # Clamped here too (to a year): a wait that cannot be added to a date must cost the
        # URL a late check, never the pass an OverflowError.
        due = max(due, now + timedelta(seconds=min(max(retry_after, 0.0), MAX_RETRY_WAIT)))
    return due
