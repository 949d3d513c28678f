"""A copy's paragraphs linked to the source paragraphs they derive from.

Not version alignment: a copy reorders, merges, splits and paraphrases, so there is no order to
follow and few words in common. Each copy paragraph is scored against every source paragraph by
the weighted cosine of their content-word stems (:mod:`versiontrack.crossoutlet.terms`), the
weight of a stem being its rarity among all paragraphs of both texts (a name or a number shared
by two paragraphs says more than "officials"). A copy paragraph links to its best source
paragraph when the score reaches :data:`LINK`, and to further source paragraphs that add enough
of its words that the first did not explain (a paragraph drawn from two). Anything else is the
copy's own (its furniture, FAQ headings, comments, its own reporting). Thresholds were tuned on
``tests/data/cross-outlet`` (see ``tests/test_cross_outlet_quality.py``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from versiontrack.crossoutlet.terms import content_stems, function_share

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
    links: list[Link] = []
    other = _other_language(source, copy)
    for i, c in enumerate(cd):
        cn = _norm(c, w)
        scores = sorted(((_cos(c, s, w, cn, sn[j]), j) for j, s in enumerate(sd)), reverse=True)
        if other or not scores or scores[0][0] < LINK:
            links.append(Link(i, (), round(scores[0][0], 3) if scores else 0.0))
            continue
        best, first = scores[0]
        chosen = [first]
        covered = set(sd[first])
        total = sum(w[t] for t in c) or 1.0
        for score, j in scores[1:]:
            if len(chosen) >= MAX_SOURCES or score < max(EXTRA_COS, EXTRA_RATIO * best):
                break
            gain = sum(w[t] for t in c if t in sd[j] and t not in covered) / total
            if gain >= EXTRA_GAIN:
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


def _other_language(source: Sequence[str], copy: Sequence[str]) -> bool:
    s, c = function_share(" ".join(source)), function_share(" ".join(copy))
    return s >= ENGLISH_SHARE and c < OTHER_LANGUAGE_SHARE
