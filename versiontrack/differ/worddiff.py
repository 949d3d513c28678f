"""Word-level diffs inside aligned paragraphs, built with diff-match-patch.

Texts are cut into :func:`~versiontrack.normalize.diff_tokens` (words, numbers, single CJK
characters, whitespace runs, single punctuation marks); each distinct token is encoded as one
character so diff-match-patch runs on tokens, then the result is cleaned up semantically and decoded back to runs with character
offsets into the *real* texts (never the folded ones: a changed comma, digit or capital letter is
always visible).

``Diff_Timeout`` is 0 (no timeout), so the result never depends on the machine's speed. Input is
bounded instead: above :data:`MAX_TOKENS` tokens the texts are first diffed sentence by sentence
and only the changed regions are diffed word by word; a changed region still above the bound is
reported as one deletion and one insertion. Those rules are deterministic, so the same pair always
gives the same ops.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from diff_match_patch import diff_match_patch

from versiontrack.models import WordOp
from versiontrack.normalize import diff_sentences, diff_tokens

#: Largest token count (both sides together) diffed token by token in one call.
MAX_TOKENS = 900
#: Encoded inputs longer than this (both sides) are cut at unique common tokens first.
ANCHOR_MIN = 40
#: Largest sentence count (both sides together) diffed sentence by sentence.
MAX_SENTENCES = 1500

_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # never let the clock decide what is reported; inputs are bounded instead


def _semantic_noop(diffs: list[tuple[int, str]]) -> bool:
    """True when diff_cleanupSemantic would leave ``diffs`` as they are (False: run it).

    For well-formed diffs (equalities merged; between two equalities a deletion, an insertion,
    or a deletion then an insertion) its three passes change nothing when: no equality is at
    most as long as the larger edit of the group before it and of the group after it (the
    first pass eliminates only such equalities, judged on the groups as they are until one is
    eliminated); no group is a lone edit with an equality on each side (the only thing the
    lossless pass shifts); and no deletion and insertion side by side overlap by half of
    either (the last pass)."""
    n = len(diffs)
    k = 0
    prev = 0  # larger edit of the group before the equality at k (0: none)
    while k < n:
        op, text = diffs[k]
        if not text:
            return False  # not well formed
        if op:
            # A group starts at k: [delete], [insert] or [delete, insert].
            if op < 0 and k + 1 < n and diffs[k + 1][0] > 0:
                dele, ins = text, diffs[k + 1][1]
                end = k + 2
                if not set(dele).isdisjoint(ins):
                    o1 = _DMP.diff_commonOverlap(dele, ins)
                    o2 = _DMP.diff_commonOverlap(ins, dele)
                    o = max(o1, o2)  # the one the pass uses (o1 on a tie: equal)
                    if o >= len(dele) / 2.0 or o >= len(ins) / 2.0:
                        return False
                size = max(len(dele), len(ins))
            else:
                end = k + 1
                if k and end < n and diffs[end][0] == 0:
                    return False  # a lone edit between two equalities
                size = len(text)
            if end < n and diffs[end][0]:
                return False  # not well formed: leave it to diff_cleanupSemantic
            if k and len(diffs[k - 1][1]) <= prev and len(diffs[k - 1][1]) <= size:
                return False  # the equality before this group would go
            prev = size
            k = end
        else:
            if k + 1 < n and not diffs[k + 1][0]:
                return False  # not well formed
            if k == 0:
                prev = 0
            k += 1
    return True


def _anchors(ea: str, eb: str, once: list[str]) -> list[tuple[int, int]]:
    """Positions (in ea, in eb) of the items ``once`` (found exactly once in each) forming the
    longest run increasing in both (patience-style anchors; ties to the earliest)."""
    if not once:
        return []
    # In ea order (an item found once has one position: str.index finds it).
    find_a, find_b = ea.index, eb.index
    pairs = sorted([(find_a(c), find_b(c)) for c in once])
    ys = [y for _, y in pairs]
    if ys == sorted(ys):  # already increasing (positions are distinct): the run is all of them
        return pairs
    tails: list[int] = []  # smallest eb position ending a run of each length
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for idx, (_, y) in enumerate(pairs):
        r = bisect.bisect_left(tails, y)
        prev[idx] = tail_idx[r - 1] if r else -1
        if r == len(tails):
            tails.append(y)
            tail_idx.append(idx)
        else:
            tails[r] = y
            tail_idx[r] = idx
    out = []
    idx = tail_idx[-1]
    while idx >= 0:
        out.append(pairs[idx])
        idx = prev[idx]
    out.reverse()
    return out


def _edit_runs(text: str, only: Iterable[str]) -> dict[int, str]:
    """The maximal runs of ``text`` made of items in ``only``, keyed by how many items not in
    ``only`` come before each run."""
    pos: list[int] = []
    for c in only:
        i = text.find(c)
        while i >= 0:
            pos.append(i)
            i = text.find(c, i + 1)
    pos.sort()
    runs: dict[int, str] = {}
    n = len(pos)
    r = 0
    while r < n:
        start = end = pos[r]
        r += 1
        while r < n and pos[r] == end + 1:
            end += 1
            r += 1
        runs[start - (r - (end - start + 1))] = text[start:end + 1]
    return runs


def _forced_diffs(ea: str, eb: str, only_a: Collection[str],
                  only_b: Collection[str]) -> list[tuple[int, str]] | None:
    """diff_main(ea, eb) when its matching is forced, else None (``only_a``: the items of ea
    not in eb; ``only_b``: of eb not in ea).

    Forced: the items found in both texts come in the same order in each (with the same
    repeats). Then the only longest common subsequence is all of them, the k-th in ea matched
    with the k-th in eb, and diff_main (no timeout: no half-match, every path minimal) finds
    it; cleanupMerge leaves each gap as one deletion then one insertion (their items are found
    in one text only, so no common affix to factor out and no edit ending or starting like an
    equality to shift)."""
    common, common_b = ea, eb
    for c in only_a:
        common = common.replace(c, "")
    for c in only_b:
        common_b = common_b.replace(c, "")
    if common != common_b:
        return None
    dels = _edit_runs(ea, only_a)
    ins = _edit_runs(eb, only_b)
    diffs: list[tuple[int, str]] = []
    last = 0
    for k in sorted({*dels, *ins}):
        if k > last:
            diffs.append((0, common[last:k]))
            last = k
        if k in dels:
            diffs.append((-1, dels[k]))
        if k in ins:
            diffs.append((1, ins[k]))
    if last < len(common):
        diffs.append((0, common[last:]))
    return diffs


def _anchored_diffs(ea: str, eb: str, anchors: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The diff of ``ea`` -> ``eb`` cut at ``anchors``: only the pieces between anchors go
    through diff_main."""
    diffs: list[tuple[int, str]] = []
    anchors.append((len(ea), len(eb)))
    # Everything outside the changed middles of the gaps between anchors is equal: each
    # stretch of it (the gaps' common ends, the anchors, the equal gaps) is one equality,
    # ea[pos:...], as appending and merging its pieces one by one would give.
    pos = 0  # where in ea the equality not yet appended starts
    xa = xb = 0
    for x, y in anchors:
        if x - xa != y - xb or ea[xa:x] != eb[xb:y]:
            ga, gb = ea[xa:x], eb[xb:y]
            p = _common_prefix(ga, gb)
            s = _common_suffix(ga[p:], gb[p:])
            if xa + p > pos:
                diffs.append((0, ea[pos:xa + p]))
            ma, mb = ga[p:len(ga) - s], gb[p:len(gb) - s]
            sa = set(ma)
            if not ma or not mb or (len(ma) == 1 and len(mb) == 1) or sa.isdisjoint(mb):
                # Forced: what diff_main returns (one side empty, or no item in common:
                # diff_compute's, or diff_bisect's pieces merged, delete-and-insert).
                if ma:
                    diffs.append((-1, ma))
                if mb:
                    diffs.append((1, mb))
            else:
                # diff_main's result starts and ends with an edit (ma, mb share no end).
                sb = set(mb)
                gap = _forced_diffs(ma, mb, sa - sb, sb - sa)
                diffs += gap if gap is not None else _DMP.diff_main(ma, mb, False)
            pos = x - s
        xa, xb = x + 1, y + 1
    if pos < len(ea):
        diffs.append((0, ea[pos:]))
    # Well formed as diff_main returns it: equalities merged, each deletion before its
    # insertion, no two edits of the same kind side by side.
    return diffs


def _seq_diff(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, str]]:
    """Diff two token (or sentence) sequences; returns (op, real text) runs, op in -1/0/1.

    Each distinct item is encoded as one character and diff-match-patch's diff of the encoded
    texts is semantically cleaned up. Long inputs are first cut at their unique common items
    (anchors), and only the pieces between anchors go through diff_main; the pieces are joined
    and cleaned up together."""
    keys_a, keys_b = dict.fromkeys(a), dict.fromkeys(b)
    back = list({**keys_a, **keys_b})  # each distinct item in order of first appearance
    if len(back) + 0x100 <= 0xD800:  # always, for the bounded inputs diffed here
        table = dict(zip(back, map(chr, range(0x100, 0x100 + len(back)))))
    else:
        table = {tok: chr(k + 0x100 if k + 0x100 < 0xD800 else k + 0x900)  # skip the surrogates
                 for k, tok in enumerate(back)}
    get = table.__getitem__
    ea, eb = "".join(map(get, a)), "".join(map(get, b))
    # Item sets and counts are taken on the items, not on the encoded texts (iterating a
    # string of non-Latin-1 characters builds one string object per character).
    # A forced diff is also what the anchored route gives: its anchors are common items,
    # matched k-th to k-th, so each gap between them is forced the same way.
    diffs = _forced_diffs(ea, eb, [get(t) for t in keys_a.keys() - keys_b.keys()],
                          [get(t) for t in keys_b.keys() - keys_a.keys()])
    if diffs is None:
        if len(ea) + len(eb) <= ANCHOR_MIN:
            diffs = _DMP.diff_main(ea, eb, False)
        else:
            count_a, count_b = Counter(a), Counter(b)
            once = [get(t) for t, n in count_a.items() if n == 1 and count_b.get(t) == 1]
            diffs = _anchored_diffs(ea, eb, _anchors(ea, eb, once))
    if not _semantic_noop(diffs):
        _DMP.diff_cleanupSemantic(diffs)
    # Each run stands for the next len(run) items of a (equal, delete) and/or b (equal, insert).
    out = []
    pa = pb = 0
    for op, t in diffs:
        n = len(t)
        if not n:
            continue
        if op == 0:
            out.append((0, "".join(a[pa:pa + n])))
            pa += n
            pb += n
        elif op < 0:
            out.append((op, "".join(a[pa:pa + n])))
            pa += n
        else:
            out.append((op, "".join(b[pb:pb + n])))
            pb += n
    return out


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b`` (binary search on C-level compares)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid:la - lo] == b[lb - mid:lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _middle(old: str, new: str) -> tuple[str, list[str], list[str], str]:
    """(common head, tokens of old's changed middle, tokens of new's, common tail).

    Head and tail end/start at a token boundary shared by both texts: a space followed by a
    non-space character is always one (no token holds whitespace and anything else, and a
    whitespace run ends only at a non-space), so only the middles are tokenized. The middles'
    common leading and trailing tokens are moved into the head and tail as well.
    """
    p = _common_prefix(old, new)
    s = _common_suffix(old[p:], new[p:])
    la, lb = len(old), len(new)
    # Prefix boundary k < p: old[k - 1] == " " and old[k] is no whitespace (old[k] == new[k]).
    k = old.rfind(" ", 0, p - 1) + 1 if p > 1 else 0
    while k and old[k].isspace():
        k = old.rfind(" ", 0, k - 1) + 1 if k > 1 else 0
    # Suffix boundary j: old[j - 1] == " " inside the common suffix, old[j] no whitespace.
    j = old.find(" ", la - s) + 1 if s else 0
    while j and j < la and old[j].isspace():
        j = old.find(" ", j) + 1
    if not j:
        j = la
    ta = diff_tokens(old[k:j])
    tb = diff_tokens(new[k:j - la + lb])
    # Tokens never straddle a boundary, so the middles tokenize on their own.
    a = 0
    n = min(len(ta), len(tb))
    while a < n and ta[a] == tb[a]:
        a += 1
    b = 0
    n -= a
    while b < n and ta[-1 - b] == tb[-1 - b]:
        b += 1
    head = old[:k] + "".join(ta[:a]) if a else old[:k]
    tail = "".join(ta[len(ta) - b:]) + old[j:] if b else old[j:]
    return head, ta[a:len(ta) - b], tb[a:len(tb) - b], tail


def _raw_diff(old: str, new: str) -> list[tuple[int, str]]:
    if old == new:
        return [(0, old)] if old else []
    head, ma, mb, tail = _middle(old, new)
    runs: list[tuple[int, str]] = [(0, head)] if head else []
    if not ma or not mb or (len(ma) == 1 and len(mb) == 1) or \
            (len(ma) + len(mb) <= MAX_TOKENS and set(ma).isdisjoint(mb)):
        # The diff is forced (what diff-match-patch would return): no need to run it. Middles
        # sharing no token: diff_main gives one deletion and one insertion (diff_compute's, or
        # diff_bisect's pieces merged), which the semantic cleanup keeps (no equality to drop
        # or shift, no overlap without a shared token).
        if ma:
            runs.append((-1, "".join(ma)))
        if mb:
            runs.append((1, "".join(mb)))
    elif len(ma) + len(mb) <= MAX_TOKENS:
        runs += _seq_diff(ma, mb)
    else:
        mid_a, mid_b = "".join(ma), "".join(mb)
        sa, sb = diff_sentences(mid_a), diff_sentences(mid_b)
        if len(sa) + len(sb) > MAX_SENTENCES:
            runs += [(-1, mid_a), (1, mid_b)]
        else:
            pend_a: list[str] = []
            pend_b: list[str] = []

            def flush() -> None:
                da, db = "".join(pend_a), "".join(pend_b)
                if da and db and len(diff_tokens(da)) + len(diff_tokens(db)) <= MAX_TOKENS:
                    runs.extend(_seq_diff(diff_tokens(da), diff_tokens(db)))
                else:
                    if da:
                        runs.append((-1, da))
                    if db:
                        runs.append((1, db))
                pend_a.clear()
                pend_b.clear()

            for op, text in _seq_diff(sa, sb):
                if op == 0:
                    flush()
                    runs.append((0, text))
                elif op < 0:
                    pend_a.append(text)
                else:
                    pend_b.append(text)
            flush()
    if tail:
        runs.append((0, tail))
    return runs


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """The word-level diff of ``old`` -> ``new`` as runs with offsets into both real texts.

    Applying the ops to ``old`` (keep "equal", drop "delete", add "insert") gives ``new``.
    """
    runs = _raw_diff(old, new)
    # Merge neighbours with the same op (deletions already come before their insertions).
    merged: list[tuple[int, str]] = []
    last = None
    for run in runs:
        if run[0] == last:
            merged[-1] = (last, merged[-1][1] + run[1])
        else:
            merged.append(run)
            last = run[0]
    ops: list[WordOp] = []
    oi = ni = 0
    for op, text in merged:
        n = len(text)
        if op == 0:
            ops.append(WordOp("equal", text, oi, oi + n, ni, ni + n))
            oi += n
            ni += n
        elif op < 0:
            ops.append(WordOp("delete", text, oi, oi + n, ni, ni))
            oi += n
        else:
            ops.append(WordOp("insert", text, oi, oi, ni, ni + n))
            ni += n
    return tuple(ops)


def apply_ops(old: str, ops: Sequence[WordOp]) -> str:
    """Rebuild the new text from ``old`` and a word diff (checks the offsets as it goes)."""
    out = []
    for op in ops:
        if op.op == "equal":
            if old[op.old_start:op.old_end] != op.text:
                raise ValueError("equal run does not match the old text")
            out.append(op.text)
        elif op.op == "delete":
            if old[op.old_start:op.old_end] != op.text:
                raise ValueError("deleted run does not match the old text")
        else:
            out.append(op.text)
    return "".join(out)
