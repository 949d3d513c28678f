"""Correction-note detection: the labelled set's quality gate and the house styles' forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from versiontrack.models import Article
from versiontrack.notes import detect_paragraph, find_notes, parse_date, parse_values, strip_notes

DATA = Path(__file__).parent / "data" / "notes"
SEEDS = Path(__file__).resolve().parent / "data" / "seeds"
AP_SEED = SEEDS / "ap-kyiv-military-dialogue.txt"
AP_NOTE = ("This story corrects an earlier version that said Russia illegally annexed Crimea in "
           "2016. The annexation happened in 2014.")

ROWS = [json.loads(line) for line in (DATA / "labelled.jsonl").read_text().splitlines() if line]


def test_labelled_set_is_big_and_balanced():
    assert len(ROWS) >= 60
    styles = {r["style"] for r in ROWS if r["note"]}
    assert {"ap", "nyt", "wapo", "guardian", "reuters", "generic"} <= styles
    assert sum(not r["note"] for r in ROWS) >= 25


def test_precision_and_recall_gate():
    tp = fp = fn = 0
    for r in ROWS:
        found = detect_paragraph(r["text"]) is not None
        tp += found and r["note"]
        fp += found and not r["note"]
        fn += (not found) and r["note"]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall


def test_kind_and_style_accuracy():
    notes = [r for r in ROWS if r["note"]]
    right = 0
    for r in notes:
        hit = detect_paragraph(r["text"])
        style_ok = hit is not None and (r["style"] is None or hit.style == r["style"])
        right += bool(hit and hit.kind == r["kind"] and style_ok)
    assert right / len(notes) >= 0.95


def test_stated_values_and_dates():
    rows = [r for r in ROWS if r["note"] and r.get("old")]
    assert len(rows) >= 15
    for r in rows:
        old, new = parse_values(r["text"])
        assert old == r["old"], r["text"]
        if r.get("new"):
            assert new == r["new"], r["text"]
    for r in ROWS:
        if r.get("date"):
            assert parse_date(r["text"]) == r["date"], r["text"]


def test_real_ap_note_in_the_seed_capture():
    article = Article.from_text(AP_SEED.read_text(encoding="utf-8"))
    notes = find_notes(article)
    assert len(notes) == 1
    note = notes[0]
    assert (note.kind, note.style, note.position) == ("correction", "ap", "bottom")
    assert note.text == AP_NOTE
    assert (note.old_value, note.new_value) == ("2016", "2014")
    assert article.paragraphs[note.paragraph] == AP_NOTE


def test_strip_notes_removes_the_note_and_its_orphaned_rule():
    article = Article.from_text(AP_SEED.read_text(encoding="utf-8"))
    stripped, notes = strip_notes(article)
    assert len(notes) == 1
    assert AP_NOTE not in stripped.paragraphs
    # "___ / note / ___" collapses to a single rule: no rule follows another.
    paras = stripped.paragraphs
    assert all(not (paras[i] == "___" and paras[i + 1] == "___") for i in range(len(paras) - 1))
    assert len(paras) == len(article.paragraphs) - 2
    # An article without notes comes back unchanged.
    again, none = strip_notes(stripped)
    assert again == stripped and none == ()


def test_nyt_date_line_merges_with_the_note_that_follows():
    article = Article(headline="Russia and U.S. restore military hotline", paragraphs=(
        "KYIV — The United States and Russia agreed on Thursday to restore a military hotline.",
        "The channel was suspended in 2021.",
        "Officials gave few details.",
        "Correction: June 16, 2014",
        ("An earlier version of this article misstated the year Russia annexed Crimea. It was "
        "2014, not 2016."),
    ))
    notes = find_notes(article)
    assert len(notes) == 1
    n = notes[0]
    assert (n.kind, n.style, n.position, n.date) == ("correction", "nyt", "bottom", "2014-06-16")
    assert (n.old_value, n.new_value, n.paragraph) == ("2016", "2014", 3)
    stripped, _ = strip_notes(article)
    assert stripped.paragraphs == article.paragraphs[:3]


def test_wapo_note_at_the_top_and_reuters_tags():
    wapo = Article(headline="Hotline restored", paragraphs=(
        ("Correction: An earlier version of this story incorrectly reported that the talks were "
        "held in Dubai. They were held in Abu Dhabi."),
        "The United States and Russia agreed on Thursday to restore a military hotline.",
        "More paragraphs follow.", "And more.", "The end."))
    (n,) = find_notes(wapo)
    assert (n.kind, n.style, n.position) == ("correction", "wapo", "top")

    reuters = Article(headline="CORRECTED-UPDATE 2-US, Russia agree to restore military dialogue",
                      paragraphs=(("(Corrects paragraph 2 to show talks were held on Thursday, "
                                  "not Wednesday)"), ("ABU DHABI, Feb 5 (Reuters) - The United "
                                  "States and Russia agreed..."), "Second paragraph."))
    notes = find_notes(reuters)
    assert [(x.kind, x.position, x.style) for x in notes] == [
        ("correction", "headline", "reuters"), ("update", "headline", "reuters"),
        ("correction", "top", "reuters")]
    assert (notes[2].old_value, notes[2].new_value) == ("Wednesday", "Thursday")
    stripped, _ = strip_notes(reuters)
    assert stripped.headline == "US, Russia agree to restore military dialogue"
    assert stripped.paragraphs == reuters.paragraphs[1:]


def test_guardian_footnote_with_date():
    article = Article(headline="h", paragraphs=(
        "First paragraph of the story.", "Second paragraph.", "Third paragraph.",
        ("This article was amended on 29 December 2016 to correct the year of Crimea's "
        "annexation, which was 2014, not 2016.")))
    (n,) = find_notes(article)
    assert (n.style, n.position, n.date) == ("guardian", "bottom", "2016-12-29")
    assert (n.old_value, n.new_value) == ("2016", "2014")


@pytest.mark.parametrize("headline", [
    "Stocks slide as market correction deepens",
    "Updated: What we know about the talks",  # a title with a colon, no tag form
    "EXCLUSIVE-Russia weighs new proposal",
])
def test_headlines_that_carry_no_note(headline):
    article = Article(headline=headline, paragraphs=("Body.",))
    assert find_notes(article) == ()


def test_market_correction_story_has_no_notes():
    article = Article(headline="Tech shares enter correction territory", paragraphs=(
        "Technology stocks slid into a correction on Tuesday.",
        "Correction territory is generally defined as a 10% fall from a recent high.",
        "Updated 1 hour ago",
        "The fund manager spent years at a correctional facility consultancy.",
        "Correction: it's Nasdaq not NASDAQ, do you even proofread?",
    ))
    assert find_notes(article) == ()


def test_inline_position():
    paras = tuple(f"Paragraph {i} of the story body." for i in range(10))
    paras = paras[:5] + (("Clarification: An earlier version of this article did not make clear "
                         "that the figures were Ukraine's own."),) + paras[5:]
    (n,) = find_notes(Article(headline="h", paragraphs=paras))
    assert (n.kind, n.position, n.paragraph) == ("clarification", "inline", 5)
