"""Benchmark bulk audit and export: in-process, a local Dask cluster, and a scheduler with
workers started as separate processes on 127.0.0.1, on one synthetic archive set.

Builds N shards of short synthetic stories (each version one realistic edit: a number changed,
a paragraph added, a correction note), then runs ``audit --all`` with ``--out`` (the Parquet
dataset) in-process, with ``--engine dask`` on a local cluster of W worker processes, and (with
``--cluster``) against a ``dask scheduler`` plus W ``dask worker`` processes, the way a real
cluster runs, in the CLI's chunks, alternated ``--rounds`` times; ``--export`` also times
``export --format parquet`` on each engine. It prints for each run: versions/s, the CPU time
per version (in-process: this process and its git children; on Dask: the workers, their git
children, and the client process with its in-process scheduler), peak memory, the load average
before and after, and the speed-up. CPU per version tells overhead from load: a run slowed by
other jobs on the machine takes longer but not more CPU. The machine's cores bound the speed-up
(2 here, shared). ``--inprocess-sets A,B`` runs kept sets in-process only, alternated (the
in-process rate by size of set). Never fails on time. Usage:
``python bench/bench_scale.py [--shards 2] [--stories 300] [--versions 5] [--workers 2]
[--rounds 1] [--cluster] [--export] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
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


def run_dask(chunks: list[Chunk], out: Path, total: int, workers: int,
             address: str | None = None) -> dict[str, float]:
    """On a local cluster we start (inside the timing, as the CLI's would be), or on the
    scheduler at ``address`` (its workers already running, as on a real cluster)."""
    shutil.rmtree(out, ignore_errors=True)
    load, (me, _), t = _load(), _cpu(), time.perf_counter()
    # Our own client, so the workers can be asked for their CPU time and peak memory.
    with dask_client(address, workers) as client:
        started = time.perf_counter() - t
        before = client.run(_cpu)
        summary = run_plan(chunks, get_policy("corrections"), out, engine="dask",
                           scheduler=address or client.scheduler.address)
        after = client.run(_cpu)
        peak = max(client.run(_peak_mb).values())
    took = time.perf_counter() - t
    me1, _ = _cpu()
    work = sum(after[w][0] - before[w][0] for w in after)
    git = sum(after[w][1] - before[w][1] for w in after)
    name, start = ("cluster:", "connect") if address else ("dask:", "cluster start")
    host = "client" if address else "client and scheduler"
    print(f"  {name:10s} {took:7.2f} s, {total / took:6.0f} versions/s ({start} "
          f"{started:.1f} s); CPU per version: workers {work * 1000 / total:.3f} ms + git "
          f"{git * 1000 / total:.3f} ms, {host} {(me1 - me) * 1000 / total:.3f} "
          f"ms (cores used {(work + git + me1 - me) / took:.2f}); {len(summary.errors)} errors; "
          f"peak RSS {peak:.0f} MB (largest worker); load "
          f"{load} -> {_load()}", flush=True)
    return {"took": took}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def separate_cluster(workers: int) -> Iterator[str]:
    """``dask scheduler`` and ``workers`` x ``dask worker`` (one thread each, no profiler, as
    docs/scale.md advises) as their own processes on 127.0.0.1; yields the address."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host",
                               "127.0.0.1", "--port", str(port), "--no-dashboard",
                               # its HTTP server (health) off the default 8787 the local
                               # clusters' schedulers use
                               "--dashboard-address", "127.0.0.1:0"], **quiet)]
    try:
        procs += [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                    "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                                    "--host", "127.0.0.1"], **quiet) for _ in range(workers)]
        with Client(address, timeout=30) as client:
            client.wait_for_workers(workers, timeout=60)
        yield address
    finally:
        for p in reversed(procs):  # workers before their scheduler
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def run_export(manifest: Path, out: Path, total: int, name: str, workers: int,
               address: str | None = None) -> float:
    """``export --format parquet`` of the whole set from scratch on one engine (the CLI's code,
    its progress bar off), timed; returns the wall time."""
    from versiontrack.cli.research_cmds import Engine, research_export

    shutil.rmtree(out, ignore_errors=True)
    eng = Engine() if name == "inprocess" else Engine("dask", address, None if address
                                                        else workers)
    t = time.perf_counter()
    research_export(manifest, out, "parquet", "corrections", None, eng)
    took = time.perf_counter() - t
    print(f"  export parquet, {name}: {took:7.2f} s, {total / took:6.0f} versions/s; load "
          f"{_load()}", flush=True)
    return took


@contextmanager
def _no_cluster() -> Iterator[None]:
    yield None


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
    ap.add_argument("--cluster", action="store_true",
                    help="also run on a scheduler and --workers worker processes started apart "
                    "on 127.0.0.1 (the way a real cluster runs)")
    ap.add_argument("--export", action="store_true",
                    help="also time export --format parquet on each engine")
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
        engines = ["inprocess", "dask"] + (["cluster"] if args.cluster else [])
        times: dict[str, list[float]] = {e: [] for e in engines}
        exports: dict[str, list[float]] = {e: [] for e in engines}
        with (separate_cluster(args.workers) if args.cluster else _no_cluster()) as address:
            for r in range(args.rounds):
                print(f"round {r + 1}", flush=True)
                times["inprocess"].append(run_inprocess(chunks, root / "out-inprocess",
                                                        total)["took"])
                times["dask"].append(run_dask(chunks, root / "out-dask", total,
                                              args.workers)["took"])
                if address:
                    times["cluster"].append(run_dask(chunks, root / "out-cluster", total,
                                                     args.workers, address)["took"])
                rows = {e: sum(len(read_table(root / f"out-{e}", tb))
                               for tb in ("stories", "changes", "findings")) for e in engines}
                same = ("the same" if len(set(rows.values())) == 1 else "DIFFERENT")
                base = times["inprocess"][-1]
                ups = ", ".join(f"{e} {base / times[e][-1]:.2f}x" for e in engines[1:])
                print(f"  speed-up over in-process with {args.workers} workers: {ups} (dask "
                      f"includes starting the local cluster); rows (stories, changes, "
                      f"findings) {', '.join(f'{e} {n}' for e, n in rows.items())}: {same}",
                      flush=True)
                if args.export:
                    for e in engines:
                        exports[e].append(run_export(manifest, root / f"export-{e}", total, e,
                                                     args.workers,
                                                     address if e == "cluster" else None))
                    ups = ", ".join(f"{e} {exports['inprocess'][-1] / exports[e][-1]:.2f}x"
                                    for e in engines[1:])
                    print(f"  export speed-up over in-process: {ups}", flush=True)
        if args.rounds > 1:
            ups = ", ".join(f"{e} {sum(times['inprocess']) / sum(times[e]):.2f}x"
                            for e in engines[1:])
            print(f"audit over {args.rounds} rounds: {ups}", flush=True)
            if args.export:
                ups = ", ".join(f"{e} {sum(exports['inprocess']) / sum(exports[e]):.2f}x"
                                for e in engines[1:])
                print(f"export over {args.rounds} rounds: {ups}", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
        else:
            for out in [*root.glob("out-*"), *root.glob("export-*")]:
                shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
