"""Discovery: how a snapshot pass finds articles to follow.

A pass reads every feed of the watchlist (RSS, Atom or a news sitemap, and the child sitemaps of
one level of sitemap index) with conditional requests, and registers in the watch state the
article URLs that pass each feed's include/exclude patterns. A source's own ``delay`` spaces the
requests to its host (:func:`host_delays`), for feeds and articles alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from versiontrack.errors import InputError
from versiontrack.snapshot.fetch import Fetcher, FetchPolicy, FetchRequest, host_of
from versiontrack.snapshot.outcomes import FeedOutcome
from versiontrack.snapshot.state import WatchState, transaction
from versiontrack.snapshot.watchlist import Source

#: Most child sitemaps read from one sitemap index per pass.
MAX_CHILD_SITEMAPS = 20


def host_delays(urls: Iterable[tuple[str, Source]]) -> dict[str, float]:
    """Host -> seconds between requests, for the sources that set their own ``delay`` (the
    longest wins when several sources share a host)."""
    delays: dict[str, float] = {}
    for url, src in urls:
        if src.delay is not None:
            host = host_of(url)
            delays[host] = max(delays.get(host, 0.0), src.delay)
    return delays


def read_feeds(feeds: tuple[Source, ...], state: WatchState,
               fetcher: Fetcher) -> tuple[FeedOutcome, ...]:
    """Read ``feeds`` with conditional requests and register the articles they list that pass
    each feed's patterns; one outcome per feed, in watchlist order."""
    from versiontrack.snapshot.feeds import parse_feed

    if not feeds:
        return ()
    validators = state.feed_validators()
    reqs = []
    for feed in feeds:
        etag, lm = validators.get(feed.url, (None, None))
        reqs.append(FetchRequest(feed.url, etag=etag, last_modified=lm, accept="feed",
                                 timeout=feed.timeout, tag=feed))
    fetcher.host_delay.update(host_delays((s.url, s) for s in feeds))
    results = list(fetcher.fetch_all(reqs))
    # One level of sitemap index: fetch the child sitemaps with the same fetcher.
    children: list[FetchRequest] = []
    parsed: dict[str, Any] = {}
    for res in results:
        if res.ok and res.snapshot is not None:
            try:
                parsed[res.url] = parse_feed(res.snapshot.body, res.final_url)
            except InputError as exc:
                parsed[res.url] = exc
                continue
            for child in parsed[res.url].sitemaps[:MAX_CHILD_SITEMAPS]:
                children.append(FetchRequest(child, accept="feed", tag=res.request.tag))
    child_parses: dict[str, list[Any]] = {}
    for res in fetcher.fetch_all(children):
        if res.ok and res.snapshot is not None:
            try:
                child_parses.setdefault(res.request.tag.url, []).append(
                    parse_feed(res.snapshot.body, res.final_url))
            except InputError:
                pass
    out = []
    with transaction(state.conn):
        order = {f.url: i for i, f in enumerate(feeds)}
        live = tuple(state.sources)
        for res in sorted(results, key=lambda r: order[r.url]):
            src: Source = res.request.tag
            outcome = FeedOutcome(src.url, src.outlet, res.outcome, res.reason,
                                  detail=res.detail)
            if res.ok:
                p = parsed.get(res.url)
                if isinstance(p, Exception):
                    outcome = replace(outcome, outcome="failed", reason="not-a-feed",
                                      detail=str(p))
                else:
                    entries = list(p.entries) if p else []
                    for cp in child_parses.get(src.url, []):
                        entries.extend(cp.entries)
                    listed = added = 0
                    for e in entries:
                        if not src.admits(e.url):
                            continue
                        listed += 1
                        added += state.register(e.url, src, e.title, e.published,
                                                live=live)
                    outcome = replace(outcome, listed=listed, added=added)
            state.save_feed(src, outcome, res.etag, res.last_modified)
            out.append(outcome)
    return tuple(out)


_KIND_WORDS = {"rss": "an RSS feed", "atom": "an Atom feed", "sitemap": "a sitemap",
               "sitemap-index": "a sitemap index", "feed": "a feed"}


def sniff(url: str, policy: FetchPolicy) -> tuple[str, str]:
    """Whether ``url`` answers with a feed: ``("feed", "an RSS feed")`` and the like, or
    ``("url", "")`` for anything else, or ``("url", why)`` when it could not be fetched (it is
    then kept as the user gave it). Fetched politely, robots.txt included."""
    from versiontrack.snapshot.feeds import NotAFeed, parse_feed

    with Fetcher(policy) as fetcher:
        res = fetcher.fetch(FetchRequest(url, accept="feed"))
    if res.outcome != "ok" or res.snapshot is None:
        return "url", f"could not check what it is: {res.reason} ({res.detail})"
    body = res.snapshot.body
    if b"<html" in body[:4096].lower():
        return "url", ""
    try:
        parsed = parse_feed(body, res.final_url or url)
    except NotAFeed:
        return "url", ""
    return "feed", _KIND_WORDS.get(parsed.kind, "a feed")
