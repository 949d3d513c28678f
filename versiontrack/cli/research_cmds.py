"""Commands for researchers: ``stats``; and the ``export`` formats sqlite, csv and parquet."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    DEFAULT_POLICY,
    POLICY_NAMES,
    archive_option,
    check_engine,
    echo,
    echo_json,
    engine_options,
    engine_progress,
    open_collection,
    print_table,
)

if TYPE_CHECKING:
    from versiontrack.archive.shards import ArchiveSet
    from versiontrack.archive.store import Archive
    from versiontrack.audit.judge import Policy
    from versiontrack.research.sqlite import RowMaker

#: ``export --format`` values written by the research package.
RESEARCH_FORMATS = ("sqlite", "csv", "parquet")


@dataclass(frozen=True)
class Engine:
    """Where the rows are made: ``--engine``, ``--scheduler``, ``--workers``."""

    name: str = "inprocess"
    scheduler: str | None = None
    workers: int | None = None

    def row_maker(self, collection: Archive | ArchiveSet, pol: Policy) -> RowMaker | None:
        """None in-process (the export's own loop), else rows made on Dask."""
        if self.name == "inprocess":
            return None
        from versiontrack.scale.engine import engine_rows

        def make(keys: list[str]) -> Iterable[Any]:
            return engine_rows(collection, keys, pol, engine=self.name,
                               scheduler=self.scheduler, workers=self.workers,
                               progress=engine_progress(len(keys)))

        return make


def research_export(archive_path: Path, out: Path, fmt: str, policy: str,
                    grace_hours: float | None, engine: Engine | None = None) -> None:
    """Run an export in a research format and print one line saying what it did."""
    from versiontrack.audit.judge import get_policy

    pol = get_policy(policy, grace_hours)
    engine = engine or Engine()
    with open_collection(archive_path) as archive:
        make = engine.row_maker(archive, pol)
        if fmt == "sqlite":
            from versiontrack.research.sqlite import export_sqlite

            result = export_sqlite(archive, out, pol, make_rows=make)
        else:
            from versiontrack.research.tabular import export_tabular

            result = export_tabular(archive, out, fmt, pol, make_rows=make)
    how = "full" if result.full else "incremental"
    echo(f"exported {result.stories} story(ies) to {out} ({how}: {result.written} written, "
         f"{result.removed} removed, {result.rows} rows, policy {pol.name})")
    if fmt == "sqlite" and result.metadata is not None:
        echo(f"browse with: datasette {out} -m {result.metadata}")
    left_out(result.errors)


def left_out(errors: tuple[tuple[str, str], ...]) -> None:
    """Name the stories an export left out (on stderr) and exit 1; nothing when none."""
    if not errors:
        return
    from versiontrack.errors import EXIT_ERROR

    for key, why in errors:
        echo(f"Error: {key}: {why}", err=True)
    echo(f"{len(errors)} story(ies) left out (listed in the errors table); the rest is "
         "written, and the next run tries them again", err=True)
    click.get_current_context().exit(EXIT_ERROR)


_HEADERS = {
    "group": "GROUP", "stories": "STORIES", "changed_share": "CHANGED",
    "substantive_share": "SUBSTANTIVE", "corrections": "CORRECTIONS",
    "corrections_disclosed": "DISCLOSED", "median_hours_to_first_substantive": "MEDIAN H",
    "headline_edit_share": "HEADLINE", "notes_per_1000_stories": "NOTES/1000",
}


def _cell(value: object, share: bool) -> str:
    if value is None:
        return "-"
    if share and isinstance(value, float):
        return f"{value:.1%}"
    return str(value)


@main.command()
@click.option("--by", type=click.Choice(["outlet", "month", "label"]), default=None,
              help="One row per outlet, per month of first capture, or per change label "
              "(a story counts under each label its judged changes carry).")
@click.option("--db", "db_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Keep the findings database here (as export --format sqlite writes it) and "
              "bring it up to date incrementally; without it, a temporary one is used.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for programs.")
@click.option("--csv", "as_csv", is_flag=True,
              help="Print CSV (a header, then one line per group) for spreadsheets.")
@click.option("--policy", type=click.Choice(POLICY_NAMES), default=DEFAULT_POLICY,
              show_default=True,
              help="The audit policy the verdicts are judged under (see audit --help).")
@engine_options("")
@archive_option
def stats(by: str | None, db_path: Path | None, as_json: bool, as_csv: bool, policy: str,
          engine: str, scheduler: str | None, workers: int | None, archive_path: Path) -> None:
    """Measures of the archive, overall or --by outlet, month or label.

    Stories tracked; the share changed after first capture; the share with a substantive
    change; of the changes to what was published, the share disclosed by a note; the median
    hours from first capture to the first substantive change; the share with a headline edit;
    notes per 1,000 stories. --archive may name an archive set (a .toml manifest); --engine
    dask makes the rows on a Dask cluster, with the same result.

    \b
    Exit codes: 0 ok, 1 error (also after the figures when a story could not be audited:
    it is named on stderr and left out of them), 2 usage, 5 the Dask cluster lost every
    worker.
    """
    from versiontrack.audit.judge import get_policy
    from versiontrack.research.sqlite import export_sqlite
    from versiontrack.research.stats import archive_stats

    if as_json and as_csv:
        raise click.UsageError("give --json or --csv, not both")
    check_engine(engine, scheduler, workers)
    pol = get_policy(policy)
    with tempfile.TemporaryDirectory(prefix="versiontrack-stats-") as tmp:
        target = db_path or Path(tmp) / "findings.db"
        with open_collection(archive_path) as archive:
            make = Engine(engine, scheduler, workers).row_maker(archive, pol)
            errors = export_sqlite(archive, target, pol, make_rows=make).errors
        rows = archive_stats(target, by or "")
    _print_stats(rows, by, policy, as_json, as_csv, errors)
    left_out(errors)


def _print_stats(rows: list[Any], by: str | None, policy: str, as_json: bool, as_csv: bool,
                 errors: tuple[tuple[str, str], ...]) -> None:
    if as_json:
        echo_json({"by": by or "all", "policy": policy, "groups": [r.to_dict() for r in rows],
                   "errors": [{"story": k, "error": e} for k, e in errors]})
        return
    keys = list(_HEADERS)
    if as_csv:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(keys)
        for r in rows:
            w.writerow(["" if v is None else v for v in r.to_dict().values()])
        echo(buf.getvalue(), nl=False)
        return
    shares = {"changed_share", "substantive_share", "corrections_disclosed",
              "headline_edit_share"}
    print_table([_HEADERS[k] for k in keys],
                [[_cell(v, k in shares) for k, v in r.to_dict().items()] for r in rows],
                right=tuple(range(1, len(keys))), shrink={0: 16})
