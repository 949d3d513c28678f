"""Paragraph alignment: kinds, moves, split/merge, reading order, bad input in bounded time."""

from __future__ import annotations

import json
import time

from versiontrack.differ.align import align, align_paragraphs
from versiontrack.differ.worddiff import apply_ops
from versiontrack.models import Alignment, Article
from versiontrack.render.text import change_summary

P = [
    ("TARNHOLM, Veldra (AP) — Veldra and Marosk agreed Thursday to reopen their joint border "
    "commission for the first time in more than four years."),
    ("The commission stopped meeting in the spring of 2019, as relations between Tarnholm and "
    "Dunevar soured ahead of the armed clashes in the Halvard Valley in October 2020."),
    ("The reopened commission will give both sides a standing place to settle quarrels, the "
    "Coastal League's mediation office said in a statement."),
    ("Smuggling crews stepped up their trips over the mountain passes in an apparent bid to beat "
    "the new checks and to test the patience of the patrols."),
    "Veldra leased the Halvard Valley to Marosk in 1994 and has since built new posts on its side.",
]


def accounted(a: Alignment) -> None:
    olds = sorted(i for c in a.changes for i in c.old)
    news = sorted(j for c in a.changes for j in c.new)
    assert olds == list(range(len(a.old_paragraphs)))
    assert news == list(range(len(a.new_paragraphs)))


def test_identical_versions_are_all_kept() -> None:
    a = align_paragraphs(P, P)
    accounted(a)
    assert [c.kind for c in a.changes] == ["kept"] * len(P)
    assert not any(c.changed for c in a.changes)
    assert change_summary(a) == "no change"


def test_edit_split_merge_add_remove() -> None:
    new = [
        P[0].replace("four", "five"),
        "The commission stopped meeting in the spring of 2019.",
        ("Relations between Tarnholm and Dunevar soured ahead of the armed clashes in the Halvard "
        "Valley in October 2020."),
        P[2] + " " + P[3],
        "This is an update paragraph about an entirely separate matter in Brussels.",
    ]
    a = align_paragraphs(P, new)
    accounted(a)
    got = {(c.kind, c.old, c.new) for c in a.changes}
    assert ("edited", (0,), (0,)) in got
    assert ("split", (1,), (1, 2)) in got
    assert ("merged", (2, 3), (3,)) in got
    assert ("added", (), (4,)) in got
    assert ("removed", (4,), ()) in got
    edited = next(c for c in a.changes if c.kind == "edited")
    assert "number" in edited.labels and apply_ops(edited.old_text, edited.ops) == edited.new_text
    # Reading order: new positions ascend; the removed paragraph sits where it was (at the end).
    assert [c.kind for c in a.changes][-2:] in (["added", "removed"], ["removed", "added"])
    assert "+1 ¶" in change_summary(a) and "\u22121 ¶" in change_summary(a)


def test_removed_paragraph_stays_in_place() -> None:
    a = align_paragraphs(P, [P[0], P[1], P[3], P[4]])
    assert [(c.kind, c.old) for c in a.changes] == [
        ("kept", (0,)), ("kept", (1,)), ("removed", (2,)), ("kept", (3,)), ("kept", (4,))]


def test_pure_reordering_moves_the_fewest() -> None:
    new = [P[0], P[4], P[1], P[2], P[3]]
    a = align_paragraphs(P, new)
    accounted(a)
    assert all(c.kind == "kept" for c in a.changes)
    assert [c.old for c in a.changes if c.moved] == [(4,)]
    rev = align_paragraphs(P, list(reversed(P)))
    assert sum(c.moved for c in rev.changes) == len(P) - 1


def test_layout_only_change_is_not_substantive() -> None:
    new = [p.replace("'", "\u2019").replace(" ", "  ", 1) for p in P]
    a = align(Article("Headline", tuple(P)), Article("Headline", tuple(new)))
    accounted(a)
    assert all(c.kind == "kept" for c in a.changes)
    assert not a.substantive
    changed = [c for c in a.changes if c.changed]
    assert changed and all(c.labels == ("cosmetic",) for c in changed)


def test_json_serialisable_and_change_summary() -> None:
    old = Article("Veldra and Marosk agree", tuple(P), byline="By A")
    new = Article("Veldra and Marosk agree to talk", tuple(P[:4]), byline="By A and B")
    a = align(old, new)
    d = json.loads(json.dumps(a.to_dict()))
    assert d["headline"]["field"] == "headline" and d["byline"]["field"] == "byline"
    assert change_summary(a).startswith("\u22121 ¶")


def test_empty_versions() -> None:
    assert align_paragraphs([], []).changes == ()
    a = align_paragraphs([], P)
    assert [c.kind for c in a.changes] == ["added"] * len(P)
    b = align_paragraphs(P, [])
    assert [c.kind for c in b.changes] == ["removed"] * len(P)
    e = align(Article("", ()), Article("", ()))
    assert e.headline is None and e.changes == ()


def test_one_giant_paragraph_bounded() -> None:
    giant = " ".join(P * 60)
    edited = giant.replace("1994", "1996", 3).replace("Thursday", "Friday")
    t = time.perf_counter()
    a = align_paragraphs([giant], [edited])
    assert time.perf_counter() - t < 5
    (c,) = a.changes
    assert c.kind == "edited" and apply_ops(c.old_text, c.ops) == c.new_text
    assert "date" in c.labels
    # Whole-article versus its paragraphs: a split.
    s = align_paragraphs([" ".join(P)], P)
    assert [c.kind for c in s.changes] == ["split"] and s.changes[0].new == tuple(range(len(P)))


def test_thousands_of_one_word_paragraphs_bounded() -> None:
    words = [f"w{i % 700}" for i in range(4000)]
    new = words[::-1][:3500] + ["extra"] * 10
    t = time.perf_counter()
    a = align_paragraphs(words, new)
    assert time.perf_counter() - t < 10
    accounted(a)


def test_non_latin_scripts() -> None:
    ru = ["Москва и Вашингтон договорились о возобновлении военного диалога.",
          "В результате атаки погибли 5 человек."]
    ru2 = [ru[0], "В результате атаки погибли 6 человек."]
    a = align_paragraphs(ru, ru2)
    assert [c.kind for c in a.changes] == ["kept", "edited"] and "number" in a.changes[1].labels
    ar = ["اتفقت الولايات المتحدة وروسيا على استئناف الحوار العسكري.", "قتل خمسة أشخاص في الهجوم."]
    ar2 = [ar[0], "قتل ستة أشخاص في الهجوم الروسي."]
    b = align_paragraphs(ar, ar2)
    assert [c.kind for c in b.changes] == ["kept", "edited"]
    zh = ["美国和俄罗斯同意恢复高级别军事对话，这是四年多来的首次。", "袭击造成5人死亡，多人受伤。"]
    zh2 = ["美国和俄罗斯同意恢复军事对话，这是四年多来的首次。", "袭击造成6人死亡，多人受伤。"]
    c = align_paragraphs(zh, zh2)
    assert [x.kind for x in c.changes] == ["edited", "edited"]
    assert "number" in c.changes[1].labels
    ops = [o for o in c.changes[0].ops if o.op != "equal"]
    assert [o.text for o in ops] == ["高级别"]  # CJK diffed by character, not as one blob
