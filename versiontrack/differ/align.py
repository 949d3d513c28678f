"""Paragraph alignment of two versions of a story: kept, edited, moved, split, merged, added, removed.

How it works (every step is bounded, so a 1,000-paragraph page costs close to linear time):

1. Exact matches on folded text (:func:`versiontrack.normalize.fold`) through a hash table;
   repeated paragraphs are matched in reading order.
2. The remaining paragraphs are paired by word-set overlap: a weighted Dice coefficient over their
   word sets, each word weighted by its rarity in the two versions (so "the" counts for little).
   Candidates come from an inverted index of words found in at most :data:`MAX_POSTINGS`
   paragraphs, plus a few paragraphs at the same place between exact matches; at most
   :data:`MAX_CANDIDATES` are scored per paragraph. Pairs at or above :data:`PAIR_THRESHOLD` are
   taken greedily, best first.
3. Splits and merges: one old paragraph whose words are covered by several consecutive new ones
   (most of each new one's words coming from it) becomes a ``split`` entry when the group matches
   it better than any single paragraph does; ``merged`` is the mirror image.
4. Leftovers at the same place between matched paragraphs are paired at the lower
   :data:`GAP_THRESHOLD` (a rewritten lede keeps its slot); the rest are added or removed.
5. Moves, as in the NewsEdits study: the smallest set of matched entries whose removal leaves the
   rest in order (the complement of a longest increasing subsequence, O(n log n); among equally
   small sets, the one holding the least text) is flagged ``moved``.

Then each entry gets a word diff (:func:`versiontrack.differ.worddiff.word_diff`) and its labels
(:func:`versiontrack.differ.classify.classify`).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce
from itertools import chain, repeat
from operator import add

from versiontrack.differ.classify import change_labels, classify
from versiontrack.differ.worddiff import word_diff
from versiontrack.models import Alignment, Article, Change
from versiontrack.normalize import fold, overlap_word_sets

PAIR_THRESHOLD = 0.45
SLOT_THRESHOLD = 0.7
GAP_THRESHOLD = 0.25
SPLIT_CONTAINMENT = 0.6
ADJACENT_CONTAINMENT = 0.45
MAX_POSTINGS = 24
MAX_CANDIDATES = 8
GAP_NEIGHBOURS = 3
#: How far the in-order walk of a gap looks ahead on each side for the paragraph to realign on.
WALK_LOOKAHEAD = 4


@dataclass
class _Entry:
    kind: str
    old: list[int]
    new: list[int]
    moved: bool = False
    similarity: float = 1.0


#: Weights are logs of (1 + paragraphs / paragraphs holding the word) >= log 2 > 0.5, so each
#: is a whole multiple of 2**-53 (and so is the default 1.0): scaled by 2**53 they are exact
#: integers. A sum of the integers divided by 2**53 is the exact sum correctly rounded (int / int
#: is), the same float math.fsum gives, whatever the (hash-seeded) order of the words; and the
#: weight of an intersection is the total less the weight of the difference, exactly.
_ONE = 2 ** 53
#: 1e-9 (a hair more) in units of 2**-53.
_ROUND_MARGIN = 9_007_200
#: Below 2**22 (in units of 2**-53), 9-digit decimals 1e-9 apart are distinct floats.
_ROUND_SAFE = _ONE << 22


@dataclass
class _Ctx:
    old_sets: list[frozenset[str]]
    new_sets: list[frozenset[str]]
    weight: dict[str, float]
    iweight: dict[str, int] = field(default_factory=dict)  # weight * 2**53, exact
    cache: dict[tuple[int, int], tuple[float, float, float]] = field(default_factory=dict)
    # isum of each paragraph's words, filled in once the weights are known.
    old_tot: list[int] = field(default_factory=list)
    new_tot: list[int] = field(default_factory=list)

    def isum(self, words: frozenset[str] | set[str]) -> int:
        return sum(map(self.iweight.get, words, repeat(_ONE)))

    def wsum(self, words: frozenset[str] | set[str]) -> float:
        # math.fsum(map(self.weight.get, words, repeat(1.0))), exactly (see _ONE).
        return self.isum(words) / _ONE

    def sim(self, o: int, n: int) -> tuple[float, float, float]:
        """(dice, share of new's words found in old, share of old's words found in new)."""
        got = self.cache.get((o, n))
        if got is not None:
            return got
        wa = self.old_tot[o]
        inter_i = 0
        if wa and self.new_tot[n]:
            a = self.old_sets[o]
            common = a & self.new_sets[n]
            # Whichever of the intersection and old's remainder has fewer words to add up.
            inter_i = wa - self.isum(a - common) if 2 * len(common) > len(a) \
                else self.isum(common)
        return self.put(o, n, inter_i)

    def put(self, o: int, n: int, inter_i: int) -> tuple[float, float, float]:
        """Record sim(o, n), given the isum of the words the two paragraphs share."""
        wa, wb = self.old_tot[o], self.new_tot[n]
        if not wa or not wb:
            got = (0.0, 0.0, 0.0)
        else:
            inter, fa, fb = inter_i / _ONE, wa / _ONE, wb / _ONE
            got = (2 * inter / (fa + fb), inter / fb, inter / fa)
        self.cache[(o, n)] = got
        return got


def _overlap(ctx: _Ctx, a: frozenset[str] | set[str], b: frozenset[str] | set[str],
             wa: float | None = None, wb: float | None = None) -> tuple[float, float, float]:
    wa = ctx.wsum(a) if wa is None else wa
    wb = ctx.wsum(b) if wb is None else wb
    if not wa or not wb:
        return 0.0, 0.0, 0.0
    inter = ctx.wsum(a & b)
    return 2 * inter / (wa + wb), inter / wb, inter / wa


def _gap_bounds(match: list[int], size_other: int) -> tuple[list[int], list[int]]:
    """For each index, the matched partner of the nearest matched index before and after it."""
    n = len(match)
    lo = [-1] * n
    hi = [size_other] * n
    last = -1
    for i in range(n):
        lo[i] = last
        if match[i] >= 0:
            last = match[i]
    nxt = size_other
    for i in range(n - 1, -1, -1):
        hi[i] = nxt
        if match[i] >= 0:
            nxt = match[i]
    return lo, hi


def _candidates(ctx: _Ctx, queries: list[int], queries_new: bool, targets: list[int],
                gap_lo: list[int], gap_hi: list[int], df: Counter[str], target_dups: int
                ) -> dict[int, list[int]]:
    """Bounded candidate targets for each query paragraph (rare shared words, same gap), from
    the new version when ``queries_new``, else from the old one. ``df``: how many distinct texts
    hold each word; ``target_dups``: how many targets repeat the text of another target. Records
    the sim of each query and its best candidates in ``ctx`` along the way."""
    if not queries:
        return {}
    query_sets, target_sets = (ctx.new_sets, ctx.old_sets) if queries_new \
        else (ctx.old_sets, ctx.new_sets)
    # The words the queries hold that more than MAX_POSTINGS targets hold: they do not score.
    # A word is held by at most df + target_dups targets, so only a few (or, with few targets,
    # no) words need counting.
    common: set[str] = set()
    if len(targets) > MAX_POSTINGS:
        wanted = frozenset().union(*(query_sets[q] for q in queries))
        frequent = {w for w in wanted if df[w] + target_dups > MAX_POSTINGS}
        if frequent:
            held = Counter(chain.from_iterable([target_sets[t] & frequent for t in targets]))
            common = {w for w, c in held.items() if c > MAX_POSTINGS}
    sorted_targets = sorted(targets)
    tsets = [(t, target_sets[t]) for t in targets]
    get = ctx.weight.__getitem__
    iget = ctx.iweight.__getitem__
    out: dict[int, list[int]] = {}
    for q in queries:
        qs = query_sets[q] - common if common else query_sets[q]
        # Exact shared weight first (integers, see _ONE), to find the few targets that can rank
        # among the best MAX_CANDIDATES.
        exact: list[tuple[int, int, frozenset[str]]] = []
        for t, ts in tsets:
            shared = qs & ts
            if shared:
                exact.append((-sum(map(iget, shared)), t, shared))
        if len(exact) > MAX_CANDIDATES:
            exact.sort()
            last = -exact[MAX_CANDIDATES - 1][0]
            if last < _ROUND_SAFE:
                # A float sum of k positive weights is within 1.01 * k * 2**-53 of the exact sum
                # (relative), and values more than 1e-9 apart round apart at 9 digits. So a target
                # lighter than the MAX_CANDIDATES-th by more than this margin scores below all the
                # ones before it.
                floor = last - _ROUND_MARGIN - ((3 * len(qs) * last) >> 53) - 1
                cut = MAX_CANDIDATES
                while cut < len(exact) and -exact[cut][0] >= floor:
                    cut += 1
                del exact[cut:]
        q_common = query_sets[q] & common if common else None
        scored: list[tuple[float, int]] = []
        for minus_inter, t, shared in exact:
            # The score: words in sorted order, so each one is summed in the same order on every
            # run (left to right from 0.0, as a loop of += would).
            scored.append((-round(reduce(add, map(get, sorted(shared)), 0.0), 9), t))
            # The pair's sim is needed later: its shared weight is at hand.
            inter = -minus_inter + ctx.isum(q_common & target_sets[t]) if q_common \
                else -minus_inter
            if queries_new:
                ctx.put(t, q, inter)
            else:
                ctx.put(q, t, inter)
        # Best first, ties to the lower index (targets are distinct: plain tuple order).
        scored.sort()
        cands = [t for _, t in scored[:MAX_CANDIDATES]]
        # The unmatched targets lying in the same gap between exact matches, nearest first.
        lo, hi = gap_lo[q], gap_hi[q]
        if lo < hi:
            a = bisect.bisect_right(sorted_targets, lo)
            b = bisect.bisect_left(sorted_targets, hi)
            if a < b:
                gap = sorted_targets[a:b]
                if len(gap) > 2 * GAP_NEIGHBOURS:
                    gap = gap[:GAP_NEIGHBOURS] + gap[-GAP_NEIGHBOURS:]
                for t in gap:
                    if t not in cands:
                        cands.append(t)
        out[q] = cands
    return out


def _heaviest_increasing(items: list[tuple[int, float]]) -> set[int]:
    """Indexes of ``items`` ((key, weight), in order) forming the heaviest strictly increasing run
    of keys. Weights put the count first, so this is a longest increasing subsequence that keeps
    the most text in place among the longest ones. O(n log n) with a Fenwick tree of maxima."""
    if not items:
        return set()
    ks = [k for k, _ in items]
    if ks == sorted(ks) and len(set(ks)) == len(ks):
        # Strictly increasing already: taking them all is the only heaviest run (weights are
        # positive, and whole numbers here, so the sums are exact).
        return set(range(len(items)))
    keys = sorted({k for k, _ in items})
    rank = {k: i + 1 for i, k in enumerate(keys)}
    size = len(keys)
    tree_val = [0.0] * (size + 1)
    tree_idx = [-1] * (size + 1)
    prev = [-1] * len(items)
    best_val, best_idx = 0.0, -1
    for i, (k, w) in enumerate(items):
        r = rank[k] - 1  # strictly smaller keys: ranks 1..r
        v, j = 0.0, -1
        x = r
        while x > 0:
            if tree_val[x] > v:
                v, j = tree_val[x], tree_idx[x]
            x -= x & -x
        total = v + w
        prev[i] = j
        if total > best_val:
            best_val, best_idx = total, i
        x = rank[k]
        while x <= size:
            if total > tree_val[x]:
                tree_val[x], tree_idx[x] = total, i
            x += x & -x
    keep = set()
    i = best_idx
    while i >= 0:
        keep.add(i)
        i = prev[i]
    return keep


def _align_entries(old: Sequence[str], new: Sequence[str]) -> list[_Entry]:
    fo = list(map(fold, old))
    # Most new paragraphs are old ones: fold each text once.
    folded = dict(zip(old, fo))
    fn = [folded[p] if p in folded else fold(p) for p in new]
    m, k = len(fo), len(fn)
    match_old = [-1] * m  # index of the new paragraph matched exactly
    match_new = [-1] * k
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(fo):
        by_text[f].append(i)
    new_count = Counter(fn)
    # Texts found once on each side first: they anchor where repeated ones should go.
    repeated: list[int] = []
    for j, f in enumerate(fn):
        olds = by_text.get(f)
        if not olds:
            continue
        if len(olds) == 1 and new_count[f] == 1:
            match_old[olds[0]], match_new[j] = j, olds[0]
        else:
            repeated.append(j)
    if repeated:
        # Each copy of a repeated text goes to a free old copy that sits between the same
        # unique anchors when there is one (nearest to where the anchor before it points),
        # else to the nearest free copy.
        lo, hi = _gap_bounds(match_new, m)
        want = [0] * k
        last_j, last_i = -1, -1
        for j in range(k):
            want[j] = j - last_j + last_i if last_j >= 0 else j
            if match_new[j] >= 0:
                last_j, last_i = j, match_new[j]
        free: dict[str, list[int]] = {f: list(v) for f, v in by_text.items()}
        for in_gap_only in (True, False):
            for j in repeated:
                olds = free[fn[j]]
                if match_new[j] >= 0 or not olds:
                    continue
                pool = [i for i in olds if lo[j] < i < hi[j]] if in_gap_only else olds
                if not pool:
                    continue
                i = min(pool, key=lambda x: (abs(x - want[j]), x))
                olds.remove(i)
                match_old[i], match_new[j] = j, i
    entries: list[_Entry] = [_Entry("kept", [i], [match_old[i]]) for i in range(m)
                             if match_old[i] >= 0]
    un_old = [i for i in range(m) if match_old[i] < 0]
    un_new = [j for j in range(k) if match_new[j] < 0]
    if un_old and un_new:
        entries += _pair_changed(fo, fn, match_old, match_new, un_old, un_new)
    else:
        entries += [_Entry("removed", [i], [], similarity=0.0) for i in un_old]
        entries += [_Entry("added", [], [j], similarity=0.0) for j in un_new]
    _mark_moves(entries, old, new, fo, fn)
    return entries


def _pair_changed(fo: list[str], fn: list[str], match_old: list[int], match_new: list[int],
                  un_old: list[int], un_new: list[int]) -> list[_Entry]:
    # Rarity weights over the distinct paragraphs of both versions.
    texts = list(dict.fromkeys(chain(fo, fn)))
    sets = overlap_word_sets(texts)
    df: Counter[str] = Counter(chain.from_iterable(sets))
    total = max(1, len(texts))
    set_of = dict(zip(texts, sets))
    empty: frozenset[str] = frozenset()
    old_sets = [set_of[f] if match_old[i] < 0 else empty for i, f in enumerate(fo)]
    new_sets = [set_of[f] if match_new[j] < 0 else empty for j, f in enumerate(fn)]
    # Only the words of unmatched paragraphs are ever weighed.
    words = frozenset().union(*old_sets, *new_sets)
    counts = list(map(df.__getitem__, words))
    # One log per distinct document frequency.
    log_of = {d: math.log(1.0 + total / d) for d in set(counts)}
    weight = dict(zip(words, map(log_of.__getitem__, counts)))
    int_of = {d: int(v * _ONE) for d, v in log_of.items()}
    ctx = _Ctx(old_sets, new_sets, weight, dict(zip(words, map(int_of.__getitem__, counts))))
    ctx.old_tot = [ctx.isum(s) if s else 0 for s in old_sets]
    ctx.new_tot = [ctx.isum(s) if s else 0 for s in new_sets]

    # Fast path: in a gap between two exact matches that stayed in order, paragraphs that are
    # clearly the same (word overlap >= SLOT_THRESHOLD) are paired in reading order.
    pair_of_old: dict[int, int] = {}
    pair_of_new: dict[int, int] = {}
    for olds, news in _segments(match_old, match_new, fo):
        # Walk both runs in step; skip one paragraph on a side only when that alone realigns
        # the walk (skipping on either side would: leave it to the general pairing below).
        a = b = 0
        while a < len(olds) and b < len(news):
            i, j = olds[a], news[b]
            if ctx.sim(i, j)[0] >= SLOT_THRESHOLD:
                pair_of_old[i], pair_of_new[j] = j, i
                a, b = a + 1, b + 1
                continue
            # The nearest realignment within WALK_LOOKAHEAD paragraphs on one side.
            skip_new = skip_old = False
            for d in range(1, WALK_LOOKAHEAD + 1):
                skip_new = b + d < len(news) and ctx.sim(i, news[b + d])[0] >= SLOT_THRESHOLD
                skip_old = a + d < len(olds) and ctx.sim(olds[a + d], j)[0] >= SLOT_THRESHOLD
                if skip_new or skip_old:
                    break
            if skip_new and not skip_old:
                b += d
            elif skip_old and not skip_new:
                a += d
            else:
                a, b = a + 1, b + 1
    rest_old = [i for i in un_old if i not in pair_of_old]
    rest_new = [j for j in un_new if j not in pair_of_new]

    old_lo, old_hi = _gap_bounds(match_new, len(fo))  # gap in old coordinates, per new index
    new_lo, new_hi = _gap_bounds(match_old, len(fn))
    # Only the leftovers look for partners, but among all unmatched paragraphs: a leftover may
    # be the second half of a paragraph paired above (a split).
    cand_new = _candidates(ctx, rest_new, True, un_old, old_lo, old_hi,
                           df, len(un_old) - len({fo[i] for i in un_old}))
    cand_old = _candidates(ctx, rest_old, False, un_new, new_lo, new_hi,
                           df, len(un_new) - len({fn[j] for j in un_new}))
    pairs: set[tuple[int, int]] = set()
    for j, cs in cand_new.items():
        pairs.update((i, j) for i in cs)
    for i, cs in cand_old.items():
        pairs.update((i, j) for j in cs)

    # Best first; ties go to the pair nearest the diagonal, then the earlier one (the same
    # order whichever version is called old, so swapping the versions mirrors the result).
    # Pairs rounding below GAP_THRESHOLD are left out: both passes over them stop there.
    scored: list[tuple[float, int, int, int, int]] = []
    for i, j in pairs:
        dice = ctx.sim(i, j)[0]
        if dice >= GAP_THRESHOLD - 1e-9:
            scored.append((round(dice, 9), -abs(i - j), -(i + j), i, j))
    scored.sort(reverse=True)
    for dice, _, _, i, j in scored:
        if dice < PAIR_THRESHOLD:
            break
        if i not in pair_of_old and j not in pair_of_new:
            pair_of_old[i], pair_of_new[j] = j, i

    entries: list[_Entry] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    # Splits (one old paragraph -> consecutive new ones, each mostly made of its words) and
    # merges (the mirror image), taken best first so that neither kind has precedence.
    groups: list[tuple[float, int, list[int], list[int]]] = []
    group_new = _groups(ctx, True, un_new, pair_of_new, pair_of_old, cand_new)
    for i, js in group_new.items():
        single = ctx.sim(i, pair_of_old[i])[0] if i in pair_of_old else 0.0
        union: set[str] = set().union(*(new_sets[j] for j in js))
        dice, _, cover = _overlap(ctx, old_sets[i], union)
        if dice > single and dice >= PAIR_THRESHOLD and cover >= 0.5:
            groups.append((round(dice, 9), -(i + sum(js)), [i], js))
    group_old = _groups(ctx, False, un_old, pair_of_old, pair_of_new, cand_old)
    for j, is_ in group_old.items():
        single = ctx.sim(pair_of_new[j], j)[0] if j in pair_of_new else 0.0
        union = set().union(*(old_sets[i] for i in is_))
        dice, cover, _ = _overlap(ctx, union, new_sets[j])
        if dice > single and dice >= PAIR_THRESHOLD and cover >= 0.5:
            groups.append((round(dice, 9), -(j + sum(is_)), is_, [j]))
    groups.sort(reverse=True)
    for dice, _, is_, js in groups:
        if used_old.intersection(is_) or used_new.intersection(js):
            continue
        entries.append(_Entry("split" if len(js) > 1 else "merged", is_, js, similarity=dice))
        used_old.update(is_)
        used_new.update(js)
    for i, j in pair_of_old.items():
        if i not in used_old and j not in used_new:
            entries.append(_Entry("edited", [i], [j], similarity=ctx.sim(i, j)[0]))
            used_old.add(i)
            used_new.add(j)
    # Leftovers in the same slot between matched paragraphs: a rewrite that kept its place.
    # "Same slot" is checked from both sides, so swapping the versions mirrors the result.
    partner = list(match_old)
    partner_new = list(match_new)
    for e in entries:
        for a in e.old:
            partner[a] = e.new[0]
        for b in e.new:
            partner_new[b] = e.old[0]
    before, after = _neighbours(partner)
    before_n, after_n = _neighbours(partner_new)
    for dice, _, _, i, j in scored:
        if dice < GAP_THRESHOLD:
            break
        if old_lo[j] < i < old_hi[j] and i not in used_old and j not in used_new and \
                before[i] < j and (after[i] < 0 or after[i] > j) and \
                before_n[j] < i and (after_n[j] < 0 or after_n[j] > i):
            entries.append(_Entry("edited", [i], [j], similarity=dice))
            used_old.add(i)
            used_new.add(j)
    entries += [_Entry("removed", [i], [], similarity=0.0) for i in un_old if i not in used_old]
    entries += [_Entry("added", [], [j], similarity=0.0) for j in un_new if j not in used_new]
    return entries


def _segments(match_old: list[int], match_new: list[int], fo: list[str]
              ) -> list[tuple[list[int], list[int]]]:
    """The unmatched paragraphs between consecutive exact matches that stayed in order (a
    longest increasing chain of them), as (old indexes, new indexes) per gap."""
    anchors = [(i, j) for i, j in enumerate(match_old) if j >= 0]
    # Longest chain first; among those, the one keeping the most text, then the one nearest the
    # diagonal: the same chain whichever version is called old.
    js = [j for _, j in anchors]
    if all(map(int.__lt__, js, js[1:])):
        chain = anchors  # all in order: the only longest chain, no need to weigh them
    else:
        keep = _heaviest_increasing(
            [(j, 1e9 + len(fo[i]) * 1e3 - min(abs(i - j), 999)) for i, j in anchors])
        chain = [anchors[k] for k in sorted(keep)]
    out: list[tuple[list[int], list[int]]] = []
    prev_i = prev_j = -1
    for i, j in [*chain, (len(match_old), len(match_new))]:
        olds = [x for x in range(prev_i + 1, i) if match_old[x] < 0]
        news = [y for y in range(prev_j + 1, j) if match_new[y] < 0]
        if olds or news:
            out.append((olds, news))
        prev_i, prev_j = i, j
    return out


def _neighbours(partner: list[int]) -> tuple[list[int], list[int]]:
    """For each index of one side, the partner of the nearest matched paragraph before/after."""
    n = len(partner)
    before, after = [-1] * n, [-1] * n
    last = -1
    for i in range(n):
        before[i] = last
        if partner[i] >= 0:
            last = partner[i]
    last = -1
    for i in range(n - 1, -1, -1):
        after[i] = last
        if partner[i] >= 0:
            last = partner[i]
    return before, after


def _groups(ctx: _Ctx, this_new: bool, unmatched: list[int], pair_of_this: dict[int, int],
            pair_of_other: dict[int, int], cands: dict[int, list[int]]
            ) -> dict[int, list[int]]:
    """Runs of consecutive paragraphs of one side that each come mostly from one paragraph of the
    other side: {other index: [this indexes]} for runs of two or more (the run holding the
    other paragraph's 1:1 partner when it has one, else the longest). "This" side is the new
    version when ``this_new``."""
    owned: dict[int, list[int]] = defaultdict(list)
    for t in unmatched:
        if t in pair_of_this:
            owned[pair_of_this[t]].append(t)
            continue
        best, best_c = -1, 0.0
        for o in cands.get(t, ()):
            # How much of t's words come from o.
            c = ctx.sim(o, t)[1] if this_new else ctx.sim(t, o)[2]
            # Next to the paragraph the other one was paired with, less evidence is needed.
            need = ADJACENT_CONTAINMENT if abs(pair_of_other.get(o, -9) - t) == 1 \
                else SPLIT_CONTAINMENT
            if c >= need and c > best_c:
                best, best_c = o, c
        if best >= 0:
            owned[best].append(t)
    out: dict[int, list[int]] = {}
    for o, ts in owned.items():
        if len(ts) < 2:
            continue
        ts.sort()
        runs: list[list[int]] = [[ts[0]]]
        for t in ts[1:]:
            if t == runs[-1][-1] + 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        if o in pair_of_other:
            run = next(r for r in runs if pair_of_other[o] in r)
        else:
            run = max(runs, key=len)
        if len(run) >= 2:
            out[o] = run
    return out


def _word_count(text: str, folded: str) -> int:
    """``len(text.split())``: on ASCII text ``folded`` is ``" ".join(text.split())``."""
    if text.isascii():
        return folded.count(" ") + 1 if folded else 0
    return len(text.split())


def _mark_moves(entries: list[_Entry], old: Sequence[str], new: Sequence[str],
                fo: Sequence[str], fn: Sequence[str]) -> None:
    matched = [e for e in entries if e.old and e.new]
    matched.sort(key=lambda e: (e.new[0], e.old[0]))
    firsts = [e.old[0] for e in matched]
    if all(map(int.__lt__, firsts, firsts[1:])):
        return  # all in order: nothing moved (entries start unmoved), no need to weigh them
    items = []
    for e in matched:
        if len(e.old) == 1 and len(e.new) == 1:
            i, j = e.old[0], e.new[0]
            words = _word_count(old[i], fo[i])
            words += words if new[j] == old[i] else _word_count(new[j], fn[j])
        else:
            words = sum(_word_count(old[i], fo[i]) for i in e.old) + \
                sum(_word_count(new[j], fn[j]) for j in e.new)
        items.append((e.old[0], 1_000_000.0 + min(words, 999_999)))
    keep = _heaviest_increasing(items)
    for idx, e in enumerate(matched):
        e.moved = idx not in keep


def _order(entries: list[_Entry]) -> list[_Entry]:
    """Reading order of the new version; removed paragraphs go where they were."""
    with_new = sorted((e for e in entries if e.new), key=lambda e: (e.new[0], e.old[:1]))
    removed = sorted((e for e in entries if not e.new), key=lambda e: e.old[0])
    # Position of each old paragraph's entry, for entries that did not move.
    pos_of_old: dict[int, int] = {}
    for pos, e in enumerate(with_new):
        if not e.moved:
            for i in e.old:
                pos_of_old[i] = pos
    keyed: list[tuple[float, int, _Entry]] = [(float(p), 0, e) for p, e in enumerate(with_new)]
    olds_sorted = sorted(pos_of_old)
    for e in removed:
        i = e.old[0]
        at = bisect.bisect_left(olds_sorted, i)
        anchor = pos_of_old[olds_sorted[at - 1]] if at > 0 else -1
        keyed.append((anchor + 0.5, i, e))
    keyed.sort(key=lambda t: (t[0], t[1]))
    return [e for _, _, e in keyed]


def _make_change(e: _Entry, old: Sequence[str], new: Sequence[str]) -> Change:
    eo, en = e.old, e.new
    old_text = old[eo[0]] if len(eo) == 1 else "\n".join(old[i] for i in eo)
    new_text = new[en[0]] if len(en) == 1 else "\n".join(new[j] for j in en)
    ops = word_diff(old_text, new_text) if e.old and e.new and old_text != new_text else ()
    sim = 1.0 if e.kind == "kept" else round(e.similarity, 4)
    old_t, new_t = tuple(e.old), tuple(e.new)
    labels, reasons = change_labels(e.kind, old_t, new_t, old_text, new_text, ops, e.moved)
    return Change(kind=e.kind, old=old_t, new=new_t, old_text=old_text, new_text=new_text,
                  ops=ops, labels=labels, reasons=reasons, moved=e.moved, similarity=sim)


def _field_change(name: str, old: str, new: str) -> Change | None:
    if old == new:
        return None
    kind = "edited" if old and new else ("added" if new else "removed")
    ops = word_diff(old, new)
    ch = Change(kind=kind, old=(), new=(), old_text=old, new_text=new, ops=ops, field=name,
                similarity=0.0 if kind != "edited" else 1.0)
    ch = classify(ch)
    if kind != "edited":
        ch = dataclasses.replace(ch, labels=tuple(dict.fromkeys((*ch.labels, name))))
    return ch


def align_paragraphs(old: Sequence[str], new: Sequence[str]) -> Alignment:
    """Align two lists of paragraphs (no headline/byline)."""
    old_t, new_t = tuple(old), tuple(new)
    entries = _order(_align_entries(old_t, new_t))
    changes = tuple(_make_change(e, old_t, new_t) for e in entries)
    return Alignment(old_paragraphs=old_t, new_paragraphs=new_t, changes=changes)


def align(old: Article, new: Article) -> Alignment:
    """Align two versions: every paragraph of both in exactly one entry, headline and byline
    changes in their own entries, each entry word-diffed and labelled."""
    body = align_paragraphs(old.paragraphs, new.paragraphs)
    return Alignment(
        old_paragraphs=body.old_paragraphs, new_paragraphs=body.new_paragraphs,
        changes=body.changes,
        headline=_field_change("headline", old.headline, new.headline),
        byline=_field_change("byline", old.byline, new.byline),
    )
