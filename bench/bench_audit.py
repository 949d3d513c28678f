"""Benchmark the audit: one long story, many short ones, and how time grows with versions.

Stories are built from a wire-story-shaped body: the real AP seed's paragraphs, read at run time
from the shared seed folder (``--seeds DIR``; default ``../shared/seeds`` beside the project, then
``/work/shared/seeds``) and never copied into the project, or generated text when the seeds are
absent (the run says which). Each new version makes one realistic edit: a number
changed, a negation added, a paragraph added or removed, a headline rewrite, or a correction note
(AP form) that names the value it fixed; every version has a raw HTML page so the extraction
artefact check runs too. The audit's pure core (:func:`versiontrack.audit.judge.audit_versions`) is
timed, alignment included.

Prints: the time for a 50-version story; the time per story over 1,000 stories of 5 versions;
and ms per transition for stories of 10, 20, 40 and 80 versions with the ratio between the
longest and the shortest (about 1 means linear growth; 8 would be quadratic). Never fails on
time: exits 0. Usage: ``python bench/bench_audit.py [--stories 1000] [--long 50] [--seeds DIR]``.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from versiontrack.audit.judge import audit_versions
from versiontrack.models import Article, Version

ROOT = Path(__file__).resolve().parents[1]
SEED_NAME = "ap-kyiv-military-dialogue.txt"
GENERATED_HEAD = "Council approves the new bridge plan after a long vote"
WORDS = ("council", "bridge", "river", "vote", "million", "schools", "mayor", "budget", "plan",
         "said", "residents", "construction", "week", "officials", "report", "city", "new",
         "state", "year")
T0 = datetime(2026, 2, 5, 9, 0, tzinfo=UTC)


def seed_folder(given: str | None) -> Path:
    if given:
        return Path(given)
    beside = ROOT.parent.parent / "shared" / "seeds"
    return beside if beside.is_dir() else Path("/work/shared/seeds")


def load_seed(folder: Path) -> tuple[str, list[str]] | None:
    """The real seed's headline and long paragraphs, or None when the seed is not there."""
    path = folder / SEED_NAME
    if not path.is_file():
        return None
    art = Article.from_text(path.read_text(encoding="utf-8"))
    paras = [p for p in art.paragraphs
             if len(p.split()) > 12 and not p.startswith("This story corrects")]
    return art.headline, paras[:30]


def base_body(rng: random.Random, seed: tuple[str, list[str]] | None) -> tuple[str, list[str]]:
    if seed is not None:
        return seed[0], list(seed[1])
    return GENERATED_HEAD, [" ".join(rng.choice(WORDS) for _ in range(35)).capitalize()
                            + f" {i}." for i in range(30)]


def raw_page(article: Article) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    return (f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}"
            f"</h1><div class='ad'>Advertisement</div><article>{body}</article></body></html>"
            ).encode()


def edit(rng: random.Random, head: str, paras: list[str], notes: list[str]
         ) -> tuple[str, list[str]]:
    paras = list(paras)
    kind = rng.randrange(6)
    i = rng.randrange(len(paras))
    if kind == 0:  # a number changes, silently
        paras[i] = paras[i] + f" The toll rose to {rng.randrange(10, 999)}."
    elif kind == 1:  # a negation
        paras[i] = paras[i].replace(" said ", " did not say ", 1) if " said " in paras[i] \
            else "Officials did not confirm it. " + paras[i]
    elif kind == 2:
        paras.insert(i, f"Officials said on day {rng.randrange(1, 30)} that talks would resume.")
        if len(paras) > 34:  # keep the story's length steady, so growth measures versions
            del paras[rng.randrange(len(paras))]
    elif kind == 3 and len(paras) > 10:
        del paras[i]
    elif kind == 4:
        head = f"{head.split(':')[0]}: update {rng.randrange(100)}"
    else:  # a disclosed year fix
        year = rng.randrange(1990, 2020)
        paras[i] = paras[i] + f" It happened in {year + 1}."
        del notes[:-2]  # newsrooms keep the latest notes, not an ever-growing list
        notes.append(f"This story corrects an earlier version that said it happened in {year}. "
                     f"It happened in {year + 1}.")
    return head, paras


def story(rng: random.Random, key: str, n: int, seed: tuple[str, list[str]] | None = None
          ) -> list[tuple[Version, Article, bytes]]:
    head, paras = base_body(rng, seed)
    notes: list[str] = []
    out = []
    for k in range(1, n + 1):
        if k > 1:
            head, paras = edit(rng, head, paras, notes)
        body = paras + (["___"] + notes if notes else [])
        article = Article(headline=head, paragraphs=tuple(body), published=T0.isoformat())
        when = (T0 + timedelta(hours=5 * k)).isoformat()
        out.append((Version(key, k, "", when, head, article.words, len(body)), article,
                    raw_page(article)))
    return out


def timed(versions: list[tuple[Version, Article, bytes]]) -> float:
    t = time.perf_counter()
    audit_versions(versions, "strict")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--long", type=int, default=50)
    ap.add_argument("--seeds", help="folder of the shared seed captures (read, never copied)")
    args = ap.parse_args()
    rng = random.Random(7)
    folder = seed_folder(args.seeds)
    seed = load_seed(folder)
    if seed is None:
        print(f"no seed {SEED_NAME} in {folder}: using generated text (pass --seeds DIR)")
    else:
        print(f"body: {len(seed[1])} paragraphs of {folder / SEED_NAME}")

    long_story = story(rng, "long", args.long, seed)
    t_long = min(timed(long_story) for _ in range(3))
    print(f"{args.long}-version story: {t_long * 1000:.1f} ms "
          f"({t_long * 1000 / (args.long - 1):.2f} ms per transition)")

    stories = [story(rng, f"s{i}", 5, seed) for i in range(args.stories)]
    t = time.perf_counter()
    silent = 0
    for s in stories:
        silent += audit_versions(s, "strict").silent
    total = time.perf_counter() - t
    print(f"{args.stories} stories x 5 versions: {total:.2f} s, "
          f"{total * 1000 / args.stories:.2f} ms per story ({silent} silent findings)")

    per: dict[int, float] = {}
    for n in (10, 20, 40, 80):
        s = story(random.Random(n), f"g{n}", n, seed)
        per[n] = min(timed(s) for _ in range(3)) * 1000 / (n - 1)
        print(f"  {n:>3} versions: {per[n]:.2f} ms per transition")
    print(f"growth: per-transition time at 80 versions / at 10 versions = {per[80] / per[10]:.2f} "
          "(1 = linear in versions; 8 would be quadratic)")


if __name__ == "__main__":
    main()
