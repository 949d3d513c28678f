"""Run a plan of chunks in-process or on Dask, streaming each result to the dataset.

The in-process engine and the Dask engine run the same :func:`~versiontrack.scale.task.run_chunk`
on the same chunks, so their rows are the same. On Dask, chunks go out as futures (largest
first) and are written as they complete; a chunk whose task fails (a worker killed more often
than the scheduler retries, say) is reported with its stories as errors and left unwritten, so
a re-run does it again, while every chunk already written stays. A cluster left with no worker
at all for :data:`NO_WORKERS_TIMEOUT` seconds (or that loses its scheduler) stops the run with
:class:`~versiontrack.errors.ClusterLost`; the chunks written until then stay, and a re-run
resumes from them.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from versiontrack.audit.judge import Policy
from versiontrack.errors import ClusterLost, EngineError, InputError
from versiontrack.research.rows import StoryRows
from versiontrack.scale.dataset import SCALE_HINT, Dataset
from versiontrack.scale.plan import Chunk, plan_chunks
from versiontrack.scale.task import ChunkResult, StorySummary, chunk_tables, run_chunk

if TYPE_CHECKING:
    from versiontrack.archive.shards import ArchiveSet
    from versiontrack.archive.store import Archive
    from versiontrack.research.sqlite import Failed

__all__ = ["ENGINES", "RunSummary", "dask_client", "engine_rows", "run_plan"]

ENGINES = ("inprocess", "dask")

#: progress(chunks done, chunks planned, versions done, versions planned)
Progress = Callable[[int, int, int, int], None]


@dataclass(frozen=True)
class RunSummary:
    """What a run did: chunks written and skipped (already written), story summaries of the
    chunks it ran, and failed stories (story, error)."""

    chunks: int
    written: int
    skipped: int
    summaries: tuple[StorySummary, ...]
    errors: tuple[tuple[str, str], ...]
    pruned: int = 0


def _need_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise EngineError(f"--engine dask needs Dask: {SCALE_HINT}") from None
    return distributed


#: Seconds to wait for a scheduler given with --scheduler (env VERSIONTRACK_SCHEDULER_TIMEOUT).
SCHEDULER_TIMEOUT = 10.0

#: Seconds a run waits on a cluster with no worker (every worker died, or none joined) before it
#: stops with ClusterLost (env VERSIONTRACK_NO_WORKERS_TIMEOUT). Long enough for a nanny or a
#: cluster manager to restart workers; a job scheduler that takes longer can raise it.
NO_WORKERS_TIMEOUT = 60.0

#: Dask settings for the local cluster we start: no statistical profiler (it interrupts the
#: worker's one thread 100 times a second to sample its stack) and a slower system monitor.
#: On 2 cores every such wake-up is taken from the audit. A cluster given with --scheduler
#: keeps its own settings (docs/scale.md says how to set these there).
QUIET_WORKERS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
}


def _seconds(env: str, default: float) -> float:
    """Seconds from the environment variable ``env`` (``default`` when unset or empty); a value
    that is not a number of seconds is an error, as VERSIONTRACK_LOCK_TIMEOUT's is, rather
    than quietly the default."""
    raw = os.environ.get(env, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise InputError(f"{env} must be a number of seconds, not {raw!r}")
    return value


@contextmanager
def dask_client(scheduler: str | None, workers: int | None = None,
                timeout: float | None = None) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers`` processes
    (every core when None), one thread each (the audit is pure Python: threads would share the
    GIL)."""
    distributed = _need_distributed()
    if timeout is None:
        timeout = _seconds("VERSIONTRACK_SCHEDULER_TIMEOUT", SCHEDULER_TIMEOUT)
    if scheduler:
        with _quiet_dask_logs():
            yield from _remote_client(distributed, scheduler, timeout)
        return
    import dask

    n = workers or os.cpu_count() or 1
    cluster = _local_cluster(distributed, dask, n)
    _collect_old_clients()
    with _quiet_dask_logs(), cluster, distributed.Client(cluster) as client:
        yield client


def _collect_old_clients() -> None:
    """Finalise clients no longer referenced (one whose start failed, say) before a new one
    starts: left to the garbage collector, an old client's ``__del__`` may run inside the new
    client's start, while its event loop's lock is held, and wait on that lock for ever (seen
    as a hung ``audit --scheduler`` in the test suite)."""
    import gc

    gc.collect()


#: How many times a local cluster is started before the run gives up: a worker process that
#: fails to come up on a loaded machine (Dask then raises a bare AssertionError from its
#: nanny) is a hiccup worth one more try, not a bug in the run.
LOCAL_CLUSTER_TRIES = 2


def _local_cluster(distributed: Any, dask: Any, n: int) -> Any:
    """A started local cluster of ``n`` worker processes, one thread each; EngineError (one
    line) when it cannot be started after :data:`LOCAL_CLUSTER_TRIES` tries."""
    why = ""
    for _ in range(LOCAL_CLUSTER_TRIES):
        try:
            with dask.config.set(QUIET_WORKERS), _no_sigint():  # the nannies hand these on
                # No dashboard; the scheduler's own HTTP server (health, metrics) still
                # starts, by default on port 8787 of every interface: keep it on a free port
                # of 127.0.0.1, so two runs side by side neither clash nor warn, and nothing
                # listens outside.
                return distributed.LocalCluster(
                    n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                    silence_logs=40, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
        except (AssertionError, OSError, TimeoutError, RuntimeError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else ""
            why = type(exc).__name__ + (f": {first}" if first else "")
    raise EngineError(f"could not start a local Dask cluster of {n} worker(s) ({why}); "
                      "try fewer --workers, or a scheduler of your own with --scheduler")


def _remote_client(distributed: Any, scheduler: str, timeout: float) -> Iterator[Any]:
    """The client of the scheduler at ``scheduler`` (see :func:`dask_client`)."""
    _collect_old_clients()
    try:
        client = distributed.Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if not isinstance(exc, ValueError):  # not a bad address: maybe a slow scheduler
            why += " (is it running? VERSIONTRACK_SCHEDULER_TIMEOUT=SECONDS waits longer)"
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {why}") from None
    try:
        yield client
    finally:
        client.close()


#: Dask's loggers that print tracebacks to stderr when the scheduler goes away mid-run (the
#: client's reconnection, its comms); the run then stops with one line of ours (ClusterLost).
DASK_LOGGERS = ("distributed", "distributed.client", "distributed.comm", "distributed.core",
                "distributed.batched", "distributed.utils")


@contextmanager
def _quiet_dask_logs() -> Iterator[None]:
    """Dask's client logs off (unless VERSIONTRACK_DEBUG is set) for the length of a run."""
    import gc
    import logging

    if os.environ.get("VERSIONTRACK_DEBUG"):
        yield
        return
    # (and asyncio's: a result fetch that timed out while the workers died leaves the client's
    # gather task to end in AllExit, unretrieved, which asyncio logs with a traceback when the
    # task is collected)
    loggers = [logging.getLogger(name) for name in (*DASK_LOGGERS, "asyncio")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        gc.collect()  # such tasks go now, while their log is off, not at some later point
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


@contextmanager
def _no_sigint() -> Iterator[None]:
    """SIGINT ignored while the local workers start, so that they inherit that: Ctrl-C on a
    terminal reaches the whole process group, and each worker would print a KeyboardInterrupt
    traceback while this process, which owns them, stops the run and closes the cluster."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def _summary_dict(s: StorySummary) -> dict[str, Any]:
    # dataclasses.asdict deep-copies: too slow for thousands of summaries a chunk
    return {"story": s.story, "headline": s.headline, "outlet": s.outlet,
            "versions": s.versions, "counts": [[k, n] for k, n in s.counts]}


def _summary(data: dict[str, Any]) -> StorySummary:
    return StorySummary(data["story"], data["headline"], data["outlet"], data["versions"],
                        tuple((k, n) for k, n in data["counts"]))


class _WorkerWatch:
    """Whether the cluster still has workers: ClusterLost once it has had none for
    ``patience`` seconds (asked of the scheduler only while no chunk completes)."""

    def __init__(self, client: Any, patience: float, scheduler: str | None = None) -> None:
        self.client = client
        self.patience = patience
        self.scheduler = scheduler
        self.none_since: float | None = None
        #: whether the run has had a worker (seen here, or a chunk came back): "none joined"
        #: and "none left" are different troubles for the one who runs the cluster
        self.seen = False

    def check(self, written: int, planned: int, out: Path | None) -> None:
        try:
            workers = len(self.client.nthreads())
        except Exception as exc:  # noqa: BLE001 - any failure here means the scheduler is gone
            raise _lost(f"lost the Dask scheduler ({type(exc).__name__})", written, planned,
                        out) from None
        if workers:
            self.none_since = None
            self.seen = True
            return
        now = time.monotonic()
        if self.none_since is None:
            self.none_since = now
        elif now - self.none_since >= self.patience:
            where = f" at {self.scheduler}" if self.scheduler else ""
            why = (f"no Dask worker left (none for {self.patience:g} s)" if self.seen else
                   f"no Dask worker joined the scheduler{where} (none in {self.patience:g} s;"
                   " start workers with: dask worker ADDRESS)")
            raise _lost(why, written, planned, out)


def _lost(why: str, written: int, planned: int, out: Path | None) -> ClusterLost:
    if out is None:
        return ClusterLost(f"{why}; nothing was written")
    if not written:
        return ClusterLost(f"{why}; no part was written to {out}")
    return ClusterLost(f"{why}; {written} of {planned} part(s) written to {out} are kept: run "
                       "the command again to resume")


Failure = tuple[Chunk, "BaseException | None"]


def _outcome(get: Callable[..., Any], watch: _WorkerWatch,
             kept: Callable[[], tuple[int, Path | None]], planned: int, step: float) -> Any:
    """A finished task's result (or exception), fetched from the worker that holds it, in
    waits of ``step`` seconds with the worker watch between them: when every worker dies
    between the task's end and the fetch, Dask waits to compute it again, for ever with no
    worker left; the watch then stops the run (ClusterLost) as it does between tasks."""
    while True:
        try:
            return get(timeout=step)
        except TimeoutError:
            written, out = kept()
            watch.check(written, planned, out)


def _results(todo: list[Chunk], policy: Policy, engine: str, scheduler: str | None,
             workers: int | None, as_tables: bool,
             kept: Callable[[], tuple[int, Path | None]]) -> Iterator[ChunkResult | Failure]:
    """Run ``todo`` on ``engine`` and yield each chunk's result as it completes (in-process: in
    order), or ``(chunk, exception)`` for a chunk whose task failed. On Dask the other tasks
    go on while the caller handles a result, so writing overlaps the cluster's work.
    ``kept()`` says how many parts were written where, for the message of a lost cluster."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if engine == "inprocess":
        for chunk in todo:
            yield run_chunk(chunk, policy, as_tables)
        return
    if not todo:
        return
    distributed = _need_distributed()
    patience = _seconds("VERSIONTRACK_NO_WORKERS_TIMEOUT", NO_WORKERS_TIMEOUT)
    with dask_client(scheduler, workers) as client:
        futures = client.map(run_chunk, todo, policy=policy, tables=as_tables, pure=False)
        order = {f.key: i for i, f in enumerate(futures)}
        pending = set(futures)
        watch = _WorkerWatch(client, patience, scheduler)
        step = min(2.0, max(0.1, patience / 2))
        try:
            while pending:
                try:
                    finished, pending = distributed.wait(
                        pending, timeout=step, return_when="FIRST_COMPLETED")
                except TimeoutError:
                    written, out = kept()
                    watch.check(written, len(todo), out)
                    continue
                except distributed.client.FuturesCancelledError:
                    written, out = kept()
                    raise _lost("lost the Dask scheduler (the run's tasks were cancelled)",
                                written, len(todo), out) from None
                watch.seen = watch.seen or any(f.status == "finished" for f in finished)
                for future in sorted(finished, key=lambda f: order[f.key]):
                    chunk = todo[order[future.key]]
                    if future.status != "finished":
                        yield chunk, _outcome(future.exception, watch, kept, len(todo), step)
                        continue
                    result = _outcome(future.result, watch, kept, len(todo), step)
                    future.release()
                    yield result
        except BaseException:  # an error, Ctrl-C, or the caller closing us early
            client.cancel(list(pending))
            raise


def run_plan(chunks: list[Chunk], policy: Policy, out: Path | None = None, *,
             engine: str = "inprocess", scheduler: str | None = None,
             workers: int | None = None, force: bool = False,
             progress: Progress | None = None,
             on_result: Callable[[ChunkResult], None] | None = None) -> RunSummary:
    """Run ``chunks`` under ``policy``; write them to the dataset at ``out`` when given (skipping
    chunks already written there unless ``force``) and hand each result to ``on_result``."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    # The chunk marks name the policy: a re-run under another one redoes every chunk rather
    # than reporting (and keeping) rows judged under the old one.
    tag = f"{policy.name} grace {policy.grace_hours:g}h"
    dataset = Dataset(out, force, tag) if out is not None else None
    todo = [c for c in chunks if dataset is None or not dataset.done(c)]
    total_versions = sum(c.versions for c in todo)
    summaries: list[StorySummary] = []
    errors: list[tuple[str, str]] = []
    if dataset is not None:  # what the chunks written before report, read from their marks
        for chunk in chunks:
            if chunk not in todo:
                mark = dataset.mark(chunk)
                summaries += [_summary(x) for x in mark.get("summaries", [])]
                errors += [(k, e) for k, e in mark.get("errors", [])]
    done = versions = written = 0

    def take(result: ChunkResult) -> None:
        nonlocal done, versions, written
        summaries.extend(result.summaries)
        errors.extend(result.errors)
        if on_result is not None:
            on_result(result)
        if dataset is not None:
            dataset.write(result.chunk, result.parquet or chunk_tables(result), {
                "policy": tag,
                "summaries": [_summary_dict(x) for x in result.summaries],
                "errors": [list(e) for e in result.errors]})
            written += 1
        done += 1
        versions += result.chunk.versions
        if progress is not None:
            progress(done, len(todo), versions, total_versions)

    def fail(chunk: Chunk, exc: BaseException | None) -> None:
        nonlocal done, versions
        why = f"task failed: {type(exc).__name__}: {exc}"
        errors.extend((k, why) for k in chunk.keys)
        done += 1
        versions += chunk.versions
        if progress is not None:
            progress(done, len(todo), versions, total_versions)

    if progress is not None:
        progress(0, len(todo), 0, total_versions)
    # Rows only when a caller takes them; a dataset run gets Parquet files the task encoded.
    as_tables = on_result is None and dataset is not None
    for item in _results(todo, policy, engine, scheduler, workers, as_tables,
                         lambda: (written, out)):
        if isinstance(item, ChunkResult):
            take(item)
        else:
            fail(*item)
    pruned = dataset.prune({c.id for c in chunks}) if dataset is not None else 0
    return RunSummary(len(chunks), written, len(chunks) - len(todo), tuple(summaries),
                      tuple(errors), pruned)


def engine_rows(collection: Archive | ArchiveSet, keys: list[str], policy: Policy, *,
                engine: str = "inprocess", scheduler: str | None = None,
                workers: int | None = None,
                progress: Progress | None = None) -> Iterator[StoryRows | Failed]:
    """The research rows of ``keys`` (stories of ``collection``) made on ``engine``, yielded
    chunk by chunk as the chunks complete, so the caller writes them while the cluster works
    on the rest and never holds them all. A story that failed (or whose chunk's workers kept
    dying) comes as :class:`~versiontrack.research.sqlite.Failed`, as the in-process export
    gives it. A cluster lost altogether raises :class:`~versiontrack.errors.ClusterLost`."""
    from versiontrack.archive.shards import stories_by_shard
    from versiontrack.research.sqlite import Failed

    wanted = set(keys)
    chunks = plan_chunks([e for e in stories_by_shard(collection) if e[2].key in wanted])
    total = sum(c.versions for c in chunks)
    versions = 0
    if progress is not None:
        progress(0, len(chunks), 0, total)
    for done, item in enumerate(_results(chunks, policy, engine, scheduler, workers, False,
                                         lambda: (0, None)), 1):
        if isinstance(item, ChunkResult):
            chunk = item.chunk
            yield from item.rows
            yield from (Failed(k, e) for k, e in item.errors)
        else:
            chunk, exc = item
            yield from (Failed(k, f"task failed: {type(exc).__name__}: {exc}")
                        for k in chunk.keys)
        versions += chunk.versions
        if progress is not None:
            progress(done, len(chunks), versions, total)
