"""A copy's paragraphs linked to the source paragraphs they derive from.

Not version alignment: a copy reorders, merges, splits and paraphrases, so there is no order to
follow and few words in common. Each copy paragraph is scored against every source paragraph by
the weighted cosine of their content-word stems (:mod:`versiontrack.crossoutlet.terms`), the
weight of a stem being its rarity among all paragraphs of both texts (a name or a number shared
by two paragraphs says more than "officials"). A copy paragraph links to its best source
paragraph when the score reaches :data:`LINK`, and to further source paragraphs that add enough
of its words that the first did not explain (a paragraph drawn from two). Each copy sentence is
also matched with the source's sentences: a paragraph that merges a long source paragraph's one
sentence with another's scores low against the long one as a whole, but its sentence matches.
A heading (short, no closing mark) links only to a near-identical source paragraph. Anything
else is the copy's own (its furniture, FAQ headings, comments, its own reporting). Thresholds
were tuned on ``tests/data/cross-outlet`` (see ``tests/test_cross_outlet_quality.py``) and
checked on the real seeds (``bench/bench_cross_outlet_seeds.py``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from versiontrack.crossoutlet.terms import content_stems, function_share, words
from versiontrack.normalize import sentences

#: Weighted cosine from which a copy paragraph derives from a source paragraph.
LINK = 0.2
#: A further source paragraph joins a link when it explains this share of the copy paragraph's
#: weight that the earlier ones did not, with at least :data:`EXTRA_COS` cosine of its own
EXTRA_GAIN = 0.14
EXTRA_COS = 0.15
#: ... and at least this share of the best paragraph's cosine (a far weaker match that happens
#: to share a phrase is not a second source).
EXTRA_RATIO = 0.5
#: At most this many source paragraphs per copy paragraph.
MAX_SOURCES = 3
#: A copy sentence (of at least :data:`SENTENCE_MIN` content words) whose best source sentence
#: reaches this cosine links that sentence's paragraph too, when it adds :data:`SENTENCE_GAIN`
#: of the copy paragraph's weight that the other sources did not.
SENTENCE_LINK = 0.3
SENTENCE_MIN = 4
SENTENCE_GAIN = 0.1
#: A heading (at most this many words, no closing mark) links only to a near-identical source
#: paragraph: an outlet's own crossheads share a name or two with the text below them.
HEADING_WORDS = 12
HEADING_LINK = 0.6
_CLOSING = (".", "!", "?", "\"", "\u201d", ":", ";")
#: A copy in which linked paragraphs hold less than this share of the words is "not a copy".
MIN_COPY_SHARE = 0.25
#: English prose is about 40% function words; a text under this share is in another language
#: (when the source is over :data:`ENGLISH_SHARE`).
OTHER_LANGUAGE_SHARE = 0.12
ENGLISH_SHARE = 0.25


@dataclass(frozen=True)
class Link:
    """One copy paragraph and the source paragraphs it derives from (none: the copy's own)."""

    copy: int
    sources: tuple[int, ...]
    score: float  # the best source paragraph's weighted cosine, 0..1

    def to_dict(self) -> dict[str, Any]:
        return {"copy": self.copy, "sources": list(self.sources), "score": self.score}


@dataclass(frozen=True)
class CopyAlignment:
    """Every copy paragraph linked or marked own; the source paragraphs the copy did not carry."""

    links: tuple[Link, ...]
    not_carried: tuple[int, ...]
    is_copy: bool
    reason: str  # why not a copy ("" when it is one)
    carried: float  # share of the source's paragraphs the copy carries

    def sources_of(self, copy_paragraph: int) -> tuple[int, ...]:
        return self.links[copy_paragraph].sources

    def to_dict(self) -> dict[str, Any]:
        return {"links": [x.to_dict() for x in self.links], "not_carried": list(self.not_carried),
                "is_copy": self.is_copy, "reason": self.reason, "carried": self.carried}


def _weights(docs: list[Counter[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    return {t: math.log(1 + n / c) for t, c in df.items()}


def _norm(d: Counter[str], w: dict[str, float]) -> float:
    return math.sqrt(sum((w[t] * min(c, 2)) ** 2 for t, c in d.items()))


def _cos(a: Counter[str], b: Counter[str], w: dict[str, float], na: float, nb: float) -> float:
    if not na or not nb:
        return 0.0
    small, big = (a, b) if len(a) < len(b) else (b, a)
    dot = sum((w[t] * min(c, 2)) * (w[t] * min(big[t], 2)) for t, c in small.items() if t in big)
    return dot / (na * nb)


def align_copy(source: Sequence[str], copy: Sequence[str]) -> CopyAlignment:
    """Link each of ``copy``'s paragraphs to the ``source`` paragraphs it derives from."""
    sd = [Counter(content_stems(p)) for p in source]
    cd = [Counter(content_stems(p)) for p in copy]
    w = _weights(sd + cd)
    sn = [_norm(d, w) for d in sd]
    ss = [(j, Counter(content_stems(s))) for j, p in enumerate(source) for s in sentences(p)]
    ssn = [_norm(d, w) for _, d in ss]
    links: list[Link] = []
    other = _other_language(source, copy)
    for i, c in enumerate(cd):
        cn = _norm(c, w)
        scores = sorted(((_cos(c, s, w, cn, sn[j]), j) for j, s in enumerate(sd)), reverse=True)
        if other or not scores:
            links.append(Link(i, (), round(scores[0][0], 3) if scores else 0.0))
            continue
        best, first = scores[0]
        if _heading(copy[i]) and best < HEADING_LINK:
            links.append(Link(i, (), round(best, 3)))
            continue
        chosen: list[int] = []
        covered: set[str] = set()
        total = sum(w[t] for t in c) or 1.0
        if best >= LINK:
            chosen.append(first)
            covered |= set(sd[first])
            for score, j in scores[1:]:
                if len(chosen) >= MAX_SOURCES or score < max(EXTRA_COS, EXTRA_RATIO * best):
                    break
                gain = sum(w[t] for t in c if t in sd[j] and t not in covered) / total
                if gain >= EXTRA_GAIN:
                    chosen.append(j)
                    covered |= set(sd[j])
        if not _heading(copy[i]):
            for j in _sentence_sources(copy[i], ss, ssn, w):
                if j in chosen or len(chosen) >= MAX_SOURCES:
                    continue
                gain = sum(w[t] for t in c if t in sd[j] and t not in covered) / total
                if gain >= SENTENCE_GAIN:
                    chosen.append(j)
                    covered |= set(sd[j])
        links.append(Link(i, tuple(sorted(chosen)), round(best, 3)))
    used = {j for x in links for j in x.sources}
    not_carried = tuple(j for j in range(len(source)) if j not in used)
    words = [sum(d.values()) for d in cd]
    linked = sum(n for n, x in zip(words, links, strict=True) if x.sources)
    share = linked / sum(words) if sum(words) else 0.0
    reason = ""
    if other:
        reason = "in another language (too few English function words to compare paragraphs)"
    elif not any(x.sources for x in links):
        reason = "no paragraph shares enough words with the source"
    elif share < MIN_COPY_SHARE:
        reason = (f"only {share:.0%} of its words are in paragraphs drawn from the source "
                  f"(a copy has at least {MIN_COPY_SHARE:.0%})")
    if reason:
        links = [Link(x.copy, (), x.score) for x in links]
        not_carried = tuple(range(len(source)))
    carried = round(1 - len(not_carried) / len(source), 3) if source else 0.0
    return CopyAlignment(tuple(links), not_carried, not reason, reason, carried)


def _heading(text: str) -> bool:
    """A short line without a sentence's closing mark: a crosshead, a label, a link."""
    return len(words(text)) <= HEADING_WORDS and not text.rstrip().endswith(_CLOSING)


def _sentence_sources(text: str, ss: list[tuple[int, Counter[str]]], ssn: list[float],
                      w: dict[str, float]) -> list[int]:
    """The source paragraph of each of ``text``'s sentences that one source sentence matches
    by :data:`SENTENCE_LINK` (a paragraph that merges two keeps each one's words together in
    a sentence, where the whole paragraph's score is diluted by the other)."""
    out = []
    for sent in sentences(text):
        d = Counter(content_stems(sent))
        if len(d) < SENTENCE_MIN:
            continue
        n = _norm(d, w)
        best, j = max(((_cos(d, s, w, n, ssn[k]), j) for k, (j, s) in enumerate(ss)),
                      default=(0.0, -1))
        if best >= SENTENCE_LINK:
            out.append(j)
    return out


def _other_language(source: Sequence[str], copy: Sequence[str]) -> bool:
    s, c = function_share(" ".join(source)), function_share(" ".join(copy))
    return s >= ENGLISH_SHARE and c < OTHER_LANGUAGE_SHARE
