"""Options and helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive

DEFAULT_ARCHIVE = "archive"


def archive_option(f: Callable[..., Any]) -> Callable[..., Any]:
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


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for programs.")(f)


def open_archive(path: Path, create: bool = False, lock_timeout: float | None = None) -> Archive:
    """Open the archive at ``path`` (creating it only when ``create``: read commands never do);
    errors are library errors."""
    from versiontrack.archive.store import Archive

    return Archive.open(path, create=create, lock_timeout=lock_timeout)


def echo(message: Any = "", **kwargs: Any) -> None:
    """``click.echo`` for text that may hold scraped characters: control characters (terminal
    escape sequences) are shown as ``\\xNN``, never sent to the terminal as they are."""
    from versiontrack.render.controls import for_terminal

    click.echo(for_terminal(str(message)), **kwargs)


def echo_json(data: Any) -> None:
    from versiontrack.render.controls import json_for_terminal

    click.echo(json_for_terminal(json.dumps(data, indent=2, ensure_ascii=False, default=str)))


def is_tty() -> bool:
    return sys.stderr.isatty()
