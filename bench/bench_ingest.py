"""Benchmark the archive: batch ingest, dedupe, and reading one story's history.

Builds, in a temporary directory, an archive holding 5,000 versions of 500 stories (one
fast-import batch), then measures on top of it:

- new versions per second in one batch (text already extracted: the archive is measured);
- unchanged versions per second (the dedupe path: nothing committed, seen-again recorded);
- the time to read one story's whole history (every version's Article) through the index and a
  persistent ``git cat-file --batch``, against the same read done by walking
  ``git log -- <path>`` and reading each version's blob, as a ratio.

Prints the figures and the targets (>= 500 new/s, >= 2,000 unchanged/s, >= 50x). Never fails on
time: exits 0. Usage: ``python bench/bench_ingest.py [--stories 500] [--versions 10]``.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from versiontrack.archive.index import story_dir
from versiontrack.archive.plan import IngestItem
from versiontrack.archive.store import Archive
from versiontrack.models import Article

WORDS = ["council", "bridge", "river", "vote", "million", "schools", "mayor", "budget", "plan", "said", "residents", "construction", "week", "officials", "report", "city", "new", "state", "year"]
T0 = datetime(2025, 1, 1, tzinfo=UTC)


def paragraph(rng: random.Random, n: int = 40) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_article(rng: random.Random, key: str, paras: list[str]) -> Article:
    return Article(headline=f"Story {key}", paragraphs=tuple(paras), byline="By Bench",
                   url=f"https://bench.example/{key}", outlet="bench.example",
                   extractor="bench")


def raw_page(article: Article) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    return f"<html><head><title>{article.headline}</title></head><body>{body}</body></html>" \
           .encode()


def when(i: int) -> str:
    return (T0 + timedelta(minutes=i)).isoformat()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=500)
    ap.add_argument("--versions", type=int, default=10, help="versions per story")
    ap.add_argument("--new", type=int, default=1000, help="new versions in the measured batch")
    ap.add_argument("--unchanged", type=int, default=4000, help="unchanged items measured")
    args = ap.parse_args()

    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="vt-bench-") as tmp:
        path = Path(tmp) / "archive"
        keys = [f"bench.example_story-{i:04d}" for i in range(args.stories)]
        paras = {k: [paragraph(rng) for _ in range(15)] for k in keys}
        items = []
        tick = 0
        for v in range(args.versions):
            for k in keys:
                if v:
                    paras[k][rng.randrange(15)] = paragraph(rng)
                art = make_article(rng, k, paras[k])
                items.append(IngestItem(art, raw_page(art), when(tick), k, art.url, "raw.html"))
                tick += 1
        total = len(items)
        with Archive.open(path, create=True) as archive:
            t = time.perf_counter()
            archive.ingest_many(items)
            build = time.perf_counter() - t
        print(f"built: {total} versions of {args.stories} stories in {build:.1f}s "
              f"({total / build:.0f} versions/s, one batch)")

        # -- new versions in one batch, into the full archive ------------------------------
        batch = []
        for i in range(args.new):
            k = keys[i % len(keys)]
            paras[k][rng.randrange(15)] = paragraph(rng)
            art = make_article(rng, k, paras[k])
            batch.append(IngestItem(art, raw_page(art), when(tick), k, art.url, "raw.html"))
            tick += 1
        with Archive.open(path) as archive:
            t = time.perf_counter()
            results = archive.ingest_many(batch)
            new_s = time.perf_counter() - t
        assert all(r.status == "new" for r in results)
        new_rate = len(batch) / new_s

        # -- unchanged (dedupe) ------------------------------------------------------------
        same = []
        for i in range(args.unchanged):
            k = keys[i % len(keys)]
            art = make_article(rng, k, paras[k])
            same.append(IngestItem(art, raw_page(art), when(tick), k, art.url, "raw.html"))
            tick += 1
        with Archive.open(path) as archive:
            t = time.perf_counter()
            results = archive.ingest_many(same)
            same_s = time.perf_counter() - t
        assert all(r.status == "unchanged" for r in results)
        same_rate = len(same) / same_s

        # -- one story's history: index + cat-file vs git log -- path ----------------------
        sample = [keys[i] for i in range(0, len(keys), max(1, len(keys) // 10))][:10]
        with Archive.open(path) as archive:
            archive.article(sample[0], 1)  # start the cat-file process outside the timing
            t = time.perf_counter()
            for k in sample:
                history = archive.history(k)
                assert len(history) >= args.versions
            ours = (time.perf_counter() - t) / len(sample)
        t = time.perf_counter()
        cat = subprocess.Popen(["git", "cat-file", "--batch"], cwd=path, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE)
        assert cat.stdin and cat.stdout
        for k in sample:
            log = subprocess.run(
                ["git", "log", "--format=%H", "--", f"{story_dir(k)}/article.txt"], cwd=path,
                capture_output=True, text=True, check=True,
            ).stdout.split()
            for commit in log:
                cat.stdin.write(f"{commit}:{story_dir(k)}/article.txt\n".encode())
                cat.stdin.flush()
                size = int(cat.stdout.readline().split()[2])
                cat.stdout.read(size + 1)
        theirs = (time.perf_counter() - t) / len(sample)
        cat.stdin.close()
        cat.wait()
        ratio = theirs / ours

        # -- start-up ------------------------------------------------------------------------
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "versiontrack", "--help"], capture_output=True,
                       check=True)
        startup = time.perf_counter() - t

    print(f"new versions, one batch of {len(batch)}:  {new_rate:8.0f}/s   (target >= 500/s)")
    print(f"unchanged versions, batch of {len(same)}: {same_rate:8.0f}/s   "
          "(target >= 2,000/s)")
    print(f"one story's history ({args.versions + args.new // args.stories}+ versions): "
          f"{ours * 1000:.1f} ms via index + cat-file vs {theirs * 1000:.1f} ms via "
          f"git log -- path: {ratio:.0f}x   (target >= 50x)")
    print(f"`versiontrack --help` start-up: {startup * 1000:.0f} ms")
    load = os.getloadavg()[0]
    print(f"(load average {load:.1f} on {os.cpu_count()} CPUs: figures fall on a busy machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
