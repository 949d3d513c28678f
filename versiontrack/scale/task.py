"""The task: audit one chunk of stories from its shard, opened read-only, into rows.

:func:`run_chunk` is what a Dask worker (or the in-process engine) runs; it takes and returns
plain picklable records. A story that fails is returned as an error row, never raised, so one
bad story cannot abort a run.

The rows come from :func:`story_tables`, the one seam to the findings schema. Until the research
rows (issue 14, ``versiontrack.research.rows``) are in this tree, the tables are the audit's own
JSON records: ``stories`` (one row per story: its counts) and ``findings`` (one row per finding).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from versiontrack.audit.judge import Policy, StoryAudit, audit_versions
from versiontrack.models import Article, Version
from versiontrack.scale.plan import Chunk

__all__ = ["TABLES", "ChunkResult", "StorySummary", "run_chunk", "story_tables"]

#: The tables a run writes, besides ``errors``.
TABLES = ("stories", "findings")

Row = dict[str, Any]


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
    """A chunk's rows per table, its stories' summaries and its failed stories."""

    chunk: Chunk
    tables: tuple[tuple[str, tuple[Row, ...]], ...]
    summaries: tuple[StorySummary, ...]
    errors: tuple[tuple[str, str], ...]  # (story, "Kind: message")

    def rows(self, table: str) -> tuple[Row, ...]:
        return dict(self.tables).get(table, ())


def _flat(value: Any) -> Any:
    """A Parquet-friendly cell: nested records as JSON text."""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def story_tables(audit: StoryAudit, headline: str) -> dict[str, list[Row]]:
    """One audited story's rows, per table (the seam to the research schema: see the module)."""
    data = audit.to_dict()
    story: Row = {"story": audit.story, "headline": headline, "policy": audit.policy,
                  "grace_hours": float(audit.grace_hours), "versions": len(audit.versions),
                  **{k.replace("-", "_"): int(n) for k, n in data["counts"].items()}}
    findings = [{"story": audit.story, "seq": seq, "verdict": f["kind"], "policy": audit.policy,
                 "from_version": f["from_version"], "to_version": f["to_version"],
                 "reason": f["reason"], "message": f["message"], "change": _flat(f["change"]),
                 "note": _flat(f["note"])}
                for seq, f in enumerate(data["findings"])]
    return {"stories": [story], "findings": findings}


def audit_history(history: Sequence[tuple[Version, Article, bytes]], key: str,
                  policy: Policy) -> StoryAudit:
    return audit_versions(history, policy, story=key)


def run_chunk(chunk: Chunk, policy: Policy) -> ChunkResult:
    """Audit every story of ``chunk`` from its shard (opened read-only) into rows."""
    from versiontrack.archive.store import Archive

    tables: dict[str, list[Row]] = {t: [] for t in TABLES}
    summaries: list[StorySummary] = []
    errors: list[tuple[str, str]] = []
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
                headline = history[-1][1].headline if history else ""
                for table, rows in story_tables(audit, headline).items():
                    tables[table] += rows
            # One broken story is recorded with its error; the chunk goes on.
            except Exception as exc:  # noqa: BLE001
                errors.append((key, f"{type(exc).__name__}: {exc}"))
                continue
            summaries.append(StorySummary(key, headline, chunk.outlet, len(audit.versions),
                                          tuple(audit.to_dict()["counts"].items())))
    return ChunkResult(chunk, tuple((t, tuple(r)) for t, r in tables.items()),
                       tuple(summaries), tuple(errors))
