"""Commands for researchers: ``stats``; and the ``export`` formats sqlite, csv and parquet."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import click

from versiontrack.cli import main
from versiontrack.cli.common import archive_option, echo, echo_json, open_archive, print_table

#: ``export --format`` values written by the research package.
RESEARCH_FORMATS = ("sqlite", "csv", "parquet")


def research_export(archive_path: Path, out: Path, fmt: str, policy: str,
                    grace_hours: float | None) -> None:
    """Run an export in a research format and print one line saying what it did."""
    from versiontrack.audit.judge import get_policy

    pol = get_policy(policy, grace_hours)
    with open_archive(archive_path) as archive:
        if fmt == "sqlite":
            from versiontrack.research.sqlite import export_sqlite

            result = export_sqlite(archive, out, pol)
        else:
            from versiontrack.research.tabular import export_tabular

            result = export_tabular(archive, out, fmt, pol)
    how = "full" if result.full else "incremental"
    echo(f"exported {result.stories} story(ies) to {out} ({how}: {result.written} written, "
         f"{result.removed} removed, {result.rows} rows, policy {pol.name})")
    if fmt == "sqlite" and result.metadata is not None:
        echo(f"browse with: datasette {out} -m {result.metadata}")


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
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@click.option("--policy", type=click.Choice(["corrections", "strict", "transparency",
                                             "same-day-grace"]),
              default="corrections", show_default=True,
              help="The audit policy the verdicts are judged under (see audit --help).")
@archive_option
def stats(by: str | None, db_path: Path | None, as_json: bool, as_csv: bool, policy: str,
          archive_path: Path) -> None:
    """Measures of the archive, overall or --by outlet, month or label.

    Stories tracked; the share changed after first capture; the share with a substantive
    change; of the changes to what was published, the share disclosed by a note; the median
    hours from first capture to the first substantive change; the share with a headline edit;
    notes per 1,000 stories.

    \b
    Exit codes: 0 ok, 1 error, 2 usage.
    """
    from versiontrack.research.sqlite import export_sqlite
    from versiontrack.research.stats import archive_stats

    if as_json and as_csv:
        raise click.UsageError("give --json or --csv, not both")
    with tempfile.TemporaryDirectory(prefix="versiontrack-stats-") as tmp:
        target = db_path or Path(tmp) / "findings.db"
        with open_archive(archive_path) as archive:
            export_sqlite(archive, target, policy)
        rows = archive_stats(target, by or "")
    if as_json:
        echo_json({"by": by or "all", "policy": policy, "groups": [r.to_dict() for r in rows]})
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
