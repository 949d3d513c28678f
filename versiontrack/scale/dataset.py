"""The output: a Parquet dataset, one folder per table, partitioned by outlet and month.

Layout of ``OUT``::

    versiontrack-dataset.json                marks the folder as ours
    <table>/outlet=<o>/month=<YYYY-MM>/<chunk>.parquet
    _done/<chunk>                            written last: the chunk is complete, and under
                                             which policy (a run under another redoes it)

``outlet`` and ``month`` (of the story's first capture) live in the folder names (hive style,
URI-encoded), as Dask, pandas, DuckDB and pyarrow read them back. Each file is written beside
its place and renamed over it, and a chunk counts as written only when its ``_done`` mark is,
so a run killed mid-chunk leaves nothing that a re-run would take for finished. Files of chunks
the current plan does not hold (an archive that changed since) are removed at the end of a run.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import quote

from versiontrack.errors import EngineError, InputError
from versiontrack.scale.plan import Chunk

__all__ = ["MARK", "SCALE_HINT", "Dataset", "need_pyarrow", "read_table"]

MARK = "versiontrack-dataset.json"
SCALE_HINT = "pip install 'versiontrack[scale]'"


def need_pyarrow() -> Any:
    """The pyarrow module, or EngineError saying how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise EngineError(f"the Parquet dataset needs pyarrow: {SCALE_HINT}") from None
    return pyarrow


def _part(value: str) -> str:
    return quote(value or "_", safe="")


class Dataset:
    """The dataset folder ``out``: which chunks are written, and writing one."""

    def __init__(self, out: Path, force: bool = False, policy: str | None = None) -> None:
        self.pa = need_pyarrow()
        self.out = Path(out)
        #: what a chunk's mark must name to count as done (the run's policy), when given
        self.policy = policy
        if self.out.exists() and not self.out.is_dir():
            raise InputError(f"{self.out} exists and is not a folder")
        if self.out.is_dir() and any(self.out.iterdir()) and not (self.out / MARK).is_file():
            raise InputError(f"{self.out} is a folder that is not a versiontrack dataset; "
                             "refusing to write into it")
        try:
            if force and self.out.is_dir():
                shutil.rmtree(self.out)
            (self.out / "_done").mkdir(parents=True, exist_ok=True)
            (self.out / MARK).write_text(json.dumps({"format": "versiontrack-dataset/1"}) + "\n",
                                         encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write to {self.out}: {exc.strerror}") from None

    def done(self, chunk: Chunk) -> bool:
        """Whether the chunk is written, under this run's policy when it has one: rows judged
        under another policy (or marks from before policies were kept) are redone, and so is
        a chunk with a story that failed (the next run tries it again)."""
        mark = self.mark(chunk)
        return (bool(mark) and not mark.get("errors")
                and (self.policy is None or mark.get("policy") == self.policy))

    def write(self, chunk: Chunk, tables: dict[str, Any], mark: dict[str, Any]) -> None:
        """Write the chunk's tables (pyarrow Tables, or the bytes of their Parquet files;
        tables with no rows get no file), then its mark, which holds ``mark`` (what a re-run
        that skips the chunk reports for it)."""
        pq = self.pa.parquet
        done = self.out / "_done" / chunk.id
        # A chunk redone (under another policy, or after a kill) stops counting as written
        # before its files change, and loses the files of tables it no longer has rows in.
        try:
            done.unlink(missing_ok=True)
        except OSError as exc:
            raise InputError(f"cannot write {done}: {exc.strerror}") from None
        kept: set[Path] = set()
        for table, rows in tables.items():
            if not isinstance(rows, bytes) and not rows.num_rows:
                continue
            folder = (self.out / table / f"outlet={_part(chunk.outlet)}" /
                      f"month={_part(chunk.month)}")
            path = folder / f"{chunk.id}.parquet"
            kept.add(path)
            tmp = path.with_name(f".{path.name}.part")  # a leading dot: readers skip it
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if isinstance(rows, bytes):
                    tmp.write_bytes(rows)
                else:
                    pq.write_table(rows, tmp)
                os.replace(tmp, path)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise InputError(f"cannot write {path}: {exc.strerror}") from None
        for path in self.out.glob(f"*/outlet={_part(chunk.outlet)}/month={_part(chunk.month)}/"
                                  f"{chunk.id}.parquet"):
            if path not in kept:
                path.unlink()
        tmp = done.with_name(f".{done.name}.part")
        try:
            tmp.write_text(json.dumps({"shard": chunk.shard, **mark}, ensure_ascii=False) + "\n",
                           encoding="utf-8")
            os.replace(tmp, done)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise InputError(f"cannot write {done}: {exc.strerror}") from None

    def mark(self, chunk: Chunk) -> dict[str, Any]:
        """What :meth:`write` kept in the chunk's mark ({} when it cannot be read)."""
        try:
            data = json.loads((self.out / "_done" / chunk.id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def prune(self, planned: set[str]) -> int:
        """Remove files and marks of chunks not in ``planned``; how many chunks went."""
        gone: set[str] = set()
        for mark in (self.out / "_done").iterdir():
            if mark.name.lstrip(".").split(".", 1)[0] not in planned:
                mark.unlink()
                gone.add(mark.name)
        for path in self.out.glob("*/outlet=*/month=*/*.parquet*"):
            chunk = path.name.lstrip(".").split(".", 1)[0]
            if chunk not in planned:
                path.unlink()
                gone.add(chunk)
        return len(gone)


def read_table(out: Path, table: str) -> list[dict[str, Any]]:
    """Every row of ``table`` in the dataset at ``out``, with its outlet and month (decoded)."""
    pa = need_pyarrow()
    import pyarrow.dataset as ds

    folder = Path(out) / table
    if not folder.is_dir():
        return []
    # Spelled out: inferred, an outlet named "2024" would come back as a number.
    parts = ds.partitioning(pa.schema([("outlet", pa.string()), ("month", pa.string())]),
                            flavor="hive")
    data = ds.dataset(folder, format="parquet", partitioning=parts)
    rows: list[dict[str, Any]] = data.to_table().to_pylist()
    for row in rows:
        for k in ("outlet", "month"):
            if row.get(k) == "_":
                row[k] = ""
    return rows
