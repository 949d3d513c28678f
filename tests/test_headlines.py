"""Headline changes: the record built from a real audit, the report's headlines pages and feed
(incremental runs included), and the ``versiontrack headlines`` command.

Built on real archives (git repositories in tmp_path, fixed fetch times) with the real differ
and auditor. The browser checks are in test_report_browser.py.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import article, at, make_archive, run_cli

from versiontrack.archive.store import Archive
from versiontrack.errors import InputError
from versiontrack.models import Article
from versiontrack.render.report import site as report_mod
from versiontrack.render.report.headlines import HeadlineChange, headlines_page, parse_since
from versiontrack.render.report.outdir import MANIFEST
from versiontrack.render.report.site import build_report, story_headline_changes

BODY = [
    "Floodwater swept through the river town of Elmsford overnight, officials said on Tuesday.",
    "Rescue crews searched flooded homes until dawn, the county fire chief said.",
    "The river is expected to fall below flood level by Thursday.",
]
NOTE = ("Correction: An earlier version of this story misstated the death toll in the headline. "
        "Six people died, not five.")
XSS_OLD = "<script>alert(11)</script> Mayor <b>wins</b>"
XSS_NEW = "<img src=x onerror=alert(12)> Mayor <b>loses</b> & \"concedes\""

FLOOD = "example.com_flood"
MINISTER = "example.com_minister"
STORM = "example.com_storm"
EVIL = "evil.example_mayor"
QUIET = "example.com_quiet"


def _a(headline: str, paras: list[str], slug: str) -> Article:
    return article(headline, paras, url=f"https://example.com/{slug}")


def stories() -> dict[str, list[Article]]:
    """Five stories (versions are fetched an hour apart, in this order):

    - flood: a number in the headline corrected, disclosed by a note naming the headline;
    - minister: A -> B -> A (a flip-flop), then a body-only edit, then another headline edit;
    - storm: a cosmetic edit (capitals), a silent number change, then an attribution;
    - mayor: a headline made of markup and script, changed;
    - quiet: body edits only, headline never changes.
    """
    return {
        FLOOD: [_a("Flood kills 5 in river town", BODY, "flood"),
                _a("Flood kills 6 in river town", [*BODY, NOTE], "flood")],
        MINISTER: [_a(h, [*BODY[:2], tail], "minister") for h, tail in [
            ("Minister resigns over budget row", "First."),
            ("Minister quits over budget row", "First."),
            ("Minister resigns over budget row", "First."),
            ("Minister resigns over budget row", "Second, with a longer body now."),
            ("Minister resigns after budget row", "Second, with a longer body now.")]],
        STORM: [_a(h, BODY, "storm") for h in [
            "Storm closes 12 schools", "Storm Closes 12 Schools", "Storm closes 14 schools",
            "Storm closes 14 schools, officials say"]],
        EVIL: [_a(XSS_OLD, BODY, "mayor"), _a(XSS_NEW, BODY, "mayor")],
        QUIET: [_a("Quiet story", BODY[:1], "quiet"), _a("Quiet story", BODY[:2], "quiet")],
    }


# Fetch hour of each version, in make_archive's order.
HOURS = {FLOOD: [0, 1], MINISTER: [2, 3, 4, 5, 6], STORM: [7, 8, 9, 10], EVIL: [11, 12],
         QUIET: [13, 14]}


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("headlines"), stories())


@pytest.fixture(scope="module")
def site(archive_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("headlines-site") / "out"
    with Archive.open(archive_path) as archive:
        build_report(archive, out)
    return out


def _changes(archive_path: Path, key: str, **kw) -> list[HeadlineChange]:
    with Archive.open(archive_path) as archive:
        return story_headline_changes(archive, key, **kw)


# --------------------------------------------------------------------------------------------
# The record
# --------------------------------------------------------------------------------------------

def test_disclosed_number_change(archive_path: Path) -> None:
    (c,) = _changes(archive_path, FLOOD)
    assert (c.from_version, c.to_version) == (1, 2)
    assert c.fetched_at == at(HOURS[FLOOD][1]) and c.from_fetched_at == at(HOURS[FLOOD][0])
    assert "number" in c.labels and c.substantive
    assert c.status == "disclosed" and c.note_kind == "correction"
    assert "Six people died" in c.note_text and "disclosed" in c.message
    assert c.marked("old") == "Flood kills [-5-] in river town"
    assert c.marked("new") == "Flood kills {+6+} in river town"
    assert c.href == f"stories/{FLOOD}/diff-1-2.html#headline"
    assert c.reverts_to is None


def test_flip_flop_is_marked_once_per_return(archive_path: Path) -> None:
    changes = _changes(archive_path, MINISTER)
    # v3 -> v4 changed the body only: no record for it.
    assert [(c.from_version, c.to_version) for c in changes] == [(1, 2), (2, 3), (4, 5)]
    assert [c.reverts_to for c in changes] == [None, 1, None]
    assert changes[1].old == "Minister quits over budget row"
    assert changes[1].new == "Minister resigns over budget row"


def test_cosmetic_silent_and_unjudged(archive_path: Path) -> None:
    cosmetic, number, attribution = _changes(archive_path, STORM)
    assert not cosmetic.substantive and cosmetic.status == ""
    assert "<del>" not in cosmetic.marked("old") and "[-closes-]" in cosmetic.marked("old")
    assert number.substantive and number.status == "silent-correction" and number.note_kind == ""
    assert "14" in number.marked("new") and "{+" in number.marked("new")
    # An added attribution is substantive, but not an edit the audit asks a note for.
    assert attribution.substantive and attribution.status == ""
    assert attribution.shown_labels == tuple(x for x in attribution.labels if x != "headline")
    assert "cosmetic" in cosmetic.labels and "cosmetic" not in cosmetic.shown_labels


def test_round_trip_through_dict(archive_path: Path) -> None:
    for key in (FLOOD, MINISTER, STORM, EVIL):
        for c in _changes(archive_path, key):
            d = json.loads(json.dumps(c.to_dict()))
            assert HeadlineChange.from_dict(d) == c


def test_since_filters_and_unchanged_stories_are_not_audited(
        archive_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    audited: list[str] = []
    real = report_mod.audit_story

    def counting(archive, key, **kw):
        audited.append(key)
        return real(archive, key, **kw)

    monkeypatch.setattr(report_mod, "audit_story", counting)
    since = datetime.fromisoformat(at(HOURS[MINISTER][2]))
    assert [c.to_version for c in _changes(archive_path, MINISTER, since=since)] == [3, 5]
    assert _changes(archive_path, QUIET) == []
    # Changes all before --since: the index alone says so.
    assert _changes(archive_path, FLOOD, since=datetime.fromisoformat(at(5))) == []
    assert audited == [MINISTER]


@pytest.mark.parametrize("text,expected", [
    ("2026-02-01", datetime(2026, 2, 1, tzinfo=UTC)),
    ("2026-02-01T10:30Z", datetime(2026, 2, 1, 10, 30, tzinfo=UTC)),
    ("2026-02-01T10:30+02:00", datetime(2026, 2, 1, 8, 30, tzinfo=UTC)),
    ("24h", datetime(2026, 3, 9, 12, tzinfo=UTC)),
    ("7d", datetime(2026, 3, 3, 12, tzinfo=UTC)),
    ("2W", datetime(2026, 2, 24, 12, tzinfo=UTC)),
    ("90m", datetime(2026, 3, 10, 10, 30, tzinfo=UTC)),
])
def test_parse_since(text: str, expected: datetime) -> None:
    assert parse_since(text, now=datetime(2026, 3, 10, 12, tzinfo=UTC)) == expected


@pytest.mark.parametrize("text", ["", "yesterday", "7", "7y", "-3d", "2026-13-01",
                                  "99999999999999d"])
def test_parse_since_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_since(text, now=datetime(2026, 3, 10, tzinfo=UTC))


# --------------------------------------------------------------------------------------------
# The headlines page and feed
# --------------------------------------------------------------------------------------------

def _rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [r for r in body.split("<tr")[1:]]


def test_page_lists_every_change_newest_first(site: Path) -> None:
    html = (site / "headlines.html").read_text()
    rows = _rows(html)
    assert len(rows) == 1 + 3 + 3 + 1  # flood, minister, storm, mayor; quiet has none
    seen = re.findall(r'<td class="date" data-label="Seen">([^<]+)</td>', html)
    assert seen == sorted(seen, reverse=True) and len(seen) == len(rows)
    assert "8 headline changes in 4 stories" in html
    assert "1 return to an earlier headline" in html
    assert QUIET not in html


def test_rows_mark_words_labels_notes_and_returns(site: Path) -> None:
    rows = _rows((site / "headlines.html").read_text())

    def row(key: str, a: int, b: int) -> str:
        (hit,) = [r for r in rows if f'href="stories/{key}/diff-{a}-{b}.html#headline"' in r]
        return hit

    flood = row(FLOOD, 1, 2)
    assert "Flood kills <del>5</del> in river town" in flood
    assert "Flood kills <ins>6</ins> in river town" in flood
    assert "Disclosed by a correction note" in flood and "Silent" not in flood
    assert "<blockquote class=\"hl-note\">Correction: An earlier version" in flood
    assert 'class="tag substantive"' in flood and "tag-number" in flood
    back = row(MINISTER, 2, 3)
    assert ' revert"' in back.split(">")[0] and "Back to the headline of v1" in back
    assert "Back to the headline" not in row(MINISTER, 1, 2)
    cosmetic = row(STORM, 1, 2)
    assert 'class="tag cosmetic"' in cosmetic and ' substantive' not in cosmetic.split(">")[0]
    silent = row(STORM, 2, 3)
    assert "has-silent" in silent.split(">")[0] and '<strong class="silent-flag">Silent' in silent


def test_links_reach_the_headline_of_each_diff(site: Path) -> None:
    page = site / "headlines.html"
    html = page.read_text()
    diffs = re.findall(r'href="(stories/[^"]+/diff-\d+-\d+\.html)#headline"', html)
    assert len(diffs) == 8
    for rel in diffs:
        target = (site / rel).read_text()
        assert 'id="headline"' in target and "Headline changed" in target
    for rel in re.findall(r'href="(stories/[^"]+/index\.html)"', html):
        assert (site / rel).is_file()
    # Reached from the index (its lede) and from every page's header.
    assert 'href="headlines.html"' in (site / "index.html").read_text()
    story = (site / "stories" / FLOOD / "index.html").read_text()
    assert 'class="nav-headlines" href="../../headlines.html"' in story
    assert 'aria-current="page"' in html and 'aria-current' not in story


def test_scraped_headlines_stay_escaped(site: Path) -> None:
    html = (site / "headlines.html").read_text()
    assert "<script>alert(11)" not in html and "<img src=x" not in html and "<b>wins" not in html
    # Markup in the text is shown as text, and the word marks still land inside it.
    assert "&lt;<del>script&gt;alert(11)&lt;/script</del>&gt; Mayor &lt;b&gt;<del>wins</del>" in html
    assert "&lt;<ins>img src=x onerror=alert(12)</ins>&gt;" in html
    assert "<ins> &amp; &#34;concedes&#34;</ins>" in html
    assert not re.search(r"<[a-z][^>]*\son[a-z]+=", html, re.IGNORECASE)
    assert not re.search(r"<script(?![^>]*\ssrc=)", html)
    feed = (site / "headlines.atom").read_text()
    assert "<script>" not in feed and "<img" not in feed


def test_headlines_feed(site: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.parse(site / "headlines.atom").getroot()
    entries = root.findall("a:entry", ns)
    assert len(entries) == 8
    updated = [e.findtext("a:updated", namespaces=ns) for e in entries]
    assert updated == sorted(updated, reverse=True)
    titles = [e.findtext("a:title", namespaces=ns) for e in entries]
    assert "Flood kills 5 in river town \u2192 Flood kills 6 in river town" in titles
    assert any(XSS_OLD in t for t in titles)  # text in the feed, escaped by the XML
    ids = [e.findtext("a:id", namespaces=ns) for e in entries]
    assert len(set(ids)) == 8
    for e in entries:
        href = e.find("a:link", ns).get("href")
        assert (site / href.split("#")[0]).is_file(), href
        assert e.find("a:category", ns).get("term") == "headline-change"
    back = [e for e in entries if "Back to the headline of v1." in
            e.findtext("a:summary", namespaces=ns)]
    assert len(back) == 1
    index = (site / "index.html").read_text()
    assert 'href="headlines.atom"' in index


# --------------------------------------------------------------------------------------------
# Incremental runs
# --------------------------------------------------------------------------------------------

def test_incremental_updates_the_page_and_leaves_an_unchanged_archive_alone(
        tmp_path: Path) -> None:
    path = make_archive(tmp_path, stories())
    out = tmp_path / "out"
    site_files = ["index.html", "feed.atom", "headlines.html", "headlines.atom", MANIFEST]
    with Archive.open(path) as archive:
        build_report(archive, out)
        stamps = {n: (out / n).stat().st_mtime_ns for n in site_files}
        again = build_report(archive, out)
        assert again.built == () and again.pages_written == 0
        assert {n: (out / n).stat().st_mtime_ns for n in site_files} == stamps

        # A new headline for one story: only that story is rebuilt, and its change is on top.
        archive.ingest(_a("Storm closes 15 schools, officials say", BODY, "storm"), raw=None,
                       fetched_at=at(30), story=STORM)
        third = build_report(archive, out)
        assert third.built == (STORM,) and len(third.skipped) == 4
        html = (out / "headlines.html").read_text()
        first = _rows(html)[0]
        assert "diff-4-5.html#headline" in first and "<ins>15</ins>" in first
        assert "9 headline changes in 4 stories" in html
        assert (out / "stories" / STORM / "diff-4-5.html").is_file()
        assert "Storm closes 15 schools" in (out / "headlines.atom").read_text()
        data = json.loads((out / MANIFEST).read_text())
        assert len(data["stories"][STORM]["headlines"]) == 4
        assert data["stories"][QUIET]["headlines"] == []

        # A story's new version that leaves its headline alone adds no row.
        archive.ingest(_a("Quiet story", BODY, "quiet"), raw=None, fetched_at=at(31),
                       story=QUIET)
        fourth = build_report(archive, out)
        assert fourth.built == (QUIET,)
        assert len(_rows((out / "headlines.html").read_text())) == 9

    # An old manifest (format 1, no headline records) means every story is rebuilt.
    data = json.loads((out / MANIFEST).read_text())
    data["format"] = 1
    for rec in data["stories"].values():
        rec.pop("headlines")
    (out / MANIFEST).write_text(json.dumps(data))
    with Archive.open(path) as archive:
        assert len(build_report(archive, out).built) == 5
    assert len(_rows((out / "headlines.html").read_text())) == 9


def test_pages_split_and_stale_pages_go(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_archive(tmp_path, stories())
    out = tmp_path / "out"
    monkeypatch.setattr(report_mod, "HEADLINES_PER_PAGE", 3)
    with Archive.open(path) as archive:
        build_report(archive, out)
        names = sorted(p.name for p in out.glob("headlines*.html"))
        assert names == ["headlines-2.html", "headlines-3.html", "headlines.html"]
        assert [headlines_page(n) for n in (1, 2, 3)] == [
            "headlines.html", "headlines-2.html", "headlines-3.html"]
        counts = [len(_rows((out / headlines_page(n)).read_text())) for n in (1, 2, 3)]
        assert counts == [3, 3, 2]
        middle = (out / "headlines-2.html").read_text()
        assert 'rel="prev" href="headlines.html"' in middle
        assert 'rel="next" href="headlines-3.html"' in middle
        assert "changes 4–6 of 8" in middle
        # Every change on exactly one page, newest first across pages.
        seen = [t for n in (1, 2, 3) for t in re.findall(
            r'data-label="Seen">([^<]+)<', (out / headlines_page(n)).read_text())]
        assert seen == sorted(seen, reverse=True) and len(seen) == 8
        monkeypatch.setattr(report_mod, "HEADLINES_PER_PAGE", 5)
        build_report(archive, out)
        assert not (out / "headlines-3.html").exists()
        assert (out / "headlines-2.html").is_file()


def test_empty_archive_has_a_headlines_page(tmp_path: Path) -> None:
    path = make_archive(tmp_path, {QUIET: stories()[QUIET]})
    with Archive.open(path) as archive:
        build_report(archive, tmp_path / "out")
    html = (tmp_path / "out" / "headlines.html").read_text()
    assert "No headline has changed in the archive yet." in html
    root = ET.parse(tmp_path / "out" / "headlines.atom").getroot()
    assert root.findall("{http://www.w3.org/2005/Atom}entry") == []


# --------------------------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------------------------

def test_cli_lists_all_changes(archive_path: Path) -> None:
    r = run_cli("headlines", "--archive", archive_path)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[-1] == "8 headline changes, 1 back to an earlier headline."
    heads = [x for x in lines if not x.startswith("  ")][:-1]
    assert len(heads) == 8
    assert heads[0].startswith("2026-01-05 21:00 UTC  evil.example_mayor  v1 -> v2")
    flood = lines.index(next(x for x in heads if x.split()[3] == FLOOD))
    assert lines[flood].endswith("substantive (number)  disclosed by a correction note")
    assert lines[flood + 1] == "  old: Flood kills [-5-] in river town"
    assert lines[flood + 2] == "  new: Flood kills {+6+} in river town"
    assert any(x.endswith("back to v1's headline") and MINISTER in x for x in heads)
    assert any("cosmetic" in x and STORM in x for x in heads)
    assert any(x.endswith("SILENT CORRECTION") and STORM in x for x in heads)
    assert r.stderr == ""


def test_cli_story_since_and_json(archive_path: Path) -> None:
    r = run_cli("headlines", "minister", "--since", at(HOURS[MINISTER][2]), "--json",
                "--archive", archive_path)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["policy"] == "corrections" and data["errors"] == []
    assert data["since"] == "2026-01-05T13:00:00+00:00"
    assert [(c["story"], c["from_version"], c["to_version"]) for c in data["changes"]] == [
        (MINISTER, 4, 5), (MINISTER, 2, 3)]
    back = data["changes"][1]
    assert back["reverts_to"] == 1 and back["ops"][0] == {"op": "equal", "text": "Minister "}
    assert {"old", "new", "labels", "substantive", "status", "note_kind", "fetched_at"} <= set(back)
    r = run_cli("headlines", "--since", "2030-01-01", "--archive", archive_path)
    assert r.exit_code == 0 and r.stdout == "0 headline changes.\n"
    r = run_cli("headlines", "--since", "7d", "--json", "--archive", archive_path)
    assert r.exit_code == 0 and json.loads(r.stdout)["changes"] == []  # fetched in 2026-01


def test_cli_grace_hours_as_for_audit(archive_path: Path) -> None:
    # --grace-hours works here as in audit: the storm's silent headline fix came within hours.
    r = run_cli("headlines", STORM, "--grace-hours", "48", "--json", "--archive", archive_path)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["grace_hours"] == 48.0
    statuses = [c["status"] for c in data["changes"]]
    assert "silent-correction" not in statuses and "exempt" in statuses
    r = run_cli("headlines", STORM, "--json", "--archive", archive_path)
    assert "silent-correction" in [c["status"] for c in json.loads(r.stdout)["changes"]]


def test_cli_bad_input(archive_path: Path, tmp_path: Path) -> None:
    r = run_cli("headlines", "--since", "last tuesday", "--archive", archive_path)
    assert r.exit_code == 2
    assert "Invalid value for '--since'" in r.stderr and "last tuesday" in r.stderr
    r = run_cli("headlines", "no-such-story", "--archive", archive_path)
    assert r.exit_code == 1 and "no-such-story" in r.stderr and "Traceback" not in r.output
    r = run_cli("headlines", "--archive", tmp_path / "missing")
    assert r.exit_code == 1 and r.stderr.startswith("Error:")
    r = run_cli("headlines", "--policy", "lenient", "--archive", archive_path)
    assert r.exit_code == 2
    r = run_cli("headlines", "--bogus")
    assert r.exit_code == 2


def test_a_suspect_version_in_between(tmp_path: Path) -> None:
    """A capture whose extraction looked broken is skipped: the step is v1 -> v3, and its link
    goes to that pair's diff page."""
    path = make_archive(tmp_path, {FLOOD: [
        _a("Flood kills 5 in river town", BODY, "flood"),
        _a("Subscribe to read", ["Sign in."], "flood"),
        _a("Flood kills 7 in river town", BODY, "flood")]})
    with Archive.open(path) as archive:
        assert [v.suspect for v in archive.versions(FLOOD)] == [False, True, False]
        (c,) = story_headline_changes(archive, FLOOD)
        build_report(archive, tmp_path / "out")
    # A toll that rises with no note is the news developing: an update, not a silent correction.
    assert (c.from_version, c.to_version) == (1, 3) and c.status == "update"
    assert c.old == "Flood kills 5 in river town" and c.new == "Flood kills 7 in river town"
    html = (tmp_path / "out" / "headlines.html").read_text()
    assert f'href="stories/{FLOOD}/diff-1-3.html#headline"' in html
    assert "Subscribe to read" not in html
    assert 'id="headline"' in (tmp_path / "out" / "stories" / FLOOD / "diff-1-3.html").read_text()


def test_a_quote_style_edit_is_not_a_return(tmp_path: Path) -> None:
    straight, curly = 'Mayor says "no" to plan', "Mayor says \u201cno\u201d to plan"
    # The archive folds quote styles, so the body changes too for v2 to be a new version.
    longer = [*BODY, "The council meets again on Friday."]
    path = make_archive(tmp_path, {"example.com_plan": [
        _a(straight, BODY, "plan"), _a(curly, longer, "plan"),
        _a("Mayor says yes to plan", longer, "plan"), _a(curly, longer, "plan")]})
    with Archive.open(path) as archive:
        changes = story_headline_changes(archive, "example.com_plan")
    assert [(c.from_version, c.to_version) for c in changes] == [(1, 2), (2, 3), (3, 4)]
    assert not changes[0].substantive  # cosmetic: the quotes only
    # v4 is v1's headline in other quotes: a return to v1, while v1 -> v2 returns to nothing.
    assert [c.reverts_to for c in changes] == [None, None, 1]
