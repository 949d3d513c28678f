"""Plain-text captures read like pages (issue 17.5): section labels, captions, bylines and stamps
are furniture, and paragraphs are chosen block by block. The texts are shaped like a wire story
saved from a browser, in our own words."""

from __future__ import annotations

import pytest

from versiontrack.extract.html import extract_text

WIRE = """Science & Health News

Comet seen over the valley for the first time in decades

Astronomers say the comet will stay visible to the naked eye until the end of the month, weather permitting
Stargazers gather on a hill above the town of Brindle on Tuesday, March 3, 2026. (AP Photo/Ria Example)
Stargazers gather on a hill above the town of Brindle on Tuesday, March 3, 2026. (AP Photo/Ria Example)
By TOMAS PLACEHOLDER and ANNA SAMPLE – Associated Press
Updated {stamp}
Listen to this article

BRINDLE, Nowhere (AP) — A comet last seen from the valley in 1962 crossed the evening sky on Tuesday, drawing hundreds of people to the hills above town.

Share

The observatory counted 412 visitors on its lawn, more than on any night since it opened.

What to look for

The comet is brightest an hour after sunset, low in the western sky, its tail pointing away from the sun.

About the Author

TOMAS PLACEHOLDER and ANNA SAMPLE

More Stories
"""


def test_a_wire_capture_keeps_its_headline_byline_and_paragraphs_apart() -> None:
    art = extract_text(WIRE.format(stamp="1 hour ago"))
    assert art.headline == "Comet seen over the valley for the first time in decades"
    assert art.byline == "TOMAS PLACEHOLDER and ANNA SAMPLE – Associated Press"
    assert art.paragraphs == (
        ("Astronomers say the comet will stay visible to the naked eye until the end of the "
        "month, weather permitting"),
        ("BRINDLE, Nowhere (AP) — A comet last seen from the valley in 1962 crossed the evening "
        "sky on Tuesday, drawing hundreds of people to the hills above town."),
        ("The observatory counted 412 visitors on its lawn, more than on any night since it "
        "opened."),
        "What to look for",
        ("The comet is brightest an hour after sunset, low in the western sky, its tail pointing "
        "away from the sun."),
    )


def test_a_new_stamp_is_no_change() -> None:
    one = extract_text(WIRE.format(stamp="1 hour ago"))
    later = extract_text(WIRE.format(stamp="3 hours ago"))
    assert one.same_text(later)


LINES = [
    "Ferry service resumes after the storm",
    ("The island ferry sailed again on Monday morning, three days after a storm tore the roof "
    "off its terminal and flooded the car deck of the larger of its two boats."),
    ("Crews worked through the weekend to clear the slipway, the operator said in a statement "
    "posted to its website on Sunday night, thanking passengers for their patience."),
    "Timetables are reduced this week.",
    ("Full service returns on Friday if the forecast holds, the operator said, and season "
    "tickets will be extended by a week to make up for the days lost to the storm."),
]


@pytest.mark.parametrize("blank_after", [None, 1, 3])
def test_one_paragraph_a_line_survives_a_stray_blank_line(blank_after: int | None) -> None:
    lines = list(LINES)
    if blank_after is not None:
        lines.insert(blank_after + 1, "")
    art = extract_text("\n".join(lines))
    assert art.headline == LINES[0]
    assert art.paragraphs == tuple(LINES[1:])


def test_hard_wrapped_paragraphs_are_still_joined() -> None:
    text = (
        "Library extends its opening hours\n\n"
        "The town library will open until nine in the evening from next\n"
        "month, the council said, after a survey found that most readers\n"
        "could only visit after work.\n\n"
        "The change costs the council about 18,000 a year.\n"
    )
    art = extract_text(text)
    assert art.paragraphs == (
        ("The town library will open until nine in the evening from next month, the council "
        "said, after a survey found that most readers could only visit after work."),
        "The change costs the council about 18,000 a year.",
    )


def test_a_short_title_case_headline_is_not_taken_for_a_section_label() -> None:
    art = extract_text("World Cup Draw Held\n\nThe draw for the tournament took place in a "
                       "small hall on Friday evening.\n")
    assert art.headline == "World Cup Draw Held"
