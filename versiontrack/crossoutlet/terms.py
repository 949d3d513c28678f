"""The words two outlets' texts are compared by: content words folded to a crude stem, with the
function words of English left out. Paraphrase changes endings and little words, so a stem of
the first letters is a better unit than the word itself."""

from __future__ import annotations

import re

from versiontrack.normalize import fold

TOKEN_RE = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+(?:['\u2019-][^\W\d_]+)*(?:-\d+)?")

def wordset(text: str) -> frozenset[str]:
    """The words of ``text`` as a set (for word lists kept as one string)."""
    return frozenset(text.split())


STOPWORDS = wordset(
    "a about above after again against all also am an and any are as at be because been before "
    "being below between both but by can could did do does doing down during each few for from "
    "further had has have having he her here hers herself him himself his how i if in into is it "
    "its itself just me more most my myself no nor not now of off on once only or other our ours "
    "out over own same she should so some such than that the their theirs them then there these "
    "they this those through to too under until up very was we were what when where which while "
    "who whom why will with would you your yours said says say told according which whose may "
    "might must shall still since them many much per via")

#: Letters a stem keeps: enough to tell "reconnect" from "reach", few enough that "gauges" and
#: "gauge", "agreed" and "agreement" meet.
STEM = 6


def stem(word: str) -> str:
    """The comparison form of one token: case-folded, a number without its separators, a word
    cut to :data:`STEM` letters and stripped of a possessive."""
    w = fold(word).casefold().replace("'", "'")
    if w[:1].isdigit():
        return w.replace(",", "").rstrip(".")
    w = w.removesuffix("'s")
    return w[:STEM]


def words(text: str) -> list[str]:
    """Every token of ``text`` in order (real characters)."""
    return TOKEN_RE.findall(fold(text))


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text``: no function words, no one-letter words."""
    out = []
    for w in words(text):
        lw = w.casefold()
        if lw in STOPWORDS or (len(w) < 2 and not w.isdigit()):
            continue
        out.append(stem(w))
    return out


def function_share(text: str) -> float:
    """The share of ``text``'s tokens that are English function words (about 0.4 in English
    prose, near 0 in most other languages)."""
    ws = words(text)
    if not ws:
        return 0.0
    return sum(1 for w in ws if w.casefold() in STOPWORDS) / len(ws)
