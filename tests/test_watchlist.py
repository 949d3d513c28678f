"""The watchlist file: loading, validation messages, editing that keeps comments, the CLI."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from versiontrack.errors import ConfigError
from versiontrack.snapshot.watchlist import (
    DEFAULT_RECHECK,
    Defaults,
    RecheckStep,
    Source,
    Watchlist,
    add_entry,
    dumps,
    format_duration,
    load_watchlist,
    parse_duration,
    parse_watchlist,
    remove_entry,
)

FULL = """\
# Our newsroom's watchlist
[defaults]
contact = "desk@example.org"
concurrency = 4
per_host = 1
delay = 2.5
timeout = 10
max_bytes = 1000000
retries = 3
follow_days = 3
recheck = [
  { until = "2h", every = "10m" },
  { until = "1d", every = "2h" },
]

[[feeds]]  # the wire
url = "https://example.org/rss.xml"
outlet = "Example News"
include = ["/news/", "/world/"]
exclude = "/live/"
follow_days = 1.5

[[urls]]
url = "https://other.example/story/1"
outlet = "Other"
"""


def test_full_file_loads(tmp_path):
    p = tmp_path / "w.toml"
    p.write_text(FULL, encoding="utf-8")
    wl = load_watchlist(p)
    d = wl.defaults
    assert (d.contact, d.concurrency, d.per_host, d.delay, d.timeout) == (
        "desk@example.org", 4, 1, 2.5, 10.0)
    assert (d.max_bytes, d.retries, d.follow_days) == (1_000_000, 3, 3.0)
    assert d.recheck == (RecheckStep(timedelta(hours=2), timedelta(minutes=10)),
                         RecheckStep(timedelta(days=1), timedelta(hours=2)))
    (feed,) = wl.feeds
    assert feed.include == ("/news/", "/world/") and feed.exclude == ("/live/",)
    assert feed.follow_days == 1.5 and feed.outlet == "Example News"
    assert feed.admits("https://example.org/news/a") and not feed.admits("https://example.org/x")
    assert not feed.admits("https://example.org/news/live/1")
    (url,) = wl.urls
    assert url.kind == "url" and url.outlet == "Other"


def test_empty_file_means_defaults(tmp_path):
    wl = parse_watchlist(b"", tmp_path / "w.toml")
    assert wl.defaults == Defaults() and wl.sources == ()
    assert wl.defaults.recheck == DEFAULT_RECHECK


@pytest.mark.parametrize("text,message", [
    ("[defaults]\nconcurency = 3\n", "unknown key 'defaults.concurency'"),
    ("[defaults]\ndelay = 'slow'\n", "defaults.delay must be a number"),
    ("[defaults]\nconcurrency = 0\n", "defaults.concurrency must be >= 1"),
    ("[defaults]\ntimeout = 0\n", "defaults.timeout must be > 0"),
    ("[defaults]\nper_host = true\n", "defaults.per_host must be an integer"),
    ("[defaults]\nrecheck = [{ until = '1d', every = 'often' }]\n",
     "defaults.recheck[0].every: not a duration"),
    ("[defaults]\nrecheck = [{ until = '1d', every = '1h' }, { until = '2h', every = '1h' }]\n",
     "defaults.recheck[1].until must be later"),
    ("[defaults]\nrecheck = [{ every = '1h' }]\n", "defaults.recheck[0] needs both"),
    ("[[feeds]]\noutlet = 'x'\n", "feeds[0] has no 'url'"),
    ("[[feeds]]\nurl = 'ftp://example.org/rss'\n", "feeds[0].url: not an http(s) URL"),
    ("[[feeds]]\nurl = 'https://e.org/rss'\ninclude = ['(unclosed']\n",
     "feeds[0].include: bad regular expression"),
    ("[[urls]]\nurl = 'https://e.org/a'\ncolour = 'red'\n", "unknown key 'urls[0].colour'"),
    ("[[urls]]\nurl = 'https://e.org/a'\n[[urls]]\nurl = 'https://e.org/a'\n", "listed twice"),
    ("feeds = 'https://e.org/rss'\n", "'feeds' must be an array of tables"),
    ("[defaults\n", "not valid TOML"),
])
def test_errors_name_the_file_and_the_key(tmp_path, text, message):
    p = tmp_path / "watch.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_watchlist(p)
    msg = str(err.value)
    assert msg.startswith(f"{p}: ") and message in msg and "\n" not in msg


def test_missing_file_says_how_to_create_one(tmp_path):
    with pytest.raises(ConfigError, match="watchlist not found"):
        load_watchlist(tmp_path / "nope.toml")


def test_durations():
    assert parse_duration("15m") == timedelta(minutes=15)
    assert parse_duration("2d") == timedelta(days=2)
    assert parse_duration(90) == timedelta(seconds=90)
    assert parse_duration("1.5h") == timedelta(minutes=90)
    for bad in ("", "0m", "-5m", "15 minutes", "m", True):
        with pytest.raises(ValueError):
            parse_duration(bad)
    for td in (timedelta(minutes=15), timedelta(days=2), timedelta(seconds=90),
               timedelta(weeks=1)):
        assert parse_duration(format_duration(td)) == td


def test_dumps_round_trips(tmp_path):
    p = tmp_path / "w.toml"
    p.write_text(FULL, encoding="utf-8")
    wl = load_watchlist(p)
    again = parse_watchlist(dumps(wl), p)
    assert again == wl
    tricky = Watchlist(path=p, feeds=(
        Source("feed", 'https://e.org/r?a="b"\\c', outlet='Le \u00c9cho "du\tsoir" \\'),))
    assert parse_watchlist(dumps(tricky), p) == tricky


def test_add_and_remove_keep_comments_and_other_entries(tmp_path):
    p = tmp_path / "w.toml"
    p.write_text(FULL, encoding="utf-8")
    wl = add_entry(p, Source("feed", "https://third.example/atom", outlet="Third",
                             exclude=("/video/",)))
    assert [s.url for s in wl.feeds] == ["https://example.org/rss.xml",
                                         "https://third.example/atom"]
    text = p.read_text(encoding="utf-8")
    assert text.startswith(FULL) and "# the wire" in text
    with pytest.raises(ConfigError, match="already in the watchlist"):
        add_entry(p, Source("url", "https://third.example/atom"))
    wl, removed = remove_entry(p, "https://example.org/rss.xml")
    assert removed.outlet == "Example News"
    assert [s.url for s in wl.sources] == ["https://third.example/atom",
                                           "https://other.example/story/1"]
    text = p.read_text(encoding="utf-8")
    assert "# Our newsroom's watchlist" in text and "example.org/rss.xml" not in text
    assert load_watchlist(p) == wl
    with pytest.raises(ConfigError, match="is not in the watchlist"):
        remove_entry(p, "https://example.org/rss.xml")


def test_add_rejects_bad_input_without_touching_the_file(tmp_path):
    p = tmp_path / "w.toml"
    p.write_text(FULL, encoding="utf-8")
    with pytest.raises(ConfigError, match="not an http"):
        add_entry(p, Source("url", "javascript:alert(1)"))
    with pytest.raises(ConfigError, match="bad regular expression"):
        add_entry(p, Source("feed", "https://e.org/rss", include=("[",)))
    assert p.read_text(encoding="utf-8") == FULL


# ------------------------------------------------------------------------------------ CLI

def test_watch_commands(tmp_path, run_cli):
    p = tmp_path / "sub.toml"
    res = run_cli("watch", "add", "https://example.org/rss.xml", "--feed", "--outlet", "Ex",
                  "--include", "/news/", "--exclude", "/live/", "--watchlist", p)
    assert res.exit_code == 0, res.output
    assert res.stdout == f"Added feed https://example.org/rss.xml to {p} (1 feed, 0 URLs)\n"
    res = run_cli("watch", "add", "https://example.org/news/1", "--follow-days", "2",
                  env={"VERSIONTRACK_WATCHLIST": str(p)})
    assert res.exit_code == 0, res.output
    res = run_cli("watch", "list", "--watchlist", p)
    assert res.stdout.splitlines() == [
        f"{p}: 1 feed, 1 URL",
        "  feed https://example.org/rss.xml  [outlet=Ex; include=/news/; exclude=/live/]",
        "  url  https://example.org/news/1  [follow_days=2]",
    ]
    data = json.loads(run_cli("watch", "list", "--json", "--watchlist", p).stdout)
    assert data["feeds"][0]["include"] == ["/news/"] and data["urls"][0]["follow_days"] == 2.0
    assert data["defaults"]["recheck"][0] == {"until": "6h", "every": "15m"}

    res = run_cli("watch", "add", "https://example.org/news/1", "--watchlist", p)
    assert res.exit_code == 1 and "already in the watchlist" in res.stderr
    res = run_cli("watch", "add", "https://example.org/news/2", "--include", "x",
                  "--watchlist", p)
    assert res.exit_code == 1 and "feeds only" in res.stderr
    # Given on the command line, these are usage errors, found before the URL is asked anything.
    before = p.read_text(encoding="utf-8")
    res = run_cli("watch", "add", "https://example.org/news/3", "--article", "--exclude", "x",
                  "--watchlist", p)
    assert res.exit_code == 2 and "feeds only, not with --article" in res.stderr
    res = run_cli("watch", "add", "https://example.org/rss2.xml", "--feed", "--include", "(",
                  "--watchlist", p)
    assert res.exit_code == 2
    assert "Invalid value for '--include': bad regular expression '('" in res.stderr
    assert p.read_text(encoding="utf-8") == before
    res = run_cli("watch", "add", "not a url", "--watchlist", p)
    # A malformed value on the command line is a usage error, as for ingest --url.
    assert res.exit_code == 2 and "not an http(s) URL" in res.stderr
    res = run_cli("watch", "remove", "https://example.org/news/1", "--watchlist", p)
    assert res.exit_code == 0 and "Removed url" in res.stdout
    assert "(1 feed, 0 URLs left)" in res.stdout
    res = run_cli("watch", "remove", "https://example.org/news/1", "--watchlist", p)
    assert res.exit_code == 1 and res.stderr.startswith("Error: ")
    res = run_cli("watch", "list", "--watchlist", tmp_path / "none.toml")
    assert res.exit_code == 1 and "watchlist not found" in res.stderr


def test_deadline_budget_and_private_redirect_settings(tmp_path):
    wl = parse_watchlist("[defaults]\ndeadline = 5\nextract_budget = 0\n"
                         "private_redirects = true\n", tmp_path / "w.toml")
    assert (wl.defaults.deadline, wl.defaults.extract_budget,
            wl.defaults.private_redirects) == (5.0, 0.0, True)
    assert parse_watchlist(dumps(wl), tmp_path / "w.toml").defaults == wl.defaults
    for bad in ("private_redirects = 1", "deadline = 0", "extract_budget = -1"):
        with pytest.raises(ConfigError, match=bad.split(" ")[0]):
            parse_watchlist(f"[defaults]\n{bad}\n", tmp_path / "w.toml")


def test_watch_add_and_remove_json(tmp_path, run_cli):
    p = tmp_path / "w.toml"
    res = run_cli("watch", "add", "https://example.org/rss.xml", "--feed", "--json",
                  "--watchlist", p)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == {
        "added": "feed", "url": "https://example.org/rss.xml", "watchlist": str(p),
        "detected": None, "feeds": 1, "urls": 0}
    res = run_cli("watch", "add", "https://example.org/news/1", "--article", "--json",
                  "--watchlist", p)
    assert json.loads(res.stdout)["added"] == "url"
    res = run_cli("watch", "remove", "https://example.org/rss.xml", "--json", "--watchlist", p,
                  "--archive", tmp_path / "none")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == {
        "removed": "feed", "url": "https://example.org/rss.xml", "watchlist": str(p),
        "forgotten": 0, "feeds": 0, "urls": 1}
