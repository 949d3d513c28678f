"""Benchmark one shard as it grows: ingest and history reads at 10k, 100k, ... 1M versions.

Grows one archive in batches (one ``ingest_many`` each, as a long-lived shard grows) of
stories with 10 versions each (bench_scale's edit profile: a figure changed, a paragraph added,
a correction note), and at each checkpoint measures on top of it: a batch of 1,000 new versions
of existing stories, a batch of 2,000 unchanged ones (the dedupe path), reading 20 stories'
whole histories (raw pages too, as the bulk audit does), opening the shard read-only (what each
bulk task does), and the sizes of git, the index and the work tree. Prints one line per
checkpoint as it is reached (so a run stopped early still has its figures), with the load
average. Never fails on time. Usage:
``python bench/bench_shard_growth.py [--checkpoints 10000,100000,1000000] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_scale import T0, versions_of

from versiontrack.archive.plan import IngestItem
from versiontrack.archive.store import Archive
from versiontrack.models import Article

OUTLET = "growth.example"
PER_STORY = 10


def item(art: Article, key: str, when: str) -> IngestItem:
    return IngestItem(art, art.to_text().encode(), when, key, art.url, "raw.txt")


def stamp(story: int, version: int) -> str:
    return (T0 + timedelta(minutes=story, days=version)).isoformat()


def story_items(rng: random.Random, first: int, count: int,
                latest: dict[str, Article]) -> list[IngestItem]:
    items = []
    for k in range(first, first + count):
        key = f"{OUTLET}_story{k}"
        arts = versions_of(rng, PER_STORY, OUTLET, key)
        items += [item(a, key, stamp(k, v)) for v, a in enumerate(arts)]
        latest[key] = arts[-1]
    return items


def du_mb(path: Path, exclude: str | None = None) -> float:
    total = 0
    for root, dirs, files in os.walk(path):
        if exclude and exclude in dirs:
            dirs.remove(exclude)
        total += sum(os.lstat(os.path.join(root, f)).st_size for f in files)
    return total / 2**20


def checkpoint(path: Path, rng: random.Random, latest: dict[str, Article], stories: int,
               extra: list[int], build_rate: float) -> None:
    keys = [f"{OUTLET}_story{k}" for k in rng.sample(range(stories), 1000)]
    new = []
    for key in keys:
        art = latest[key]
        art = Article(headline=art.headline, paragraphs=(*art.paragraphs, f"Update {extra[0]}."),
                      outlet=art.outlet, url=art.url, canonical_url=art.canonical_url,
                      byline=art.byline, extractor=art.extractor)
        latest[key] = art
        new.append(item(art, key, stamp(stories, PER_STORY + extra[0])))
        extra[0] += 1
    same = [item(latest[k], k, stamp(stories, PER_STORY + extra[0] + i))
            for i, k in enumerate(rng.choices(list(latest), k=2000))]
    extra[0] += 1
    with Archive.open(path) as archive:
        t = time.perf_counter()
        assert all(r.status == "new" for r in archive.ingest_many(new))
        new_rate = len(new) / (time.perf_counter() - t)
        t = time.perf_counter()
        assert all(r.status == "unchanged" for r in archive.ingest_many(same))
        same_rate = len(same) / (time.perf_counter() - t)
        versions = archive.db.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
    opens = []
    for _ in range(5):
        t = time.perf_counter()
        with Archive.open(path, read_only=True) as archive:
            opens.append(time.perf_counter() - t)
            sample = rng.sample(list(latest), 21)
            archive.history(sample[0], raw=True)  # starts git cat-file outside the timing
            t = time.perf_counter()
            for key in sample[1:]:
                assert archive.history(key, raw=True)
            history = (time.perf_counter() - t) / 20
    packs = len(list((path / ".git" / "objects" / "pack").glob("*.pack")))
    print(f"{versions:>9,} versions, {stories:>7,} stories | build batch {build_rate:5.0f}/s | "
          f"1,000 new {new_rate:5.0f}/s | 2,000 unchanged {same_rate:6.0f}/s | "
          f"history {history * 1000:5.2f} ms/story | open {sorted(opens)[2] * 1000:5.1f} ms | "
          f"git {du_mb(path / '.git'):7.1f} MB ({packs} packs) | index "
          f"{du_mb(path / '.versiontrack'):6.1f} MB | work tree "
          f"{du_mb(path, exclude='.git') - du_mb(path / '.versiontrack'):7.1f} MB | "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:5.0f} MB | "
          f"load {os.getloadavg()[0]:.1f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkpoints", default="10000,100000,1000000",
                    help="archive sizes (versions) to measure at")
    ap.add_argument("--batch", type=int, default=50_000, help="most versions per build batch")
    ap.add_argument("--keep", type=Path, default=None, help="grow the archive here and keep it")
    args = ap.parse_args()
    marks = sorted(int(x) for x in args.checkpoints.split(","))
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-growth-"))
    path = root / "shard"
    rng = random.Random(15)
    latest: dict[str, Article] = {}
    extra = [0]
    stories = 0
    print(f"git {subprocess.run(['git', '--version'], capture_output=True, text=True).stdout.strip()}, "
          f"{os.cpu_count()} CPUs; one batch at most {args.batch:,} versions", flush=True)
    try:
        for mark in marks:
            took = 0.0
            built = 0
            while stories * PER_STORY < mark:
                count = min(args.batch, mark - stories * PER_STORY) // PER_STORY
                items = story_items(rng, stories, count, latest)
                t = time.perf_counter()
                with Archive.open(path, create=True) as archive:
                    archive.ingest_many(items)
                took += time.perf_counter() - t
                built += len(items)
                stories += count
            checkpoint(path, rng, latest, stories, extra, built / took if took else 0.0)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
