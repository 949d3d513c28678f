"""CSV and Parquet exports: the findings database's tables as files with the same columns.

``OUT`` is a folder holding ``findings.db`` (the database, brought up to date incrementally),
one ``TABLE.csv`` or ``TABLE.parquet`` per table (and ``errors``: the stories left out, with
why) and a ``versiontrack-export.json`` manifest
that marks the folder as ours. Each file is written beside its place and renamed over it, so no
file is ever half-written. Parquet needs pyarrow (``pip install 'versiontrack[research]'``).
"""

from __future__ import annotations

import csv
import importlib
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from versiontrack.audit.judge import DEFAULT_POLICY, Policy
from versiontrack.errors import InputError
from versiontrack.research.eventrows import EVENT_TABLES
from versiontrack.research.rows import (
    ChangeRow,
    FindingRow,
    HeadlineRow,
    NoteRow,
    StoryRow,
    _Row,
    columns,
)
from versiontrack.research.sqlite import (
    ERRORS_TABLE,
    ExportResult,
    RowMaker,
    export_sqlite,
    replacing,
)

if TYPE_CHECKING:
    from versiontrack.archive.shards import ArchiveSet
    from versiontrack.archive.store import Archive

__all__ = ["FILE_TABLES", "FORMATS", "MANIFEST", "TABULAR_TABLES", "arrow_table", "export_tabular",
           "need_pyarrow"]

MANIFEST = "versiontrack-export.json"
FORMATS = ("csv", "parquet")
#: The tables written as files (stories too, so rows can be joined to their outlet).
TABULAR_TABLES: tuple[type[_Row], ...] = (StoryRow, ChangeRow, FindingRow, NoteRow, HeadlineRow)
#: Every table an export writes as files: the per-story ones, then the cross-outlet event tables.
FILE_TABLES: tuple[type[_Row], ...] = (*TABULAR_TABLES, *EVENT_TABLES)
RESEARCH_HINT = "pip install 'versiontrack[research]'"


def need_pyarrow() -> Any:
    """The pyarrow module, or InputError saying how to install it."""
    # Imported by name: pyarrow ships no type hints, and its calls here are checked by tests.
    try:
        pa = importlib.import_module("pyarrow")
        importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise InputError(f"Parquet export needs pyarrow: {RESEARCH_HINT}") from None
    return pa


def _check_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} exists and is not a folder; give a folder for {'/'.join(FORMATS)}")
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
        raise InputError(f"{out} is a folder that is not a versiontrack export; "
                         "refusing to write into it")


def _arrow_type(pa: Any, hint: str) -> Any:
    if "bool" in hint:
        return pa.bool_()
    if "float" in hint:
        return pa.float64()
    if "int" in hint:
        return pa.int64()
    return pa.string()


def export_tabular(archive: Archive | ArchiveSet, out: Path, fmt: str,
                   policy: str | Policy = DEFAULT_POLICY, grace_hours: float | None = None,
                   make_rows: RowMaker | None = None) -> ExportResult:
    """Write the tables of :data:`FILE_TABLES` as ``fmt`` files into the folder ``out``
    (``make_rows``: as :func:`~versiontrack.research.sqlite.export_sqlite`)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet":
        need_pyarrow()  # before any work: a missing extra is said at once
    out = Path(out)
    _check_folder(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {out}: {exc.strerror}") from None
    result = export_sqlite(archive, out / "findings.db", policy, grace_hours,
                           make_rows=make_rows)
    con = sqlite3.connect(f"file:{result.out}?mode=ro", uri=True)
    try:
        for row_type in FILE_TABLES:
            cols = columns(row_type)
            order = ", ".join(f"[{c}]" for c in row_type.__dataclass_fields__  # type: ignore[attr-defined]
                              if c in ("event", "story", "from_version", "to_version", "seq",
                                       "copy_paragraph", "old_value", "new_value",
                                       "version"))
            cur = con.execute(f"SELECT {', '.join(f'[{c}]' for c in cols)} "
                              f"FROM [{row_type.table}] ORDER BY {order}")
            target = out / f"{row_type.table}.{fmt}"
            with replacing(target, f".{fmt}") as tmp:
                if fmt == "csv":
                    with open(tmp, "w", encoding="utf-8", newline="") as fh:
                        w = csv.writer(fh)
                        w.writerow(cols)
                        w.writerows(cur)
                else:
                    _write_parquet(tmp, row_type, cols, cur.fetchall())
        # The stories this export had to leave out, with why (empty when none failed).
        errors = con.execute(f"SELECT story, error FROM [{ERRORS_TABLE}] ORDER BY story"
                             ).fetchall()
        with replacing(out / f"{ERRORS_TABLE}.{fmt}", f".{fmt}") as tmp:
            if fmt == "csv":
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    w = csv.writer(fh)
                    w.writerow(["story", "error"])
                    w.writerows(errors)
            else:
                pa = need_pyarrow()
                importlib.import_module("pyarrow.parquet").write_table(pa.Table.from_arrays(
                    [pa.array([e[0] for e in errors], type=pa.string()),
                     pa.array([e[1] for e in errors], type=pa.string())],
                    names=["story", "error"]), tmp)
    finally:
        con.close()
    manifest = {"source": "versiontrack", "format": fmt,
                "tables": [t.table for t in FILE_TABLES] + [ERRORS_TABLE],
                "database": "findings.db"}
    with replacing(out / MANIFEST, ".json") as tmp:
        tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return result


def _write_parquet(path: Path, row_type: type[_Row], cols: list[str],
                   rows: list[tuple[Any, ...]]) -> None:
    pq = importlib.import_module("pyarrow.parquet")
    pq.write_table(arrow_table(row_type, rows, cols), path)


def arrow_table(row_type: type[_Row], rows: Sequence[Sequence[Any]],
                cols: list[str] | None = None) -> Any:
    """A pyarrow Table of ``rows`` (value tuples in ``cols`` order, by default every column)
    with the column types of ``row_type``: the schema every Parquet file of the table shares."""
    pa = need_pyarrow()
    cols = cols or columns(row_type)
    hints = {c: str(row_type.__annotations__[c]) for c in cols}
    arrays = []
    for i, c in enumerate(cols):
        kind = _arrow_type(pa, hints[c])
        values = [r[i] for r in rows]
        if kind == pa.bool_():
            values = [None if v is None else bool(v) for v in values]
        arrays.append(pa.array(values, type=kind))
    return pa.Table.from_arrays(arrays, names=cols)
