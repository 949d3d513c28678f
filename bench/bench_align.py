"""Benchmark the differ: paragraph alignment with word diffs versus a whole-text character diff.

Builds ~1,500-word, ~30-paragraph versions from the seed-derived corpus text and edits them in
three profiles (seeded, so every run measures the same pairs):

- light: a few word changes and one added sentence;
- medium: 2% of the words changed, 2 paragraphs added, 1 removed, 1 moved;
- heavy: 10% of the words changed (spread over most paragraphs), 4 added, 3 removed, 2 moved.

Prints the median time of ``align`` (word diffs and labels included) per profile, the median time
of a whole-text character-level diff-match-patch diff of the same pair (what NewsDiffs did; no
timeout, so it does the whole job), and the ratio. Then a 300-paragraph live blog, a 30-version
story, and pages of 250 to 2,000 paragraphs to show how the cost grows. Figures only: nothing here
gates CI on absolute time.

Usage: python bench/bench_align.py [--quick]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

from diff_match_patch import diff_match_patch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import itertools

from versiontrack.differ.align import align
from versiontrack.models import Article

CORPUS = ROOT / "tests" / "data" / "alignment"


def source_paragraphs() -> list[str]:
    """Realistic news paragraphs: the AP and outlet-B texts of the corpus, deduplicated."""
    seen: dict[str, None] = {}
    for case in ("ap_identical", "b_drone_name", "c_reorder"):
        art = Article.from_text((CORPUS / case / "old.txt").read_text(encoding="utf-8"))
        for p in art.paragraphs:
            if len(p.split()) >= 12:
                seen.setdefault(p, None)
    return list(seen)


def base_version(paras: list[str], words: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    pool = list(paras)
    while sum(len(p.split()) for p in out) < words:
        if not pool:
            pool = list(paras)
        out.append(pool.pop(rng.randrange(len(pool))))
    return out


def change_words(paras: list[str], share: float, rng: random.Random, vocab: list[str],
                 spread: bool) -> list[str]:
    out = [p.split() for p in paras]
    total = sum(len(p) for p in out)
    n = max(1, round(total * share))
    slots = [(i, j) for i, p in enumerate(out) for j in range(len(p))]
    if spread:  # at least one change in most paragraphs, the rest anywhere
        picks = [(i, rng.randrange(len(p))) for i, p in enumerate(out) if rng.random() < 0.85]
        picks += rng.sample(slots, max(0, n - len(picks)))
    else:
        picks = rng.sample(slots, n)
    for i, j in picks:
        out[i][j] = rng.choice(vocab)
    return [" ".join(p) for p in out]


def edit(paras: list[str], profile: str, rng: random.Random, extra: list[str]) -> list[str]:
    vocab = " ".join(paras).split()
    new = list(paras)
    if profile == "light":
        new = change_words(new, 0.002, rng, vocab, spread=False)
        k = rng.randrange(len(new))
        new[k] = new[k] + " Officials said more details would be released on Friday."
        return new
    share, add, remove, move = {"medium": (0.02, 2, 1, 1), "heavy": (0.10, 4, 3, 2)}[profile]
    new = change_words(new, share, rng, vocab, spread=profile == "heavy")
    for _ in range(remove):
        del new[rng.randrange(1, len(new))]
    for _ in range(move):
        p = new.pop(rng.randrange(len(new)))
        new.insert(rng.randrange(len(new) + 1), p)
    for _ in range(add):
        new.insert(rng.randrange(len(new) + 1), rng.choice(extra))
    return new


def median_ms(fn, reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def char_diff_ms(old: str, new: str, reps: int) -> float:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # the whole job, as a fair baseline (the default 1 s would cut it short)
    return median_ms(lambda: dmp.diff_main(old, new), reps)


def article(paras: list[str]) -> Article:
    return Article("Headline", tuple(paras))


def main(quick: bool = False) -> None:
    rng = random.Random(20260205)
    src = source_paragraphs()
    extra = [p + f" (update {k})" for k, p in enumerate(src[:12])]
    reps = 5 if quick else 21
    base = base_version(src, 1500, rng)
    words = sum(len(p.split()) for p in base)
    from versiontrack._build import differ_build

    print(f"{differ_build()} (VERSIONTRACK_PURE=1 measures the plain-Python build)")
    print(f"versions: {len(base)} paragraphs, {words} words\n")
    print(f"{'profile':8} {'align ms':>9} {'char diff ms':>13} {'ratio':>7}  summary")
    for profile in ("light", "medium", "heavy"):
        new = edit(base, profile, random.Random({"light": 1, "medium": 2, "heavy": 3}[profile]), extra)
        old_a, new_a = article(base), article(new)
        a_ms = median_ms(lambda o=old_a, n=new_a: align(o, n), reps)
        c_ms = char_diff_ms("\n".join(base), "\n".join(new), 3 if profile != "light" else reps)
        from versiontrack.render.text import change_summary

        print(f"{profile:8} {a_ms:9.2f} {c_ms:13.1f} {c_ms / a_ms:6.0f}x  "
              f"{change_summary(align(old_a, new_a))}")

    # A 300-paragraph live blog: new posts on top, a few edited, one removed.
    blog = base_version(src, 300 * 45, random.Random(7))[:300]
    blog = [f"{p} [{k}]" for k, p in enumerate(blog)]
    posts = [f"{p} [new {k}]" for k, p in enumerate(extra[:5])]
    blog2 = posts + change_words(blog, 0.003, random.Random(8), " ".join(blog).split(),
                                 spread=False)
    del blog2[150]
    a_ms = median_ms(lambda: align(article(blog), article(blog2)), max(3, reps // 3))
    c_ms = char_diff_ms("\n".join(blog), "\n".join(blog2), 1)
    print(f"\nlive blog, {len(blog)} -> {len(blog2)} paragraphs: align {a_ms:.1f} ms, "
          f"char diff {c_ms:.0f} ms ({c_ms / a_ms:.0f}x)")

    # A story with 30 versions, each a medium-light edit of the one before.
    versions = [base]
    vr = random.Random(30)
    for _ in range(29):
        versions.append(edit(versions[-1], vr.choice(["light", "light", "medium"]), vr, extra))
    arts = [article(v) for v in versions]
    t = time.perf_counter()
    for x, y in itertools.pairwise(arts):
        align(x, y)
    total = (time.perf_counter() - t) * 1000
    print(f"30-version story: 29 transitions in {total:.1f} ms ({total / 29:.2f} ms each)")

    # Growth with page size: medium edits on pages of 250 to 2,000 paragraphs.
    print("\npage size   align ms   ms per 100 paragraphs")
    big_src = base_version(src, 2000 * 45, random.Random(9))
    for n in (250, 500, 1000, 2000):
        page = [f"{p} [{k}]" for k, p in enumerate(big_src[:n])]
        new = change_words(page, 0.02, random.Random(n), " ".join(page).split(), spread=False)
        for _ in range(n // 50):
            p = new.pop(random.Random(n + 1).randrange(len(new)))
            new.insert(random.Random(n + 2).randrange(len(new)), p)
        ms = median_ms(lambda: align(article(page), article(new)), 3)  # noqa: B023
        print(f"{n:9} {ms:10.1f} {ms / n * 100:10.2f}")


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
