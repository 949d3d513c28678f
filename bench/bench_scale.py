"""Benchmark bulk audit: in-process vs a local Dask cluster on a synthetic archive set.

Builds N shards of short synthetic stories (each version one realistic edit: a number changed,
a paragraph added, a correction note), then runs ``audit --all`` with ``--out`` (the Parquet
dataset) in-process and with ``--engine dask`` on a local cluster of W worker processes, in the
CLI's chunks, alternated ``--rounds`` times, and prints for each run: versions/s, the CPU time
per version (in-process: this process and its git children; on Dask: the workers, their git
children, and the client process with its in-process scheduler), peak memory, the load average
before and after, and the speed-up. CPU per version tells overhead from load: a run slowed by
other jobs on the machine takes longer but not more CPU. The machine's cores bound the speed-up
(2 here, shared). ``--inprocess-sets A,B`` runs kept sets in-process only, alternated (the
in-process rate by size of set). Never fails on time. Usage:
``python bench/bench_scale.py [--shards 2] [--stories 300] [--versions 5] [--workers 2]
[--rounds 1] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
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
from versiontrack.scale.plan import DEFAULT_TARGET, Chunk, plan_chunks

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


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children (git cat-file, ...)."""
    me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def run_inprocess(chunks: list[Chunk], out: Path, total: int) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    load, (me, git), t = _load(), _cpu(), time.perf_counter()
    summary = run_plan(chunks, get_policy("corrections"), out)
    took = time.perf_counter() - t
    me1, git1 = _cpu()
    print(f"  inprocess: {took:7.2f} s, {total / took:6.0f} versions/s; CPU per version "
          f"{(me1 - me) * 1000 / total:.3f} ms + git {(git1 - git) * 1000 / total:.3f} ms "
          f"(cores used {(me1 - me + git1 - git) / took:.2f}); {len(summary.errors)} errors; "
          f"peak RSS {_peak_mb():.0f} MB; load {load} -> {_load()}", flush=True)
    return {"took": took}


def run_dask(chunks: list[Chunk], out: Path, total: int, workers: int) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    load, (me, _), t = _load(), _cpu(), time.perf_counter()
    # Our own local cluster (started inside the timing, as the CLI's would be), so the
    # workers can be asked for their CPU time and peak memory before it closes.
    with dask_client(None, workers) as client:
        started = time.perf_counter() - t
        before = client.run(_cpu)
        summary = run_plan(chunks, get_policy("corrections"), out, engine="dask",
                           scheduler=client.scheduler.address)
        after = client.run(_cpu)
        peak = max(client.run(_peak_mb).values())
    took = time.perf_counter() - t
    me1, _ = _cpu()
    work = sum(after[w][0] - before[w][0] for w in after)
    git = sum(after[w][1] - before[w][1] for w in after)
    print(f"  dask:      {took:7.2f} s, {total / took:6.0f} versions/s (cluster start "
          f"{started:.1f} s); CPU per version: workers {work * 1000 / total:.3f} ms + git "
          f"{git * 1000 / total:.3f} ms, client and scheduler {(me1 - me) * 1000 / total:.3f} "
          f"ms (cores used {(work + git + me1 - me) / took:.2f}); {len(summary.errors)} errors; "
          f"peak RSS {peak:.0f} MB (largest worker); load "
          f"{load} -> {_load()}", flush=True)
    return {"took": took}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shards", type=int, default=2)
    ap.add_argument("--stories", type=int, default=300, help="per shard")
    ap.add_argument("--versions", type=int, default=5, help="mean versions per story")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--target", type=int, default=DEFAULT_TARGET,
                    help="versions per chunk (the CLI's plan by default)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="in-process and Dask runs, alternated, this many times each")
    ap.add_argument("--keep", type=Path, default=None,
                    help="build the set in this folder and keep it; reuse it when it is there")
    ap.add_argument("--inprocess-sets", default=None, metavar="DIR,DIR",
                    help="kept sets (--keep folders) to run in-process only, alternated: the "
                    "in-process rate and CPU per version by the size of the set")
    args = ap.parse_args()
    print(f"{os.cpu_count()} CPUs, nice {os.nice(0)}, load average {_load()}", flush=True)
    if args.inprocess_sets:
        sets = [Path(p) for p in args.inprocess_sets.split(",")]
        plans = {}
        for folder in sets:
            with ArchiveSet.open(folder / "set.toml") as s:
                plans[folder] = plan_chunks(stories_by_shard(s), target=args.target)
        try:
            for r in range(args.rounds):
                for folder in sets:
                    total = sum(c.versions for c in plans[folder])
                    print(f"round {r + 1}, {folder.name}: {total} versions, "
                          f"{len(plans[folder])} chunks", flush=True)
                    run_inprocess(plans[folder], folder / "out-inprocess", total)
        finally:
            for folder in sets:
                shutil.rmtree(folder / "out-inprocess", ignore_errors=True)
        return
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        t = time.perf_counter()
        manifest = root / "set.toml"
        if not manifest.is_file():
            root.mkdir(parents=True, exist_ok=True)
            manifest = build(root, args.shards, args.stories, args.versions)
        with ArchiveSet.open(manifest) as s:
            entries = stories_by_shard(s)
        total = sum(e[2].versions for e in entries)
        chunks = plan_chunks(entries, target=args.target)
        print(f"set: {len(entries)} stories, {total} versions, {len(chunks)} chunks of at most "
              f"{args.target} versions (built or opened in {time.perf_counter() - t:.1f} s)",
              flush=True)
        times: dict[str, list[float]] = {"inprocess": [], "dask": []}
        for r in range(args.rounds):
            print(f"round {r + 1}", flush=True)
            times["inprocess"].append(run_inprocess(chunks, root / "out-inprocess",
                                                    total)["took"])
            times["dask"].append(run_dask(chunks, root / "out-dask", total,
                                          args.workers)["took"])
            rows = {e: sum(len(read_table(root / f"out-{e}", tb))
                           for tb in ("stories", "changes", "findings")) for e in times}
            same = "the same" if rows["inprocess"] == rows["dask"] else "DIFFERENT"
            print(f"  speed-up dask/inprocess with {args.workers} workers: "
                  f"{times['inprocess'][-1] / times['dask'][-1]:.2f}x (dask time includes "
                  f"starting the local cluster); rows in-process {rows['inprocess']}, dask "
                  f"{rows['dask']}: {same}", flush=True)
        if args.rounds > 1:
            print(f"over {args.rounds} rounds: {sum(times['inprocess']) / sum(times['dask']):.2f}x",
                  flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
        else:
            for out in root.glob("out-*"):
                shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
