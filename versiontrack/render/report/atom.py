"""The report's Atom feeds: one per story (its new versions and findings), one for all stories
and one for headline changes, each holding at most ``FEED_MAX_ENTRIES`` entries, newest first.

A story's entries are computed when its pages are built and kept in the manifest with
root-relative links, so the all-stories feed is rebuilt without reading any story again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from versiontrack.render.controls import for_xml
from versiontrack.render.env import get_env
from versiontrack.render.report.diffpage import finding_href
from versiontrack.render.report.headlines import HeadlineChange
from versiontrack.render.report.storypage import StoryPage

FEED_MAX_ENTRIES = 500

Entry = dict[str, Any]


def _atom(title: str, feed_id: str, self_href: str, home_href: str, entries: list[Entry],
          updated: str, base: str = "") -> str:
    """``base``: the absolute URL of the feed's folder; every link is made absolute with it
    (feed readers resolve relative links unreliably)."""
    entries = entries[:FEED_MAX_ENTRIES]
    if base:
        self_href, home_href = urljoin(base, self_href), urljoin(base, home_href)
        entries = [dict(e, link=urljoin(base, e["link"])) for e in entries]
    # Scraped text may hold characters XML forbids (ESC, U+FFFF): one would void the feed.
    return for_xml(get_env().get_template("report/feed.atom").render(
        title=title, feed_id=feed_id, self_href=self_href, home_href=home_href,
        entries=entries, updated=updated))


def story_entries(story: StoryPage) -> list[Entry]:
    """Feed entries (root-relative links) for a story's versions and findings."""
    key = story.key
    base = f"stories/{key}/"
    entries: list[Entry] = []
    trans = {t.b: t for t in story.transitions}
    pairs = story.pairs()
    for v in story.versions:
        t = trans.get(v.number)
        if t is None:
            summary, link = "First version archived.", base + "index.html"
        else:
            summary, link = t.summary(), base + t.href
        entries.append({
            "id": f"urn:versiontrack:{key}:v{v.number}", "kind": "version",
            "title": f"Version {v.number}: {v.headline}", "updated": v.fetched_at,
            "link": link, "summary": summary, "story": key})
    for i, f in enumerate(story.findings):
        when_v = story.by_number.get(f.to_version or 0) or (
            story.versions[-1] if story.versions else None)
        digest = hashlib.sha256(
            f"{f.kind}|{f.from_version}|{f.to_version}|{f.message}|{i}".encode()).hexdigest()[:12]
        pair = (f.from_version, f.to_version)
        link = (base + finding_href(f) if pair in pairs else base + "index.html#findings")
        entries.append({
            "id": f"urn:versiontrack:{key}:finding:{digest}", "kind": f.kind,
            "title": f"{f.kind.replace('-', ' ').capitalize()}: {story.info.headline}",
            "updated": when_v.fetched_at if when_v else "", "link": link,
            "summary": f.message, "story": key})
    entries.sort(key=lambda e: (e["updated"], e["id"]), reverse=True)
    return entries


def headline_entry(c: HeadlineChange) -> Entry:
    """The feed entry of one headline change (a root-relative link to its diff)."""
    what = ", ".join(("substantive" if c.substantive else "cosmetic", *c.shown_labels))
    summary = [f"{c.story} v{c.from_version} \u2192 v{c.to_version} ({what}).",
               f"Before: {c.marked('old')}", f"After: {c.marked('new')}"]
    if c.reverts_to:
        summary.append(f"Back to the headline of v{c.reverts_to}.")
    if c.message:
        summary.append(c.message)
    return {
        "id": f"urn:versiontrack:{c.story}:headline:{c.from_version}-{c.to_version}",
        "kind": "headline-change", "title": f"{c.old} \u2192 {c.new}",
        "updated": c.fetched_at, "link": c.href, "story": c.story,
        "summary": " ".join(summary)}


def story_feed(key: str, headline: str, entries: list[Entry], base_url: str = "") -> str:
    """The feed of one story, from its :func:`story_entries` (links made relative to it, or
    absolute under ``base_url``, the report's address)."""
    local = [dict(e, link=e["link"].removeprefix(f"stories/{key}/")) for e in entries]
    return _atom(f"versiontrack: {headline}", f"urn:versiontrack:{key}", "feed.atom",
                 "index.html", local, max((e["updated"] for e in entries), default=""),
                 base=urljoin(base_url, f"stories/{key}/") if base_url else "")


def site_feed(per_story: Iterable[list[Entry]], generated: str, base_url: str = "") -> str:
    """The feed of all stories, from each story's recorded entries; ``generated`` dates it
    when there are none."""
    entries = [e for story in per_story for e in story]
    entries.sort(key=lambda e: (e["updated"], e["id"]), reverse=True)
    return _atom("versiontrack: all stories", "urn:versiontrack:all", "feed.atom", "index.html",
                 entries, entries[0]["updated"] if entries else generated, base=base_url)


def headlines_feed(changes: list[HeadlineChange], generated: str, base_url: str = "") -> str:
    """The feed of headline changes, from ``changes`` newest first."""
    entries = [headline_entry(c) for c in changes[:FEED_MAX_ENTRIES]]
    return _atom("versiontrack: headline changes", "urn:versiontrack:headlines",
                 "headlines.atom", "headlines.html", entries,
                 entries[0]["updated"] if entries else generated, base=base_url)


__all__ = [
    "FEED_MAX_ENTRIES",
    "headline_entry",
    "headlines_feed",
    "site_feed",
    "story_entries",
    "story_feed",
]
