"""Polite HTTP fetching: URL -> Snapshot, with robots.txt, limits, conditional GET and retries.

One :class:`Fetcher` serves one pass. :meth:`Fetcher.fetch_all` runs many requests on a thread
pool with per-host queues: at most ``per_host`` requests in flight to one host, request starts to
one host spaced by ``delay`` seconds, ``concurrency`` in flight overall. A slow or failing host
only ever occupies its own ``per_host`` slots, so the other hosts keep moving. A host whose
robots.txt sets a ``Crawl-delay`` gets one request at a time, spaced by that delay when it is
longer than ours (capped at :data:`MAX_CRAWL_DELAY`); until its robots.txt has been read, a host
gets one request at a time.

Every request ends in a :class:`FetchResult` (never an exception) whose ``outcome`` is ``ok``,
``not-modified`` or ``failed`` with a ``reason`` from this vocabulary:

``timeout``, ``connection``, ``http-<status>`` (e.g. ``http-500``, ``http-404``, ``http-429``),
``too-large``, ``redirect-loop``, ``too-many-redirects``, ``robots``, ``not-html``, ``not-feed``,
``bad-url``, ``bad-encoding``, and ``error`` for anything unexpected (the detail says what).
"""

from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

import httpx

from versiontrack._version import __version__
from versiontrack.models import Snapshot
from versiontrack.times import now_iso

PROJECT_URL = "https://github.com/versiontrack"
ROBOTS_MAX_BYTES = 512_000
#: Longest Crawl-delay honoured, in seconds; a longer one is treated as this long.
MAX_CRAWL_DELAY = 60.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Feeds come with many content types in the wild (text/xml, application/rss+xml, text/plain ...).
FEED_REFUSED_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf",
                         "application/zip", "application/octet-stream")


def user_agent(contact: str = "", extra: str = "") -> str:
    """``versiontrack/<version> (+https://github.com/versiontrack; <contact>) <extra>``."""
    inside = f"+{PROJECT_URL}" + (f"; {contact}" if contact else "")
    ua = f"versiontrack/{__version__} ({inside})"
    return f"{ua} {extra}".strip() if extra else ua


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one pass. Times are seconds."""

    user_agent: str = field(default_factory=user_agent)
    timeout: float = 20.0  # per connect / read; a whole response also gets 3x this at most
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2  # extra attempts after a 5xx, a 429 or a connection error
    backoff: float = 0.5  # first wait before a retry; doubles on each further retry
    max_wait: float = 30.0  # longest single wait; a longer Retry-After fails the fetch instead
    per_host: int = 2
    delay: float = 1.0
    concurrency: int = 8
    robots: bool = True


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch. ``accept`` is ``"html"`` for articles or ``"feed"`` for feeds."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    accept: str = "html"
    timeout: float | None = None  # per-source overrides of the policy
    max_bytes: int | None = None
    tag: Any = None  # the caller's own reference, handed back in the result


@dataclass(frozen=True)
class FetchResult:
    request: FetchRequest
    outcome: str  # "ok" | "not-modified" | "failed"
    reason: str = ""  # for "failed": see the module docstring
    snapshot: Snapshot | None = None  # the body as served, for "ok"
    status: int = 0
    final_url: str = ""
    etag: str | None = None  # validators to send next time
    last_modified: str | None = None
    attempts: int = 0
    retry_after: float | None = None  # seconds the server asked us to wait, when it did
    elapsed: float = 0.0
    detail: str = ""  # one human line, for failures

    @property
    def url(self) -> str:
        return self.request.url

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class _Fail(Exception):
    def __init__(self, reason: str, detail: str = "", *, retryable: bool = False,
                 retry_after: float | None = None, status: int = 0) -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail or reason
        self.retryable = retryable
        self.retry_after = retry_after
        self.status = status
        self.attempts = 0  # set by the retry loop: attempts spent on the failing hop


@dataclass
class _Hop:
    """What one HTTP exchange answered."""

    kind: str  # "body" | "redirect" | "not-modified"
    status: int
    url: str
    headers: httpx.Headers
    body: bytes = b""
    location: str = ""


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now_ts = time.time() if now is None else now
    return max(0.0, when.timestamp() - now_ts)


def host_of(url: str) -> str:
    """The per-host queue key: lowercased host with port."""
    return urlsplit(url).netloc.lower()


class Fetcher:
    """Fetches URLs politely. Thread-safe; use as a context manager or call :meth:`close`."""

    def __init__(self, policy: FetchPolicy | None = None, *,
                 host_delay: dict[str, float] | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.host_delay = dict(host_delay or {})
        limits = httpx.Limits(max_connections=max(self.policy.concurrency * 2, 4),
                              max_keepalive_connections=max(self.policy.concurrency, 2))
        self.client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent},
            follow_redirects=False,  # followed by hand: robots and loops are checked per hop
            timeout=httpx.Timeout(self.policy.timeout),
            limits=limits,
            transport=transport,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}
        self._robots_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
        self._robots_guard = threading.Lock()
        # Per host: the Crawl-delay its robots.txt asked for (0.0: none), once it has been read.
        self.crawl_delay: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------ scheduling

    def fetch_all(self, requests: Iterable[FetchRequest]) -> Iterator[FetchResult]:
        """Fetch every request; yield results as they complete (not in request order)."""
        queues: dict[str, deque[FetchRequest]] = {}
        for req in requests:
            queues.setdefault(host_of(req.url), deque()).append(req)
        if not queues:
            return
        pol = self.policy
        inflight: dict[str, int] = defaultdict(int)
        next_start: dict[str, float] = defaultdict(float)
        pending: dict[Future[FetchResult], str] = {}
        with ThreadPoolExecutor(max_workers=pol.concurrency,
                                thread_name_prefix="versiontrack-fetch") as pool:
            while queues or pending:
                wake: float | None = None
                submitted = True
                while submitted and len(pending) < pol.concurrency:
                    submitted = False
                    now = time.monotonic()
                    for host in list(queues):
                        if len(pending) >= pol.concurrency:
                            break
                        crawl = self.crawl_delay.get(host)
                        if (pol.robots and crawl is None) or crawl:
                            # robots.txt not read yet, or it set a Crawl-delay: one at a time.
                            limit = 1
                        else:
                            limit = pol.per_host
                        if inflight[host] >= limit:
                            continue
                        if next_start[host] > now:
                            wake = next_start[host] if wake is None else min(wake, next_start[host])
                            continue
                        req = queues[host].popleft()
                        if not queues[host]:
                            del queues[host]
                        pending[pool.submit(self.fetch, req)] = host
                        inflight[host] += 1
                        next_start[host] = now + max(self.host_delay.get(host, pol.delay),
                                                     crawl or 0.0)
                        submitted = True
                timeout = None if wake is None else max(0.0, wake - time.monotonic())
                if not pending:
                    time.sleep(timeout or 0.0)
                    continue
                done, _ = wait(pending, timeout=timeout, return_when=FIRST_COMPLETED)
                for fut in done:
                    host = pending.pop(fut)
                    inflight[host] -= 1
                    crawl = self.crawl_delay.get(host)
                    if crawl:  # read during this fetch: space the next start from this one's
                        next_start[host] = max(next_start[host], time.monotonic() + crawl)
                    yield fut.result()

    # ------------------------------------------------------------------------------ one fetch

    def fetch(self, req: FetchRequest) -> FetchResult:
        """Fetch one URL (robots, redirects, retries); never raises for network trouble."""
        start = time.monotonic()
        attempts = 0
        url = req.url
        seen = {url}
        hops = 0
        try:
            while True:
                if urlsplit(url).scheme not in ("http", "https"):
                    raise _Fail("bad-url", f"not an http(s) URL: {url}")
                if self.policy.robots and not self.robots_allows(url):
                    raise _Fail("robots", f"robots.txt disallows {url}")
                hop, n = self._with_retries(url, req)
                attempts += n
                if hop.kind != "redirect":
                    break
                hops += 1
                nxt = hop.location
                if nxt in seen:
                    raise _Fail("redirect-loop", f"redirect loop at {nxt}", status=hop.status)
                if hops > self.policy.max_redirects:
                    raise _Fail("too-many-redirects",
                                f"more than {self.policy.max_redirects} redirects",
                                status=hop.status)
                seen.add(nxt)
                url = nxt
        except Exception as exc:  # noqa: BLE001 - one odd URL must not end the whole pass
            fail = _Fail("error", f"{url}: {type(exc).__name__}: {exc}")
            if isinstance(exc, _Fail):
                fail = exc
            return FetchResult(request=req, outcome="failed", reason=fail.reason,
                               status=fail.status, final_url=url,
                               attempts=attempts + fail.attempts,
                               retry_after=fail.retry_after,
                               elapsed=time.monotonic() - start, detail=fail.detail)
        etag = hop.headers.get("etag") or None
        last_mod = hop.headers.get("last-modified") or None
        if hop.kind == "not-modified":
            return FetchResult(request=req, outcome="not-modified", status=hop.status,
                               final_url=hop.url, etag=etag or req.etag,
                               last_modified=last_mod or req.last_modified, attempts=attempts,
                               elapsed=time.monotonic() - start)
        snap = Snapshot(url=req.url, body=hop.body, fetched_at=now_iso(), status=hop.status,
                        headers=tuple(hop.headers.items()), final_url=hop.url)
        return FetchResult(request=req, outcome="ok", snapshot=snap, status=hop.status,
                           final_url=hop.url, etag=etag, last_modified=last_mod,
                           attempts=attempts, elapsed=time.monotonic() - start)

    def _with_retries(self, url: str, req: FetchRequest) -> tuple[_Hop, int]:
        pol = self.policy
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._exchange(url, req), attempt
            except _Fail as fail:
                fail.attempts = attempt
                if not fail.retryable or attempt > pol.retries:
                    raise
                wait_s = pol.backoff * (2 ** (attempt - 1))
                if fail.retry_after is not None:
                    if fail.retry_after > pol.max_wait:
                        # Honour the server: give up for this pass rather than knock early.
                        raise
                    wait_s = max(wait_s, fail.retry_after)
                time.sleep(min(wait_s, pol.max_wait))

    def _exchange(self, url: str, req: FetchRequest) -> _Hop:
        """One GET; raises _Fail (retryable for 5xx/429/connection trouble)."""
        pol = self.policy
        timeout = req.timeout or pol.timeout
        max_bytes = req.max_bytes or pol.max_bytes
        headers = {"Accept": ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
                              if req.accept == "html" else
                              "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
                              "text/xml;q=0.9,*/*;q=0.5")}
        if req.etag:
            headers["If-None-Match"] = req.etag
        if req.last_modified:
            headers["If-Modified-Since"] = req.last_modified
        deadline = time.monotonic() + 3 * timeout
        try:
            with self.client.stream("GET", url, headers=headers,
                                    timeout=httpx.Timeout(timeout)) as resp:
                status = resp.status_code
                final = str(resp.url)
                if status in REDIRECT_STATUSES:
                    location = resp.headers.get("location")
                    if not location:
                        raise _Fail(f"http-{status}", f"HTTP {status} without Location",
                                    status=status)
                    return _Hop("redirect", status, final, resp.headers,
                                location=urljoin(final, location.strip()))
                if status == 304:
                    return _Hop("not-modified", status, final, resp.headers)
                if status == 429 or status >= 500:
                    raise _Fail(f"http-{status}", f"HTTP {status} from {url}", retryable=True,
                                retry_after=parse_retry_after(resp.headers.get("retry-after")),
                                status=status)
                if status >= 400 or status < 200:
                    raise _Fail(f"http-{status}", f"HTTP {status} from {url}", status=status)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if req.accept == "html":
                    if ctype and ctype not in HTML_TYPES:
                        raise _Fail("not-html", f"{url} is {ctype}, not HTML", status=status)
                elif ctype.startswith(FEED_REFUSED_PREFIXES):
                    raise _Fail("not-feed", f"{url} is {ctype}, not a feed", status=status)
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise _Fail("too-large", f"{url} declares {declared} bytes "
                                f"(cap {max_bytes})", status=status)
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise _Fail("too-large", f"{url} is over {max_bytes} bytes",
                                    status=status)
                    if time.monotonic() > deadline:
                        raise _Fail("timeout", f"{url} took longer than {3 * timeout:g} s",
                                    status=status)
                return _Hop("body", status, final, resp.headers, body=bytes(body))
        except httpx.TimeoutException:
            raise _Fail("timeout", f"{url} timed out after {timeout:g} s") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise _Fail("bad-url", f"{url}: {exc}") from None
        except httpx.TransportError as exc:
            raise _Fail("connection", f"{url}: {type(exc).__name__}: {exc}",
                        retryable=True) from None
        except httpx.DecodingError as exc:
            raise _Fail("bad-encoding", f"{url}: body could not be decoded: {exc}") from None
        except (httpx.HTTPError, ValueError, UnicodeError) as exc:
            raise _Fail("bad-url", f"{url}: {type(exc).__name__}: {exc}") from None

    # ------------------------------------------------------------------------------ robots

    def robots_allows(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s origin lets versiontrack fetch it (cached per origin).

        A 4xx robots.txt allows everything; a 5xx or unreachable one disallows the whole host
        for this pass.
        """
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._robots_guard:
            lock = self._robots_locks[origin]
        with lock:
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._load_robots(origin)
                self._robots[origin] = rules
                delay = None if isinstance(rules, bool) else rules.crawl_delay("versiontrack")
                self.crawl_delay[host_of(url)] = min(float(delay or 0.0), MAX_CRAWL_DELAY)
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch("versiontrack", url)

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | bool:
        url = origin + "/robots.txt"
        try:
            for _ in range(self.policy.max_redirects + 1):
                with self.client.stream("GET", url) as resp:
                    if resp.status_code in REDIRECT_STATUSES and resp.headers.get("location"):
                        url = urljoin(str(resp.url), resp.headers["location"])
                        continue
                    if 400 <= resp.status_code < 500:
                        return True
                    if resp.status_code >= 500 or resp.status_code != 200:
                        return False
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > ROBOTS_MAX_BYTES:
                            break
                    break
            else:
                return False
        except httpx.HTTPError:
            return False
        parser = urllib.robotparser.RobotFileParser(url)
        parser.parse(bytes(body[:ROBOTS_MAX_BYTES]).decode("utf-8", "replace").splitlines())
        parser.modified()  # can_fetch() refuses everything until it thinks the file was read
        return parser
