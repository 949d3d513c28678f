"""A snapshot pass against servers that misbehave on purpose ends, and in bounded time
(issue 18 items 1, 2, 3): absurd Retry-After, trickled headers, a page that is slow to extract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sitekit import AP_HEADLINE, AP_PARAGRAPHS, OTHER_PARAGRAPHS, Reply, Site, article_html

from versiontrack.archive.store import Archive
from versiontrack.snapshot.run import PassOptions, run_pass
from versiontrack.snapshot.state import followed
from versiontrack.snapshot.watchlist import parse_watchlist

T0 = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
HTML = {"Content-Type": "text/html; charset=utf-8"}


def slow_to_extract(attributes: int) -> bytes:
    """An article whose one tag carries ``attributes`` attributes (quadratic for lxml)."""
    attrs = " ".join(f'data-a{i}="v"' for i in range(attributes))
    page = article_html("Slow to read", AP_PARAGRAPHS[:5])
    return page.replace("<article>", f"<article {attrs}>").encode()


def watchlist(tmp_path: Path, site: Site, paths: list[str], defaults: str = "") -> object:
    text = f"[defaults]\ndelay = 0\ntimeout = 0.5\n{defaults or 'retries = 0'}\n"
    text += "".join(f'[[urls]]\nurl = "{site.url(p)}"\noutlet = "Test"\n' for p in paths)
    path = tmp_path / "versiontrack.toml"
    path.write_text(text, encoding="utf-8")
    return parse_watchlist(path.read_bytes(), path)


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive", create=True) as a:
        yield a


def test_absurd_retry_after_is_one_urls_outcome_and_the_schedule_is_saved(archive, tmp_path):
    with Site() as site:
        site.robots("", status=404)
        site.sequence("/news/busy", [Reply(429, b"", {"Retry-After": "9" * 21})])
        site.sequence("/news/later", [Reply(503, b"", {"Retry-After": "29"})])
        site.article("/news/ok", AP_HEADLINE, AP_PARAGRAPHS[:5])
        wl = watchlist(tmp_path, site, ["/news/busy", "/news/later", "/news/ok"],
                       "retries = 2")
        t0 = time.monotonic()
        report = run_pass(archive, wl, PassOptions(now=T0, extract_workers=0))
        assert time.monotonic() - t0 < 20  # the 503 held the pass for 58 s before
        by = {o.url.removeprefix(site.base): o.label for o in report.outcomes}
        assert by == {"/news/busy": "failed:http-429", "/news/later": "failed:http-503",
                      "/news/ok": "new"}
        assert site.hits["/news/later"] == 1  # not slept on and asked again in this pass
        due = {r["fetch_url"].removeprefix(site.base): r["next_due"] for r in followed(archive)}
        assert due["/news/busy"] >= "2026-02-12"  # clamped to a week, and saved
        assert due["/news/later"] == "2026-02-05T12:15:00+00:00"  # the next pass after 29 s
        # Later passes do not die either.
        report = run_pass(archive, wl, PassOptions(now=T0 + timedelta(days=8),
                                                   extract_workers=0))
        assert {o.label for o in report.outcomes} >= {"failed:http-429"}


def test_a_trickling_host_does_not_hold_the_pass(tmp_path):
    """The real command in a subprocess: before, it never ended (timeout 120 s here)."""
    with Site() as slow, Site() as good:
        good.robots("", status=404)
        slow.sequence("/robots.txt", [Reply(200, b"User-agent: *\n", {"Content-Type":
                                                                       "text/plain"},
                                            trickle=0.3)])
        for i in range(3):
            slow.article(f"/s{i}", AP_HEADLINE, AP_PARAGRAPHS[:5])
        for i in range(3):
            good.article(f"/g{i}", f"Story {i}", (AP_PARAGRAPHS + OTHER_PARAGRAPHS)[i:i + 5])
        text = "[defaults]\ndelay = 0\ntimeout = 0.5\ndeadline = 1\nretries = 0\n"
        text += "".join(f'[[urls]]\nurl = "{slow.url(f"/s{i}")}"\n' for i in range(3))
        text += "".join(f'[[urls]]\nurl = "{good.url(f"/g{i}")}"\n' for i in range(3))
        wl = tmp_path / "versiontrack.toml"
        wl.write_text(text, encoding="utf-8")
        t0 = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "versiontrack", "snapshot", "--watchlist", str(wl),
             "--archive", str(tmp_path / "arch"), "--json"],
            check=False, capture_output=True, text=True, timeout=120,
            env={**os.environ, "COLUMNS": "100"})
        wall = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    labels = sorted(u["label"] for u in data["urls"])
    assert labels == ["failed:timeout"] * 3 + ["new"] * 3
    assert wall < 20  # deadline 1 s


def test_a_page_over_the_extraction_budget_is_reported_kept_and_the_pass_goes_on(archive,
                                                                                   tmp_path):
    with Site() as site:
        site.robots("", status=404)
        site.article("/news/known", "Known story", AP_PARAGRAPHS[:5])
        for i in range(3):
            site.article(f"/news/ok{i}", f"Story {i}", (AP_PARAGRAPHS + OTHER_PARAGRAPHS)[i:i + 5])
        wl = watchlist(tmp_path, site, ["/news/known", "/news/hostile", "/news/ok0",
                                        "/news/ok1", "/news/ok2"])
        site.static("/news/hostile", "<html><body><p>not yet</p></body></html>", status=404)
        opts = PassOptions(now=T0, extract_workers=2, extract_budget=2.0)
        first = run_pass(archive, wl, opts)
        known = first.by_url()[site.url("/news/known")]
        assert known.label == "new"

        slow = slow_to_extract(50_000)  # 20 s or more to extract; 101 s at 100,000
        site.static("/news/known", slow)
        site.static("/news/hostile", slow)
        t0 = time.monotonic()
        report = run_pass(archive, wl, PassOptions(now=T0 + timedelta(hours=1),
                                                   extract_workers=2, extract_budget=2.0))
        wall = time.monotonic() - t0
    by = {o.url.removeprefix(site.base): o for o in report.outcomes}
    assert wall < 20  # budget 2 s, plus up to 3 s for pebble to stop the worker
    hostile = by["/news/hostile"]
    assert hostile.label == "failed:extract-timeout" and "2 s budget" in hostile.detail
    held = Path(hostile.detail.rsplit("kept at ", 1)[1])
    assert held.read_bytes() == slow and held.is_relative_to(archive.path)
    # A followed story keeps its raw page as a suspect version, marked in the report.
    assert by["/news/known"].label == "suspect" and "budget" in by["/news/known"].detail
    assert archive.raw(known.story, 2) == slow
    assert archive.versions(known.story)[1].suspect
