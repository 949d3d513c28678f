"""Captures of a page from the Wayback Machine or any pywb-compatible archive.

:class:`Wayback` asks the archive's CDX API for a URL's captures (HTTP 200 only, collapsed by
digest so identical captures come once, oldest first) and fetches each one raw
(``<replay>/<timestamp>id_/<url>``, the page as it was served, without the archive's
rewriting). Requests go through the snapshot fetcher
(:class:`~versiontrack.snapshot.fetch.Fetcher`): a User-Agent naming versiontrack,
robots.txt, retries with doubling backoff on 429 and 5xx (honouring Retry-After), size and time
caps; on top, one request at a time with ``delay`` seconds between them. A capture that cannot
be fetched or is not HTML is a :class:`~versiontrack.models.Skipped` with its reason; a CDX
query that fails raises FetchError.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Self
from urllib.parse import urlencode, urlsplit

from versiontrack.errors import FetchError, InputError
from versiontrack.identity import archived_original
from versiontrack.models import Skipped, Snapshot
from versiontrack.snapshot.fetch import (
    CONNECTION_FAILURES,
    Fetcher,
    FetchPolicy,
    FetchRequest,
    FetchResult,
)
from versiontrack.times import parse_utc

WAYBACK = "https://web.archive.org"
CDX_PATH = "/cdx/search/cdx"
REPLAY_PATH = "/web"
_FIELDS = ("timestamp", "original", "mimetype", "statuscode", "digest")


@dataclass(frozen=True)
class Capture:
    """One CDX line: a capture of ``original`` at ``timestamp`` (14 digits, UTC)."""

    timestamp: str
    original: str
    mimetype: str
    digest: str

    @property
    def ref(self) -> str:
        """What the import log remembers it by."""
        return f"{self.timestamp} {self.digest} {self.original}"


_CDX_SHAPES = {4: "%Y", 6: "%Y%m", 8: "%Y%m%d", 10: "%Y%m%d%H", 12: "%Y%m%d%H%M",
               14: "%Y%m%d%H%M%S"}


def _is_date(digits: str) -> bool:
    shape = _CDX_SHAPES.get(len(digits))
    try:
        datetime.strptime(digits, shape or "")
    except ValueError:
        return False
    return shape is not None


def cdx_time(value: str | None) -> str:
    """A ``--from``/``--to`` date as CDX digits: ``2019-03-04`` -> ``20190304``; an ISO 8601
    time with a clock is taken to UTC. InputError when it is not a real date (``2019-13-45``):
    the CDX API would silently take it for another one."""
    if not value:
        return ""
    text = value.strip()
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}|\d+", text):
        digits = text.replace("-", "")
        if _is_date(digits):
            return digits
    else:
        dt = parse_utc(text.replace("z", "Z"))
        if dt is not None:
            return dt.strftime("%Y%m%d%H%M%S")
    raise InputError(f"not a date: {value!r} (use YYYY, YYYY-MM-DD, YYYYMMDDhhmmss or an "
                     "ISO 8601 time)")


class Wayback:
    """A client for one archive's CDX and replay endpoints. Use as a context manager."""

    def __init__(self, cdx_url: str = WAYBACK + CDX_PATH, replay_url: str = WAYBACK + REPLAY_PATH,
                 *, delay: float = 1.0, policy: FetchPolicy | None = None) -> None:
        self.cdx_url = cdx_url
        self.replay_url = replay_url.rstrip("/")
        self.delay = delay
        self.fetcher = Fetcher(policy or FetchPolicy(retries=3, backoff=1.0, timeout=30.0))
        self._last = 0.0

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _get(self, url: str, accept: str) -> FetchResult:
        wait = self._last + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        try:
            return self.fetcher.fetch(FetchRequest(url, accept=accept))
        finally:
            self._last = time.monotonic()

    def captures(self, url: str, since: str = "", until: str = "",
                 limit: int | None = None) -> tuple[list[Capture], list[Skipped]]:
        """The captures of ``url`` (oldest first), and the CDX lines that could not be read."""
        params = {"url": url, "fl": ",".join(_FIELDS), "collapse": "digest",
                  "filter": "statuscode:200"}
        if since:
            params["from"] = since
        if until:
            params["to"] = until
        if limit:
            params["limit"] = str(limit)
        res = self._get(f"{self.cdx_url}?{urlencode(params)}", "feed")
        if not res.ok or res.snapshot is None:
            raise FetchError(f"CDX query for {url} failed: {self._failure(res)}")
        text = res.snapshot.body.decode("utf-8", "replace")
        caps: list[Capture] = []
        bad: list[Skipped] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            cap = parse_cdx_line(line)
            if cap is None:
                bad.append(Skipped("malformed CDX line", f"CDX line {n}", line[:120]))
            else:
                caps.append(cap)
        caps.sort(key=lambda c: c.timestamp)
        return (caps[:limit] if limit else caps), bad

    def _failure(self, res: FetchResult) -> str:
        """Why a CDX query failed. A host that cannot be reached fails while its robots.txt is
        read, and the fetcher's detail says so; what matters here is that the archive is down."""
        if res.reason not in CONNECTION_FAILURES:
            return res.detail
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(self.cdx_url))
        words = {"connection-refused": f"connection refused by {origin}",
                 "dns": f"the host name of {origin} does not resolve",
                 "timeout": f"{origin} did not answer in time"}
        return f"{words.get(res.reason, f'cannot connect to {origin}')} ({res.reason})"

    def fetch(self, cap: Capture) -> Snapshot | Skipped:
        """The raw capture, with the original URL and the capture's own time."""
        where = f"capture {cap.timestamp} of {cap.original}"
        res = self._get(f"{self.replay_url}/{cap.timestamp}id_/{cap.original}", "html")
        if not res.ok or res.snapshot is None:
            reason = res.reason
            return Skipped("not HTML" if reason == "not-html" else f"fetch failed: {reason}",
                           where, res.detail, problem=reason != "not-html")
        snap = res.snapshot
        when = archived_original(f"https://web.archive.org/web/{cap.timestamp}/{cap.original}")
        # The replay may redirect to the nearest capture: its address then names the real time.
        moved = archived_original(_after_prefix(snap.final_url, self.replay_url))
        stamp = (moved or when or ("", ""))[1]
        if not stamp:
            return Skipped("bad capture timestamp", where, cap.timestamp)
        return Snapshot(url=cap.original, body=snap.body, fetched_at=stamp, status=snap.status,
                        headers=snap.headers, final_url=snap.final_url)


def _after_prefix(url: str, replay: str) -> str:
    """A replay address rewritten in web.archive.org form, so archived_original reads it."""
    if url.startswith(replay + "/"):
        return "https://web.archive.org/web/" + url[len(replay) + 1:]
    return ""


def parse_cdx_line(line: str) -> Capture | None:
    """A CDX line in our ``fl`` order (timestamp original mimetype statuscode digest), or None."""
    parts = line.split()
    if len(parts) != len(_FIELDS):
        return None
    stamp, original, mime, status, digest = parts
    if not (stamp.isdigit() and 4 <= len(stamp) <= 14) or "://" not in original:
        return None
    if status not in ("200", "-"):
        return None
    return Capture(stamp, original, mime, digest)


def wayback_records(client: Wayback, urls: list[str], *, since: str = "", until: str = "",
                    limit: int | None = None, done: set[str] | None = None,
                    errors: list[str] | None = None) -> Iterator[tuple[str, Snapshot | Skipped]]:
    """``(ref, capture or why not)`` for every capture of every URL, oldest first per URL,
    leaving out the refs in ``done``. A URL whose CDX query fails is added to ``errors``
    (one line) and passed over."""
    done = done or set()
    for url in urls:
        try:
            caps, bad = client.captures(url, since, until, limit)
        except FetchError as exc:
            if errors is None:
                raise
            errors.append(str(exc))
            continue
        for skipped in bad:
            yield "", skipped
        for cap in caps:
            if cap.ref in done:
                continue
            if cap.mimetype not in ("text/html", "application/xhtml+xml", "-", "unk", ""):
                yield cap.ref, Skipped("not HTML", f"capture {cap.timestamp} of {cap.original}",
                                       cap.mimetype, problem=False)
                continue
            yield cap.ref, client.fetch(cap)
