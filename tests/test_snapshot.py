"""Snapshot passes against a real, changing site on 127.0.0.1 and a real archive."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sitekit import AP_HEADLINE, AP_PARAGRAPHS, OTHER_PARAGRAPHS, Reply, Site, article_html

from versiontrack.archive.store import Archive
from versiontrack.errors import LockBusy
from versiontrack.extract.html import is_furniture
from versiontrack.extract.pool import drop_furniture
from versiontrack.models import Article
from versiontrack.snapshot.passlock import pass_lock
from versiontrack.snapshot.run import PassOptions, build_policy, run_pass
from versiontrack.snapshot.schedule import recheck_interval
from versiontrack.snapshot.state import followed
from versiontrack.snapshot.watchlist import DEFAULT_RECHECK, parse_watchlist

T0 = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)

WATCHLIST = """
[defaults]
contact = "tests@example.org"
delay = 0
timeout = 1.5
retries = 1
max_bytes = 200000

[[feeds]]
url = "{base}/rss.xml"
outlet = "Test News"

[[feeds]]
url = "{base}/atom.xml"
outlet = "Test News"
exclude = ["/video/"]

[[feeds]]
url = "{base}/news-sitemap.xml"
outlet = "Test News"

[[urls]]
url = "{base}/news/single"
outlet = "Other Outlet"
"""

A1 = list(AP_PARAGRAPHS[:6])
A2 = list(OTHER_PARAGRAPHS)
A3 = list(AP_PARAGRAPHS[2:8])


def build_site(site: Site) -> None:
    site.robots("User-agent: *\nDisallow: /private/\n")
    site.article("/news/a1", AP_HEADLINE, A1)
    site.article("/news/a2", "Talks resume in Port Aldine", A2)
    site.article("/news/a3", "Drone incident recalled", A3)
    site.article("/news/stamp", "Smugglers test the passes", AP_PARAGRAPHS[3:7],
                 stamp="Updated 3 minutes ago")
    site.article("/news/notmod", "Commission reopened", AP_PARAGRAPHS[1:5], validators=True)
    site.article("/news/single", "Single story", AP_PARAGRAPHS[:4])
    site.article("/news/slow", "Slow story", AP_PARAGRAPHS[:4], delay=2.0)
    page = article_html("Flaky story", AP_PARAGRAPHS[4:8]).encode()
    html = {"Content-Type": "text/html; charset=utf-8"}
    site.sequence("/news/flaky", [Reply(500, b"oops", html), Reply(200, page, html)])
    down = article_html("Down story", AP_PARAGRAPHS[2:6]).encode()
    site.sequence("/news/down", [Reply(500, b"oops", html), Reply(502, b"oops", html),
                                 Reply(200, down, html)])
    site.static("/news/big", "<html><body>" + "<p>padding text</p>" * 20000 + "</body></html>")
    site.redirect("/news/loop", "/news/loop2")
    site.redirect("/news/loop2", "/news/loop")
    site.article("/private/p1", "Private story", AP_PARAGRAPHS[:3])
    site.static("/news/image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    site.rss("/rss.xml", [("/news/a1", "A1"), ("/news/a2", "A2"), ("/news/stamp", "Stamp")])
    site.atom("/atom.xml", [("/news/a3", "A3"), ("/video/v1", "Video"),
                            ("/news/notmod", "Not modified")])
    site.news_sitemap("/news-sitemap.xml", [
        ("/news/slow", "Slow"), ("/news/flaky", "Flaky"), ("/news/down", "Down"),
        ("/news/big", "Big"), ("/news/loop", "Loop"), ("/private/p1", "Private"),
        ("/news/image", "Image"),
    ])


@pytest.fixture
def site():
    with Site() as s:
        build_site(s)
        yield s


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive", create=True) as a:
        yield a


def make_watchlist(site: Site, tmp_path, text: str = WATCHLIST):
    path = tmp_path / "versiontrack.toml"
    path.write_text(text.format(base=site.base), encoding="utf-8")
    return parse_watchlist(path.read_bytes(), path)


def options(wl, now, **kw):
    policy = replace(build_policy(wl.defaults), backoff=0.01)
    return PassOptions(now=now, policy=policy, extract_workers=0, **kw)


def labels(report, site):
    return {o.url.removeprefix(site.base): o.label for o in report.outcomes}


def test_three_passes_over_a_changing_site(site, archive, tmp_path):
    wl = make_watchlist(site, tmp_path)

    # Pass 1: everything is new; each broken page fails with its reason.
    r1 = run_pass(archive, wl, options(wl, T0))
    assert labels(r1, site) == {
        "/news/a1": "new", "/news/a2": "new", "/news/a3": "new", "/news/stamp": "new",
        "/news/notmod": "new", "/news/single": "new", "/news/flaky": "new",
        "/news/slow": "failed:timeout", "/news/down": "failed:http-502",
        "/news/big": "failed:too-large", "/news/loop": "failed:redirect-loop",
        "/private/p1": "failed:robots", "/news/image": "failed:not-html",
    }
    assert site.hits["/video/v1"] == 0 and site.hits["/private/p1"] == 0
    c = r1.counts()
    assert (c["checked"], c["new"], c["discovered"]) == (13, 7, 12)
    assert c["failed"] == {"http-502": 1, "not-html": 1, "redirect-loop": 1, "robots": 1,
                           "timeout": 1, "too-large": 1}
    stories = {o.url.removeprefix(site.base): o.story for o in r1.outcomes}
    for path in ("/news/a1", "/news/a2", "/news/stamp"):
        assert len(archive.versions(stories[path])) == 1
    assert [f.listed for f in r1.feeds] == [3, 2, 7]  # atom: /video/ excluded

    # Between passes the site changes: a real edit, a new stamp, recoveries.
    edited = [*A1[:4], A1[4].replace("400-kilometer", "450-kilometer"), *A1[5:]]
    assert edited != A1
    site.article("/news/a1", AP_HEADLINE, edited)
    site.article("/news/stamp", "Smugglers test the passes", AP_PARAGRAPHS[3:7],
                 stamp="Updated 23 minutes ago")

    r2 = run_pass(archive, wl, options(wl, T0 + 20 * MIN))
    got = labels(r2, site)
    assert got["/news/a1"] == "new"
    assert got["/news/a2"] == "unchanged"  # identical bytes: not even extracted
    assert got["/news/stamp"] == "unchanged"  # only the "Updated ..." stamp changed
    assert got["/news/notmod"] == "not-modified"
    assert got["/news/down"] == "new"  # 500, 502, then recovered
    assert got["/news/flaky"] == "unchanged"
    assert got["/news/slow"] == "failed:timeout"
    assert got["/news/big"] == "failed:too-large"
    by = r2.by_url()
    assert by[site.url("/news/a2")].detail == "identical raw bytes"
    assert len(archive.versions(stories["/news/a1"])) == 2
    assert len(archive.versions(stories["/news/stamp"])) == 1
    assert len(archive.versions(stories["/news/notmod"])) == 1
    assert by[site.url("/news/a1")].version == 2
    # Seen-again records keep the fetch history without new versions.
    assert (1, "2026-02-05T12:20:00+00:00") in archive.seen(stories["/news/a2"])
    assert (1, "2026-02-05T12:20:00+00:00") in archive.seen(stories["/news/notmod"])
    sent = [h for _, p, h in site.log if p == "/news/notmod"][-1]
    assert "if-none-match" in sent

    # Pass 3, five minutes later: nothing is due yet, so nothing is fetched.
    hits_before = sum(v for k, v in site.hits.items() if k.startswith("/news/"))
    r3 = run_pass(archive, wl, options(wl, T0 + 25 * MIN))
    assert r3.outcomes == ()
    assert sum(v for k, v in site.hits.items() if k.startswith("/news/")) == hits_before
    state = {row["url"].split("127.0.0.1")[-1]: row for row in followed(archive)}
    a1_state = next(v for k, v in state.items() if k.endswith("/news/a1"))
    assert a1_state["next_due"] == "2026-02-05T12:35:00+00:00"
    assert a1_state["last_outcome"] == "new"
    slow_state = next(v for k, v in state.items() if k.endswith("/news/slow"))
    assert slow_state["failures"] == 2
    assert slow_state["next_due"] == "2026-02-05T12:50:00+00:00"  # backed off: 2 x 15 min


def test_stamp_reading_time_and_share_counts_never_make_versions(archive, tmp_path):
    with Site() as site:
        site.robots("", status=404)
        paras = list(AP_PARAGRAPHS[:5])

        def serve(minutes: int, shares: int, clock: str) -> None:
            page = paras[:2] + [f"{shares} shares", f"{minutes % 9 + 2} min read"] + paras[2:]
            site.article("/news/s", AP_HEADLINE, page,
                         stamp=f"Updated {clock} p.m. EST, February 5, 2026")

        serve(3, 120, "12:03")
        wl = make_watchlist(site, tmp_path, f'[defaults]\ndelay = 0\ntimeout = 5\n'
                                            f'[[urls]]\nurl = "{site.url("/news/s")}"\n')
        r1 = run_pass(archive, wl, options(wl, T0))
        assert [o.label for o in r1.outcomes] == ["new"]
        story = r1.outcomes[0].story
        text = archive.article(story, 1).to_text()
        assert "shares" not in text and "min read" not in text and "p.m. EST" not in text
        serve(23, 4510, "12:23")
        r2 = run_pass(archive, wl, options(wl, T0 + 20 * MIN))
        assert [o.label for o in r2.outcomes] == ["unchanged"]
        assert len(archive.versions(story)) == 1
        # A real edit on the same page still makes a version.
        paras[1] = paras[1].replace("2019", "2018")
        serve(43, 9000, "12:43")
        r3 = run_pass(archive, wl, options(wl, T0 + 40 * MIN))
        assert [o.label for o in r3.outcomes] == ["new"]
        assert "spring of 2018" in archive.article(story, 2).to_text()


def test_url_variants_and_canonical_fold_into_one_story(archive, tmp_path):
    with Site() as site:
        site.robots("", status=404)
        page = site.article("/news/x", AP_HEADLINE, AP_PARAGRAPHS[:5])
        site.static("/m/news/x", page)  # a mobile copy whose canonical names /news/x
        site.rss("/rss.xml", [("/news/x?utm_source=rss", "X"), ("/news/x", "X again"),
                              ("/m/news/x", "X mobile")])
        wl = make_watchlist(site, tmp_path, f'[defaults]\ndelay = 0\ntimeout = 5\n'
                                            f'[[feeds]]\nurl = "{site.url("/rss.xml")}"\n')
        r1 = run_pass(archive, wl, options(wl, T0))
        # The tracking-parameter variant is the same URL; the mobile copy is the same story.
        assert len(r1.outcomes) == 2
        assert len({o.story for o in r1.outcomes}) == 1
        assert sorted(o.label for o in r1.outcomes) == ["new", "unchanged"]
        assert len(archive.stories()) == 1


def test_dry_run_writes_nothing(site, archive, tmp_path):
    wl = make_watchlist(site, tmp_path)
    dry = run_pass(archive, wl, options(wl, T0, dry_run=True))
    assert dry.dry_run and {o.outcome for o in dry.outcomes} == {"due"}
    assert len(dry.outcomes) == 13 and dry.counts()["checked"] == 0
    assert site.hits["/news/a1"] == 0 and archive.stories() == []
    assert followed(archive) == []  # the discovered URLs were not kept
    real = run_pass(archive, wl, options(wl, T0))
    assert {o.url for o in real.outcomes} == {o.url for o in dry.outcomes}


def test_a_second_pass_during_the_first_is_refused(site, archive, tmp_path):
    wl = make_watchlist(site, tmp_path)
    with pass_lock(archive.path), pytest.raises(LockBusy) as err:
        run_pass(archive, wl, options(wl, T0))
    assert err.value.exit_code == 4
    assert "another snapshot pass is running" in str(err.value)
    assert site.hits["/rss.xml"] == 0


def test_a_refused_pass_names_the_holder_even_when_the_path_has_brackets(tmp_path):
    path = tmp_path / "news (copy)"  # the holder used to be cut out of the message at "("
    with pass_lock(path), pytest.raises(LockBusy) as err, pass_lock(path):
        pass
    assert err.value.holder.startswith(f"pid {os.getpid()} since ")
    assert f"({err.value.holder}); this one stops" in str(err.value)


def test_schedule_backs_off_with_age_and_stops():
    steps, follow = DEFAULT_RECHECK, 7.0
    assert recheck_interval(timedelta(minutes=5), steps, follow) == timedelta(minutes=15)
    assert recheck_interval(timedelta(hours=6), steps, follow) == timedelta(hours=1)
    # A day-and-a-bit old story: .seconds would say 1 hour and pick the 15-minute step.
    assert recheck_interval(timedelta(days=1, hours=1), steps, follow) == timedelta(hours=1)
    assert recheck_interval(timedelta(days=3), steps, follow) == timedelta(hours=6)
    assert recheck_interval(timedelta(days=7), steps, follow) is None
    assert recheck_interval(timedelta(days=10), steps, 14.0) == timedelta(hours=6)


def test_stories_older_than_follow_days_stop_being_fetched(archive, tmp_path):
    with Site() as site:
        site.robots("", status=404)
        site.article("/news/old", AP_HEADLINE, AP_PARAGRAPHS[:5])
        wl = make_watchlist(site, tmp_path, f'[defaults]\ndelay = 0\ntimeout = 5\n'
                                            f'follow_days = 2\n'
                                            f'[[urls]]\nurl = "{site.url("/news/old")}"\n')
        run_pass(archive, wl, options(wl, T0))
        r = run_pass(archive, wl, options(wl, T0 + timedelta(days=1, hours=23)))
        assert [o.label for o in r.outcomes] == ["unchanged"]
        (row,) = followed(archive)
        assert row["next_due"] == "2026-02-07T12:00:00+00:00"  # 1 h steps until 2 days
        r = run_pass(archive, wl, options(wl, T0 + timedelta(days=2, hours=1)))
        assert len(r.outcomes) == 1  # the last check, at 2 days and 1 hour
        (row,) = followed(archive)
        assert row["next_due"] is None
        r = run_pass(archive, wl, options(wl, T0 + timedelta(days=30)))
        assert r.outcomes == () and site.hits["/news/old"] == 3


def test_broken_extraction_is_suspect_and_the_source_degraded(archive, tmp_path):
    with Site() as site:
        site.robots("", status=404)
        site.article("/news/b", AP_HEADLINE, AP_PARAGRAPHS[:6])
        wl = make_watchlist(site, tmp_path, f'[defaults]\ndelay = 0\ntimeout = 5\n'
                                            f'[[urls]]\nurl = "{site.url("/news/b")}"\n'
                                            f'outlet = "Broken News"\n')
        r = run_pass(archive, wl, options(wl, T0))
        story = r.outcomes[0].story
        # A redesign: the article body is gone from the page (only navigation is left).
        site.static("/news/b", "<html><head><title>x</title></head><body><nav><a href='/'>"
                    "Home</a></nav></body></html>")
        seen = []
        for i in range(1, 4):
            r = run_pass(archive, wl, options(wl, T0 + i * 20 * MIN))
            seen.append(r.outcomes[0].label)
            assert bool(r.degraded) == (i == 3)
        assert seen[0] == "suspect"
        versions = archive.versions(story)
        assert len(versions) == 2 and versions[1].suspect and not versions[0].suspect
        assert archive.raw(story, 2).startswith(b"<html><head><title>x</title>")
        (d,) = r.degraded
        assert d.outlet == "Broken News" and "3 suspect" in d.problem
        # The page comes back: the streak ends and the source is healthy again.
        site.article("/news/b", AP_HEADLINE, AP_PARAGRAPHS[:6])
        r = run_pass(archive, wl, options(wl, T0 + 80 * MIN))
        assert r.degraded == ()


def test_pass_with_extraction_worker_processes(site, archive, tmp_path):
    wl = make_watchlist(site, tmp_path)
    r = run_pass(archive, wl, replace(options(wl, T0), extract_workers=2, pool_min_pages=0))
    assert r.counts()["new"] == 7
    assert r.timings["extracted"] == 7 and r.timings["extract_cpu"] > 0


def test_furniture_filter_only_drops_whole_stamp_paragraphs():
    for stamp in ("Updated 1 hour ago", "Published 3 mins ago", "Last updated: 2 days ago",
                  "Updated 10:32 AM EST, February 5, 2026", "5 min read",
                  "Reading time: 4 minutes", "1.2K shares", "Shares: 345", "12 comments",
                  "2 hours ago", "Just now"):
        assert is_furniture(stamp), stamp
    for text in ("5 dead after the storm", "Updated figures show 6 dead.",
                 ("The vote was updated 3 hours ago by the clerk, officials said, "
                 "after the count in the third district was finished."),
                 "12 comments were received by the regulator before the deadline.",
                 "Shares fell 5% on Thursday."):
        assert not is_furniture(text), text
    art = Article(headline="H", paragraphs=("First.", "Updated 5 minutes ago", "Second."))
    cleaned, dropped = drop_furniture(art)
    assert cleaned.paragraphs == ("First.", "Second.")
    assert dropped == ("Updated 5 minutes ago",)


# ------------------------------------------------------------------------------------ CLI

def test_cli_snapshot_summary_json_and_lock(site, tmp_path, run_cli):
    path = tmp_path / "versiontrack.toml"
    path.write_text(WATCHLIST.replace("retries = 1", "retries = 0").format(base=site.base),
                    encoding="utf-8")
    arch = tmp_path / "arch"
    res = run_cli("snapshot", "--watchlist", path, "--archive", arch, "--now",
                  "2026-02-05T12:00:00Z", "--dry-run")
    assert res.exit_code == 0, res.output
    assert "13 URLs due" in res.stdout

    res = run_cli("snapshot", "--watchlist", path, "--archive", arch, "--now",
                  "2026-02-05T12:00:00Z")
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "Snapshot pass at 2026-02-05T12:00:00+00:00: 13 checked" in out
    assert "new versions       6" in out  # flaky fails without retries
    assert "http-500 2" in out and "robots 1" in out and "timeout 1" in out

    res = run_cli("snapshot", "--watchlist", path, "--archive", arch, "--now",
                  "2026-02-05T12:20:00Z", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["summary"]["unchanged"] + data["summary"]["not_modified"] >= 5
    assert data["summary"]["new"] == 1  # flaky recovered; down answers 502 this time
    assert data["summary"]["failed"]["http-502"] == 1
    assert {u["label"] for u in data["urls"]} >= {"not-modified", "failed:timeout"}

    from versiontrack.snapshot.passlock import pass_lock as lock

    with lock(arch.resolve()):
        res = run_cli("snapshot", "--watchlist", path, "--archive", arch)
    assert res.exit_code == 4
    assert "another snapshot pass is running" in res.stderr


@pytest.mark.parametrize(("added", "words"), [(0, "0 new articles"), (1, "1 new article\n"),
                                             (2, "2 new articles")])
def test_summary_counts_new_articles_in_words(added, words):
    from versiontrack.cli.snapshot_cmds import format_summary
    from versiontrack.snapshot.outcomes import FeedOutcome, PassReport

    feed = FeedOutcome("http://127.0.0.1/rss.xml", "Test News", "ok", listed=2, added=added)
    text = format_summary(PassReport("2026-02-05T12:00:00+00:00", False, (), (feed,), ()))
    assert f"feeds read         1  of 1, {words}" in text + "\n"


def test_no_article_followed_yet_does_not_say_nothing_is_due_again():
    # A first pass whose only feed failed: the next pass reads the feed again.
    from versiontrack.cli.snapshot_cmds import format_summary
    from versiontrack.snapshot.outcomes import FeedOutcome, PassReport

    feed = FeedOutcome("http://127.0.0.1/rss.xml", "", "failed", reason="http-404")
    text = format_summary(PassReport("2026-02-05T12:00:00+00:00", False, (), (feed,), ()))
    assert text.rstrip().endswith("the next pass reads the feeds again for new ones.")
    assert "Nothing is due again" not in text
    text = format_summary(PassReport("2026-02-05T12:00:00+00:00", False, (), (), ()))
    assert "Nothing is due again: no URL is followed any more." in text


def test_dry_run_counts_urls_in_words():
    from versiontrack.cli.snapshot_cmds import format_summary
    from versiontrack.snapshot.outcomes import PassReport, UrlOutcome

    one = (UrlOutcome("http://127.0.0.1/a", "watchlist", outcome="due"),)
    text = format_summary(PassReport("2026-02-05T12:00:00+00:00", True, one, (), ()))
    assert "1 URL due, nothing fetched" in text


def test_cli_bad_options_are_usage_errors(tmp_path, run_cli):
    res = run_cli("snapshot", "--every", "soon")
    assert res.exit_code == 2 and "not a duration" in res.stderr
    res = run_cli("snapshot", "--now", "yesterday")
    assert res.exit_code == 2 and "ISO 8601" in res.stderr
    res = run_cli("snapshot", "--now", "2026-02-05T12:00:00Z", "--every", "15m")
    assert res.exit_code == 2
    res = run_cli("snapshot", "--watchlist", tmp_path / "missing.toml",
                  "--archive", tmp_path / "a")
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"Error: {tmp_path / 'missing.toml'}: watchlist not found "
                                  "(create it with 'versiontrack watch add URL')")


def test_cli_every_loops_until_interrupted(site, tmp_path, run_cli, monkeypatch):
    import time as real_time

    from versiontrack.cli import snapshot_cmds

    path = tmp_path / "versiontrack.toml"
    path.write_text(WATCHLIST.format(base=site.base), encoding="utf-8")
    sleeps = []

    class Clock:
        monotonic = staticmethod(real_time.monotonic)

        @staticmethod
        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            if len(sleeps) == 2:
                raise KeyboardInterrupt

    monkeypatch.setattr(snapshot_cmds, "time", Clock)
    res = run_cli("snapshot", "--watchlist", path, "--archive", tmp_path / "a",
                  "--every", "1h", "--json")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == 2  # one JSON object per pass
    first, second = (json.loads(line) for line in lines)
    assert first["summary"]["checked"] == 13
    assert second["summary"]["checked"] == 0  # nothing due an instant later
    assert 3500 < sleeps[0] <= 3600
    assert res.stderr.strip().endswith("stopped")


def test_ctrl_c_during_a_pass_is_told_at_once_then_exits_130(tmp_path):
    # A real Ctrl-C (SIGINT) while a page is being fetched: the pass says at once that it heard
    # it (it then waits for the fetch in flight), and ends with one error line and exit 130,
    # never click's "Aborted!" or a traceback.
    import signal
    import subprocess
    import sys
    import threading

    asked, release = threading.Event(), threading.Event()
    released_by_test = []

    def slow(_req: dict[str, str]) -> Reply:
        asked.set()
        released_by_test.append(release.wait(60))
        return Reply(200, article_html(AP_HEADLINE, AP_PARAGRAPHS).encode(),
                     {"Content-Type": "text/html"})

    with Site() as site:
        site.robots("", status=404)
        site.route("/news/slow", slow)
        path = tmp_path / "versiontrack.toml"
        path.write_text(f'[[urls]]\nurl = "{site.url("/news/slow")}"\n', encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "versiontrack", "snapshot", "--watchlist", str(path),
             "--archive", str(tmp_path / "a")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "VERSIONTRACK_DEBUG": ""})
        try:
            assert asked.wait(30), "the pass never asked for the page"
            proc.send_signal(signal.SIGINT)
            first = proc.stderr.readline()  # while the page is still being served
            release.set()
            out, rest = proc.communicate(timeout=60)
        finally:
            release.set()
            proc.kill()
    assert released_by_test == [True], "the pass said nothing until the fetch ended"
    assert first.startswith("stopping: "), first
    assert proc.returncode == 130, (out, first, rest)
    assert rest.strip() == "Error: interrupted (Ctrl-C)", rest


def _every_cmd(path, archive) -> list[str]:
    import sys

    return [sys.executable, "-m", "versiontrack", "snapshot", "--watchlist", str(path),
            "--archive", str(archive), "--every", "1h", "--recheck"]


def test_every_stops_on_sigterm_between_passes(tmp_path):
    # A service manager stops the loop with SIGTERM while it waits for the next pass: it says
    # "stopped" and exits 0 at once, not after the hour nor killed by the signal.
    import signal
    import subprocess

    with Site() as site:
        site.robots("", status=404)
        site.article("/news/a", AP_HEADLINE, AP_PARAGRAPHS[:4])
        path = tmp_path / "versiontrack.toml"
        path.write_text(f'[defaults]\ndelay = 0\n[[urls]]\nurl = "{site.url("/news/a")}"\n',
                        encoding="utf-8")
        proc = subprocess.Popen(_every_cmd(path, tmp_path / "a"), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline()  # the first pass is done; the loop now waits
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=60)
        finally:
            proc.kill()
    assert "checked 1: 1 new" in line, line
    assert proc.returncode == 0, (out, err)
    assert err.strip() == "stopped", err


def test_every_lets_the_pass_end_on_sigterm_and_stops_at_once_on_a_second(tmp_path):
    # SIGTERM while a page is being fetched: the loop says so, the pass goes on. Here a second
    # SIGTERM comes before the page does: the pass stops at once, exit 130, one line.
    import signal
    import subprocess
    import threading

    asked, release = threading.Event(), threading.Event()

    def slow(_req: dict[str, str]) -> Reply:
        asked.set()
        release.wait(60)
        return Reply(200, article_html(AP_HEADLINE, AP_PARAGRAPHS).encode(),
                     {"Content-Type": "text/html"})

    with Site() as site:
        site.robots("", status=404)
        site.route("/news/slow", slow)
        path = tmp_path / "versiontrack.toml"
        path.write_text(f'[[urls]]\nurl = "{site.url("/news/slow")}"\n', encoding="utf-8")
        proc = subprocess.Popen(_every_cmd(path, tmp_path / "a"), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "VERSIONTRACK_DEBUG": ""})
        try:
            assert asked.wait(30), "the pass never asked for the page"
            proc.send_signal(signal.SIGTERM)
            first = proc.stderr.readline()  # while the page is still being served
            proc.send_signal(signal.SIGTERM)
            release.set()
            out, rest = proc.communicate(timeout=60)
        finally:
            release.set()
            proc.kill()
    assert first.startswith("stopping: SIGTERM heard; the pass in progress ends first"), first
    assert proc.returncode == 130, (out, first, rest)
    assert out == ""  # no pass line: the pass did not end
    assert rest.strip() == "Error: interrupted (SIGTERM)", rest


def test_feed_state_sitemap_index_and_broken_feeds(archive, tmp_path):
    with Site() as site:
        site.robots("", status=404)
        for i in range(3):
            site.article(f"/news/{i}", f"Story {i}", AP_PARAGRAPHS[i:i + 4])
        site.news_sitemap("/sitemap-1.xml", [("/news/0", "S0"), ("/news/1", "S1")])
        site.news_sitemap("/sitemap-2.xml", [("/news/2", "S2")])
        site.static("/sitemap-index.xml",
                    '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/'
                    f'schemas/sitemap/0.9"><sitemap><loc>{site.url("/sitemap-1.xml")}</loc>'
                    f'</sitemap><sitemap><loc>{site.url("/sitemap-2.xml")}</loc></sitemap>'
                    "</sitemapindex>", "application/xml")
        site.static("/not-a-feed.xml", "<html><body><p>Hello</p></body></html>", "text/html")
        wl = make_watchlist(site, tmp_path, (
            '[defaults]\ndelay = 0\ntimeout = 5\n'
            f'[[feeds]]\nurl = "{site.url("/sitemap-index.xml")}"\n'
            f'[[feeds]]\nurl = "{site.url("/not-a-feed.xml")}"\noutlet = "Nope"\n'
            f'[[feeds]]\nurl = "{site.url("/gone.xml")}"\n'))
        reports = [run_pass(archive, wl, options(wl, T0 + i * 20 * MIN)) for i in range(3)]
        first = reports[0]
        assert [(f.outcome, f.reason, f.listed) for f in first.feeds] == [
            ("ok", "", 3), ("failed", "not-a-feed", 0), ("failed", "http-404", 0)]
        assert sorted(o.label for o in first.outcomes) == ["new", "new", "new"]
        assert reports[1].counts()["discovered"] == 0
        degraded = {d.source: d.problem for d in reports[2].degraded}
        assert set(degraded) == {site.url("/not-a-feed.xml"), site.url("/gone.xml")}
        assert "feed failed 3 passes in a row (http-404)" in degraded[site.url("/gone.xml")]


def test_removing_one_feed_keeps_articles_another_feed_lists(archive, tmp_path):
    with Site() as site:
        site.robots("", status=404)
        site.article("/news/x", AP_HEADLINE, AP_PARAGRAPHS[:5])
        site.article("/news/y", "Other story", OTHER_PARAGRAPHS)
        site.rss("/one.xml", [("/news/x", "X"), ("/news/y", "Y")])
        site.rss("/two.xml", [("/news/x", "X")])
        both = ('[defaults]\ndelay = 0\ntimeout = 5\n'
                f'[[feeds]]\nurl = "{site.url("/one.xml")}"\n'
                f'[[feeds]]\nurl = "{site.url("/two.xml")}"\n')
        wl = make_watchlist(site, tmp_path, both)
        assert len(run_pass(archive, wl, options(wl, T0)).outcomes) == 2
        only_two = make_watchlist(site, tmp_path, both.split("[[feeds]]")[0] + "[[feeds]]"
                                  + both.split("[[feeds]]")[2])
        r = run_pass(archive, only_two, options(only_two, T0 + 20 * MIN))
        assert [o.url for o in r.outcomes] == [site.url("/news/x")]  # y is no longer followed
        assert r.outcomes[0].source == site.url("/two.xml")


def test_parse_feed_formats_and_hostile_input(tmp_path):
    from versiontrack.snapshot.feeds import NotAFeed, parse_feed

    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
           b"<item><title>A</title><guid>https://e.org/a</guid></item>"
           b"<item><title> B\n title </title><link>/b</link>"
           b"<pubDate>Thu, 05 Feb 2026 10:00:00 +0100</pubDate></item>"
           b"<item><title>dup</title><link>https://e.org/b</link></item>"
           b"<item><title>mail</title><link>mailto:x@e.org</link></item></channel></rss>")
    p = parse_feed(rss, "https://e.org/feed")
    assert p.kind == "rss"
    assert [(e.url, e.title) for e in p.entries] == [("https://e.org/a", "A"),
                                                     ("https://e.org/b", "B title")]
    assert p.entries[1].published == "2026-02-05T09:00:00+00:00"

    sitemap = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/'
               b'0.9"><url><loc>https://e.org/x</loc><lastmod>2026-02-05</lastmod></url>'
               b"<url><loc>javascript:alert(1)</loc></url></urlset>")
    p = parse_feed(sitemap, "https://e.org/sitemap.xml")
    assert p.kind == "sitemap"
    assert [(e.url, e.published) for e in p.entries] == [("https://e.org/x",
                                                          "2026-02-05T00:00:00+00:00")]

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY s SYSTEM "file://{secret}">]>'
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
           "<loc>https://e.org/&s;</loc></url></urlset>").encode()
    p = parse_feed(xxe, "https://e.org/sitemap.xml")
    assert all("TOP-SECRET" not in e.url for e in p.entries)

    with pytest.raises(NotAFeed):
        parse_feed(b"<html><body><p>not a feed</p></body></html>", "https://e.org/")
    with pytest.raises(NotAFeed):
        parse_feed(b"\x89PNG\r\n\x1a\n\x00\x00", "https://e.org/")


def test_wait_queues_behind_a_running_pass(site, archive, tmp_path):
    import threading
    import time

    wl = make_watchlist(site, tmp_path)
    held = threading.Event()

    def hold() -> None:
        with pass_lock(archive.path):
            held.set()
            time.sleep(0.4)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    t0 = time.monotonic()
    report = run_pass(archive, wl, options(wl, T0, wait=True))
    t.join()
    assert time.monotonic() - t0 >= 0.3
    assert report.counts()["new"] == 7
