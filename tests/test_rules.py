"""One place for each rule: what a file is, what a story key may be, what becomes of a page
with no text, and a batch problem as a rejected item rather than an error to re-parse."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import article, at, make_archive, run_cli

from versiontrack.archive.plan import IngestItem
from versiontrack.archive.store import Archive
from versiontrack.errors import InputError, StoryKeyError
from versiontrack.extract.reader import page_format
from versiontrack.identity import validate_key

PARAGRAPHS = ("The harbour board voted on Friday to dredge the northern channel this spring.",
              "Dredging will cost about $3 million and take eleven weeks, the board said.",
              "Fishing crews asked for the work to wait until the herring season ends.")
# A page whose markup starts after a line of text: no .html suffix, not starting with "<".
PAGE = ("saved by a browser extension\n<body><h1>Harbour channel to be dredged</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body>").encode()
URL = "https://example.net/harbour/dredging"


def test_ingest_and_diff_read_a_file_the_same_way(tmp_path):
    capture = tmp_path / "capture"
    capture.write_bytes(PAGE)
    assert page_format(PAGE, "capture") == "html"
    archive = tmp_path / "archive"
    r = run_cli("ingest", capture, "--url", URL, "--archive", archive, "--fetched-at", at(1),
                "--json")
    assert r.exit_code == 0, r.stderr
    (result,) = json.loads(r.stdout)
    with Archive.open(archive) as a:
        stored = a.article(result["story"], 1)
        assert a.raw_name(result["story"], 1) == "raw.html"
    r = run_cli("diff", capture, capture, "--format", "json")
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert tuple(d["old_paragraphs"]) == stored.paragraphs == PARAGRAPHS


BAD_KEYS = (".", "..", ".hidden", "../x", "a/b", "Upper-Case", "x" * 121, "-rf", "con")


@pytest.mark.parametrize("key", BAD_KEYS)
def test_one_story_key_rule_for_ingest_and_the_library(tmp_path, key):
    with pytest.raises(StoryKeyError) as want:
        validate_key(key)
    archive = make_archive(tmp_path)
    r = run_cli("ingest", "-", "--format", "text", "--story", key, "--archive", archive,
                input="Headline here\n\nA paragraph of body text.\n")
    assert r.exit_code == 1
    assert r.stderr.strip() == f"Error: {want.value}"
    with Archive.open(archive) as a, pytest.raises(StoryKeyError) as got:
        a.ingest(article(), raw=None, fetched_at=at(40), story=key)
    assert str(got.value) == str(want.value)


def test_a_batch_collects_rejected_items_and_archives_the_rest(tmp_path):
    path = make_archive(tmp_path)
    empty = article(headline="", paragraphs=[])
    items = [
        IngestItem(article(headline="Bridge vote delayed"), b"<html>a</html>", at(20),
                   "example.com_news_bridge"),
        IngestItem(empty, b"<html></html>", at(21), "brand-new-story"),
        IngestItem(article(), None, "last week", "other-story"),
        IngestItem(empty, b"<html></html>", at(22), "example.com_news_bridge"),
    ]
    with Archive.open(path) as a:
        with pytest.raises(InputError):  # the default: one bad item stops the batch
            a.ingest_many(items)
        assert len(a.versions("example.com_news_bridge")) == 3
        results = a.ingest_many(items, collect=True)
        assert [r.status for r in results] == ["new", "rejected", "rejected", "suspect"]
        assert "no article text" in results[1].reason and results[1].version is None
        assert "ISO 8601" in results[2].reason
        assert len(a.versions("example.com_news_bridge")) == 5
        assert not a.has_story("brand-new-story") and not a.has_story("other-story")


def test_ingest_reports_a_rejected_item_and_keeps_the_others(tmp_path):
    archive = make_archive(tmp_path)
    nav = tmp_path / "nav.html"
    nav.write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    good = tmp_path / "good.html"
    good.write_bytes(PAGE)
    r = run_cli("ingest", nav, good, "--url", URL, "--archive", archive, "--fetched-at", at(9))
    assert r.exit_code == 1
    assert r.stderr.strip() == (f"Error: {nav}: no article text found in the page (nothing "
                                "archived: the story is new)")
    assert r.stdout.split() == ["new", "example.net_harbour_dredging", "v1"]


def test_no_text_page_of_a_new_story_creates_no_archive(tmp_path):
    nav = tmp_path / "nav.html"
    nav.write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    r = run_cli("ingest", nav, "--url", URL, "--archive", tmp_path / "archive")
    assert r.exit_code == 1 and "no article text" in r.stderr
    assert not (tmp_path / "archive").exists()


def test_the_cli_never_branches_on_the_wording_of_an_error():
    cli = Path(__file__).parent.parent / "versiontrack" / "cli"
    pattern = re.compile(r"""["'][^"']*["']\s+(?:not\s+)?in\s+str\(\w+\)""")
    offenders = [f"{f.name}: {line.strip()}" for f in sorted(cli.glob("*.py"))
                 for line in f.read_text(encoding="utf-8").splitlines() if pattern.search(line)]
    assert offenders == []
