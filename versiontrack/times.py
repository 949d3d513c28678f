"""Times as versiontrack stores and reads them: ISO 8601 text, always UTC.

Every stored time has one text shape (:func:`iso`, ``2026-02-05T14:03:00+00:00``), so times
compare correctly as text (in SQL, too); :func:`parse_utc` is the one reader of such text, from
the archive, feeds, pages or the command line.
"""

from __future__ import annotations

from datetime import UTC, datetime


def iso(dt: datetime) -> str:
    """The one text shape every stored time has: ``2026-02-05T14:03:00+00:00`` (a naive
    ``dt`` is taken as UTC)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).replace(microsecond=0).isoformat()


def utcnow() -> datetime:
    """Now, in UTC, to the whole second."""
    return datetime.now(UTC).replace(microsecond=0)


def now_iso() -> str:
    """:func:`utcnow` as :func:`iso` text."""
    return utcnow().isoformat()


def parse_utc(value: str | None) -> datetime | None:
    """ISO 8601 text (``Z`` allowed, naive means UTC) as an aware UTC datetime; None when it is
    empty or not ISO 8601."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
