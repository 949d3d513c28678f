"""The task: audit one chunk of stories from its shard, opened read-only, into research rows.

:func:`run_chunk` is what a Dask worker (or the in-process engine) runs; it takes and returns
plain picklable records. A story that fails is returned as an error, never raised, so one bad
story cannot abort a run. The rows are :func:`versiontrack.research.rows.rows_from_audit`'s,
the same that ``export --format sqlite|csv|parquet`` writes. For a dataset run the task also
encodes them as the Parquet files of its tables (``tables=True``): that work then runs on the
workers, in parallel, and what travels back is a few byte strings rather than a pickle of
many small row records, which the one client would otherwise unpickle, convert and encode
alone while the workers wait for cores.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from versiontrack.audit.judge import Policy, StoryAudit, audit_versions
from versiontrack.models import Article, Version
from versiontrack.research.rows import StoryRows, rows_from_audit
from versiontrack.scale.plan import Chunk

__all__ = ["ChunkResult", "StorySummary", "audit_history", "chunk_tables", "run_chunk"]

#: Seconds each chunk waits before its work: a test hook, so that a test can kill a worker
#: while its chunks are still running. Unset (no wait) in real runs.
DELAY_ENV = "VERSIONTRACK_TEST_CHUNK_DELAY"


@dataclass(frozen=True)
class StorySummary:
    """What ``audit --all`` prints for one story (its counts, as ``StoryAudit.to_dict()``)."""

    story: str
    headline: str
    outlet: str
    versions: int
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ChunkResult:
    """A chunk's rows (one :class:`StoryRows` per story), summaries and failed stories; or,
    made with ``tables=True``, its rows as the Parquet files of its tables instead."""

    chunk: Chunk
    rows: tuple[StoryRows, ...]
    summaries: tuple[StorySummary, ...]
    errors: tuple[tuple[str, str], ...]  # (story, "Kind: message")
    #: with ``tables=True``: each table that has rows, as the bytes of its Parquet file
    parquet: dict[str, bytes] = field(default_factory=dict, compare=False)


def chunk_tables(result: ChunkResult) -> dict[str, Any]:
    """The chunk's rows as pyarrow Tables: the tables (and columns) ``export --format parquet``
    writes, and ``errors``."""
    from versiontrack.research.tabular import TABULAR_TABLES, arrow_table
    from versiontrack.scale.dataset import need_pyarrow

    tables = {t.table: arrow_table(t, [tuple(r.as_dict().values()) for s in result.rows
                                       for r in s.of(t.table)])
              for t in TABULAR_TABLES}
    pa = need_pyarrow()
    tables["errors"] = pa.Table.from_pylist(
        [{"story": k, "shard": result.chunk.shard, "error": e} for k, e in result.errors],
        schema=pa.schema([("story", pa.string()), ("shard", pa.string()),
                          ("error", pa.string())]))
    return tables


def audit_history(history: Sequence[tuple[Version, Article, bytes]], key: str,
                  policy: Policy) -> StoryAudit:
    return audit_versions(history, policy, story=key)


def parquet_bytes(table: Any) -> bytes:
    """``table`` (a pyarrow Table) as the bytes of a Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue())


def run_chunk(chunk: Chunk, policy: Policy, tables: bool = False) -> ChunkResult:
    """Audit every story of ``chunk`` from its shard (opened read-only) into rows; with
    ``tables``, into the Parquet files of its tables (the result's ``rows`` are then empty),
    so the one client that writes them has only bytes to put on disk."""
    result = _audit_chunk(chunk, policy)
    if tables:
        files = {name: parquet_bytes(t) for name, t in chunk_tables(result).items()
                 if t.num_rows}
        return replace(result, rows=(), parquet=files)
    return result


def _audit_chunk(chunk: Chunk, policy: Policy) -> ChunkResult:
    from versiontrack.archive.store import Archive

    rows: list[StoryRows] = []
    summaries: list[StorySummary] = []
    errors: list[tuple[str, str]] = []
    delay = os.environ.get(DELAY_ENV)
    if delay:
        time.sleep(float(delay))
    try:
        archive = Archive.open(chunk.path, read_only=True)
    # The shard itself is unreadable here: every story of the chunk carries the error.
    except Exception as exc:  # noqa: BLE001
        why = f"{type(exc).__name__}: {exc}"
        return ChunkResult(chunk, (), (), tuple((k, why) for k in chunk.keys))
    with archive:
        for key in chunk.keys:
            try:
                history = archive.history(key, raw=True)
                audit = audit_history(history, key, policy)
                story_rows = rows_from_audit(audit, history, chunk.outlet)
            # One broken story is recorded with its error; the chunk goes on.
            except Exception as exc:  # noqa: BLE001
                errors.append((key, f"{type(exc).__name__}: {exc}"))
                continue
            rows.append(story_rows)
            summaries.append(StorySummary(key, story_rows.story.headline, chunk.outlet,
                                          len(audit.versions),
                                          tuple(audit.to_dict()["counts"].items())))
    return ChunkResult(chunk, tuple(rows), tuple(summaries), tuple(errors))
