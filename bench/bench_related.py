"""Benchmark ``related`` on a synthetic archive of up to 10,000 stories.

Stories are made from a seeded vocabulary: common words drawn by a Zipf law, and for each event
its own names, numbers and rarer words. Each event has a source and two or three copies (its
sentences resampled and a share of the common words replaced); the rest of the archive is
single stories. Stories are spread over 60 days, an event's within a day.

The archive grows in steps (1,000, 2,500, 5,000, 10,000 stories, ingested through the archive's
own batch ingest); after each step the rare-terms index is brought up to date (timed) and 50
sources are queried (median and 95th-percentile time per query), and the share of their event
mates found (recall) and of listed stories that are mates (precision) is printed. Figures only.

Usage: python bench/bench_related.py [--quick]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from versiontrack.archive.plan import IngestItem
from versiontrack.archive.store import Archive
from versiontrack.crossoutlet.relate import RelatedIndex
from versiontrack.models import Article

rng = random.Random(16)
SYL = ["ka", "lo", "mi", "ter", "van", "os", "ru", "bel", "den", "sa", "fi", "gor", "hal", "ne"]
BASE = datetime(2026, 1, 1, tzinfo=UTC)


def word(n: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(n))


COMMON = list(dict.fromkeys(word(rng.randint(2, 3)) for _ in range(4000)))
ZIPF = [1 / (i + 1) for i in range(len(COMMON))]


def common(k: int) -> list[str]:
    return rng.choices(COMMON, weights=ZIPF, k=k)


def event_sentences() -> list[str]:
    names = [word(3).capitalize() for _ in range(6)]
    numbers = [str(rng.randint(10, 99999)) for _ in range(4)]
    rare = [word(4) for _ in range(8)]
    out = []
    for _ in range(14):
        ws = common(12) + rng.sample(names, 2) + rng.sample(rare, 2) + [rng.choice(numbers)]
        rng.shuffle(ws)
        out.append(" ".join(ws).capitalize() + ".")
    return out


def copy_of(sents: list[str]) -> list[str]:
    keep = rng.sample(sents, rng.randint(6, len(sents)))
    out = []
    for s in keep:
        ws = s.rstrip(".").split()
        ws = [rng.choice(COMMON) if w.islower() and rng.random() < 0.3 else w for w in ws]
        out.append(" ".join(ws) + ".")
    return out


def paragraphs(sents: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(sents[i:i + 2]) for i in range(0, len(sents), 2))


def make(n_stories: int) -> tuple[list[tuple[str, Article, str]], dict[str, set[str]]]:
    stories: list[tuple[str, Article, str]] = []
    mates: dict[str, set[str]] = {}
    i = 0
    while len(stories) < n_stories:
        day = BASE + timedelta(days=rng.random() * 60)
        if rng.random() < 0.3:
            sents = event_sentences()
            keys = [f"ev{i}-src"] + [f"ev{i}-copy{j}" for j in range(rng.randint(2, 3))]
            for j, key in enumerate(keys):
                text = sents if j == 0 else copy_of(sents)
                when = day + timedelta(hours=rng.random() * 20)
                stories.append((key, Article(f"Story {key}", paragraphs(text),
                                             url=f"https://o{j}.example/{key}",
                                             outlet=f"o{j}.example"), when.isoformat()))
            for key in keys:
                mates[key] = set(keys) - {key}
        else:
            key = f"single{i}"
            stories.append((key, Article(f"Story {key}", paragraphs(event_sentences()),
                                         url=f"https://s.example/{key}", outlet="s.example"),
                            day.isoformat()))
        i += 1
    return stories[:n_stories], mates


def main() -> None:
    quick = "--quick" in sys.argv
    steps = [500, 1000, 2000] if quick else [1000, 2500, 5000, 10000]
    stories, mates = make(steps[-1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "archive"
        done = 0
        print(f"{'stories':>8} {'ingest s':>9} {'index s':>8} {'query ms p50':>13} "
              f"{'p95':>7} {'recall':>7} {'precision':>9}")
        for step in steps:
            items = [IngestItem(a, b"<html></html>", when, key, a.url, "raw.html")
                     for key, a, when in stories[done:step]]
            t0 = time.perf_counter()
            with Archive.open(path, create=True) as archive:
                archive.ingest_many(items)
            t_ingest = time.perf_counter() - t0
            done = step
            with Archive.open(path) as archive:
                index = RelatedIndex(archive)
                t0 = time.perf_counter()
                index.sync()
                t_index = time.perf_counter() - t0
                present = {k for k, _, _ in stories[:step]}
                sources = [k for k in sorted(present) if k.endswith("-src")][:50]
                times, found, wanted, listed, right = [], 0, 0, 0, 0
                for key in sources:
                    t0 = time.perf_counter()
                    rows = index.related(key)
                    times.append(time.perf_counter() - t0)
                    got = {r.story for r in rows}
                    want = mates[key] & present
                    found += len(got & want)
                    wanted += len(want)
                    listed += len(got)
                    right += len(got & want)
                index.close()
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            print(f"{step:>8} {t_ingest:>9.1f} {t_index:>8.1f} "
                  f"{statistics.median(times) * 1000:>13.1f} {p95 * 1000:>7.1f} "
                  f"{found / max(1, wanted):>7.3f} {right / max(1, listed):>9.3f}")


if __name__ == "__main__":
    main()
