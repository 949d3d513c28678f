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

``timeout``, ``connection-refused`` (nothing listens), ``dns`` (the name does not resolve),
``connection`` (other connection trouble: reset, TLS, unreachable), ``http-<status>`` (e.g.
``http-500``, ``http-404``, ``http-429``),
``too-large``, ``redirect-loop``, ``too-many-redirects``, ``private-redirect``, ``robots``,
``not-html``, ``not-feed``, ``bad-url``, ``bad-encoding``, and ``error`` for anything unexpected
(the detail says what). ``robots`` means robots.txt was read and disallows the URL; when
robots.txt could not be read because the host is down, the page fails with that reason
(``connection-refused``, ``dns``, ``timeout``, ``connection``) instead.

Every fetch has a total deadline (robots.txt, connects, headers, body, retries and their waits
together: :mod:`versiontrack.snapshot.limits`); once one URL of a host has run past it, the
host's other URLs still queued in this pass fail as ``timeout`` without being asked for, so one
slow host costs the pass at most about two deadlines. A ``Retry-After`` longer than
``max_wait`` is not slept through: the fetch fails and the answer's wait is handed to the
schedule.
"""

from __future__ import annotations

import email.utils
import re
import socket
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
from versiontrack.snapshot.limits import (
    BadEncoding,
    BoundedDecoder,
    DeadlineBackend,
    Resolver,
    TooLarge,
    deadline,
    redirect_refused,
    system_resolver,
    time_left,
)
from versiontrack.times import now_iso

PROJECT_URL = "https://github.com/versiontrack"
ROBOTS_MAX_BYTES = 512_000
#: Longest Crawl-delay honoured, in seconds; a longer one is treated as this long.
MAX_CRAWL_DELAY = 60.0
#: Longest Retry-After honoured, in seconds (a week); a longer or absurd one counts as this.
MAX_RETRY_AFTER = 7 * 86400.0
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
    timeout: float = 20.0  # per connect / read
    deadline: float | None = None  # whole fetch, all hops and retries; None: 3 x timeout
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2  # extra attempts after a 5xx, a 429 or a connection error
    backoff: float = 0.5  # first wait before a retry; doubles on each further retry
    # Longest Retry-After slept through inside a pass; a longer one fails the fetch and the
    # URL is due again no earlier than the server asked.
    max_wait: float = 1.0
    per_host: int = 2
    delay: float = 1.0
    concurrency: int = 8
    robots: bool = True
    private_redirects: bool = False  # follow a redirect from a public to an internal address


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


_SECONDS = re.compile(r"[0-9]+")


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), clamped to
    0..:data:`MAX_RETRY_AFTER`; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if _SECONDS.fullmatch(value):
        # Compared as text first: a 400-digit number must not become a float overflow.
        if len(value.lstrip("0")) > 9:
            return MAX_RETRY_AFTER
        return min(float(int(value)), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        stamp = when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    now_ts = time.time() if now is None else now
    return min(max(0.0, stamp - now_ts), MAX_RETRY_AFTER)


def host_of(url: str) -> str:
    """The per-host queue key: lowercased host with port."""
    return urlsplit(url).netloc.lower()


class Fetcher:
    """Fetches URLs politely. Thread-safe; use as a context manager or call :meth:`close`."""

    def __init__(self, policy: FetchPolicy | None = None, *,
                 host_delay: dict[str, float] | None = None,
                 transport: httpx.BaseTransport | None = None,
                 resolver: Resolver | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.host_delay = dict(host_delay or {})
        self.resolver = resolver or system_resolver
        limits = httpx.Limits(max_connections=max(self.policy.concurrency * 2, 4),
                              max_keepalive_connections=max(self.policy.concurrency, 2))
        if transport is None:
            transport = httpx.HTTPTransport(limits=limits)
            # httpx has per-operation timeouts only; the total deadline needs its socket layer.
            # httpx exposes no setting for the network backend, hence the private attribute
            # (tests/test_fetch.py fails if a new httpx moves it).
            pool = transport._pool
            pool._network_backend = DeadlineBackend(pool._network_backend)
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
        # origin -> (reason, detail): why its robots.txt could not be read
        self._robots_why: dict[str, tuple[str, str]] = {}

    def deadline_for(self, req: FetchRequest) -> float:
        """Seconds one fetch of ``req`` may take in all."""
        timeout = req.timeout or self.policy.timeout
        # A source's own longer timeout is not cut short by the pass-wide deadline.
        return max(self.policy.deadline, timeout) if self.policy.deadline else 3 * timeout

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
        stalled: dict[str, str] = {}  # host -> the URL that ran out of time
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
                        # robots.txt not read yet, or it set a Crawl-delay: one at a time.
                        if (pol.robots and crawl is None) or crawl:  # noqa: SIM108
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
                        if host in stalled:
                            yield self._skipped(req, stalled[host])
                            submitted = True
                            continue
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
                    res = fut.result()
                    if res.reason == "timeout" and host not in stalled:
                        stalled[host] = res.url
                        for req in queues.pop(host, ()):
                            yield self._skipped(req, res.url)
                    yield res

    def _skipped(self, req: FetchRequest, slow_url: str) -> FetchResult:
        return FetchResult(request=req, outcome="failed", reason="timeout", final_url=req.url,
                           detail=f"not fetched: {slow_url} on the same host ran past its "
                           "deadline in this pass")

    # ------------------------------------------------------------------------------ one fetch

    def fetch(self, req: FetchRequest) -> FetchResult:
        """Fetch one URL (robots, redirects, retries); never raises for network trouble."""
        start = time.monotonic()
        with deadline(self.deadline_for(req)):
            return self._fetch(req, start)

    def _fetch(self, req: FetchRequest, start: float) -> FetchResult:
        attempts = 0
        url = req.url
        seen = {url}
        hops = 0
        try:
            while True:
                if urlsplit(url).scheme not in ("http", "https"):
                    raise _Fail("bad-url", f"not an http(s) URL: {url}")
                if self.policy.robots and not self.robots_allows(url):
                    unread = self._robots_why.get(_origin(url))
                    if unread is None:
                        raise _Fail("robots", f"robots.txt disallows {url}")
                    raise _Fail(unread[0], f"robots.txt of {_origin(url)} could not be read: "
                                f"{unread[1]}")
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
                if not self.policy.private_redirects:
                    why = redirect_refused(urlsplit(url).hostname or "",
                                           urlsplit(nxt).hostname or "", self.resolver)
                    if why:
                        raise _Fail("private-redirect", why, status=hop.status)
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
                        # Honour the server in a later pass, rather than sleep in this one.
                        raise
                    wait_s = max(wait_s, fail.retry_after)
                wait_s = min(wait_s, pol.max_wait)
                left = time_left()
                if left is not None and wait_s >= left:
                    raise  # the wait would outlast the deadline: this pass is done with it
                time.sleep(wait_s)

    def _exchange(self, url: str, req: FetchRequest) -> _Hop:
        """One GET; raises _Fail (retryable for 5xx/429/connection trouble)."""
        pol = self.policy
        timeout = req.timeout or pol.timeout
        max_bytes = req.max_bytes or pol.max_bytes
        headers = {"Accept-Encoding": "gzip, deflate",  # the ones BoundedDecoder speaks
                   "Accept": ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
                              if req.accept == "html" else
                              "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
                              "text/xml;q=0.9,*/*;q=0.5")}
        if req.etag:
            headers["If-None-Match"] = req.etag
        if req.last_modified:
            headers["If-Modified-Since"] = req.last_modified
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
                try:
                    body = read_capped(resp, max_bytes)
                except TooLarge as exc:
                    raise _Fail("too-large", f"{url} is {exc} (cap {max_bytes})",
                                status=status) from None
                except BadEncoding as exc:
                    raise _Fail("bad-encoding", f"{url}: body could not be decoded: {exc}",
                                status=status) from None
                return _Hop("body", status, final, resp.headers, body=body)
        except httpx.TimeoutException:
            left = time_left()
            if left is not None and left <= 0:
                raise _Fail("timeout", f"{url} ran past the deadline of "
                            f"{self.deadline_for(req):g} s") from None
            raise _Fail("timeout", f"{url} timed out after {timeout:g} s") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise _Fail("bad-url", f"{url}: {exc}") from None
        except httpx.TransportError as exc:
            raise _Fail(transport_reason(exc), f"{url}: {type(exc).__name__}: {exc}",
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
        origin = _origin(url)
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
        """Read robots.txt within the calling fetch's deadline (it is part of that fetch)."""
        url = origin + "/robots.txt"
        try:
            for _ in range(self.policy.max_redirects + 1):
                with self.client.stream("GET", url,
                                        headers={"Accept-Encoding": "gzip, deflate"}) as resp:
                    if resp.status_code in REDIRECT_STATUSES and resp.headers.get("location"):
                        url = urljoin(str(resp.url), resp.headers["location"])
                        continue
                    if 400 <= resp.status_code < 500:
                        return True
                    if resp.status_code >= 500 or resp.status_code != 200:
                        why = f"it answered HTTP {resp.status_code}; the host is skipped"
                        self._robots_why[origin] = ("robots", why)
                        return False
                    body = read_capped(resp, ROBOTS_MAX_BYTES, truncate=True)
                    break
            else:
                return False
        except httpx.TimeoutException:
            self._robots_why[origin] = ("timeout", "it ran past the deadline")
            return False
        except httpx.TransportError as exc:
            self._robots_why[origin] = (transport_reason(exc), str(exc) or type(exc).__name__)
            return False
        except (httpx.HTTPError, BadEncoding):
            return False
        parser = urllib.robotparser.RobotFileParser(url)
        parser.parse(body.decode("utf-8", "replace").splitlines())
        parser.modified()  # can_fetch() refuses everything until it thinks the file was read
        return parser


#: The failure reasons that mean the host could not be reached (robots.txt included).
CONNECTION_FAILURES = ("connection-refused", "dns", "timeout", "connection")


def transport_reason(exc: BaseException) -> str:
    """``connection-refused``, ``dns`` or ``connection`` for an httpx transport error, read from
    the OS error it wraps (httpx keeps the chain)."""
    seen: BaseException | None = exc
    for _ in range(8):  # a chain is short; the bound guards against a cycle
        if seen is None:
            break
        if isinstance(seen, ConnectionRefusedError):
            return "connection-refused"
        if isinstance(seen, socket.gaierror):
            return "dns"
        seen = seen.__cause__ or seen.__context__
    return "connection"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def read_capped(resp: httpx.Response, cap: int, *, truncate: bool = False) -> bytes:
    """The decoded body of a streamed response, at most ``cap`` bytes however many
    Content-Encoding layers it has: TooLarge past the cap (or, with ``truncate``, the first
    ``cap`` bytes); BadEncoding for an encoding that cannot be undone."""
    dec = BoundedDecoder(resp.headers.get("content-encoding", ""), cap)
    try:
        for chunk in resp.iter_raw():
            dec.feed(chunk)
            left = time_left()
            if left is not None and left <= 0:  # also when a custom transport ignores it
                raise httpx.ReadTimeout("deadline passed")
    except TooLarge:
        if not truncate:
            raise
    return dec.body()[:cap]
