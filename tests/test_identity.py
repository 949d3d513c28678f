"""Story identity: URL folding, canonical discovery, safe keys."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from versiontrack.errors import InputError, StoryKeyError
from versiontrack.identity import (
    MAX_KEY_LENGTH,
    canonical_from_html,
    normalize_url,
    outlet_from_url,
    story_key,
    validate_key,
)

AP = "https://apnews.com/article/us-russia-military-dialogue-1a2b3c"
AP_KEY = "apnews.com_article_us-russia-military-dialogue-1a2b3c"

VARIANTS = [
    AP,
    "http://apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "https://www.apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "https://m.apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "https://mobile.apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "https://amp.apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "https://APNEWS.com/article/us-russia-military-dialogue-1a2b3c",
    "https://apnews.com/article/us-russia-military-dialogue-1a2b3c/",
    "https://apnews.com/article/us-russia-military-dialogue-1a2b3c#comments",
    "https://apnews.com/article/us-russia-military-dialogue-1a2b3c/amp",
    "https://apnews.com/amp/article/us-russia-military-dialogue-1a2b3c",
    "https://apnews.com/article/us-russia-military-dialogue-1a2b3c?amp",
    "https://apnews.com/article/us-russia-military-dialogue-1a2b3c?outputType=amp",
    ("https://apnews.com/article/us-russia-military-dialogue-1a2b3c?utm_source=twitter"
    "&utm_medium=social&utm_campaign=x"),
    "https://apnews.com/article/us-russia-military-dialogue-1a2b3c?fbclid=IwAR0abc",
    ("https://apnews.com/article/us-russia-military-dialogue-1a2b3c?gclid=1&mc_cid=2&mc_eid=3"
    "&cmpid=4&ocid=5&smid=6&smtyp=7&ref=8&taid=9&partner=10"),
    "https://apnews.com:443/article/us-russia-military-dialogue-1a2b3c",
    "http://apnews.com:80/article/us-russia-military-dialogue-1a2b3c",
    "https://apnews.com//article//us-russia-military-dialogue-1a2b3c",
    "https://apnews.com/article/./x/../us-russia-military-dialogue-1a2b3c",
    "apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "//www.apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "  https://user:secret@www.apnews.com/article/us-russia-military-dialogue-1a2b3c  ",
    "https://apnews-com.cdn.ampproject.org/c/s/apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "https://www.google.com/amp/s/www.apnews.com/article/us-russia-military-dialogue-1a2b3c",
    "https://apnews.com/article/us-russia-military-%64ialogue-1a2b3c",
]


@pytest.mark.parametrize("url", VARIANTS)
def test_variants_fold_to_one_url_and_one_key(url: str) -> None:
    assert normalize_url(url) == AP
    assert story_key(url) == AP_KEY


def test_amp_html_suffix_and_query_sorting() -> None:
    assert (normalize_url("https://www.example.com/news/story.amp.html?b=2&a=1&utm_term=z")
            == "https://example.com/news/story.html?a=1&b=2")


def test_meaningful_query_parameters_and_case_are_kept() -> None:
    # Only tracking parameters go: an id in the query names a different article.
    assert normalize_url("https://example.com/story?id=5") != normalize_url(
        "https://example.com/story?id=6")
    assert story_key("https://example.com/story?id=5") != story_key(
        "https://example.com/story?id=6")
    # Paths are case-sensitive on most servers, so case is kept (and the key stays apart).
    assert normalize_url("https://example.com/News/A") == "https://example.com/News/A"
    assert story_key("https://example.com/News/A") != story_key("https://example.com/news/a")


def test_different_stories_keep_different_keys() -> None:
    keys = {story_key(u) for u in (
        "https://example.com/a/b", "https://example.com/a_b", "https://example.com/a-b",
        "https://example.com/a.b", "https://example.com/a/b?x=1", "https://example.org/a/b",
        "https://news.example.com/a/b", "https://example.com:8080/a/b",
    )}
    assert len(keys) == 8


def test_host_prefix_is_kept_when_it_is_the_whole_name() -> None:
    assert normalize_url("https://m.com/x") == "https://m.com/x"
    assert normalize_url("https://www.m.example.com/x") == "https://example.com/x"


def test_non_default_port_and_idn_host() -> None:
    assert normalize_url("http://example.com:8080/a/") == "https://example.com:8080/a"
    assert normalize_url("https://BÜCHER.de/x") == "https://xn--bcher-kva.de/x"
    assert re.fullmatch(r"[a-z0-9._-]+", story_key("https://bücher.de/ein-artikel"))


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_normalize_is_idempotent_and_total(text: str) -> None:
    url = "https://www.example.com/" + text
    once = normalize_url(url)
    assert normalize_url(once) == once


@given(st.text(min_size=1, max_size=300))
@settings(max_examples=200, deadline=None)
def test_story_key_is_always_a_safe_component(path: str) -> None:
    key = story_key("https://example.com/" + path)
    assert validate_key(key) == key
    assert len(key) <= MAX_KEY_LENGTH


# ----------------------------------------------------------------------------- canonical


def _page(head: str) -> bytes:
    return f"<!doctype html><html><head>{head}</head><body><p>x</p></body></html>".encode()


def test_canonical_link_wins_over_og_url() -> None:
    raw = _page('<meta property="og:url" content="https://example.com/og">'
                '<link rel="canonical" href="https://example.com/canonical">')
    assert canonical_from_html(raw, "https://example.com/x") == "https://example.com/canonical"


def test_og_url_is_used_without_canonical_link() -> None:
    raw = _page('<meta property="og:url" content="https://example.com/og">')
    assert canonical_from_html(raw, "https://example.com/x") == "https://example.com/og"


def test_relative_canonical_is_resolved_against_the_page_url() -> None:
    raw = _page('<link rel="canonical" href="/news/story-1">')
    assert (canonical_from_html(raw, "https://m.example.com/amp/news/story-1?utm_source=x")
            == "https://m.example.com/news/story-1")


@pytest.mark.parametrize("head", [
    '<link rel="canonical" href="">',
    '<link rel="canonical" href="   ">',
    '<link rel="canonical" href="javascript:void(0)">',
    '<link rel="canonical" href="null">',
    '<link rel="canonical" href="data:text/html,hi">',
    '<link rel="canonical" href="http://[::bad">',
    '<link rel="canonical" href="https://example.com/">',  # a template bug: every page -> home
    '<link rel="canonical">',
    "",
])
def test_garbage_canonicals_are_ignored(head: str) -> None:
    raw = _page(head)
    assert canonical_from_html(raw, "https://example.com/news/story") is None


def test_garbage_canonical_falls_through_to_og_url() -> None:
    raw = _page('<link rel="canonical" href="javascript:;">'
                '<meta property="og:url" content="https://example.com/og">')
    assert canonical_from_html(raw, "") == "https://example.com/og"


def test_canonical_with_multiple_rel_tokens_and_whitespace() -> None:
    raw = _page('<LINK REL="Canonical alternate" HREF=" https://example.com/a\n/b ">')
    assert canonical_from_html(raw, "") == "https://example.com/a/b"


def test_canonical_from_non_html_returns_none() -> None:
    assert canonical_from_html(b"", "https://example.com/x") is None
    assert canonical_from_html(b"\x00\x01\x02binary", "https://example.com/x") is None


def test_canonical_of_the_demo_pages_folds_to_one_key() -> None:
    from importlib.resources import files

    folder = files("versiontrack").joinpath("data/demo")
    keys = {story_key(canonical_from_html(folder.joinpath(f).read_bytes(), "") or "")
            for f in ("ap-v1.html", "ap-v2.html")}
    assert len(keys) == 1
    assert next(iter(keys)).startswith("apnews.com_article_")


# ----------------------------------------------------------------------------- keys


def test_long_keys_are_cut_with_a_hash_suffix_and_stay_unique() -> None:
    base = "https://example.com/" + "very-long-slug-" * 20
    k1, k2 = story_key(base + "one"), story_key(base + "two")
    assert k1 != k2
    assert len(k1) <= MAX_KEY_LENGTH and len(k2) <= MAX_KEY_LENGTH
    assert re.search(r"-[0-9a-f]{12}$", k1)
    assert k1.startswith("example.com_very-long-slug-")
    assert story_key(base + "one") == k1  # deterministic


def test_lossy_keys_get_a_hash_and_short_clean_ones_do_not() -> None:
    assert story_key("https://example.com/news/a-story") == "example.com_news_a-story"
    lossy = story_key("https://example.com/News/A_Story?id=7")
    assert re.fullmatch(r"example\.com_news_a_story-id-7-[0-9a-f]{12}", lossy)


@pytest.mark.parametrize("url", ["", "   ", "mailto:someone@example.com", "https://"])
def test_story_key_needs_a_web_url(url: str) -> None:
    with pytest.raises(StoryKeyError) as info:
        story_key(url)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("key", [
    "..", "../etc", "a/../../b", "a/b", "/abs", "/etc/passwd", "a\\b", "C:evil", "c:\\x",
    "", "   ", ".hidden", "-rf", "_x", "a\x00b", "a\nb", "a\tb", "x" * (MAX_KEY_LENGTH + 1),
    "Upper", "sp ace", "caf\u00e9", "con", "nul.txt", "a..b",
])
def test_unsafe_keys_are_rejected_with_one_line(key: str) -> None:
    with pytest.raises(StoryKeyError) as info:
        validate_key(key)
    message = str(info.value)
    assert message and "\n" not in message
    assert isinstance(info.value, InputError)


@pytest.mark.parametrize("key", [AP_KEY, "my-story", "a", "2026.election_night", "x" * 120])
def test_safe_keys_are_accepted(key: str) -> None:
    assert validate_key(key) == key


def test_outlet_from_url() -> None:
    assert outlet_from_url("https://www.apnews.com/article/x") == "apnews.com"
    assert outlet_from_url("https://news.bbc.co.uk/2/hi/x.stm") == "bbc.co.uk"
    assert outlet_from_url("https://edition.cnn.com/2026/02/05/x") == "cnn.com"
    assert outlet_from_url("http://localhost:8000/x") == "localhost"
    assert outlet_from_url("") == ""


PREFIXES = ["", "http://", "https://", "//", "HTTP://www.", "ftp://", "https://[", "https://a:b@",
            "https://x.com:99999/", "https://x.com/", "https://x.com/?"]


@given(st.sampled_from(PREFIXES), st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_garbage_urls_never_crash(prefix: str, rest: str) -> None:
    url = prefix + rest
    norm = normalize_url(url)
    assert normalize_url(norm) == norm
    assert isinstance(outlet_from_url(url), str)
    canonical_from_html(f'<link rel="canonical" href="{url}">'.encode(), "https://e.com/a")
    canonical_from_html(b'<link rel="canonical" href="/x">', url)
    try:
        key = story_key(url)
    except StoryKeyError:
        return
    assert validate_key(key) == key
