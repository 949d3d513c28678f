"""Article discovery: RSS and Atom feeds (feedparser) and news sitemaps (lxml).

:func:`parse_feed` takes the bytes of a fetched feed and returns the article links it lists. A
sitemap index is not followed here: its child sitemaps come back in ``FeedParse.sitemaps`` so the
caller can fetch them with its own polite fetcher.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from versiontrack.errors import InputError
from versiontrack.times import iso, parse_utc

NS_SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NS_NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass(frozen=True)
class FeedEntry:
    """One article a feed lists."""

    url: str
    title: str = ""
    published: str | None = None  # ISO 8601 UTC when the feed states a parseable date


@dataclass(frozen=True)
class FeedParse:
    kind: str  # "rss" | "atom" | "sitemap" | "sitemap-index" | "feed"
    entries: tuple[FeedEntry, ...] = ()
    sitemaps: tuple[str, ...] = ()  # child sitemaps of a sitemap index


class NotAFeed(InputError):
    """The bytes are neither an RSS/Atom feed nor a sitemap."""


def _web_url(value: str, base: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    url = urljoin(base, value) if base else value
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return url


def _iso(value: str | None) -> str | None:
    """A W3C/ISO date or datetime as ISO 8601 UTC; None when unparseable."""
    dt = parse_utc(value)
    return iso(dt) if dt else None


def _struct_iso(st: time.struct_time | None) -> str | None:
    if not st:
        return None
    try:
        ts = calendar.timegm(st)
        return datetime.fromtimestamp(ts, UTC).isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def parse_feed(body: bytes, base_url: str = "") -> FeedParse:
    """The article links in ``body`` (RSS, Atom, or a sitemap), in document order, deduplicated.

    Raises :class:`NotAFeed` when ``body`` is none of those.
    """
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head or b"sitemaps.org" in head:
        parsed = _parse_sitemap(body, base_url)
        if parsed is not None:
            return parsed
    return _parse_syndication(body, base_url)


def _parse_sitemap(body: bytes, base_url: str) -> FeedParse | None:
    from lxml import etree  # lazy

    # No entity expansion and no network: a hostile sitemap gets no further than its own bytes.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    local = etree.QName(root).localname
    if local == "sitemapindex":
        maps: list[str] = []
        for loc in root.iter(f"{{{NS_SITEMAP}}}loc", "loc"):
            url = _web_url(loc.text or "", base_url)
            if url and url not in maps:
                maps.append(url)
        return FeedParse(kind="sitemap-index", sitemaps=tuple(maps))
    if local != "urlset":
        return None
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname != "url":
            continue
        loc = _child_text(node, "loc")
        url = _web_url(loc, base_url)
        if not url or url in seen:
            continue
        seen.add(url)
        title = ""
        published = None
        news = _child(node, "news", NS_NEWS)
        if news is not None:
            title = _child_text(news, "title", NS_NEWS)
            published = _iso(_child_text(news, "publication_date", NS_NEWS))
        if published is None:
            published = _iso(_child_text(node, "lastmod"))
        entries.append(FeedEntry(url=url, title=" ".join(title.split()), published=published))
    return FeedParse(kind="sitemap", entries=tuple(entries))


def _child(node, name: str, ns: str = NS_SITEMAP):  # type: ignore[no-untyped-def]
    found = node.find(f"{{{ns}}}{name}")
    return found if found is not None else node.find(name)


def _child_text(node, name: str, ns: str = NS_SITEMAP) -> str:  # type: ignore[no-untyped-def]
    found = _child(node, name, ns)
    return (found.text or "").strip() if found is not None else ""


def _parse_syndication(body: bytes, base_url: str) -> FeedParse:
    import feedparser  # lazy: slow to import

    parsed = feedparser.parse(body, response_headers={"content-location": base_url}
                              if base_url else None)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        raise NotAFeed(f"{base_url or 'input'}: not an RSS/Atom feed or a sitemap")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for e in parsed.entries:
        candidates = [e.get("link", "")]
        candidates += [link.get("href", "") for link in e.get("links", [])
                       if link.get("rel", "alternate") == "alternate"]
        guid = e.get("id", "")
        if guid.startswith(("http://", "https://")):
            candidates.append(guid)
        url = next((u for u in (_web_url(c, base_url) for c in candidates) if u), None)
        if not url or url in seen:
            continue
        seen.add(url)
        published = _struct_iso(e.get("published_parsed") or e.get("updated_parsed"))
        entries.append(FeedEntry(url=url, title=" ".join((e.get("title") or "").split()),
                                 published=published))
    kind = "atom" if version.startswith("atom") else "rss" if version.startswith("rss") else "feed"
    return FeedParse(kind=kind, entries=tuple(entries))
