"""The HTML report: shared environment, diff view model, site output, incremental runs, CLI.

Built on a real archive (git repository in tmp_path) with the real differ and auditor.
The browser checks are in test_report_browser.py.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from versiontrack.archive.store import Archive
from versiontrack.cli import main
from versiontrack.errors import InputError, StoryKeyError, StoryNotFound
from versiontrack.models import Alignment, Article, Change, StoryInfo, WordOp
from versiontrack.render.env import get_env, render, safe_url, when
from versiontrack.render.report.diffpage import diff_blocks
from versiontrack.render.report.outdir import MANIFEST
from versiontrack.render.report.outdir import confine as _confine
from versiontrack.render.report.site import build_report
from versiontrack.render.report.storypage import ALL_PAIRS_MAX, _pairs

XSS_HEADLINE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
XSS_URL = "javascript:alert(3)"

BASE = [
    ("TARNHOLM, Veldra (AP) — Veldra and Marosk agreed Thursday to reopen their joint border "
    "commission for the first time in more than six years."),
    ("The commission stopped meeting in the spring of 2019, as relations between Tarnholm and "
    "Dunevar soured ahead of the clashes."),
    ("The reopened commission will give both sides a standing place to settle quarrels, the "
    "Coastal League said in a statement."),
    "Veldra leased the Halvard Valley to Marosk in 2016, and the dispute has simmered since.",
    "Officials have given no details about whether the talks made progress.",
    "Marosk's Interior Ministry said 157 of its border guards had come home from custody.",
    "Savorin has repeatedly said any settlement needs guarantees from the Coastal League.",
    "Meanwhile, smuggling crews stepped up their trips over the mountain passes.",
]
NOTE = ("This story corrects an earlier version that said Veldra leased the Halvard Valley to "
        "Marosk in 2016. The lease was signed in 2014.")


def _v2() -> list[str]:
    p = list(BASE)
    p[3] = "Veldra leased the Halvard Valley to Marosk in 2014, and the dispute has simmered since."
    return p + [NOTE]


def _v3() -> list[str]:
    p = _v2()
    # A silent substantive edit (a number) and a moved paragraph, plus an added one.
    p[5] = "Marosk's Interior Ministry said 175 of its border guards had come home from custody."
    moved = p.pop(7)
    p.insert(1, moved)
    p.insert(4, "Veldran officials said talks would resume next week in the same place.")
    return p


def _article(headline: str, paras: list[str], url: str, outlet: str = "apnews.com") -> Article:
    return Article(headline=headline, paragraphs=tuple(paras), url=url, canonical_url=url,
                   outlet=outlet, byline="By ANIKA VOSSBERG", extractor="text")


AP_URL = "https://apnews.com/article/veldra-marosk-border-commission"
AP_KEY = "apnews.com_article_veldra-marosk-border-commission"
XSS_KEY = "evil.example_story"
PLAIN_KEY = "example.org_plain"


def build_site_archive(path: Path) -> Archive:
    """Three stories: AP-like with a correction then a silent edit, an XSS one, a plain one."""
    archive = Archive.open(path, create=True)
    h = "Veldra and Marosk agree to reopen border commission after Port Aldine talks"
    archive.ingest(_article(h, BASE, AP_URL), raw=None, fetched_at="2026-02-05T10:00:00Z",
                   story=AP_KEY)
    archive.ingest(_article(h, _v2(), AP_URL), raw=None, fetched_at="2026-02-05T12:00:00Z",
                   story=AP_KEY)
    archive.ingest(_article(h + ", officials say", _v3(), AP_URL), raw=None,
                   fetched_at="2026-02-05T15:30:00Z", story=AP_KEY)
    xss_paras = ["A paragraph with <b>markup</b> & an ampersand.",
                 "Second <iframe src=javascript:alert(4)></iframe> paragraph."]
    archive.ingest(_article(XSS_HEADLINE, xss_paras, XSS_URL, outlet="<i>evil</i>"), raw=None,
                   fetched_at="2026-02-06T09:00:00Z", story=XSS_KEY)
    archive.ingest(_article(XSS_HEADLINE + " 2", xss_paras[:1] + ["<svg onload=alert(5)>"],
                            XSS_URL, outlet="<i>evil</i>"),
                   raw=None, fetched_at="2026-02-06T10:00:00Z", story=XSS_KEY)
    archive.ingest(_article("A plain story", ["One.", "Two."], "https://example.org/plain",
                            outlet="example.org"),
                   raw=None, fetched_at="2026-02-04T08:00:00Z", story=PLAIN_KEY)
    return archive


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(archive path, report folder) built once for the read-only tests of this module."""
    base = tmp_path_factory.mktemp("report")
    with build_site_archive(base / "archive") as archive:
        build_report(archive, base / "out")
    return base / "archive", base / "out"


def _html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


# --------------------------------------------------------------------------------------------
# render.py
# --------------------------------------------------------------------------------------------

def test_environment_is_shared_and_escapes() -> None:
    assert get_env() is get_env()
    env = get_env()
    assert env.autoescape("report/story.html") is True
    assert env.autoescape("corrections/log.txt") is False
    assert env.autoescape("corrections/log.md") is False
    assert env.from_string("{{ x }}").render(x="<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert "|" not in render("report/feed.atom", title="a<b", feed_id="x", self_href="f",
                             home_href="i", entries=[], updated="").split("<title")[0]


@pytest.mark.parametrize("url,ok", [
    ("https://apnews.com/a?b=1", True), ("http://x.org", True), ("HTTPS://X.ORG/", True),
    ("javascript:alert(3)", False), (" javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("java\tscript:alert(1)", False), ("data:text/html,<script>", False), ("//evil.org/x", False),
    ("vbscript:msgbox", False), ("https://x.org/\nabc", False), ("", False), (None, False),
    ("http:///nohost", False),
])
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_when_formats_iso_and_passes_other_text() -> None:
    assert when("2026-02-05T14:03:00+01:00") == "2026-02-05 13:03 UTC"
    assert when("2026-02-05T14:03:00Z") == "2026-02-05 14:03 UTC"
    assert when("yesterday") == "yesterday"


# --------------------------------------------------------------------------------------------
# The diff view model, on alignments built by hand
# --------------------------------------------------------------------------------------------

def _kept(i: int, j: int, text: str, moved: bool = False) -> Change:
    return Change("kept", (i,), (j,), text, text, moved=moved,
                  labels=("moved",) if moved else ())


def test_diff_blocks_fold_move_and_silent() -> None:
    old = ["a", "b", "c", "d", "e", "X moves"]
    new = ["X moves", "a", "b", "c", "d", "e!"]
    edit = Change("edited", (4,), (5,), "e", "e!", ops=(
        WordOp("equal", "e", 0, 1, 0, 1), WordOp("insert", "!", 1, 1, 1, 2)),
        labels=("meaning",))
    changes = (_kept(5, 0, "X moves", moved=True), _kept(0, 1, "a"), _kept(1, 2, "b"),
               _kept(2, 3, "c"), _kept(3, 4, "d"), edit)
    aln = Alignment(tuple(old), tuple(new), changes)
    blocks = diff_blocks(aln, silent=[edit])
    kinds = [b.kind for b in blocks]
    # moved paragraph first, then the four unchanged ones folded, then the edit and then the
    # placeholder where the moved paragraph was (after old paragraph 5, i.e. after the edit).
    assert kinds == ["kept", "fold", "edited", "moved-away"]
    moved, fold, edited, away = blocks
    assert moved.moved and moved.anchor == "new-1" and moved.link == "#was-6"
    assert away.anchor == "was-6" and away.link == "#new-1"
    assert [f.anchor for f in fold.folded] == ["new-2", "new-3", "new-4", "new-5"]
    assert edited.silent and not moved.silent
    assert [(s.op, s.text) for s in edited.inline[0]] == [("equal", "e"), ("insert", "!")]
    # A prefix keeps the side-by-side ids apart from the inline ones.
    assert diff_blocks(aln, prefix="sbs-")[0].link == "#sbs-was-6"


def test_split_is_grouped_with_paragraph_breaks() -> None:
    text_old = "One sentence. Two sentence."
    text_new = "One sentence.\nTwo sentence."
    ops = (WordOp("equal", "One sentence.", 0, 13, 0, 13),
           WordOp("delete", " ", 13, 14, 13, 13), WordOp("insert", "\n", 14, 14, 13, 14),
           WordOp("equal", "Two sentence.", 14, 27, 14, 27))
    split = Change("split", (0,), (0, 1), text_old, text_new, ops=ops, labels=("cosmetic",))
    aln = Alignment((text_old,), tuple(text_new.split("\n")), (split,))
    (b,) = diff_blocks(aln)
    assert b.kind == "split" and b.new_numbers == (1, 2)
    assert len(b.new) == 2 and len(b.old) == 1  # two paragraphs after, one before
    html = get_env().from_string(
        '{% import "report/_diff.html" as d %}{{ d.inline_block(b) }}').render(b=b)
    assert "Split: ¶ 1 became ¶ 1–2" in html
    assert html.count('<p class="para">') == 2 and "<ins> ¶</ins>" in html


def test_edited_without_ops_falls_back_to_delete_insert() -> None:
    c = Change("edited", (0,), (0,), "old <b>", "new & co", labels=("rewrite",))
    (b,) = diff_blocks(Alignment(("old <b>",), ("new & co",), (c,)))
    html = get_env().from_string(
        '{% import "report/_diff.html" as d %}{{ d.inline_block(b) }}').render(b=b)
    assert "<del>old &lt;b&gt;</del><ins>new &amp; co</ins>" in html


def test_pairs_are_bounded() -> None:
    assert _pairs(1) == []
    assert len(_pairs(ALL_PAIRS_MAX)) == ALL_PAIRS_MAX * (ALL_PAIRS_MAX - 1) // 2
    many = _pairs(30)
    assert len(many) <= 3 * 30
    assert (1, 30) in many and (14, 15) in many and (3, 30) in many and (3, 20) not in many


# --------------------------------------------------------------------------------------------
# The site
# --------------------------------------------------------------------------------------------

def test_site_layout(site: tuple[Path, Path]) -> None:
    _, out = site
    for rel in ["index.html", "feed.atom", "headlines.html", "headlines.atom",
                "assets/style.css", "assets/app.js", MANIFEST,
                f"stories/{AP_KEY}/index.html", f"stories/{AP_KEY}/feed.atom",
                f"stories/{AP_KEY}/diff-1-2.html", f"stories/{AP_KEY}/diff-2-3.html",
                f"stories/{AP_KEY}/diff-1-3.html", f"stories/{XSS_KEY}/diff-1-2.html",
                f"stories/{PLAIN_KEY}/index.html"]:
        assert (out / rel).is_file(), rel
    assert not list((out / "stories" / PLAIN_KEY).glob("diff-*"))


def test_index_lists_every_story_with_counts(site: tuple[Path, Path]) -> None:
    _, out = site
    html = (out / "index.html").read_text()
    for key in (AP_KEY, XSS_KEY, PLAIN_KEY):
        assert f'href="stories/{key}/index.html"' in html
    row = html[html.index(f"stories/{AP_KEY}/index.html"):].split("</tr>")[0]
    assert "apnews.com" in row and "2026-02-05 10:00 UTC" in row and "2026-02-05 15:30 UTC" in row
    cells = re.findall(r'class="num">(?:<strong class="silent-count">)?(\d+)', row)
    versions, substantive, silent, notes = map(int, cells)
    assert versions == 3 and substantive >= 3 and silent >= 1 and notes == 1


def test_diff_page_marks_words_moves_and_silent_change(site: tuple[Path, Path]) -> None:
    _, out = site
    d12 = (out / "stories" / AP_KEY / "diff-1-2.html").read_text()
    assert "<del>2016</del>" in d12 and "<ins>2014</ins>" in d12
    assert "Silent change" not in d12.split('id="inline"')[1]  # disclosed by the note
    d23 = (out / "stories" / AP_KEY / "diff-2-3.html").read_text()
    inline = d23.split('id="inline"')[1].split('id="side"')[0]
    assert "<del>157</del><ins>175</ins>" in inline
    blocks = inline.split('<div class="change ')
    silent = [b for b in blocks if b.startswith("kind-edited silent") and "<ins>175</ins>" in b]
    assert len(silent) == 1 and "Silent correction" in silent[0]
    # The disclosed 2016 -> 2014 edit is not flagged in its own transition.
    assert not [b for b in d12.split('<div class="change ') if "silent" in b.split('"')[0]
                and "<ins>2014</ins>" in b]
    # The moved paragraph links to where it was, and the placeholder links to where it went.
    m = re.search(r'<div class="change kind-kept moved[^"]*" id="(new-\d+)">.*?'
                  r'href="#(was-\d+)"', inline, re.DOTALL)
    assert m, "moved paragraph not marked"
    new_id, was_id = m.groups()
    assert f'id="{was_id}"' in inline and f'href="#{new_id}"' in inline
    assert "<details class=\"fold\">" in inline  # unchanged runs fold
    assert "Headline changed" in d23 and "<ins>, officials say</ins>" in d23


def test_story_page_sections(site: tuple[Path, Path]) -> None:
    _, out = site
    html = (out / "stories" / AP_KEY / "index.html").read_text()
    for heading in ("Headline history", "Timeline", "Compare two versions", "Published notes",
                    "Findings", "Drafted correction log"):
        assert heading in html, heading
    assert "The lease was signed in 2014." in html
    assert html.count("officials say") >= 2  # headline history shows both headlines
    assert f'href="{AP_URL}"' in html
    for a, b in ((1, 2), (1, 3), (2, 3)):
        assert f'href="diff-{a}-{b}.html"' in html


def test_untrusted_text_is_inert_in_output(site: tuple[Path, Path]) -> None:
    _, out = site
    for page in _html_files(out):
        # The charts are SVG we drew (tests/test_report_charts.py checks them); scraped text
        # in them is escaped too, so the checks below hold with and without them.
        html = re.sub(r'<svg [^>]*class="vt-chart".*?</svg>', "", page.read_text(), flags=re.S)
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<svg" not in html and "<iframe" not in html and "<b>markup" not in html
        assert not re.search(r'href="\s*javascript:', html, re.IGNORECASE), page
        assert not re.search(r"<[a-z][^>]*\son[a-z]+=", html, re.IGNORECASE), page  # no handlers
        assert not re.search(r"\sstyle=", html), page  # CSP forbids inline style
        scripts = re.findall(r"<script([^>]*)>", html)
        assert scripts and all("src=" in s for s in scripts), page  # no inline script
        assert "Content-Security-Policy" in html and "script-src 'self'" in html
    story = (out / "stories" / XSS_KEY / "index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in story
    assert "<code class=\"url\">javascript:alert(3)</code>" in story
    assert "&lt;i&gt;evil&lt;/i&gt;" in (out / "index.html").read_text()
    # The changed XSS headline, before and after, with the inserted word marked.
    headlines = (out / "headlines.html").read_text()
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
    assert f"{escaped}</p>" in headlines and f"{escaped}<ins> 2</ins></p>" in headlines


def test_pages_need_nothing_from_the_network(site: tuple[Path, Path]) -> None:
    _, out = site
    for page in list(out.rglob("*.html")) + list(out.rglob("*.css")):
        text = page.read_text()
        for m in re.finditer(r'(?:src|href)="([^"]+)"|url\(([^)]+)\)', text):
            target = m.group(1) or m.group(2)
            if target.startswith(("#", "data:")) or page.suffix == ".css":
                continue
            if re.match(r"https?://", target):
                # Only the article's own address (a link out for people), never a resource.
                assert (m.group(0).startswith("href") and "apnews.com" in target) or \
                    "example.org" in target, (page, target)
                continue
            resolved = (page.parent / target.split("#")[0]).resolve()
            assert resolved.is_file(), (page, target)
            assert resolved.is_relative_to(out.resolve())


def test_atom_feeds_are_valid_and_escaped(site: tuple[Path, Path]) -> None:
    _, out = site
    ns = {"a": "http://www.w3.org/2005/Atom"}
    whole = ET.parse(out / "feed.atom").getroot()
    entries = whole.findall("a:entry", ns)
    titles = [e.findtext("a:title", namespaces=ns) for e in entries]
    assert sum(t.startswith("Version ") for t in titles) == 6  # 3 + 2 + 1 versions
    assert any(t.startswith("Silent") for t in titles)
    assert any(XSS_HEADLINE in t for t in titles)  # kept as text, escaped in the XML
    updated = [e.findtext("a:updated", namespaces=ns) for e in entries]
    assert updated == sorted(updated, reverse=True)
    for e in entries:
        href = e.find("a:link", ns).get("href")
        assert (out / href.split("#")[0]).is_file(), href
    story = ET.parse(out / "stories" / AP_KEY / "feed.atom").getroot()
    links = [e.find("a:link", ns).get("href") for e in story.findall("a:entry", ns)]
    assert "diff-2-3.html" in links and all(
        (out / "stories" / AP_KEY / h.split("#")[0]).is_file() for h in links)


# --------------------------------------------------------------------------------------------
# Incremental runs, confinement, errors
# --------------------------------------------------------------------------------------------

def test_incremental_rebuilds_only_changed_stories(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with build_site_archive(tmp_path / "archive") as archive:
        first = build_report(archive, out)
        assert set(first.built) == {AP_KEY, XSS_KEY, PLAIN_KEY} and not first.skipped
        plain_page = out / "stories" / PLAIN_KEY / "index.html"
        before = plain_page.stat().st_mtime_ns
        second = build_report(archive, out)
        assert second.built == () and set(second.skipped) == {AP_KEY, XSS_KEY, PLAIN_KEY}
        # Index, feeds and headlines are regenerated but identical: nothing is written.
        assert second.pages_written == 0
        assert plain_page.stat().st_mtime_ns == before
        archive.ingest(_article("A plain story, updated", ["One.", "Two, now longer."],
                                "https://example.org/plain", outlet="example.org"),
                       raw=None, fetched_at="2026-02-07T08:00:00Z", story=PLAIN_KEY)
        seen = []
        third = build_report(archive, out, progress=lambda d, t, k: seen.append((d, t, k)))
        assert third.built == (PLAIN_KEY,) and len(third.skipped) == 2
        assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
        assert (out / "stories" / PLAIN_KEY / "diff-1-2.html").is_file()
        assert "A plain story, updated" in (out / "index.html").read_text()
        assert "A plain story<ins>, updated</ins>" in (out / "headlines.html").read_text()
        assert third.pages_written >= 5  # two diffs, story page, its feed, and the site files
        assert plain_page.stat().st_mtime_ns != before
        # A lost page is rebuilt even when the manifest says the story is current.
        (out / "stories" / XSS_KEY / "index.html").unlink()
        assert build_report(archive, out).built == (XSS_KEY,)
        full = build_report(archive, out, full=True)
        assert set(full.built) == {AP_KEY, XSS_KEY, PLAIN_KEY}
        # Selected stories only.
        sel = build_report(archive, out, stories=[PLAIN_KEY], full=True)
        assert sel.built == (PLAIN_KEY,) and sel.skipped == ()
        with pytest.raises(StoryNotFound):
            build_report(archive, out, stories=["no-such-story"])
    # A corrupt manifest means a full rebuild, not a crash.
    (out / MANIFEST).write_text("{not json")
    with Archive.open(tmp_path / "archive") as archive:
        assert len(build_report(archive, out).built) == 3
    data = json.loads((out / MANIFEST).read_text())
    assert data["stories"][PLAIN_KEY]["versions"] == 2


def test_output_paths_are_confined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path.resolve()
    assert _confine(root, "stories", "ok-key") == root / "stories" / "ok-key"
    for bad in ("..", ".", "", "a/b", "a\\b", "x\0y"):
        with pytest.raises(StoryKeyError):
            _confine(root, "stories", bad)
    (root / "stories").mkdir()
    (root / "stories" / "link").symlink_to(tmp_path.parent)
    with pytest.raises(StoryKeyError):
        _confine(root, "stories", "link", "index.html")
    # An archive that reports an unsafe key (a corrupt index, say) gets a refusal, not a write.
    with build_site_archive(tmp_path / "archive") as archive:
        real = archive.stories()
        evil = StoryInfo(key="../../escaped", headline="x", url="", outlet="", versions=1,
                         first_seen="2026-01-01T00:00:00+00:00",
                         last_seen="2026-01-01T00:00:00+00:00")
        monkeypatch.setattr(archive, "stories", lambda: [*real, evil])
        with pytest.raises(StoryKeyError):
            build_report(archive, tmp_path / "out")
    assert not (tmp_path / "escaped").exists()


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with build_site_archive(tmp_path / "archive") as archive, pytest.raises(InputError):
        build_report(archive, tmp_path / "file")


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------

def test_cli_report(site: tuple[Path, Path], tmp_path: Path) -> None:
    archive_path, _ = site
    out = tmp_path / "cli-out"
    runner = CliRunner()
    r = runner.invoke(main, ["report", "--archive", str(archive_path), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip().splitlines()[-1] == str((out / "index.html").resolve())
    assert (out / "stories" / AP_KEY / "diff-2-3.html").is_file()
    r = runner.invoke(main, ["report", "--archive", str(archive_path), "--out", str(out),
                             "--json", PLAIN_KEY])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["skipped"] == [PLAIN_KEY] and data["built"] == []
    r = runner.invoke(main, ["report", "--archive", str(archive_path), "--out", str(out),
                             "nope"])
    assert r.exit_code == 1 and "Error:" in r.output and "nope" in r.output
    assert "Traceback" not in r.output
    r = runner.invoke(main, ["report", "--archive", str(tmp_path / "missing"), "--out",
                             str(out)])
    assert r.exit_code == 1 and "Error:" in r.output
    r = runner.invoke(main, ["report", "--archive", str(archive_path), "--out",
                             str(tmp_path / "never"), "--policy", "no-such-policy"])
    # A usage error, as for audit, headlines, corrections and stats: exit 2, choices listed.
    assert r.exit_code == 2 and "no-such-policy" in r.output and "same-day-grace" in r.output
    assert not (tmp_path / "never").exists()
    r = runner.invoke(main, ["report", "--bogus"])
    assert r.exit_code == 2


def test_demo_writes_the_report(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["demo", "--archive", str(tmp_path / "archive")])
    assert r.exit_code == 0, r.output
    line = [x for x in r.stdout.splitlines() if x.startswith("HTML report: ")][-1]
    index = Path(line.removeprefix("HTML report: "))
    assert index == (tmp_path / "reports" / "index.html").resolve() and index.is_file()
    (story_dir,) = (tmp_path / "reports" / "stories").iterdir()
    diff = (story_dir / "diff-1-2.html").read_text()
    # The bundled demo story: the corrected year, disclosed by its correction note.
    assert "<del>1996</del><ins>1994</ins>" in diff and "Disclosed" in diff
    page = (story_dir / "index.html").read_text()
    assert "This story corrects an earlier version" in page
    # Each note says which changes it discloses (issue 11.4).
    assert re.search(r'class="note-discloses">This note discloses paragraph \d+ \(v1\u2192v2\)',
                     page)


def test_every_fragment_link_has_its_target(site: tuple[Path, Path]) -> None:
    _, out = site
    checked = 0
    for page in _html_files(out):
        for target in re.findall(r'href="([^"]*#[^"]+)"', page.read_text()):
            path, frag = target.split("#", 1)
            dest = (page.parent / path) if path else page
            assert f'id="{frag}"' in dest.read_text(), (page, target)
            checked += 1
    assert checked > 20
    story = (out / "stories" / AP_KEY / "index.html").read_text()
    assert re.search(r'href="diff-2-3\.html#new-\d+"', story)  # findings point at the change
