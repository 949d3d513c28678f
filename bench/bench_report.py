"""Benchmark the HTML report: a full build, then an incremental one after a few stories change.

    python bench/bench_report.py [--stories 1000] [--versions 5] [--changed 10] [--profile]

Builds a throwaway archive in a temporary folder (through Archive.ingest_many), prints the time
of the full report, of the incremental report after ``--changed`` stories get a new version,
and their ratio. Never gates anything on absolute time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from versiontrack.archive.plan import IngestItem
from versiontrack.archive.store import Archive
from versiontrack.models import Article
from versiontrack.render.report.site import build_report

WORDS = (
    "the", "officials", "said", "talks", "would", "continue", "after", "a", "meeting", "in",
    "capital", "where", "delegations", "discussed", "prisoners", "energy", "grid", "ceasefire",
    "guarantees", "drones", "airspace", "statement", "ministry", "spokesman", "reported",
    "overnight", "strikes", "region", "forces",
)


def _paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(18, 40))).capitalize() + "."


def _next_version(rng: random.Random, paras: list[str], n: int) -> list[str]:
    paras = list(paras)
    i = rng.randrange(len(paras))
    words = paras[i].split()
    words[rng.randrange(len(words))] = str(rng.randint(2, 999))  # a number changes
    paras[i] = " ".join(words)
    if n % 2:
        paras.insert(rng.randrange(len(paras) + 1), _paragraph(rng))
    if n % 3 == 0 and len(paras) > 3:
        paras.append(paras.pop(1))  # a paragraph moves to the end
    return paras


def build_archive(path: Path, stories: int, versions: int, seed: int = 1) -> Archive:
    rng = random.Random(seed)
    start = datetime(2026, 2, 1, tzinfo=UTC)
    items = []
    for s in range(stories):
        key = f"bench.example_story-{s:05d}"
        url = f"https://bench.example/story-{s:05d}"
        paras = [_paragraph(rng) for _ in range(rng.randint(8, 20))]
        headline = f"Story {s}: " + " ".join(rng.choice(WORDS) for _ in range(8))
        for v in range(versions):
            if v:
                paras = _next_version(rng, paras, v)
            t = start + timedelta(minutes=s, hours=v * 3)
            art = Article(headline=headline + (" (updated)" if v >= 3 else ""),
                          paragraphs=tuple(paras), url=url, canonical_url=url,
                          outlet="bench.example", extractor="text")
            items.append(IngestItem(art, None, t.isoformat(), story=key))
    archive = Archive.open(path, create=True)
    # One batch per version round keeps each story's versions in fetch order.
    per_round = [items[v::versions] for v in range(versions)]
    for batch in per_round:
        archive.ingest_many(batch)
    return archive


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--versions", type=int, default=5)
    ap.add_argument("--changed", type=int, default=10)
    ap.add_argument("--profile", action="store_true", help="profile the full build")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="vt-bench-report-") as tmp:
        base = Path(tmp)
        t0 = time.perf_counter()
        archive = build_archive(base / "archive", args.stories, args.versions)
        t_ingest = time.perf_counter() - t0
        print(f"archive: {args.stories} stories x {args.versions} versions "
              f"built in {t_ingest:.1f} s", flush=True)
        out = base / "reports"
        with archive:
            prof = cProfile.Profile() if args.profile else None
            t0 = time.perf_counter()
            if prof:
                prof.enable()
            full = build_report(archive, out)
            if prof:
                prof.disable()
            t_full = time.perf_counter() - t0
            pages = sum(1 for _ in out.rglob("*.html"))
            print(f"full report: {t_full:.2f} s, {full.pages_written} files written "
                  f"({pages} HTML pages, {len(full.built)} stories)", flush=True)

            rng = random.Random(2)
            keys = [i.key for i in archive.stories()]
            changed = rng.sample(keys, min(args.changed, len(keys)))
            later = datetime(2026, 3, 1, tzinfo=UTC).isoformat()
            items = []
            for key in changed:
                art = archive.article(key, -1)
                paras = list(art.paragraphs) + ["A paragraph added later by the bench."]
                items.append(IngestItem(Article(headline=art.headline, paragraphs=tuple(paras),
                                                url=art.url, canonical_url=art.canonical_url,
                                                outlet=art.outlet, extractor="text"),
                                        None, later, story=key))
            archive.ingest_many(items)
            t0 = time.perf_counter()
            inc = build_report(archive, out)
            t_inc = time.perf_counter() - t0
            print(f"incremental report after {len(changed)} stories changed: {t_inc:.2f} s "
                  f"({len(inc.built)} rebuilt, {len(inc.skipped)} skipped)")
            print(f"ratio full/incremental: {t_full / t_inc:.1f}x")
            if prof:
                pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
