"""The value reader on the forms notes state values in: sentences written for these tests, one
construction each, read loosely (a note in a house form) and strictly (a paragraph found by its
cues). None is the answer wherever the construction does not mark both edges."""

from __future__ import annotations

import pytest

from versiontrack.audit.values import parse_values

# (text, old, new), the same whether read loosely or strictly.
FORMS = [
    # "X, not Y" where Y opens with an article: the phrase in front opening with the same one.
    ("The mayor called the plan a windfall, not a giveaway, in her speech on Monday.",
     "a giveaway", "a windfall"),
    ("The statue stands outside the Harbour Museum, not the Customs House.",
     "the Customs House", "the Harbour Museum"),
    ("The painter first exhibited in the 1960s rather than the 1970s as an article said.",
     "the 1970s", "the 1960s"),
    # A preposition before an article goes when the other side has none.
    ("The inquiry was on a tax case, not a fraud case.", "a fraud case", "a tax case"),
    # A name opening "not X in the photo but Y" is the wrong side.
    ("It was not Tom Varga in the photo but Sir Tomas Varga.", "Tom Varga", "Sir Tomas Varga"),
    # Two numbers on a side: the pair counted in one unit.
    ("A column said the bridge was 80 years old. It was built in 1911, 114 years ago.",
     "80 years", "114 years"),
    # A fact whose subject is a name the note gave (the whole phrase, as "referred to X as the
    # county's sheriff. He is the deputy sheriff." gives).
    ("An article misidentified Lena Ostrow as the editor of the Courier. Ostrow is the "
     "publisher of the Courier.", "the editor of the Courier", "the publisher of the Courier"),
    ("A report misstated that the engineer Pia Holm is a man. Holm is a woman.",
     "a man", "a woman"),
    # "misidentified X as Y": X is the right value, its closing name as long as the wrong one.
    ("A caption misidentified the cellist Anna Brel as Anna Berl. It ran on page 4.",
     "Anna Berl", "Anna Brel"),
    # A verdict before the fact is not the fact.
    ("A story wrongly identified the driver as female. That is incorrect, the driver is male.",
     "female", "male"),
    # "..., when in fact ..." sets the claim and the fact apart in one sentence.
    ("A post said the ferry runs daily, when in fact it runs weekly.", "daily", "weekly"),
    # "misquoted X as saying": what was said is the fact.
    ("A profile misquoted Rosa Imhof as saying the gallery would be a warehouse. She said it "
     "would be a workhouse.", "a warehouse", "a workhouse"),
    # A denied claim and the fact in the next sentence.
    ("Jon Aske is not the director of the Fjord Trust, as we had it on Monday. He is the "
     "director of the Coast Fund.", "the Fjord Trust", "the Coast Fund"),
    # "misstated that X" against one short clause that says it again.
    ("A headline misstated that the council won a grant for the pier. It won a loan.",
     "a grant", "a loan"),
    # A fact stated first, about the one the misnaming sentence then names.
    ("Ilse Marr is a member of the Green Party. An article on Monday mistakenly referred to "
     "Marr as a Labour councillor.", "a Labour councillor", "a member of the Green Party"),
    # A quotation, an aside, then a fact whose subject the quoting sentence named.
    ("Last week I called the harbourmaster 'Piet Vos'. Three readers wrote in. The "
     "harbourmaster was Kees.", "Piet Vos", "Kees"),
    # A misspelling against the spelling the note gives, not another wrong one it gives.
    ("A profile misspelled the baker's surname as Hollis. And the caption misspelled it as "
     "Hollys. She is Mara Hollins.", "Hollis", "Hollins"),
    # "should have been described as X" stops at the sentence's end.
    ("An earlier version described the oak wrongly. It should have been described as young. "
     "This version has been corrected.", None, "young"),
]


@pytest.mark.parametrize(("text", "old", "new"), FORMS)
def test_form_read_loosely(text, old, new):
    assert parse_values(text) == (old, new)


@pytest.mark.parametrize(("text", "old", "new"), [f for f in FORMS if f[1] and f[2]])
def test_form_read_strictly(text, old, new):
    assert parse_values(text, strict=True) == (old, new)


@pytest.mark.parametrize("text", [
    # An article opening a clause is no noun phrase's: "that the rules apply ...".
    "This article was amended to make clear that the rules cover farms only, not the whole "
    "region.",
    # A changed run that ends on a verb is not one slot.
    "An article said the dam was built by Norcon. The state engineers built it.",
    # "misstated that X" against a long fact with a comma: no answer.
    "A profile misstated that the pilot is a volunteer. According to the operator, she has been "
    "a salaried contractor since the service began.",
    # A name against a phrase in no shared place.
    "A report said the mural was painted by Ilka Sand. The school's pupils painted it over "
    "three summers.",
])
def test_unmarked_sides_are_none_when_strict(text):
    assert parse_values(text, strict=True) == (None, None)


@pytest.mark.parametrize(("text", "old", "new"), [
    # A quoted count keeps its noun; an unquoted one is the number alone.
    ("A report said the plant employs 'some 900 fitters'. It employs 90 fitters.",
     "900 fitters", "90 fitters"),
    ("A report said the plant employs 900 fitters. It employs 90 fitters.", "900", "90"),
])
def test_counted_nouns(text, old, new):
    assert parse_values(text) == (old, new)
