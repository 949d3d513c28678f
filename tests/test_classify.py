"""Classification of single changes: labels and reasons an editor can trust."""

from __future__ import annotations

import pytest

from versiontrack.differ.align import align_paragraphs
from versiontrack.differ.classify import classify
from versiontrack.differ.worddiff import word_diff
from versiontrack.models import Change


def judge(old: str, new: str) -> Change:
    return classify(Change("edited", (0,), (0,), old, new, ops=word_diff(old, new)))


@pytest.mark.parametrize(
    "old,new,label,reason",
    [
        ("At least 5 dead after the storm.", "At least 6 dead after the storm.", "number",
         "number:5->6"),
        ("Veldra leased the valley in 1996.", "Veldra leased the valley in 1994.", "date",
         "date:1996->1994"),
        ("The meeting is on Tuesday.", "The meeting is on Wednesday.", "date",
         "date:Tuesday->Wednesday"),
        ("Five people were hurt.", "Six people were hurt.", "number", "number:Five->Six"),
        ("The deal was approved, officials said.", "The deal was not approved, officials said.",
         "meaning", "negation:+not"),
        ("He said he would go.", "He said he wouldn't go.", "meaning", "negation:+n't"),
        ("Prices rose sharply.", "Prices fell sharply.", "meaning", "antonym:rose->fell"),
        ("The talks were led by Gen. Smith in Geneva.", "The talks were led by Gen. Jones in Geneva.",
         "name", "name:Smith->Jones"),
        ("He met Bertil Ohandrick on Monday.", "He met Bertil Ohandrik on Monday.", "name",
         "name:Ohandrick->Ohandrik"),
        ("“We will win,” he said.", "“We will prevail,” he said.", "quote", "quote:changed"),
        ('"We will not stop, ever," she said.', '"We will not stop ever," she said.', "quote",
         "quote:punctuation"),
        ("The plan, officials said, is ready.", "The plan, ministers told reporters, is ready.",
         "attribution", "attribution:changed"),
        ("Costs reached 1,000 dollars.", "Costs reached 1.000 dollars.", "number",
         "number:1,000->1.000"),
        # Two dates a letter or two apart are a changed date, never a spelling fix, and months
        # and weekdays count in each language the notes are read in, lower case included.
        ("The market opens on Monday.", "The market opens on Sunday.", "date",
         "date:Monday->Sunday"),
        ("De brug ging open in juni 1969.", "De brug ging open in juli 1969.", "date",
         "date:juni->juli"),
        ("Die Brücke wurde im März eröffnet.", "Die Brücke wurde im Mai eröffnet.", "date",
         "date:März->Mai"),
        ("Le pont a ouvert en février.", "Le pont a ouvert en avril.", "date",
         "date:février->avril"),
        ("Il mercato apre lunedì.", "Il mercato apre martedì.", "date", "date:lunedì->martedì"),
        # Two countries a letter or two apart are two places.
        ("The cargo left Iran on Monday.", "The cargo left Iraq on Monday.", "name",
         "name:Iran->Iraq"),
        ("The team flew to Austria.", "The team flew to Australia.", "name",
         "name:Austria->Australia"),
    ],
)
def test_substantive_changes(old: str, new: str, label: str, reason: str) -> None:
    ch = judge(old, new)
    assert label in ch.labels, (ch.labels, ch.reasons)
    assert reason in ch.reasons, ch.reasons
    assert ch.substantive
    assert "cosmetic" not in ch.labels


@pytest.mark.parametrize(
    "old,new,reason",
    [
        ("He said “yes” today.", 'He said "yes" today.', "cosmetic:quotes"),
        ("Two  spaces\u00a0here.", "Two spaces here.", "cosmetic:whitespace"),
        ("Red, white and blue flags.", "Red, white, and blue flags.", "cosmetic:punctuation"),
        ("the PRESIDENT spoke.", "the president spoke.", "cosmetic:case"),
    ],
)
def test_cosmetic_changes(old: str, new: str, reason: str) -> None:
    ch = judge(old, new)
    assert ch.labels == ("cosmetic",), (ch.labels, ch.reasons)
    assert reason in ch.reasons
    assert not ch.substantive


def test_spelling_fix_is_not_substantive() -> None:
    ch = judge("The goverment said so.", "The government said so.")
    assert ch.labels == ("spelling",)
    assert ch.reasons == ("spelling:goverment->government",)
    assert not ch.substantive


@pytest.mark.parametrize(
    "old,new,reason",
    [
        ("The the talks resumed on Friday.", "The talks resumed on Friday.", "spelling:doubled:the"),
        ("They met in in Geneva.", "They met in Geneva.", "spelling:doubled:in"),
        ("The talks resumed.", "The talks talks resumed.", "spelling:doubled:talks"),
    ],
)
def test_a_doubled_word_is_a_typo(old: str, new: str, reason: str) -> None:
    ch = judge(old, new)
    assert ch.labels == ("spelling",) and ch.reasons == (reason,)
    assert not ch.substantive


@pytest.mark.parametrize(
    "old,new,reason",
    [
        # a copy editor's touches, met beside real corrections on captured versions
        ("Crews work in order to keep the harbour open.", "Crews work to keep the harbour open.",
         "cosmetic:wording"),
        ("The mayor said that the ferry would run.", "The mayor said the ferry would run.",
         "cosmetic:wording"),
        ("The quay feels like it did in 2001.", "The quay feels as it did in 2001.",
         "cosmetic:wording"),
        ("The pier, which opened in May, is closed.", "The pier, that opened in May, is closed.",
         "cosmetic:wording"),
        ("Rep. Ann Roe (D., Philadelphia) spoke.", "Rep. Ann Roe (D., Phila.) spoke.",
         "cosmetic:abbreviation"),
        ("The storm hit on September 11.", "The storm hit on Sept. 11.", "cosmetic:abbreviation"),
        ("Governor Ann Roe spoke.", "Gov. Ann Roe spoke.", "cosmetic:abbreviation"),
    ],
)
def test_copy_edits_are_cosmetic(old: str, new: str, reason: str) -> None:
    ch = judge(old, new)
    assert ch.reasons == (reason,) and not ch.substantive


@pytest.mark.parametrize(
    "old,new,label",
    [
        # not a copy edit: a pronoun (nor a spelling fix, though a letter apart), "after", a
        # name cut short with no full stop, "all", a date abbreviated and changed
        ("The skipper said he would sail.", "The skipper said she would sail.", "rewrite"),
        ("He said the skipper would sail.", "She said the skipper would sail.", "rewrite"),
        ("The ferry left after the storm.", "The ferry left the storm.", "rewrite"),
        ("Jonathan Roe spoke.", "Jon Roe spoke.", "rewrite"),
        ("All the crews were paid.", "The crews were paid.", "rewrite"),
        ("The mayor signed the order on Monday.", "The mayor signed on Monday.", "rewrite"),
        ("The storm hit on September 11.", "The storm hit on Oct. 11.", "date"),
    ],
)
def test_changes_that_are_no_copy_edit(old: str, new: str, label: str) -> None:
    ch = judge(old, new)
    assert label in ch.labels and ch.substantive


@pytest.mark.parametrize(
    "old,new,label",
    [
        # Not beside the same word: a real deletion.
        ("Officials were taking also taking part.", "Officials were also taking part.",
         "rewrite"),
        # Negations and numbers always get the full checks, doubled or not.
        ("He did not not go.", "He did not go.", "meaning"),
        ("They counted 5 5 boats.", "They counted 5 boats.", "number"),
    ],
)
def test_words_not_simply_doubled_keep_their_labels(old: str, new: str, label: str) -> None:
    ch = judge(old, new)
    assert label in ch.labels and ch.substantive


def test_five_to_six_dead_is_never_cosmetic() -> None:
    for old, new in [("5 dead", "6 dead"), ("5 dead.", "6 dead."), ("$5m", "$6m"),
                     ("5%", "6%"), ("3.5 million", "35 million")]:
        ch = judge(old, new)
        assert "number" in ch.labels and ch.substantive, (old, new, ch.labels)


def test_added_and_removed_paragraphs_and_moves() -> None:
    a = align_paragraphs(["One para here.", "Second para here.", "Third para."],
                         ["Third para.", "One para here.", "Second para here.", "Brand new."])
    kinds = {c.kind for c in a.changes}
    assert kinds == {"kept", "added"}
    moved = [c for c in a.changes if c.moved]
    assert [c.old for c in moved] == [(2,)]
    assert moved[0].labels == ("moved", "lede") and moved[0].substantive  # into the lede
    added = next(c for c in a.changes if c.kind == "added")
    assert added.labels == ("added",) and added.reasons == ("added:1p",)


def test_move_outside_the_lede_is_not_substantive() -> None:
    a = align_paragraphs(["Lede stays.", "B para text.", "C para text.", "D para text."],
                         ["Lede stays.", "C para text.", "D para text.", "B para text."])
    moved = [c for c in a.changes if c.moved]
    assert len(moved) == 1 and moved[0].labels == ("moved",)
    assert not a.substantive


def test_headline_change_is_labelled() -> None:
    from versiontrack.differ.align import align
    from versiontrack.models import Article

    old = Article("Storm kills 5", ("Body.",))
    new = Article("Storm kills 6", ("Body.",))
    a = align(old, new)
    assert a.headline is not None and a.headline.field == "headline"
    assert "headline" in a.headline.labels and "number" in a.headline.labels
    assert a.byline is None


def test_a_common_word_that_is_a_month_elsewhere_stays_a_word() -> None:
    # Italian "mai" is "never"; only capitalised is it the German or French month.
    ch = judge("Non si era mai visto.", "Non si era mal visto.")
    assert "date" not in ch.labels


def test_two_countries_apart_are_never_a_spelling_fix() -> None:
    ch = judge("Talks were held in Slovakia.", "Talks were held in Slovenia.")
    assert "spelling" not in ch.labels and ch.substantive
    # A surname re-spelled stays a spelling fix of a name.
    ch = judge("Talks were led by Anna Smith.", "Talks were led by Anna Smyth.")
    assert "spelling" in ch.labels and "name" in ch.labels


@pytest.mark.parametrize(("old", "new", "quoted"), [
    # German quotation marks close with the English opening mark, or the other way round:
    # the words after them are outside the quote
    ("\u201eWir behalten den Fahrplan\u201c, sagte Meier.",
     "\u201eWir behalten den Fahrplan\u201c, sagte Hans Meier.", False),
    ("\u00bbWir behalten den Fahrplan\u00ab, sagte Meier.",
     "\u00bbWir behalten den Fahrplan\u00ab, sagte Hans Meier.", False),
    ("\u201eWir behalten den Winterfahrplan\u201c, sagte Meier.",
     "\u201eWir behalten den Sommerfahrplan\u201c, sagte Meier.", True),
    ("\u00ab Nous gardons l'horaire \u00bb, a dit Meier.",
     "\u00ab Nous gardons l'horaire \u00bb, a dit Jean Meier.", False),
    ("\u201cWe keep it,\u201d said Smith.", "\u201cWe keep it,\u201d said John Smith.", False),
])
def test_a_change_after_a_closed_quotation_is_no_quote_change(old, new, quoted):
    assert ("quote" in judge(old, new).labels) == quoted


@pytest.mark.parametrize(("old", "new"), [
    ("\u201eWir behalten den Fahrplan\u201c, sagte Meier.",
     "\u201eWir behalten den Fahrplan\u201c, sagte Hans Meier."),
    ("La ligne reste ouverte, a dit Meier.", "La ligne reste ouverte, a dit Jean Meier."),
    ("La l\u00ednea sigue abierta, dijo Meier.", "La l\u00ednea sigue abierta, dijo Juan Meier."),
    # the speaker's office between the verb and the name
    ("La ligne reste ouverte, a dit le maire Jean Martin.",
     "La ligne reste ouverte, a dit le maire Martin."),
    ("The line stays open, said the mayor, John Smith.",
     "The line stays open, said the mayor, Smith."),
])
def test_a_speaker_beside_a_reporting_verb_in_another_language_is_an_attribution(old, new):
    assert "attribution" in judge(old, new).labels
