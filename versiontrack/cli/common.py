"""Options and helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

DEFAULT_ARCHIVE = "archive"


def archive_option(f: Callable) -> Callable:
    """``--archive PATH`` (env ``VERSIONTRACK_ARCHIVE``, default ``./archive``)."""
    return click.option(
        "--archive",
        "archive_path",
        type=click.Path(path_type=Path, file_okay=True, dir_okay=True),
        envvar="VERSIONTRACK_ARCHIVE",
        default=DEFAULT_ARCHIVE,
        show_default=True,
        show_envvar=True,
        help="The archive: a git repository versiontrack manages.",
    )(f)


def json_option(f: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for programs.")(f)


def open_archive(path: Path, create: bool = False, lock_timeout: float | None = None):
    """Open the archive at ``path`` (creating it only when ``create``: read commands never do);
    errors are library errors."""
    from versiontrack.archive.store import Archive

    return Archive.open(path, create=create, lock_timeout=lock_timeout)


def echo_recovered(archive: Any) -> None:
    """Say on stderr what the archive cleaned up after a killed writer (see archive.recover)."""
    for line in archive.recovered:
        click.echo(f"recovered: {line}", err=True)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def is_tty() -> bool:
    return sys.stderr.isatty()
