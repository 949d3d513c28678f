"""Naming a story on the command line: its key, its article URL, or a unique part of the key."""

from __future__ import annotations

import pytest
from conftest import article, make_archive, run_cli

from versiontrack.archive.store import Archive
from versiontrack.errors import InputError, StoryNotFound


@pytest.fixture()
def archive_path(tmp_path):
    stories = {
        "example.com_news_bridge": [article()],
        "example.com_news_bridge-vote": [article(headline="Vote", url="https://example.com/b2")],
        "example.org_storm": [article(headline="Storm", url="https://example.org/storm")],
        "example.net_odd_x": [article(headline="Odd", url="https://example.net/odd")],
    }
    return make_archive(tmp_path, stories)


def test_exact_key_wins_over_longer_prefix_matches(archive_path):
    with Archive.open(archive_path) as a:
        assert a.find_story("example.com_news_bridge") == "example.com_news_bridge"


def test_unique_prefix_and_substring(archive_path):
    with Archive.open(archive_path) as a:
        assert a.find_story("example.org") == "example.org_storm"
        assert a.find_story("storm") == "example.org_storm"
        assert a.find_story("bridge-v") == "example.com_news_bridge-vote"


def test_ambiguous_part_lists_candidates(archive_path):
    with Archive.open(archive_path) as a, pytest.raises(InputError) as err:
        a.find_story("example.com")
    assert "example.com_news_bridge" in str(err.value)
    assert "example.com_news_bridge-vote" in str(err.value)


def test_like_wildcards_are_literal(archive_path):
    with Archive.open(archive_path) as a:
        # "%" and "_" are SQL LIKE wildcards; they must only match themselves.
        assert a.find_story("t_o") == "example.net_odd_x"
        for query in ("e_o", "%", "example%storm"):  # "e_o" would match "e.o" as a wildcard
            with pytest.raises(StoryNotFound):
                a.find_story(query)


def test_url_variants_find_the_story(tmp_path):
    url = "https://example.com/news/bridge"
    from versiontrack.identity import story_key

    key = story_key(url)
    path = make_archive(tmp_path, {key: [article()]})
    with Archive.open(path) as a:
        assert a.find_story("http://www.example.com/news/bridge/?utm_source=x#top") == key
        with pytest.raises(StoryNotFound):
            a.find_story("https://example.com/news/other")


def test_cli_commands_accept_a_part_of_the_key(tmp_path):
    path = make_archive(tmp_path)
    for args in (["log", "storm"], ["show", "storm"], ["audit", "bridge"],
                 ["diff", "bridge", "--stat"], ["corrections", "bridge"]):
        r = run_cli(*args, "--archive", path)
        assert r.exit_code == 0, (args, r.stderr)
    r = run_cli("log", "nope", "--archive", path)
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "versiontrack stories" in r.stderr
