"""Extraction: the bundled demo pages, varied page fixtures, the text format and bad input."""

from __future__ import annotations

import json
import time
from importlib.resources import files
from pathlib import Path

import pytest

from versiontrack.errors import ExtractionError, InputError
from versiontrack.extract.html import (
    MAX_PAGE_BYTES,
    MIN_ARTICLE_WORDS,
    decode_html,
    extract_html,
    extract_text,
    is_furniture,
)
from versiontrack.identity import story_key

PAGES = Path(__file__).parent / "data" / "pages"
DEMO = files("versiontrack").joinpath("data/demo")
AP_URL = ("https://apnews.com/article/veldra-marosk-border-commission-port-aldine-"
          "5c0d8e2f4a7b41c69e3f2d1a0b9c8e7f")
HEADINGS = (
    "A place to settle quarrels",
    "Veldra, Marosk swap detainees after talks",
    "Savorin says 1,200 families still cannot go home",
)
NOTE = ("This story corrects an earlier version that said Veldra leased the Halvard "
        "Valley to Marosk in 1996. The lease was signed in 1994.")
FURNITURE = (
    "Updated", "ago", "More Stories", "About the Author", "Advertisement", "AP Photo",
    "Rasmus Tiller", "Share", "Copy Link", "Related coverage", "Copyright", "Newsletter",
    "Morning Wire", "Skip to main content", "Nation & World News", "Print", "___",
    "Support Independent Journalism",
)


def demo(name: str) -> bytes:
    return DEMO.joinpath(name).read_bytes()


@pytest.fixture(scope="module")
def v1():
    return extract_html(demo("ap-v1.html"), AP_URL)


@pytest.fixture(scope="module")
def v2():
    return extract_html(demo("ap-v2.html"), AP_URL)


# ----------------------------------------------------------------------------- demo pages


def test_demo_v2_metadata(v2) -> None:
    assert v2.headline == "Veldra and Marosk agree to reopen border commission after Port Aldine talks"
    assert v2.byline == "Anika Vossberg; Teodor Malaquin"
    assert v2.published == "2026-02-05T10:12:41Z"
    assert v2.updated == "2026-02-05T19:36:52Z"
    assert v2.canonical_url == AP_URL
    assert v2.outlet == "AP News"
    assert v2.language == "en"
    assert v2.extractor.startswith("trafilatura ")
    assert v2.url == AP_URL


def test_demo_pages_really_carry_the_furniture() -> None:
    # The furniture checks below mean something only if the raw pages hold it.
    raw = demo("ap-v2.html").decode("utf-8")
    for junk in ("Updated 1 hour ago", "More Stories", "About the Author", "Advertisement",
                 "AP Photo/Rasmus Tiller", "Related coverage", "Copyright", "<p>___</p>"):
        assert junk in raw, junk
    assert "Updated 17 mins ago" in demo("ap-v1.html").decode("utf-8")


def test_demo_v2_paragraphs_in_order_without_furniture(v2) -> None:
    paras = v2.paragraphs
    assert len(paras) == 38
    assert paras[0].startswith("TARNHOLM, Veldra (AP) — Veldra and Marosk agreed Thursday")
    assert paras[-1] == ("Follow AP’s coverage of the Halvard Valley talks at "
                         "https://apnews.com/hub/halvard-valley")
    assert paras[-2] == NOTE
    assert paras[-3] == "Malaquin reported from Port Aldine."
    # Sub-headings stay, as paragraphs of their own, in reading order.
    positions = [paras.index(h) for h in HEADINGS]
    assert positions == sorted(positions) and positions[0] == 5
    assert "In other developments:" in paras
    text = "\n".join(paras)
    for junk in FURNITURE:
        assert junk not in text, junk
    assert v2.headline not in paras
    assert all(p == p.strip() and "\n" not in p for p in paras)


def test_demo_versions_differ_only_in_the_year_and_the_note(v1, v2) -> None:
    assert v1.headline == v2.headline and v1.byline == v2.byline
    assert v1.published == v2.published
    assert v1.updated == "2026-02-05T13:48:09Z" and v1.updated < v2.updated
    assert len(v1.paragraphs) == 37
    assert NOTE not in v1.paragraphs
    without_note = tuple(p for p in v2.paragraphs if p != NOTE)
    changed = [(a, b) for a, b in zip(v1.paragraphs, without_note, strict=True) if a != b]
    assert len(changed) == 1
    old, new = changed[0]
    assert old.endswith("which Veldra leased to Marosk in 1996.")
    assert new == old.replace("1996.", "1994.")


def test_demo_pages_share_one_story_key(v1, v2) -> None:
    assert story_key(v1.canonical_url) == story_key(v2.canonical_url)
    assert story_key(v1.canonical_url).startswith("apnews.com_article_veldra-marosk")


def test_demo_manifest_lists_both_pages_in_fetch_order() -> None:
    manifest = json.loads(DEMO.joinpath("manifest.json").read_text("utf-8"))
    pages = manifest["pages"]
    assert [p["file"] for p in pages] == ["ap-v1.html", "ap-v2.html"]
    assert all(p["url"] == AP_URL for p in pages)
    assert pages[0]["fetched_at"] < pages[1]["fetched_at"]
    for p in pages:
        assert DEMO.joinpath(p["file"]).is_file()
        # each capture was fetched after the page says it was last modified
        art = extract_html(DEMO.joinpath(p["file"]).read_bytes(), p["url"])
        assert art.updated.replace("Z", "+00:00") < p["fetched_at"]


def test_extraction_is_deterministic(v2) -> None:
    again = extract_html(demo("ap-v2.html"), AP_URL)
    assert again == v2
    assert again.to_text() == v2.to_text()


def test_extraction_is_fast_enough() -> None:
    raw = demo("ap-v2.html")
    extract_html(raw, AP_URL)
    start = time.perf_counter()
    for _ in range(5):
        extract_html(raw, AP_URL)
    per_page = (time.perf_counter() - start) / 5
    assert per_page < 0.5  # ~15-25 ms here; generous for a busy CI machine


# ----------------------------------------------------------------------------- fixtures


def page(name: str, url: str = "") -> object:
    return extract_html((PAGES / name).read_bytes(), url)


def test_body_only_in_json_ld_uses_the_fallback() -> None:
    art = page("jsonld-only.html", "https://feeds.example.net/r/12345")
    assert art.extractor == "json-ld"
    assert art.headline == "Veldra and Marosk agree to re-open their border commission"
    assert len(art.paragraphs) == 19
    assert art.paragraphs[0].startswith("Veldra and Marosk have agreed to re-open")
    assert "No breakthrough at Port Aldine talks" in art.paragraphs
    assert art.paragraphs[-1].startswith("Families must see that the talks lead somewhere")
    assert not any("Read the full article" in p for p in art.paragraphs)
    assert art.published == "2026-02-05T16:21:09+01:00"
    assert art.updated == "2026-02-05T18:02:44+01:00"
    # og:url is the canonical, with its tracking parameter and www. folded away
    assert art.canonical_url == ("https://euronews.example/2026/02/05/"
                                 "veldra-and-marosk-agree-to-re-open-border-commission")
    assert art.outlet == "Euronews"


def test_furniture_heavy_page_keeps_only_the_story() -> None:
    url = ("https://m.worldwire.example/world/europe/veldra-marosk-revive-border-commission"
           "-port-aldine/amp?ocid=socialshare")
    art = page("furniture-heavy.html", url)
    assert art.headline == "Veldra and Marosk agree to revive their joint border commission"
    assert len(art.paragraphs) == 11
    assert art.paragraphs[0].startswith("Veldra and Marosk have agreed to reopen")
    assert art.paragraphs[-1].endswith("which Veldra leased to Marosk in 1994.")
    text = "\n".join(art.paragraphs)
    for junk in ("cookies", "BREAKING", "Markets live", "READ MORE", "displaced families",
                 "continues below", "Advertisement", "Sign up", "Subscribe", "Share on",
                 "Copy link", "Comments", "valleywatcher", "hold your breath", "Most read",
                 "Storm brings", "Topics", "rights reserved", "Updated 3 hours ago"):
        assert junk not in text, junk
    assert art.published == "2026-02-05T15:40:00+00:00"
    assert art.updated == "2026-02-05T17:05:00+00:00"
    assert art.language == "en-GB"
    # the relative canonical link is resolved against the page's own URL, then folded
    assert art.canonical_url == ("https://worldwire.example/world/europe/"
                                 "veldra-marosk-revive-border-commission-port-aldine")


def test_br_separated_paragraphs_in_a_windows_1252_table_layout() -> None:
    art = page("br-paragraphs.html", "http://www.valleycourier.example/nation/0205hotline.html")
    assert art.headline == "Veldra, Marosk to revive border commission"
    # same story text as the furniture-heavy page (both from one outlet's copy)
    assert art.paragraphs == page("furniture-heavy.html").paragraphs
    assert "the league’s mediation office" in art.paragraphs[0]  # cp1252 curly quote
    text = "\n".join(art.paragraphs)
    for junk in ("Obituaries", "Classifieds", "Thursday, February 5, 2026", "Copyright"):
        assert junk not in text, junk
    assert art.outlet == "valleycourier.example"


def test_page_without_an_article_is_an_error() -> None:
    with pytest.raises(ExtractionError, match="no article text"):
        page("no-article.html", "https://worldwire.example/missing")


# ----------------------------------------------------------------------------- furniture


@pytest.mark.parametrize("text", [
    "Updated 3:45 PM GMT+1, February 5, 2026", "Updated 1 hour ago", "Updated 17 mins ago",
    "Published: Feb. 5, 2026 at 10:12 a.m. EST", "Thursday, February 5, 2026",
    "2026-02-05 14:03", "5 February 2026", "Posted 2 days ago",
    "Copyright 2026 The Associated Press. All Rights Reserved.", "\u00a9 2026 World Wire Ltd.",
    "READ MORE: Savorin gives new figure for displaced families", "Advertisement", "___", "* * *", "Share",
    "Story continues below advertisement", "More Stories", "Skip to main content",
    "You may also like...", "Thanks for signing up!", "DON'T MISS",
    "SEE MORE: Harbour fees rise again",
    # several stamps on one dateline
    "Updated Mar 3, 9:12 AM; Posted Mar 3, 8:40 AM", "4 min read | 18 comments",
])
def test_furniture_paragraphs_are_recognised(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize("text", [
    "Officials offered no details on concrete progress.",
    "Updated figures show 55,000 troops were killed.",
    "March 2023 was the month of the drone incident.",
    "Share prices fell 3% on Thursday.",
    "By 2026, the war had killed 55,000.",
    "Subscribers can read more.",
    "Comments from officials were sparse.",
    "Read more about it in our report published on Friday about the talks, the war and more.",
    "5 dead", "2014.",
    # a date range is what an event's page says, not a stamp of the page
    "12 March 2026 | 30 April 2026",
    "Don't miss the last ferry.", "You may also like the new timetable.",
])
def test_article_sentences_are_never_furniture(text: str) -> None:
    # A furniture rule that ate a short sentence would hide a real correction ("5 dead").
    assert not is_furniture(text)


# ----------------------------------------------------------------------------- JSON-LD rule


def _page(visible: list[str], ld_body: list[str] | str | None, *, sep: str = "\n\n") -> bytes:
    ld = ""
    if ld_body is not None:
        body = ld_body if isinstance(ld_body, str) else sep.join(ld_body)
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Council approves new bridge", "articleBody": body,
                "datePublished": "2026-01-05T09:00:00Z"}
        ld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    paras = "".join(f"<p>{p}</p>" for p in visible)
    return (f"<!doctype html><html lang='en'><head><title>Council approves new bridge</title>{ld}"
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Council approves new "
            f"bridge</h1>{paras}</article><footer>Contact us</footer></body></html>").encode()


STORY = [
    f"Paragraph {i}: the council discussed item {i} of the bridge plan at length, and "
    f"members asked {i + 2} questions about its cost and its schedule."
    for i in range(1, 11)
]


def test_trafilatura_text_is_kept_when_json_ld_agrees() -> None:
    art = extract_html(_page(STORY, STORY))
    assert art.extractor.startswith("trafilatura")
    assert art.paragraphs == tuple(STORY)


def test_trafilatura_text_is_kept_when_it_has_more_than_half_of_json_ld() -> None:
    # JSON-LD may hold a longer, stale or differently edited body: trafilatura still wins.
    art = extract_html(_page(STORY[:6], STORY))
    assert art.extractor.startswith("trafilatura")
    assert art.paragraphs == tuple(STORY[:6])


def test_json_ld_is_used_when_trafilatura_finds_far_less() -> None:
    art = extract_html(_page(STORY[:2], STORY))
    assert art.extractor == "json-ld"
    assert art.paragraphs == tuple(STORY)
    assert art.published == "2026-01-05T09:00:00Z"


def test_json_ld_is_used_when_trafilatura_finds_nothing() -> None:
    art = extract_html(_page([], STORY, sep="\n"))
    assert art.extractor == "json-ld"
    assert art.paragraphs == tuple(STORY)


def test_json_ld_body_with_html_markup_is_split_into_paragraphs() -> None:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    art = extract_html(_page([], body))
    assert art.extractor == "json-ld"
    assert art.paragraphs == tuple(STORY)


def test_broken_json_ld_is_ignored() -> None:
    raw = _page(STORY, None).replace(
        b"</head>", b'<script type="application/ld+json">{"@type": "NewsArticle", </script></head>')
    art = extract_html(raw)
    assert art.paragraphs == tuple(STORY)


# ----------------------------------------------------------------------------- notes

NOTE_TEXT = ("Correction: An earlier version of this article misstated the cost of the bridge. "
             "It is $45 million, not $40 million.")


@pytest.mark.parametrize("body,where", [
    (f"<aside class='correction'><p>{NOTE_TEXT}</p></aside>{{paras}}", "top"),
    (f"<div class='correction-notice'><p>{NOTE_TEXT}</p></div>{{paras}}", "top"),
    (f"{{paras}}<p><em>{NOTE_TEXT}</em></p>", "bottom"),
    (f"{{paras}}<footer class='article-footer'><p>{NOTE_TEXT}</p></footer>", "bottom"),
    (f"{{paras}}<aside><p>{NOTE_TEXT}</p></aside>", "bottom"),
])
def test_correction_notes_survive_wherever_the_page_puts_them(body: str, where: str) -> None:
    # trafilatura drops <aside> and <footer>; a lost note would make every correction "silent".
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    html = (f"<html><head><title>Bridge</title></head><body><nav>Home</nav><article>"
            f"<h1>Bridge</h1>{body.format(paras=paras)}</article><footer>About us</footer>"
            f"</body></html>")
    art = extract_html(html.encode())
    assert art.paragraphs.count(NOTE_TEXT) == 1
    assert art.paragraphs.index(NOTE_TEXT) == (0 if where == "top" else len(STORY))
    assert [p for p in art.paragraphs if p != NOTE_TEXT] == STORY


# Notes in unmarked boxes the extractor drops: found by the audit's own note detector, in the
# languages it reads. Our own sentences, in each house's usual form.
UNMARKED_NOTES = [
    "Korrektur: In einer fr\u00fcheren Version dieses Artikels hie\u00df es, die Br\u00fccke "
    "koste 40 Millionen Euro. Richtig sind 45 Millionen.",
    "Rectificatif : une version pr\u00e9c\u00e9dente de cet article indiquait que le pont "
    "co\u00fbtait 40 millions d'euros.",
    "Erramos: diferentemente do publicado, a ponte custa 45 milh\u00f5es de euros.",
    "A previous version of this story gave the wrong cost for the bridge. We regret the error.",
]


@pytest.mark.parametrize("note", UNMARKED_NOTES)
@pytest.mark.parametrize("box", ["<div class='box'><p>{}</p></div>", "<aside><p>{}</p></aside>",
                                 "<section><div>{}</div></section>"])
def test_unmarked_note_boxes_outside_the_article_are_kept(note: str, box: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    html = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{paras}"
            f"</article>{box.format(note)}<footer>About us</footer></body></html>")
    art = extract_html(html.encode())
    assert art.paragraphs[-1] == note
    assert list(art.paragraphs[:-1]) == STORY


@pytest.mark.parametrize("box", [
    # a teaser's stamp, a link to another outlet's correction, a reader's comment, a policy
    "<div class='teaser'><h3><a href='/f'>Ferry timetable</a></h3><p>Updated 3 hours ago</p></div>",
    "<ul><li><a href='/x'>The Ledger corrects its report on the bridge cost</a></li></ul>",
    "<div class='comments'><p>Correction: the bridge cost 45 million, not 40.</p></div>",
    "<aside><p>Our corrections policy: we correct errors of fact promptly.</p></aside>",
    # a dateline whose "Updated ...:" colon is a time's, not a note's opening
    "<div class='dateline'><span>Updated Mar 3, 9:12 AM</span>;<span>Posted Mar 3, 8:40 AM"
    "</span></div>",
    # a rail of teasers, one of whose blurbs reads like a note: another story's
    "<ul class='more'>" + "".join(
        f"<li><a href='/s{i}'>Ferry story number {i} in the rail</a><p>{blurb}</p></li>"
        for i, blurb in enumerate(["The ferry runs again from Monday after repairs.",
                                   UNMARKED_NOTES[3],
                                   "Harbour fees rise for the first time in a decade."]))
    + "</ul>",
])
def test_boxes_that_are_not_this_pages_notes_stay_out(box: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    html = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{paras}"
            f"</article>{box}</body></html>")
    assert list(extract_html(html.encode()).paragraphs) == STORY


def test_an_unmarked_note_in_a_short_list_is_still_kept() -> None:
    # The teaser-rail rule needs a list of linked items; a note given as a lone list item stays.
    note = UNMARKED_NOTES[3]
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    html = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{paras}"
            f"</article><ul><li>{note}</li></ul></body></html>")
    assert extract_html(html.encode()).paragraphs[-1] == note


# ----------------------------------------------------------------------------- headlines


def _headed(title: str, top: str, inside: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{title}</title></head><body><header>{top}</header>"
            f"<div class='post'>{inside}{paras}</div></body></html>").encode()


@pytest.mark.parametrize("title,top,inside", [
    # a blog whose <h1> is its name, its <title> "Name: Post", the post's title an <h3>
    ("Harbour Notes: Ferry timetable changes after the storm",
     "<h1>Harbour Notes</h1>", "<h3>Ferry timetable changes after the storm</h3>"),
    # a long logo <h1> outside any article; the <title> starts with the post's <h2>
    ("Ferry timetable changes after the storm - The Harbour Notes Archive",
     "<h1>The Harbour Notes Archive beta</h1>", "<h2>Ferry timetable changes after the storm</h2>"),
])
def test_a_site_name_h1_gives_way_to_the_posts_own_heading(title: str, top: str,
                                                           inside: str) -> None:
    assert extract_html(_headed(title, top, inside)).headline == (
        "Ferry timetable changes after the storm")


def test_an_article_h1_stays_the_headline_beside_a_site_name_heading() -> None:
    # The site's name as an <h2> logo, equal to the <title>'s tail: the <h1> is still the headline.
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    raw = ("<html><head><title>Ferry timetable changes after the storm - The Harbour Daily Post"
           "</title></head><body><header><h2>The Harbour Daily Post</h2></header><article>"
           f"<h1>Ferry timetable changes after the storm</h1>{paras}</article></body></html>")
    assert extract_html(raw.encode()).headline == "Ferry timetable changes after the storm"
    # ... and a short <h1> that the title starts with stays when no heading holds the rest.
    raw2 = _headed("Harbour Notes: Ferry timetable changes", "<h1>Harbour Notes</h1>", "")
    assert extract_html(raw2).headline == "Harbour Notes"


def test_the_headline_repeated_above_the_text_is_dropped_under_a_section_prefixed_title() -> None:
    # The metadata title carries a section ("Opinion | ..."), so it does not equal the repeated
    # <h1>; the block is dropped against the headline the page shows.
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    raw = ("<html><head><title>Opinion | Ferry fares should fall</title>"
           "<meta property='og:title' content='Opinion | Ferry fares should fall'></head><body>"
           "<article><div class='kicker'>Opinion</div><div class='hed'><h1>Ferry fares should "
           f"fall</h1></div><div class='body'>{paras}</div></article></body></html>")
    art = extract_html(raw.encode())
    assert art.headline == "Ferry fares should fall"
    assert art.paragraphs == tuple(STORY)


def test_an_embedded_picture_gallery_is_dropped_and_the_story_around_it_kept() -> None:
    # A rotating "in pictures" gallery flattened to "k/N title", caption, credit: it changes
    # from load to load, so kept it would read as a change to the story.
    slides = "".join(
        f"<div><h4>{k}/4 Harbour scene number {k}</h4><p>Boats wait at the quay "
        f"on day {k} of the strike, as crews and dockers watch.</p><p>Harbour Pictures</p></div>"
        for k in range(1, 5))
    paras = "".join(f"<p>{p}</p>" for p in STORY[:5])
    rest = "".join(f"<p>{p}</p>" for p in STORY[5:])
    raw = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{paras}"
           f"<div>{slides}</div>{rest}</article></body></html>")
    art = extract_html(raw.encode())
    assert art.paragraphs == tuple(STORY)
    # A fraction opening a sentence is no gallery.
    lone = STORY[:3] + ["1/3 of the crossings were cancelled, the harbour office said."]
    raw = _page(lone, None)
    assert extract_html(raw).paragraphs == tuple(lone)


def test_what_the_page_hides_from_readers_is_not_text() -> None:
    # A hover card hidden inline inside a sentence, and a hidden duplicate block: neither is
    # what a reader sees, and the sentence around the card stays whole.
    card = ("<span class='person'><a href='/p/ruiz'>Ana Ruiz</a><span style='color: red; "
            "display:none'>Ana Ruiz: three more stories about the harbour board</span></span>")
    paras = [f"<p>{p}</p>" for p in STORY]
    paras[2] = f"<p>The harbour master met {card} on Monday to discuss the bridge plan.</p>"
    paras.insert(4, f"<div hidden><p>{STORY[0]} (an earlier draft)</p></div>")
    paras.insert(6, "<p style='visibility: hidden'>Loading the next story for you now.</p>")
    raw = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
           f"{''.join(paras)}</article></body></html>")
    want = list(STORY)
    want[2] = "The harbour master met Ana Ruiz on Monday to discuss the bridge plan."
    assert extract_html(raw.encode()).paragraphs == tuple(want)


# ----------------------------------------------------------------------------- tables


def test_a_data_table_with_breaks_and_paragraphs_in_its_cells_keeps_every_row() -> None:
    # Cells wrapped in <p> and header cells broken with <br> are as common in data tables as in
    # layouts; only a story cell holding most of the table's words makes a layout.
    rows = [("Ferry line", "Crossings<br>(per week)", "Fare<br>(euros)"),
            ("North Quay", "<p>14</p>", "<p>6.50</p>"),
            ("Old Harbour", "<p>9</p>", "<p>4.00</p>"),
            ("Salt Island", "<p>3</p>", "<p>11.25</p>")]
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    html = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{paras}"
            f"{table}<p>{STORY[0]}</p></article></body></html>")
    text = "\n".join(extract_html(html.encode()).paragraphs)
    for cell in ("North Quay", "Old Harbour", "Salt Island", "11.25", "Crossings", "(euros)"):
        assert cell in text, cell
    assert all(p in text for p in STORY)


# ----------------------------------------------------------------------------- decoding


def _html(body: str, head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY[:3])
    return (f"<html><head>{head}<title>Caf\u00e9 news</title></head><body><article>"
            f"<h1>Caf\u00e9 news</h1><p>{body}</p>{paras}</article></body></html>")


SENTENCE = "The caf\u00e9\u2019s owner said \u201cna\u00efve\u201d plans cost \u20ac5 million."


@pytest.mark.parametrize("encoding,head", [
    ("utf-8", ""),
    ("utf-8-sig", ""),
    ("utf-16", ""),  # with a BOM
    ("cp1252", '<meta charset="windows-1252">'),
    ("cp1252", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
    ("iso-8859-15", '<meta charset="iso-8859-15">'),
    ("utf-8", '<meta charset="iso-8859-1">'),  # declared wrongly; the bytes are UTF-8
])
def test_decoding(encoding: str, head: str) -> None:
    sentence = SENTENCE if encoding != "iso-8859-15" else SENTENCE.replace("\u2019", "'")
    sentence = sentence if encoding != "iso-8859-15" else sentence.replace(
        "\u201c", '"').replace("\u201d", '"')
    raw = _html(sentence, head).encode(encoding)
    art = extract_html(raw)
    assert art.paragraphs[0] == sentence


def test_bomless_utf16_and_xml_declaration() -> None:
    raw = _html(SENTENCE).encode("utf-16-le")
    assert extract_html(raw).paragraphs[0] == SENTENCE
    xml = '<?xml version="1.0" encoding="utf-8"?>\n' + _html(SENTENCE)
    assert extract_html(xml.encode("utf-8")).paragraphs[0] == SENTENCE


def test_http_content_type_wins_over_meta() -> None:
    raw = _html(SENTENCE, '<meta charset="utf-8">').encode("cp1252")
    art = extract_html(raw, content_type="text/html; charset=windows-1252")
    assert art.paragraphs[0] == SENTENCE
    assert "\u00e9" in decode_html(raw, "text/html; charset=cp1252")


def test_undeclared_legacy_encoding_is_detected() -> None:
    raw = _html(SENTENCE * 3).encode("cp1252")
    assert extract_html(raw).paragraphs[0] == SENTENCE * 3


# ----------------------------------------------------------------------------- bad input


def _one_line_error(call, *args, match: str, **kwargs) -> str:
    with pytest.raises(ExtractionError) as info:
        call(*args, **kwargs)
    message = str(info.value)
    assert message and "\n" not in message
    assert isinstance(info.value, InputError)
    assert match in message, message
    return message


@pytest.mark.parametrize("raw,match", [
    (b"", "empty"),
    (b"   \n\t\r\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x1f\x8b\x08\x00" + bytes(200), "gzip"),
    (b"<html>" + bytes(range(256)) * 40 + b"</html>", "binary"),
    (bytes(i * 37 % 256 for i in range(4000)), "binary"),
    (b"Just a plain text file.\n\nWith paragraphs but no tags at all.\n", "not HTML"),
    (b"\xff\xfe\xfd\xfc\xfb" * 2000, "not HTML"),
    (b"<html><body><p>" + b"\xff\xfe\x81\x8d" * 500 + b"</p></body></html>", "no article text"),
    (b"<html><body><nav>Home News Sport</nav></body></html>", "no article text"),
    (b"<html><body><article><p>Too short to be news.</p></article></body></html>",
     "no article text"),
])
def test_bad_pages_raise_one_line_errors(raw: bytes, match: str) -> None:
    _one_line_error(extract_html, raw, "https://example.com/x", match=match)


def test_huge_page_fails_fast() -> None:
    raw = b"<html><body>" + b"<p>word word word</p>" * (50 * 1024 * 1024 // 20) + b"</body></html>"
    assert len(raw) > 50 * 1024 * 1024 > MAX_PAGE_BYTES
    start = time.perf_counter()
    message = _one_line_error(extract_html, raw, match="larger than 10 MB")
    assert time.perf_counter() - start < 1.0
    assert f"({len(raw) / 2**20:.1f} MB)" in message


def test_min_words_threshold_is_the_documented_one() -> None:
    words = " ".join(f"w{i}" for i in range(MIN_ARTICLE_WORDS))
    raw = f"<html><body><article><p>{words}</p></article></body></html>".encode()
    assert extract_html(raw).words == MIN_ARTICLE_WORDS


# ----------------------------------------------------------------------------- text format


def test_text_format() -> None:
    text = ("\n\nCouncil approves new bridge\nBy A. Reporter, City Desk\n\n"
            "The city council voted 7-2\non Tuesday to build a bridge.\n\n\n"
            "Construction starts in 2027.\r\n\r\n  Opponents objected.  \n")
    art = extract_text(text, "https://www.example.com/news/bridge?utm_source=rss")
    assert art.headline == "Council approves new bridge"
    assert art.byline == "A. Reporter, City Desk"
    assert art.paragraphs == ("The city council voted 7-2 on Tuesday to build a bridge.",
                              "Construction starts in 2027.", "Opponents objected.")
    assert art.extractor == "text"
    assert art.canonical_url == "https://example.com/news/bridge"
    assert art.outlet == "example.com"


def test_text_byline_in_its_own_block_and_without_one() -> None:
    art = extract_text("Headline\n\nBY JANE DOE\n\nFirst paragraph.\n\nSecond.")
    assert art.byline == "JANE DOE"
    assert art.paragraphs == ("First paragraph.", "Second.")
    art = extract_text("Headline\n\nBy the time the polls closed on Tuesday night, the count "
                       "was already well under way.\n\nSecond.")
    assert art.byline == ""
    assert art.paragraphs[0].startswith("By the time")
    assert extract_text("Headline\nFirst line\nof the first paragraph.").paragraphs == (
        "First line of the first paragraph.",)


def test_text_from_bytes_and_round_trip() -> None:
    raw = "\ufeffCaf\u00e9 opens\n\nIt\u2019s open.\n\nMore soon.\n".encode()
    art = extract_text(raw)
    assert art.headline == "Caf\u00e9 opens"
    assert art.paragraphs == ("It\u2019s open.", "More soon.")
    again = extract_text("\n\n".join((art.headline, *art.paragraphs)))
    assert (again.headline, again.paragraphs) == (art.headline, art.paragraphs)
    assert extract_text("Caf\u00e9 opens\n\nIt\u2019s open.".encode("cp1252")).headline == (
        "Caf\u00e9 opens")


@pytest.mark.parametrize("text,match", [
    ("", "empty"),
    ("  \n\n \t\n", "empty"),
    (b"", "empty"),
    ("Only a headline\n", "no paragraphs"),
    ("Headline\n\nBy Someone\n", "no paragraphs"),
    ("Head\x00line\n\nBody.", "binary"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    ("x" * (MAX_PAGE_BYTES + 1), "larger than"),
])
def test_bad_text_raises_one_line_errors(text: str | bytes, match: str) -> None:
    _one_line_error(extract_text, text, match=match)


# ----------------------------------------------------------------------------- start-up


def test_importing_extract_does_not_import_trafilatura() -> None:
    import subprocess
    import sys

    code = ("import sys, versiontrack.extract.html, versiontrack.identity; "
            "print('trafilatura' in sys.modules, 'lxml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    assert out == ["False", "False"]


def test_reading_time_and_share_counts_never_reach_the_text():
    """Stamps that change on every load are dropped by extraction itself, not only by snapshot."""
    body = "".join(
        f"<p>{p}</p>" for p in (
            ("The city council voted 7-2 on Tuesday to build a new bridge over the river, "
             "ending a debate that had run for more than a decade."),
            "5 min read", "1.2K shares", "Comments: 12",
            ("Construction is expected to start in 2027 and cost $40 million, officials said "
             "after the vote."),
            "Opponents said the money should go to schools instead, and vowed to fight on.",
        )
    )
    page = (f"<html><head><title>Council approves bridge</title></head><body><article>"
            f"<h1>Council approves bridge</h1>{body}</article></body></html>").encode()
    paras = extract_html(page, "https://example.com/news/bridge").paragraphs
    assert not any(p in paras for p in ("5 min read", "1.2K shares", "Comments: 12"))
    assert any("7-2" in p for p in paras) and any("$40 million" in p for p in paras)


@pytest.mark.parametrize("tail", [
    "<p>The ferry runs again on Friday.<br><br><em>{}</em></p>",
    "<div>The ferry runs again on Friday.<hr>{}</div>",
])
def test_a_note_sharing_a_block_with_body_text_is_kept_once(tail: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    html = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{paras}"
            f"{tail.format(NOTE_TEXT)}</article></body></html>")
    art = extract_html(html.encode())
    assert art.paragraphs.count(NOTE_TEXT) == 1
    assert not [p for p in art.paragraphs if NOTE_TEXT in p and p != NOTE_TEXT]


def _footnoted(marks: str) -> bytes:
    body = " ".join(["The harbour board met on Monday to weigh the ferry timetable for winter."] * 3)
    return (f"<html><head><title>Timetable</title></head><body><article><h1>Ferry timetable</h1>"
            f"<p>{body} It approved the plan{marks}.</p>"
            f"<p>{body} The hall holds 10<sup>3</sup> people in 400 m<sup>2</sup>.</p>"
            f"<ol class='footnotes'><li id='fn1'>The vote was eight to one. "
            f"<a href='#fnref1' class='footnote-backref'>\u21a9</a></li></ol>"
            f"</article></body></html>").encode()


@pytest.mark.parametrize("marks", [
    "<sup id='fnref1'><a href='#fn1'>1</a></sup>",            # a numbered footnote
    "<sup class='reference'><a href='#cite_note-1'>[1]</a></sup>",  # Wikipedia's style
    "<sup><a href='#note-a'>*</a></sup>",
])
def test_footnote_marks_and_back_links_are_not_article_text(marks: str) -> None:
    # Left in, the mark sticks to its word ("the plan1") and a footnote added later
    # renumbers every mark after it: each a changed number for the audit.
    art = extract_html(_footnoted(marks), "https://example.org/timetable")
    text = "\n".join(art.paragraphs)
    assert "It approved the plan." in text
    assert "The vote was eight to one." in text and "\u21a9" not in text
    # a superscript with no link within the page is a value, kept
    assert "103 people in 400 m2" in text
