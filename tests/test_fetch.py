"""The polite fetcher against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import itertools
import socket
import time

import pytest
from sitekit import AP_HEADLINE, AP_PARAGRAPHS, Reply, Site

from versiontrack._version import __version__
from versiontrack.snapshot.fetch import (
    Fetcher,
    FetchPolicy,
    FetchRequest,
    host_of,
    parse_retry_after,
    user_agent,
)

FAST = FetchPolicy(user_agent=user_agent("tests@example.org"), timeout=0.5, delay=0.0,
                   retries=1, backoff=0.01, max_wait=2.0, max_bytes=200_000)


@pytest.fixture
def site():
    with Site() as s:
        s.robots("User-agent: *\nDisallow: /private/\n")
        yield s


def fetch(site: Site, path: str, policy: FetchPolicy = FAST, **kw):
    with Fetcher(policy) as f:
        return f.fetch(FetchRequest(site.url(path), **kw))


def test_user_agent_names_versiontrack_and_contact(site):
    site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS)
    res = fetch(site, "/news/a")
    assert res.outcome == "ok" and res.status == 200
    assert res.snapshot.body.startswith(b"<!DOCTYPE html>")
    ua = next(h for _, p, h in site.log if p == "/news/a")["user-agent"]
    assert ua == (f"versiontrack/{__version__} (+https://github.com/versiontrack; "
                  "tests@example.org)")


def test_robots_disallow_and_cache_per_host(site):
    site.article("/private/x", "Secret", AP_PARAGRAPHS[:2])
    site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS)
    with Fetcher(FAST) as f:
        results = list(f.fetch_all([FetchRequest(site.url("/private/x")),
                                    FetchRequest(site.url("/news/a")),
                                    FetchRequest(site.url("/news/a?x=1"))]))
    by = {r.url: r for r in results}
    assert by[site.url("/private/x")].reason == "robots"
    assert by[site.url("/news/a")].outcome == "ok"
    assert site.hits["/private/x"] == 0
    assert site.hits["/robots.txt"] == 1  # read once per host per pass


@pytest.mark.parametrize("status,allowed", [(404, True), (403, True), (500, False), (503, False)])
def test_robots_status_rules(site, status, allowed):
    site.robots("User-agent: *\nDisallow: /\n", status=status)
    site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS)
    res = fetch(site, "/news/a")
    assert (res.outcome == "ok") is allowed
    if not allowed:
        assert res.reason == "robots"


def test_robots_policy_can_be_switched_off_for_own_sites(site):
    site.article("/private/x", "Secret", AP_PARAGRAPHS[:2])
    res = fetch(site, "/private/x", FetchPolicy(timeout=0.5, delay=0, robots=False))
    assert res.outcome == "ok"


def test_conditional_get_sends_validators_and_reads_304(site):
    site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS, validators=True)
    first = fetch(site, "/news/a")
    assert first.outcome == "ok" and first.etag and first.last_modified
    second = fetch(site, "/news/a", etag=first.etag, last_modified=first.last_modified)
    assert second.outcome == "not-modified" and second.status == 304
    assert second.snapshot is None and second.etag == first.etag
    sent = [h for _, p, h in site.log if p == "/news/a"][-1]
    assert sent["if-none-match"] == first.etag
    assert sent["if-modified-since"] == first.last_modified
    # Last-Modified alone also works.
    third = fetch(site, "/news/a", last_modified=first.last_modified)
    assert third.outcome == "not-modified"


def test_timeout_is_fast_and_named(site):
    site.article("/news/slow", AP_HEADLINE, AP_PARAGRAPHS, delay=2.0)
    t0 = time.monotonic()
    res = fetch(site, "/news/slow")
    assert res.outcome == "failed" and res.reason == "timeout"
    assert time.monotonic() - t0 < 1.5
    assert res.attempts == 1  # timeouts are not retried: a pass must not wait on a slow site


@pytest.mark.parametrize("chunked", [False, True])
def test_body_over_the_cap_is_refused(site, chunked):
    site.static("/news/big", b"<html><body>" + b"<p>x</p>" * 40_000 + b"</body></html>",
                chunked=chunked)
    res = fetch(site, "/news/big")
    assert res.outcome == "failed" and res.reason == "too-large"


def test_non_html_is_refused(site):
    site.static("/news/image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    res = fetch(site, "/news/image")
    assert (res.outcome, res.reason) == ("failed", "not-html")


def test_redirects_followed_with_a_limit(site):
    site.article("/news/final", AP_HEADLINE, AP_PARAGRAPHS)
    site.redirect("/r1", "/r2", 301)
    site.redirect("/r2", site.url("/news/final"), 302)
    ok = fetch(site, "/r1")
    assert ok.outcome == "ok" and ok.final_url == site.url("/news/final")
    assert ok.snapshot.url == site.url("/r1") and ok.snapshot.final_url == ok.final_url

    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    assert fetch(site, "/loop-a").reason == "redirect-loop"

    for i in range(8):
        site.redirect(f"/chain{i}", f"/chain{i + 1}")
    site.article("/chain8", AP_HEADLINE, AP_PARAGRAPHS)
    assert fetch(site, "/chain0").reason == "too-many-redirects"


def test_redirect_into_a_disallowed_path_is_refused(site):
    site.redirect("/news/moved", "/private/secret")
    site.article("/private/secret", "Secret", AP_PARAGRAPHS[:2])
    assert fetch(site, "/news/moved").reason == "robots"
    assert site.hits["/private/secret"] == 0


def test_5xx_retried_then_recovers(site):
    page = site.article("/news/tmp", AP_HEADLINE, AP_PARAGRAPHS)
    site.sequence("/news/flaky", [Reply(500, b"oops", {"Content-Type": "text/html"}),
                                  Reply(200, page, {"Content-Type": "text/html"})])
    res = fetch(site, "/news/flaky")
    assert res.outcome == "ok" and res.attempts == 2
    site.sequence("/news/down", [Reply(503, b"down", {"Content-Type": "text/html"})])
    res = fetch(site, "/news/down")
    assert (res.outcome, res.reason, res.attempts) == ("failed", "http-503", 2)


def test_404_is_not_retried(site):
    res = fetch(site, "/nothing-here")
    assert (res.reason, res.attempts) == ("http-404", 1)


def test_429_honours_retry_after(site):
    page = site.article("/news/tmp", AP_HEADLINE, AP_PARAGRAPHS)
    site.sequence("/news/busy", [Reply(429, b"", {"Retry-After": "1"}),
                                 Reply(200, page, {"Content-Type": "text/html"})])
    t0 = time.monotonic()
    res = fetch(site, "/news/busy")
    assert res.outcome == "ok" and res.attempts == 2
    assert time.monotonic() - t0 >= 0.95  # waited as asked, not the 10 ms backoff

    # Asked to wait longer than the bound: give up for this pass, remember the wait.
    site.sequence("/news/later", [Reply(429, b"", {"Retry-After": "3600"})])
    t0 = time.monotonic()
    res = fetch(site, "/news/later")
    assert (res.reason, res.attempts, res.retry_after) == ("http-429", 1, 3600.0)
    assert time.monotonic() - t0 < 0.5


def test_connection_refused_is_retried_and_named():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with Fetcher(FetchPolicy(timeout=0.5, delay=0, retries=2, backoff=0.01,
                             robots=False)) as f:
        res = f.fetch(FetchRequest(f"http://127.0.0.1:{port}/x"))
    assert (res.outcome, res.reason, res.attempts) == ("failed", "connection", 3)


def test_unreachable_robots_disallows_the_host():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with Fetcher(FetchPolicy(timeout=0.5, delay=0, retries=0)) as f:
        res = f.fetch(FetchRequest(f"http://127.0.0.1:{port}/x"))
    assert res.reason == "robots"


def test_per_host_concurrency_and_delay(site):
    site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS, delay=0.15)
    reqs = [FetchRequest(site.url(f"/news/a?n={i}")) for i in range(6)]
    policy = FetchPolicy(timeout=2, delay=0.0, per_host=2, concurrency=8)
    with Fetcher(policy) as f:
        results = list(f.fetch_all(reqs))
    assert all(r.outcome == "ok" for r in results)
    assert site.max_inflight["/news"] == 2

    site.article("/d/x", AP_HEADLINE, AP_PARAGRAPHS)
    policy = FetchPolicy(timeout=2, delay=0.2, per_host=2, concurrency=8)
    with Fetcher(policy) as f:
        list(f.fetch_all([FetchRequest(site.url(f"/d/x?n={i}")) for i in range(3)]))
    starts = [t for t, p, _ in site.log if p.startswith("/d/")]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 2 and min(gaps) >= 0.15  # 0.2 s apart at the client, less jitter


def test_robots_crawl_delay_spaces_requests_one_at_a_time(site):
    site.robots("User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n")
    site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS, delay=0.05)
    # Our own policy would allow two at once with no delay: robots.txt asks for more.
    policy = FetchPolicy(timeout=2, delay=0.0, per_host=2, concurrency=8)
    with Fetcher(policy) as f:
        results = list(f.fetch_all([FetchRequest(site.url(f"/news/a?n={i}")) for i in range(3)]))
        assert f.crawl_delay[host_of(site.url("/"))] == 1.0
    assert all(r.outcome == "ok" for r in results)
    assert site.max_inflight["/news"] == 1
    starts = [t for t, p, _ in site.log if p.startswith("/news/")]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 2 and min(gaps) >= 0.95


def test_no_crawl_delay_keeps_our_own_pace(site):
    site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS)
    policy = FetchPolicy(timeout=2, delay=0.0, per_host=2, concurrency=8)
    t0 = time.monotonic()
    with Fetcher(policy) as f:
        results = list(f.fetch_all([FetchRequest(site.url(f"/news/a?n={i}")) for i in range(4)]))
        assert f.crawl_delay[host_of(site.url("/"))] == 0.0
    assert all(r.outcome == "ok" for r in results)
    assert time.monotonic() - t0 < 0.9


def test_a_slow_host_does_not_stall_the_others():
    with Site() as slow, Site() as fast:
        for s in (slow, fast):
            s.robots("", status=404)
        slow.article("/s", AP_HEADLINE, AP_PARAGRAPHS, delay=0.2)
        fast.article("/f", AP_HEADLINE, AP_PARAGRAPHS)
        reqs = [FetchRequest(slow.url(f"/s?n={i}")) for i in range(4)]
        reqs += [FetchRequest(fast.url(f"/f?n={i}")) for i in range(8)]
        policy = FetchPolicy(timeout=2, delay=0.0, per_host=1, concurrency=4)
        t0 = time.monotonic()
        order = []
        with Fetcher(policy) as f:
            for res in f.fetch_all(reqs):
                order.append((res.url.startswith(fast.base), time.monotonic() - t0))
        fast_times = [t for is_fast, t in order if is_fast]
        slow_times = [t for is_fast, t in order if not is_fast]
        assert len(fast_times) == 8 and len(slow_times) == 4
        # Every fast page is done before the slow host has finished its second page.
        assert max(fast_times) < sorted(slow_times)[1]


def test_parse_retry_after():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Thu, 05 Feb 2026 10:00:30 GMT", now=1770285600.0) == 30.0
    assert parse_retry_after("Thu, 05 Feb 2026 09:00:00 GMT", now=1770285600.0) == 0.0


def test_odd_answers_fail_with_a_reason_not_an_exception(site):
    site.redirect("/news/ftp", "ftp://example.org/file")
    assert fetch(site, "/news/ftp").reason == "bad-url"
    site.static("/news/badgzip", b"this is not gzip", headers={"Content-Encoding": "gzip"})
    assert fetch(site, "/news/badgzip").reason == "bad-encoding"
    site.static("/news/nolocation", b"", status=302)
    assert fetch(site, "/news/nolocation").reason == "http-302"
