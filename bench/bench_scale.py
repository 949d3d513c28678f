"""Benchmark bulk audit: in-process vs a local Dask cluster on a synthetic archive set.

Builds N shards of short synthetic stories (each version one realistic edit: a number changed,
a paragraph added, a correction note), then runs ``audit --all`` with ``--out`` (the Parquet
dataset) in-process and with ``--engine dask`` on a local cluster of W worker processes, and
prints versions/s, rows/s, the speed-up and peak memory (this process in-process; the largest
worker process of the local cluster). The machine's cores bound the speed-up (2 here,
shared). Never fails on time. Usage:
``python bench/bench_scale.py [--shards 2] [--stories 300] [--versions 5] [--workers 2]``.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from versiontrack.archive.plan import IngestItem
from versiontrack.archive.shards import ArchiveSet, stories_by_shard
from versiontrack.archive.store import Archive
from versiontrack.audit.judge import get_policy
from versiontrack.models import Article
from versiontrack.scale.dataset import read_table
from versiontrack.scale.engine import dask_client, run_plan
from versiontrack.scale.plan import plan_chunks

WORDS = ("council", "bridge", "river", "vote", "million", "schools", "mayor", "budget", "plan",
         "said", "residents", "construction", "week", "officials", "report", "city")
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def versions_of(rng: random.Random, n: int, outlet: str, key: str) -> list[Article]:
    body = [" ".join(rng.choice(WORDS) for _ in range(25)).capitalize() + f" {rng.randint(2, 99)}"
            f" people. {i}" for i in range(8)]
    out = []
    for v in range(n):
        if v:
            step = rng.choice(("number", "add", "note"))
            i = rng.randrange(len(body))
            if step == "number":
                body[i] = body[i].replace(" people.", "0 people.", 1)
            elif step == "add":
                body.append(" ".join(rng.choice(WORDS) for _ in range(20)).capitalize() + ".")
            else:
                body.append(f"Correction: an earlier version of this story misstated a figure "
                            f"in paragraph {i + 1}.")
        out.append(Article(headline=f"Story {key}", paragraphs=tuple(body), outlet=outlet,
                           url=f"https://{outlet}/{key}", canonical_url=f"https://{outlet}/{key}",
                           byline="By A. Reporter", extractor="bench"))
    return out


def build(root: Path, shards: int, stories: int, versions: int) -> Path:
    rng = random.Random(15)
    lines = []
    for s in range(shards):
        outlet = f"outlet{s}.example"
        items = []
        for k in range(stories):
            key = f"{outlet}_story{k}"
            for v, art in enumerate(versions_of(rng, rng.randint(1, 2 * versions - 1), outlet,
                                                key)):
                when = (T0 + timedelta(days=k % 60, hours=v)).isoformat()
                items.append(IngestItem(art, art.to_text().encode(), when, key, art.url,
                                        "raw.txt"))
        with Archive.open(root / f"shard{s}", create=True) as archive:
            archive.ingest_many(items)
        lines.append(f'[[shard]]\npath = "shard{s}"\n')
    manifest = root / "set.toml"
    manifest.write_text("\n".join(lines), encoding="utf-8")
    return manifest


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shards", type=int, default=2)
    ap.add_argument("--stories", type=int, default=300, help="per shard")
    ap.add_argument("--versions", type=int, default=5, help="mean versions per story")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        t = time.perf_counter()
        manifest = build(root, args.shards, args.stories, args.versions)
        with ArchiveSet.open(manifest) as s:
            entries = stories_by_shard(s)
        total = sum(e[2].versions for e in entries)
        print(f"built {args.shards} shards, {len(entries)} stories, {total} versions "
              f"in {time.perf_counter() - t:.1f} s")
        chunks = plan_chunks(entries, target=max(50, total // (8 * args.workers)))
        policy = get_policy("corrections")
        rates = {}
        for engine in ("inprocess", "dask"):
            out = root / f"out-{engine}"
            t = time.perf_counter()
            if engine == "inprocess":
                summary = run_plan(chunks, policy, out, engine=engine)
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            else:
                # Our own local cluster (started inside the timing, as the CLI's would be), so
                # the workers can be asked for their peak memory before it closes.
                with dask_client(None, args.workers) as client:
                    summary = run_plan(chunks, policy, out, engine=engine,
                                       scheduler=client.scheduler.address)
                    peak = max(client.run(_peak_mb).values())
            took = time.perf_counter() - t
            rows = sum(len(read_table(out, tb)) for tb in ("stories", "changes", "findings"))
            rates[engine] = total / took
            print(f"{engine:9}: {took:6.2f} s, {total / took:7.0f} versions/s, "
                  f"{rows / took:7.0f} rows/s ({rows} rows, {len(chunks)} chunks, "
                  f"{len(summary.errors)} errors), peak RSS {peak:.0f} MB "
                  f"({'this process' if engine == 'inprocess' else 'largest worker'})")
        print(f"speed-up dask/inprocess with {args.workers} workers: "
              f"{rates['dask'] / rates['inprocess']:.2f}x (dask time includes starting the "
              "local cluster)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
