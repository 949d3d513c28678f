"""A watchlist that forgives: feeds recognised on `watch add`, `watch remove` forgets the
entry's state, `snapshot --recheck`, and a summary that names failures and the next check."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sitekit import AP_HEADLINE, AP_PARAGRAPHS, Site

from versiontrack.archive.store import Archive
from versiontrack.cli.snapshot_cmds import format_line, format_summary
from versiontrack.snapshot.run import PassOptions, build_policy, run_pass
from versiontrack.snapshot.state import followed
from versiontrack.snapshot.watchlist import load_watchlist

T0 = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)


@pytest.fixture
def site():
    with Site() as s:
        s.robots("User-agent: *\nAllow: /\n")
        s.article("/news/a1", AP_HEADLINE, AP_PARAGRAPHS[:5])
        s.article("/news/a2", "Talks resume", AP_PARAGRAPHS[2:7])
        s.rss("/rss.xml", [("/news/a1", "A1"), ("/news/a2", "A2")])
        s.atom("/atom.xml", [("/news/a2", "A2")])
        yield s


def _defaults(path):
    path.write_text("[defaults]\ndelay = 0\ntimeout = 2\nretries = 0\n", encoding="utf-8")
    return path


def one_pass(archive, wl_path, now=None, **kw):
    wl = load_watchlist(wl_path)
    policy = replace(build_policy(wl.defaults), backoff=0.01)
    return run_pass(archive, wl, PassOptions(now=now, policy=policy, extract_workers=0, **kw))


@pytest.mark.parametrize(("path", "words"), [("/rss.xml", "an RSS feed"),
                                             ("/atom.xml", "an Atom feed")])
def test_watch_add_recognises_a_feed(site, tmp_path, run_cli, path, words):
    wl_path = _defaults(tmp_path / "versiontrack.toml")
    res = run_cli("watch", "add", site.url(path), "--watchlist", wl_path)
    assert res.exit_code == 0, res.output
    assert f"it answers with {words}, so it is read as a feed" in res.output
    wl = load_watchlist(wl_path)
    assert [s.url for s in wl.feeds] == [site.url(path)] and not wl.urls
    # An article stays an article, and --article skips the check.
    res = run_cli("watch", "add", site.url("/news/a1"), "--watchlist", wl_path)
    assert res.exit_code == 0 and "Added URL" in res.output
    hits = site.hits["/news/a2"]
    res = run_cli("watch", "add", site.url("/news/a2"), "--article", "--watchlist", wl_path)
    assert res.exit_code == 0 and site.hits["/news/a2"] == hits
    wl = load_watchlist(wl_path)
    assert [s.url for s in wl.urls] == [site.url("/news/a1"), site.url("/news/a2")]


def test_remove_then_add_as_feed_reads_it_as_a_feed(site, tmp_path, run_cli):
    wl_path = _defaults(tmp_path / "versiontrack.toml")
    arch = tmp_path / "archive"
    assert run_cli("watch", "add", site.url("/rss.xml"), "--article",
                   "--watchlist", wl_path).exit_code == 0
    with Archive.open(arch, create=True) as archive:
        r = one_pass(archive, wl_path, T0)
        assert [o.label for o in r.outcomes] == ["failed:not-html"]
        res = run_cli("watch", "remove", site.url("/rss.xml"), "--watchlist", wl_path,
                      "--archive", arch)
        assert res.exit_code == 0 and "1 followed URL forgotten" in res.output
        assert followed(archive) == []
        assert run_cli("watch", "add", site.url("/rss.xml"), "--feed",
                       "--watchlist", wl_path).exit_code == 0
        r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    assert sorted(o.url for o in r.outcomes) == [site.url("/news/a1"), site.url("/news/a2")]
    assert all(o.outcome == "new" for o in r.outcomes)


def test_a_feed_listed_by_hand_is_never_fetched_as_an_article(site, tmp_path):
    # Edited by hand (no `watch remove`): the old [[urls]] row is still in the state file.
    wl_path = _defaults(tmp_path / "versiontrack.toml")
    base = wl_path.read_text(encoding="utf-8")
    wl_path.write_text(base + f'[[urls]]\nurl = "{site.url("/rss.xml")}"\n', encoding="utf-8")
    with Archive.open(tmp_path / "archive", create=True) as archive:
        one_pass(archive, wl_path, T0)
        wl_path.write_text(base + f'[[feeds]]\nurl = "{site.url("/rss.xml")}"\n',
                           encoding="utf-8")
        r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    assert site.url("/rss.xml") not in {o.url for o in r.outcomes}
    assert not r.failures()


def test_recheck_checks_now_without_faking_time(site, tmp_path, run_cli):
    wl_path = _defaults(tmp_path / "versiontrack.toml")
    for path in ("/news/a1", "/news/a2"):
        assert run_cli("watch", "add", site.url(path), "--article",
                       "--watchlist", wl_path).exit_code == 0
    arch = tmp_path / "archive"
    with Archive.open(arch, create=True) as archive:
        one_pass(archive, wl_path)
        r = one_pass(archive, wl_path)
        assert r.outcomes == ()  # nothing due yet
        assert "Next check due at" in format_summary(r) and "in 1" in format_summary(r)
        assert "next due" in format_line(r)
        before = site.hits["/news/a1"]
        r = one_pass(archive, wl_path, recheck=(site.url("/news/a1"),))
        assert [o.url for o in r.outcomes] == [site.url("/news/a1")]
        assert site.hits["/news/a1"] == before + 1
        r = one_pass(archive, wl_path, recheck=())
        assert len(r.outcomes) == 2
        # The clock was real: the stored times are today's, not a faked future.
        rows = followed(archive)
    year = datetime.now(UTC).year
    assert all(row["last_checked"].startswith(str(year)) for row in rows)
    res = run_cli("snapshot", "--watchlist", wl_path, "--archive", arch, "--recheck",
                  "https://nowhere.example/x")
    assert res.exit_code == 1 and "is not followed" in res.output
    res = run_cli("snapshot", "--watchlist", wl_path, "--archive", arch, site.url("/news/a1"))
    assert res.exit_code == 2
    res = run_cli("snapshot", "--help")
    assert "Replays only" in res.output


def test_summary_names_failing_urls_and_kinds(site, tmp_path):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    dead = sock.getsockname()[1]
    sock.close()
    site.robots("User-agent: *\nDisallow: /private/\n")
    site.article("/private/p", "Private", AP_PARAGRAPHS[:3])
    wl_path = _defaults(tmp_path / "versiontrack.toml")
    text = wl_path.read_text(encoding="utf-8")
    for url in (f"http://127.0.0.1:{dead}/story", "http://no-such-host.invalid/story",
                site.url("/private/p"), site.url("/news/a1")):
        text += f'[[urls]]\nurl = "{url}"\n'
    wl_path.write_text(text, encoding="utf-8")
    with Archive.open(tmp_path / "archive", create=True) as archive:
        r = one_pass(archive, wl_path, T0)
    by = {o.url: o.label for o in r.outcomes}
    assert by == {f"http://127.0.0.1:{dead}/story": "failed:connection-refused",
                  "http://no-such-host.invalid/story": "failed:dns",
                  site.url("/private/p"): "failed:robots", site.url("/news/a1"): "new"}
    summary = format_summary(r)
    for url in (f"http://127.0.0.1:{dead}/story", "http://no-such-host.invalid/story",
                site.url("/private/p")):
        assert url in summary
    assert "connection-refused" in summary and "dns" in summary
    assert "Next check due at 2026-02-05T12:15:00" in summary
