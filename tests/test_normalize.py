"""The package's one home for words and sentences (versiontrack/normalize.py): each unit's
promise, the fast paths equal to their plain definitions, and no tokenizer written elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from versiontrack.normalize import (
    _DIFF_TOKEN_RE,
    _OVERLAP_WORD,
    diff_sentences,
    diff_tokens,
    diff_word_re,
    diff_words,
    match_tokens,
    name_words,
    note_sentences,
    overlap_word_sets,
    overlap_words,
    sentences,
    starts_sentence,
    value_words,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = ["Port", "officials", "don't", "isn\u2019t", "1,000", "3.5", "10:30", "U.S.", "_", "x_y",
          "\u6e2f\u53e3", "\u304b\u306a", "\u00e9t\u00e9", "\u041c\u043e\u0440\u0435", ",", ".",
          "!", "?", "\u3002", "\u201c", "\u201d", "(", ")", "-", "\u2014", "Gen.", "Mr.", "J."]
SEPS = [" ", "  ", "\n", "\u00a0", "", "\t"]
texts = st.one_of(
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPS)), max_size=25)
    .map(lambda xs: "".join(w + s for w, s in xs)),
    st.text(max_size=60))


@FAST
@given(texts)
def test_diff_units_are_lossless_and_fast_paths_equal_the_full_pattern(t: str) -> None:
    tokens = diff_tokens(t)
    assert "".join(tokens) == t
    assert tokens == _DIFF_TOKEN_RE.findall(t)
    words = [x for x in tokens if re.match(r"\w", x)]
    assert diff_words(t) == words
    assert [m.group() for m in diff_word_re(t).finditer(t) if re.match(r"\w", m.group())] == words
    assert "".join(diff_sentences(t)) == t


@FAST
@given(st.lists(texts, max_size=6))
def test_overlap_sets_in_one_batch_equal_one_at_a_time(ts: list[str]) -> None:
    folded = [" ".join(t.split()) for t in ts]
    assert overlap_word_sets(folded) == [overlap_words(f) for f in folded]
    for f in folded:
        assert overlap_words(f) == frozenset(_OVERLAP_WORD.findall(f.lower()))


def test_each_word_unit_keeps_its_own_promise():
    text = "Officials don't expect 1,000 U.S. ships_ at \u6e2f\u53e3."
    assert diff_words(text) == ["Officials", "don't", "expect", "1,000", "U", "S", "ships_",
                                "at", "\u6e2f", "\u53e3"]
    # The aligner's sets split at every non-word character: its thresholds were set on these.
    assert overlap_words(text) == {"officials", "don", "t", "expect", "1", "000", "u", "s",
                                   "ships_", "at", "\u6e2f", "\u53e3"}
    # The audit's units: numbers without thousands commas, "_" a separator, CJK runs whole.
    assert match_tokens(text) == ["officials", "don't", "expect", "1000", "u", "s", "ships",
                                  "at", "\u6e2f\u53e3"]
    # A note's values keep inner dots and hyphens; a closing period goes from a plain word.
    assert value_words("the al-Assad family, not the U.S. one, paid 1,000.") == [
        "the", "al-Assad", "family", "not", "the", "U.S.", "one", "paid", "1,000", "."]
    assert value_words("in Jan. and Feb..") == ["in", "Jan", "and", "Feb.."]
    assert name_words("By J.R. O\u2019Neil & Ana Smith-Jones") == [
        "by", "j.r.", "o'neil", "ana", "smith-jones"]


def test_the_two_sentence_splitters_differ_only_where_notes_need_it():
    prose = "Gen. Smith met Mr. Lee in the U.S. on Feb. 5. They spoke. \u201cNo,\u201d he said."
    expected = ["Gen. Smith met Mr. Lee in the U.S. on Feb. 5.", "They spoke.",
                "\u201cNo,\u201d he said."]
    assert sentences(prose) == expected
    # Notes: a lone letter before a period ends no sentence ("J. Smith"), nor does a German
    # ordinal ("vom 4. November", "den 3. Platz"); a number closing a sentence does ("as 5.").
    assert note_sentences(prose) == expected
    assert note_sentences("We gave the count as 5. It was 6.") == [
        "We gave the count as 5.", "It was 6."]
    assert note_sentences("Der Text nannte den 3. Platz. Richtig ist der 2. Platz.") == [
        "Der Text nannte den 3. Platz.", "Richtig ist der 2. Platz."]
    assert note_sentences("Professor J. Orvald wrote it.") == ["Professor J. Orvald wrote it."]
    note = "A story published vom 4. November misstated a figure (p. 12). \u00c9l lo dijo."
    assert note_sentences(note) == [
        "A story published vom 4. November misstated a figure (p. 12).", "\u00c9l lo dijo."]
    # Prose: "4." before a capital ends one; an accented capital starts none.
    assert sentences(note) == ["A story published vom 4.",
                               "November misstated a figure (p. 12). \u00c9l lo dijo."]
    assert sentences("") == note_sentences("") == []


@pytest.mark.parametrize(("text", "pos", "starts"), [
    ("Smith left.", 0, True),
    ("He left. Smith stayed.", 9, True),
    ("He met Gen. Smith there.", 12, False),
    ("He met J. Smith there.", 10, False),
    ("In the U.S. Army it is so.", 12, False),
    ("He said: Smith stayed.", 9, True),
    ("He met Smith there.", 7, False),
])
def test_starts_sentence(text: str, pos: int, starts: bool) -> None:
    assert starts_sentence(text, pos) is starts


def test_no_module_but_normalize_defines_a_tokenizer_or_sentence_splitter():
    package = Path(__file__).parent.parent / "versiontrack"
    defining = re.compile(r"^\s*def (_?sentences|tokenize|_?tokens|_word_sets?|_sentence_initial)\(",
                          re.MULTILINE)
    offenders = [f"{f.relative_to(package)}: {m.group(1)}" for f in sorted(package.rglob("*.py"))
                 if f.name != "normalize.py"
                 for m in defining.finditer(f.read_text(encoding="utf-8"))]
    assert offenders == []
