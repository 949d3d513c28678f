"""Facts that differ between a copy paragraph and the source paragraphs it derives from.

Facts are numbers, dates, names, quotes and who is quoted. In each linked pair a fact the copy
states and its source paragraphs do not is paired with one the source states and the copy does
not, of the same kind and in the like place (a number with a number whose neighbouring words
agree, a name with a name spelled alike, a quote with the source quote sharing most words); a
pair is a difference, labelled by the differ's classifier on the source sentence with the
copy's value put in (so "Piet" -> "Peter" is ``name``, a changed speaker ``attribution``). A
fact left unpaired is "added" (the copy's) or "dropped" (the source's), unless the other text
states it somewhere else.

Not differences: a name in its possessive ("Norland's"), or as its people's adjective the other
text uses ("Swiss" for "Switzerland"); a number the other text writes in words ("a quarter of
an hour" for 15 minutes); a copy quoting part of the source's quote. A value that differs only
by a house spelling ("Defense"/"Defence", "toward"/"towards") is kind ``spelling``, not a fact.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from versiontrack.crossoutlet.terms import STOPWORDS, stem, words, wordset
from versiontrack.differ.classify import classify_ops
from versiontrack.differ.worddiff import word_diff
from versiontrack.models import LABELS
from versiontrack.normalize import fold, house_form, sentences

_QUOTE = re.compile(r'"([^"]{3,})"')
_YEAR = re.compile(r"^(1[89]\d\d|2[01]\d\d)$")
_NUMBER = re.compile(r"^\d[\d,.]*$")
_REPORTING = wordset("said says say told added according stated asked wrote")
_TITLES = wordset("mr mrs ms dr gen prof sir president minister")
#: Source words within this distance of a number are its context.
_NEAR = 4


@dataclass(frozen=True)
class FactDiff:
    """One fact that differs, or that only one side states, in a linked pair."""

    kind: str  # "differs" | "added" | "dropped" | "spelling" (a house spelling, no fact)
    fact: str  # "number" | "date" | "name" | "quote" | "attribution"
    copy_paragraph: int
    source_paragraphs: tuple[int, ...]
    source_value: str
    copy_value: str
    labels: tuple[str, ...]  # the classifier's labels for the difference
    reasons: tuple[str, ...]
    source_text: str  # the sentence the source says it in ("" when added)
    copy_text: str

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["source_paragraphs"] = list(self.source_paragraphs)
        d["labels"], d["reasons"] = list(self.labels), list(self.reasons)
        return d


@dataclass(frozen=True)
class _Fact:
    fact: str
    value: str
    key: str  # comparison form
    sentence: str
    context: frozenset[str]


def _sentence_of(text: str, value: str) -> str:
    for s in sentences(text):
        if value in s:
            return s
    return text


def _numbers(text: str) -> list[_Fact]:
    out = []
    for sent in sentences(fold(text)):
        ws = words(sent)
        for i, w in enumerate(ws):
            if not _NUMBER.match(w):
                continue
            key = w.replace(",", "").rstrip(".")
            near = ws[max(0, i - _NEAR):i] + ws[i + 1:i + 1 + _NEAR]
            ctx = frozenset(stem(x) for x in near if x.casefold() not in STOPWORDS)
            out.append(_Fact("date" if _YEAR.match(key) else "number", w, key, sent, ctx))
    return out


def _names(text: str) -> list[_Fact]:
    out = []
    for sent in sentences(fold(_QUOTE.sub(" ", fold(text)))):
        ws = words(sent)
        for i, w in enumerate(ws):
            if len(w) < 2 or not w[:1].isupper() or w.casefold() in STOPWORDS \
                    or w.casefold() in _TITLES:  # "U" of "U.S." is no name
                continue
            nxt = ws[i + 1] if i + 1 < len(ws) else ""
            if i == 0 and not (nxt[:1].isupper() or any(c.isdigit() for c in w)):
                continue  # sentence-initial: a name only when a capitalised word follows
            out.append(_Fact("name", _bare_name(w), _name_key(w), sent, frozenset()))
    return out


def _bare_name(w: str) -> str:
    """``w`` without a possessive ending ("Norland's" -> "Norland", "Estavias'" -> "Estavias")."""
    return w.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019") or w


def _name_key(w: str) -> str:
    w = fold(w).casefold()
    return w.removesuffix("'s").rstrip("'")


#: Peoples' adjectives that do not begin like their country's name (those that do, "Estavian",
#: "Ukrainian", meet it by :func:`_same_place`).
_DEMONYMS = {
    "swiss": "switzerland", "french": "france", "dutch": "netherlands", "british": "britain",
    "polish": "poland", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
    "norwegian": "norway", "greek": "greece", "turkish": "turkey", "spanish": "spain",
    "welsh": "wales", "scottish": "scotland", "irish": "ireland", "english": "england",
    "chinese": "china", "japanese": "japan", "thai": "thailand", "filipino": "philippines",
    "icelandic": "iceland", "flemish": "flanders", "basque": "basque", "czech": "czechia",
    "slovak": "slovakia", "portuguese": "portugal", "lebanese": "lebanon",
    "vietnamese": "vietnam", "sudanese": "sudan", "emirati": "emirates",
}


_PEOPLE_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish", "ic", "er", "ns", "ans",
                   "ians", "ers")


def _same_place(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` (keys) are a place and its people's adjective
    ("estavia"/"estavian", "ukraine"/"ukrainian", "switzerland"/"swiss")."""
    if _DEMONYMS.get(a) == b or _DEMONYMS.get(b) == a:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    return any(long_.startswith(short[:len(short) - k])
               and long_[len(short) - k:] in _PEOPLE_ENDINGS for k in range(3))


def house_spelling(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only by British/American house spellings."""
    wa, wb = words(a), words(b)
    if len(wa) != len(wb):
        return False
    pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if x.casefold() != y.casefold()]
    return bool(pairs) and all(house_form(x) == house_form(y) for x, y in pairs)


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "dozen": 12,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
#: Spans of time said in words, as the minutes they are.
_TIME_WORDS = (
    (re.compile(r"\bthree[- ]quarters of an hour\b"), "45"),
    (re.compile(r"\bquarter of an hour\b|\bquarter[- ]hour\b"), "15"),
    (re.compile(r"\bhalf an hour\b|\bhalf[- ]hour\b"), "30"),
    (re.compile(r"\ban hour and a half\b"), "90"),
)
_NUMBER_WORD = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")(?:[- ](" + "|".join(k for k in _UNITS if _UNITS[k] < 10)
    + r"))?|(" + "|".join(_UNITS) + r"))\b")


def number_words(text: str) -> set[str]:
    """The numbers ``text`` writes in words, as digits ("twenty-seven" -> "27", "a quarter of
    an hour" -> "15", "half a dozen" -> "6")."""
    low = fold(text).casefold()
    out = {key for pattern, key in _TIME_WORDS if pattern.search(low)}
    if "half a dozen" in low:
        out.add("6")
        low = low.replace("half a dozen", " ")
    for m in _NUMBER_WORD.finditer(low):
        if m.group(3):
            out.add(str(_UNITS[m.group(3)]))
        else:
            out.add(str(_TENS[m.group(1)] + (_UNITS[m.group(2)] if m.group(2) else 0)))
    return out


def _quotes(text: str) -> list[_Fact]:
    out = []
    for sent in sentences(fold(text)):
        for m in _QUOTE.finditer(sent):
            q = m.group(1).strip(" ,.")
            out.append(_Fact("quote", q, " ".join(w.casefold() for w in words(q)), sent,
                             frozenset(stem(x) for x in words(q))))
    return out


def _speaker(sentence: str) -> list[str]:
    """The name next to a reporting verb outside the quote ("said Marta Ilves", "Ilves said")."""
    ws = words(_QUOTE.sub(" ", sentence))
    for i, w in enumerate(ws):
        if w.casefold() not in _REPORTING:
            continue
        after: list[str] = []
        j = i + 1
        while j < len(ws) and ws[j][:1].isupper() and ws[j].casefold() not in _TITLES:
            after.append(ws[j])
            j += 1
        if after:
            return after
        before: list[str] = []
        j = i - 1
        while j >= 0 and ws[j][:1].isupper() and ws[j].casefold() not in STOPWORDS:
            before.insert(0, ws[j])
            j -= 1
        if before:
            return [b for b in before if b.casefold() not in _TITLES]
    return []


def _label(old_sentence: str, old: str, new: str, fact: str
           ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The classifier's labels for ``old`` -> ``new`` in the source's own sentence, with the
    kind of fact among them."""
    if old and old in old_sentence:
        new_sentence = old_sentence.replace(old, new, 1)
    else:
        old_sentence, new_sentence = old, new
    labels, reasons = classify_ops(old_sentence, new_sentence,
                                   word_diff(old_sentence, new_sentence))
    if fact not in labels and fact in LABELS:  # "RiverSat-2" -> "RiverSat-3": a name too
        labels.add(fact)
    return tuple(sorted(labels)), tuple(reasons)


def _diff(kind: str, fact: str, ci: int, src: tuple[int, ...], s: _Fact | None,
          c: _Fact | None, labels: tuple[str, ...] = (),
          reasons: tuple[str, ...] = ()) -> FactDiff:
    if kind == "differs" and s and c and house_spelling(s.value, c.value):
        kind, labels = "spelling", ("spelling",)
    return FactDiff(kind, fact, ci, src, s.value if s else "", c.value if c else "", labels,
                    reasons, s.sentence if s else "", c.sentence if c else "")


def compare_facts(copy_paragraph: int, copy_text: str, sources: tuple[int, ...],
                  source_text: str, whole_source: str, whole_copy: str) -> list[FactDiff]:
    """The differing, added and dropped facts of one linked pair (``source_text`` is the linked
    source paragraphs; ``whole_*`` the full texts, which decide whether a fact is truly new)."""
    out: list[FactDiff] = []
    all_src = {w.casefold().replace(",", "") for w in words(whole_source)}
    all_copy = {w.casefold().replace(",", "") for w in words(whole_copy)}
    all_src |= number_words(whole_source)
    all_copy |= number_words(whole_copy)

    # Quotes, and who said them.
    squotes = _quotes(source_text)
    for cq in _quotes(copy_text):
        best, score = None, 0.0
        for sq in squotes:
            inter = len(cq.context & sq.context)
            j = inter / max(1, len(cq.context | sq.context))
            if j > score:
                best, score = sq, j
        if best is None or score < 0.4:
            continue
        # Other words (keys ignore case and punctuation); quoting a part of the quote is not.
        if best.key != cq.key and f" {cq.key} " not in f" {best.key} ":
            labels, reasons = _label(f'"{best.value}"', f'"{best.value}"', f'"{cq.value}"',
                                     "quote")
            out.append(_diff("differs", "quote", copy_paragraph, sources, best, cq, labels,
                             reasons))
        ss, cs = _speaker(best.sentence), _speaker(cq.sentence)
        s_names = {_name_key(w) for w in words(_QUOTE.sub(" ", best.sentence))}
        c_names = {_name_key(w) for w in words(_QUOTE.sub(" ", cq.sentence))}
        if ss and cs and not {_name_key(w) for w in ss} & c_names \
                and not {_name_key(w) for w in cs} & s_names:
            old, new = " ".join(ss), " ".join(cs)
            labels, reasons = _label(best.sentence, old, new, "attribution")
            kind = "spelling" if house_spelling(old, new) else "differs"
            out.append(FactDiff(kind, "attribution", copy_paragraph, sources, old, new,
                                ("spelling",) if kind == "spelling" else labels, reasons,
                                best.sentence, cq.sentence))

    # Numbers and dates.
    snum, cnum = _numbers(source_text), _numbers(copy_text)
    s_left = Counter(f.key for f in snum)
    c_left = Counter(f.key for f in cnum)
    common = s_left & c_left
    s_only = _take(snum, s_left - common)
    c_only = _take(cnum, c_left - common)
    for c in list(c_only):
        if c.key in all_src and not any(s.fact == c.fact for s in s_only):
            c_only.remove(c)  # stated elsewhere in the source
    for c in c_only:
        cands = [s for s in s_only if s.fact == c.fact]
        best = max(cands, key=lambda s: len(s.context & c.context), default=None)
        if best is None:  # another kind of number only where the words around it agree
            best = max((s for s in s_only if s.context & c.context),
                       key=lambda s: len(s.context & c.context), default=None)
        if best is not None and (best.context & c.context or len(cands) == 1):
            s_only.remove(best)
            labels, reasons = _label(best.sentence, best.value, c.value, c.fact)
            out.append(_diff("differs", c.fact, copy_paragraph, sources, best, c, labels,
                             reasons))
        elif c.key not in all_src:
            out.append(_diff("added", c.fact, copy_paragraph, sources, None, c, ("added",)))
    for s in s_only:
        if s.key not in all_copy:
            out.append(_diff("dropped", s.fact, copy_paragraph, sources, s, None, ("removed",)))

    # Names.
    sn = {f.key: f for f in _names(source_text)}
    cn = {f.key: f for f in _names(copy_text)}
    s_names_only = [f for k, f in sn.items() if k not in cn and k not in all_copy]
    src_keys = {_name_key(w) for w in all_src}
    copy_keys = {_name_key(w) for w in all_copy}
    s_names_only = [f for f in s_names_only
                    if not any(_same_place(f.key, k) for k in copy_keys)]
    for k, c in cn.items():
        if k in sn or k in src_keys or any(_same_place(k, s) for s in src_keys):
            continue
        if any(d.copy_value and c.value in d.copy_value for d in out):
            continue  # already told as a changed speaker
        best = max(s_names_only, key=lambda s: SequenceMatcher(None, s.key, k).ratio(),
                   default=None)
        if best is not None and SequenceMatcher(None, best.key, k).ratio() >= 0.6:
            s_names_only.remove(best)
            labels, reasons = _label(best.sentence, best.value, c.value, "name")
            out.append(_diff("differs", "name", copy_paragraph, sources, best, c, labels,
                             reasons))
        else:
            out.append(_diff("added", "name", copy_paragraph, sources, None, c, ("added",)))
    return out


def _take(facts: list[_Fact], counts: Counter[str]) -> list[_Fact]:
    out = []
    left = Counter(counts)
    for f in facts:
        if left[f.key] > 0:
            out.append(f)
            left[f.key] -= 1
    return out
