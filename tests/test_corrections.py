"""Draft correction logs: the claim clause, the house styles, templates and formats."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from test_audit import CASES, load_case

from versiontrack.audit.judge import audit_versions
from versiontrack.errors import InputError
from versiontrack.render.corrections import STYLES, clause_at, draft_entries, draft_log, md_escape


def audit_of(case: str, policy: str | None = None):
    gold, triples = load_case(CASES / case)
    return audit_versions(triples, policy or gold["policy"])


@pytest.mark.parametrize(("sentence", "token", "clause"), [
    (("Marosk\u2019s coast guard said its crews turned back nine Veldran survey flights overnight "
     "over the lake, the marshes and the Halvard Valley, which Veldra leased to Marosk in 1996."),
     "1996", "Veldra leased Halvard Valley to Marosk in 1996"),
    (("League envoy Bertil Ohandirk, who is the chair of the league's frontier committee, "
     "was in Port Aldine."), "Ohandirk",
     "League envoy Bertil Ohandirk is the chair of the league's frontier committee"),
    (("League envoy Bertil Ohandrik, who is the chair of the league's frontier committee, "
     "was in Ostra, where talks entered a second day."), "Ostra",
     "League envoy Bertil Ohandrik was in Ostra"),
    (("Maroskan boats crossed the Lake Orsa line 14 times overnight, according to the coast "
     "guard. Two fishermen were hurt, officials said."), "Two", "two fishermen were hurt"),
    (("The commission stopped meeting in the spring of 2019, as relations between Tarnholm "
     "and Dunevar soured ahead of the clashes in October 2020."), "2020",
     "relations between Tarnholm and Dunevar soured ahead of the clashes in October 2020"),
    ("In one such confrontation in June 2022, the border service said it lost a drone.",
     "2022", "in one such confrontation in June 2022, the border service said it lost a drone"),
])
def test_smallest_clause_carrying_the_claim(sentence, token, clause):
    i = sentence.index(token)
    assert clause_at(sentence, i, i + len(token)) == clause


def test_ap_year_fix_entry_names_the_old_claim_and_the_new_value():
    (entry,) = draft_entries(audit_of("ap-year-fix-disclosed"))
    assert entry.status == "disclosed" and entry.disclosed
    assert (entry.claim, entry.old_value, entry.new_value) == (
        "Veldra leased Halvard Valley to Marosk in 1996", "1996", "1994")
    assert entry.subject == "year"
    assert entry.wording == ("This story corrects an earlier version that said Veldra leased "
                             "Halvard Valley to Marosk in 1996. It was 1994.")
    assert entry.note is not None and "The lease was signed in 1994." in entry.note.text


def test_each_style_words_the_same_fix_its_own_way():
    audit = audit_of("ap-year-fix-disclosed")
    words = {s: draft_entries(audit, s)[0].wording for s in STYLES}
    assert words["nyt"].startswith("Correction: February 6, 2026\nAn earlier version of this "
                                   "article misstated the year.")
    assert words["nyt"].endswith("it was 1994, not 1996.")
    assert words["wapo"].startswith("Correction: An earlier version of this story incorrectly said")
    assert words["guardian"].startswith("This article was amended on 6 February 2026 to correct "
                                        "the year.")
    assert words["reuters"] == "(Corrects year in paragraph 10 to 1994 from 1996)"
    assert len(set(words.values())) == len(STYLES)


def test_silent_changes_are_marked_undisclosed_and_disclosed_ones_show_the_note():
    audit = audit_of("guardian-footnote-plus-silent")
    text = draft_log(audit, "ap")
    blocks = text.split("\n\n")
    disclosed = next(b for b in blocks if ": disclosed" in b)
    silent = next(b for b in blocks if "UNDISCLOSED" in b)
    assert "Newsroom: This article was amended on 6 February 2026" in disclosed
    assert "It was 64." in disclosed
    assert "no correction note was published" in silent
    assert "that said two fishermen were hurt. It was three." in silent
    md = draft_log(audit, "guardian", fmt="markdown")
    assert md.startswith("# Draft correction log (Guardian style)")
    assert "**undisclosed**" in md and "Newsroom's note: \u201cThis article was amended" in md


def test_json_format_carries_every_entry():
    audit = audit_of("guardian-footnote-plus-silent")
    data = json.loads(draft_log(audit, "reuters", fmt="json"))
    assert data["style"] == "reuters"
    assert [e["status"] for e in data["entries"]] == ["disclosed", "silent-correction"]
    assert data["entries"][0]["wording"] == "(Corrects figure in paragraph 7 to 64 from 46)"
    assert data["entries"][1]["note"] is None


def test_removals_and_negations_have_wordings_too():
    entries = draft_entries(audit_of("large-removal"))
    assert entries and all(e.change_kind == "removed" for e in entries)
    assert all(e.wording.startswith("This story has been updated to remove a statement that ")
               for e in entries)
    (neg,) = draft_entries(audit_of("silent-negation"))
    assert neg.old_value is None
    assert "It now says Veldra and Marosk have not agreed" in neg.wording


def test_no_changes_log():
    text = draft_log(audit_of("typo-fix-no-note"), "ap")
    assert "No substantive changes to log." in text


def test_user_template_replaces_the_packaged_one(tmp_path):
    tpl = tmp_path / "mine.txt"
    tpl.write_text("{% for e in entries %}{{ e.status }}|{{ e.claim }}|{{ e.new_value }}\n"
                   "{% endfor %}")
    out = draft_log(audit_of("ap-year-fix-disclosed"), "ap", template=tpl)
    assert out == "disclosed|Veldra leased Halvard Valley to Marosk in 1996|1994\n"


def test_template_errors_are_input_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("{% for e in entries %}")
    audit = audit_of("ap-year-fix-disclosed")
    with pytest.raises(InputError, match=r"bad\.txt"):
        draft_log(audit, template=bad)
    with pytest.raises(InputError, match="not found"):
        draft_log(audit, template=tmp_path / "missing.txt")
    with pytest.raises(InputError, match="unknown style"):
        draft_log(audit, style="bbc")
    with pytest.raises(InputError, match="unknown format"):
        draft_log(audit, fmt="html")


def test_markdown_output_escapes_scraped_text():
    assert md_escape("# Big *news* [x](javascript:alert(1))\n- item") == \
        "\\# Big \\*news\\* \\[x\\](javascript:alert(1)) - item"
    audit = audit_of("guardian-footnote-plus-silent")
    hostile = replace(audit, articles=audit.articles[:-1] + (
        replace(audit.articles[-1], headline="Breaking\n# <script>*owned*</script>"),))
    md = draft_log(hostile, "ap", fmt="markdown")
    assert "<script>" not in md and "\n# <" not in md
    assert "\\<script\\>\\*owned\\*" in md


def test_quoted_claim_lowercases_common_sentence_openers_but_not_names():
    from versiontrack.render.corrections import clause_at

    text = "Officials offered no details on concrete progress from the latest round of talks."
    assert clause_at(text, text.index("no"), text.index("no") + 2).startswith("officials offered")
    text = "Marosk sent 14 patrol boats and two barges across the lake overnight."
    assert clause_at(text, text.index("14")).startswith("Marosk sent")


# ------------------------------------------------------------------ drafts on real-shaped edits

_BASE = [
    "The town council voted on Monday to close the harbour road for repairs this summer.",
    "The mayor said the work would cost 2 million and take about six weeks to finish.",
    "Shop owners on the harbour said they feared losing their busiest weeks of the year.",
]


def _audit_pair(old, new):
    from conftest import article

    from versiontrack.models import Version

    triples = [(Version("s", n, f"c{n}", f"2026-02-0{n}T12:00:00+00:00", a.headline, 50,
                        len(a.paragraphs)), a, b"") for n, a in enumerate(
        (article(paragraphs=old), article(paragraphs=new)), 1)]
    return audit_versions(triples)


def test_material_added_inside_a_paragraph_is_an_update_in_every_style():
    new = [_BASE[0], _BASE[1] + " The harbour road will reopen in time for the regatta.",
           _BASE[2]]
    for style in STYLES:
        (entry,) = draft_entries(_audit_pair(_BASE, new), style)
        assert entry.change_kind == "added" and entry.is_update, entry
        assert "orrect" not in entry.wording, entry.wording
        assert "the harbour road will reopen in time for the regatta" in entry.wording


def test_an_added_quotation_is_named_by_its_speaker():
    quote = ("\u201cWe cannot afford another summer of flooding on that road, and nobody here "
             "wants to wait another year for the repairs,\u201d Mayor Ada Lindqvist said.")
    (entry,) = draft_entries(_audit_pair(_BASE, [*_BASE, quote]), "ap")
    assert entry.wording == "This story has been updated to add comments by Mayor Ada Lindqvist."


def test_a_claim_ending_in_a_quotation_ends_once():
    old = [_BASE[0], "The mayor called the plan \u201ca sensible step for 2026.\u201d", _BASE[2]]
    new = [_BASE[0], "The mayor called the plan \u201ca sensible step for 2027.\u201d", _BASE[2]]
    for style in STYLES:
        for entry in draft_entries(_audit_pair(old, new), style):
            assert ".\u201d." not in entry.wording, entry.wording


def test_a_reported_figure_is_quoted_without_its_attribution():
    new = [_BASE[0], _BASE[1].replace("2 million", "3 million"), _BASE[2]]
    (entry,) = draft_entries(_audit_pair(_BASE, new), "ap")
    assert entry.claim == "the work would cost 2 million and take about six weeks to finish"
    assert entry.wording.endswith("It was 3 million.")


def test_participle_phrase_is_quoted_with_its_main_clause(tmp_path):
    # "..., the council said on Saturday, forcing about 12,000 ..." once drafted as "said Saturday
    # is forcing about 12,000": the phrase was read as describing the word before it.
    from conftest import article, make_archive, run_cli

    lede = ("The old harbour bridge will close on Monday for six weeks of repairs, the city council "
            "said on Saturday, forcing about {n} daily commuters onto ferries and a detour.")
    rest = ("Engineers found corrosion in two of the steel cables during an inspection.",
            "Ferry operators agreed to run extra boats during the rush hours.")
    archive = make_archive(tmp_path, {"example.com_bridge": [
        article(paragraphs=(lede.format(n="12,000"), *rest)),
        article(paragraphs=(lede.format(n="15,000"), *rest))]})
    r = run_cli("corrections", "bridge", "--json", "--archive", str(archive))
    assert r.exit_code == 0, r.stderr
    entry = json.loads(r.stdout)["entries"][0]
    assert entry["claim"] == ("the old harbour bridge will close on Monday for six weeks of "
                              "repairs, forcing about 12,000 daily commuters onto ferries and a "
                              "detour"), entry["claim"]
    r = run_cli("corrections", "bridge", "--archive", str(archive))
    assert "Saturday is forcing" not in r.stdout and "It was 15,000." in r.stdout, r.stdout


@pytest.mark.parametrize(("style", "wording"), [
    ("ap", "This story corrects the spelling of a name. It is Bertil Ohandrik, not Bertil "
           "Ohandirk."),
    ("nyt", "An earlier version of this article misspelled the name of Bertil Ohandrik as Bertil "
            "Ohandirk."),
    ("wapo", "Correction: An earlier version of this story misspelled the name of Bertil "
             "Ohandrik."),
    ("guardian", "to correct the spelling of Bertil Ohandrik's name."),
    ("reuters", "(Corrects spelling of name to Bertil Ohandrik from Bertil Ohandirk in "
                "paragraph 4)"),
])
def test_a_misspelt_name_is_logged_as_the_spelling_of_the_whole_name(style, wording):
    (entry,) = draft_entries(audit_of("name-respelt-silent"), style)
    assert entry.change_kind == "respelt" and entry.status == "silent-correction"
    assert wording in entry.wording
