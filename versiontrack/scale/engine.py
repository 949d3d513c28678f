"""Run a plan of chunks in-process or on Dask, streaming each result to the dataset.

The in-process engine and the Dask engine run the same :func:`~versiontrack.scale.task.run_chunk`
on the same chunks, so their rows are the same. On Dask, chunks go out as futures (largest
first) and are written as they complete; a chunk whose task fails (a worker killed more often
than the scheduler retries, say) is reported with its stories as errors and left unwritten, so
a re-run does it again, while every chunk already written stays.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from versiontrack.audit.judge import Policy
from versiontrack.errors import EngineError
from versiontrack.research.rows import StoryRows
from versiontrack.research.tabular import TABULAR_TABLES, arrow_table
from versiontrack.scale.dataset import SCALE_HINT, Dataset, need_pyarrow
from versiontrack.scale.plan import Chunk, plan_chunks
from versiontrack.scale.task import ChunkResult, StorySummary, run_chunk

if TYPE_CHECKING:
    from versiontrack.archive.shards import ArchiveSet
    from versiontrack.archive.store import Archive

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


@contextmanager
def dask_client(scheduler: str | None, workers: int | None = None,
                timeout: float | None = None) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers`` processes
    (every core when None), one thread each (the audit is pure Python: threads would share the
    GIL)."""
    distributed = _need_distributed()
    if timeout is None:
        try:
            timeout = float(os.environ.get("VERSIONTRACK_SCHEDULER_TIMEOUT", SCHEDULER_TIMEOUT))
        except ValueError:
            timeout = SCHEDULER_TIMEOUT
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: "
                              f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                              ) from None
        try:
            yield client
        finally:
            client.close()
        return
    n = workers or os.cpu_count() or 1
    with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def _summary(data: dict[str, Any]) -> StorySummary:
    return StorySummary(data["story"], data["headline"], data["outlet"], data["versions"],
                        tuple((k, n) for k, n in data["counts"]))


def _tables(result: ChunkResult) -> dict[str, Any]:
    """The chunk's rows as pyarrow Tables: the tables (and columns) ``export --format parquet``
    writes, and ``errors``."""
    tables = {t.table: arrow_table(t, [tuple(r.as_dict().values()) for s in result.rows
                                       for r in s.of(t.table)])
              for t in TABULAR_TABLES}
    pa = need_pyarrow()
    tables["errors"] = pa.Table.from_pylist(
        [{"story": k, "shard": result.chunk.shard, "error": e} for k, e in result.errors],
        schema=pa.schema([("story", pa.string()), ("shard", pa.string()),
                          ("error", pa.string())]))
    return tables


def run_plan(chunks: list[Chunk], policy: Policy, out: Path | None = None, *,
             engine: str = "inprocess", scheduler: str | None = None,
             workers: int | None = None, force: bool = False,
             progress: Progress | None = None,
             on_result: Callable[[ChunkResult], None] | None = None) -> RunSummary:
    """Run ``chunks`` under ``policy``; write them to the dataset at ``out`` when given (skipping
    chunks already written there unless ``force``) and hand each result to ``on_result``."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    dataset = Dataset(out, force) if out is not None else None
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
            dataset.write(result.chunk, _tables(result), {
                "summaries": [asdict(x) for x in result.summaries],
                "errors": [list(e) for e in result.errors]})
            written += 1
        done += 1
        versions += result.chunk.versions
        if progress is not None:
            progress(done, len(todo), versions, total_versions)

    if progress is not None:
        progress(0, len(todo), 0, total_versions)
    if engine == "inprocess":
        for chunk in todo:
            take(run_chunk(chunk, policy))
    elif todo:
        distributed = _need_distributed()
        with dask_client(scheduler, workers) as client:
            futures = client.map(run_chunk, todo, policy=policy, pure=False)
            by_key = {f.key: c for f, c in zip(futures, todo, strict=True)}
            for future in distributed.as_completed(futures):
                chunk = by_key[future.key]
                if future.status != "finished":
                    exc = future.exception()
                    why = f"task failed: {type(exc).__name__}: {exc}"
                    errors.extend((k, why) for k in chunk.keys)
                    done += 1
                    versions += chunk.versions
                    if progress is not None:
                        progress(done, len(todo), versions, total_versions)
                    continue
                take(future.result())
                future.release()
    pruned = dataset.prune({c.id for c in chunks}) if dataset is not None else 0
    return RunSummary(len(chunks), written, len(chunks) - len(todo), tuple(summaries),
                      tuple(errors), pruned)


def engine_rows(collection: Archive | ArchiveSet, keys: list[str], policy: Policy, *,
                engine: str = "inprocess", scheduler: str | None = None,
                workers: int | None = None,
                progress: Progress | None = None) -> list[StoryRows]:
    """The research rows of ``keys`` (stories of ``collection``) made on ``engine``, in key
    order. Unlike a dataset run, a failed story fails the whole call (EngineError naming it):
    an export is all its stories or nothing."""
    from versiontrack.archive.shards import stories_by_shard

    wanted = set(keys)
    chunks = plan_chunks([e for e in stories_by_shard(collection) if e[2].key in wanted])
    made: list[StoryRows] = []
    summary = run_plan(chunks, policy, engine=engine, scheduler=scheduler, workers=workers,
                       progress=progress, on_result=lambda r: made.extend(r.rows))
    if summary.errors:
        key, why = sorted(summary.errors)[0]
        more = f" (and {len(summary.errors) - 1} more)" if len(summary.errors) > 1 else ""
        raise EngineError(f"story {key} failed: {why}{more}")
    return sorted(made, key=lambda r: r.story.story)
