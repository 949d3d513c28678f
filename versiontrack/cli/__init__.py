"""The ``versiontrack`` command line: a thin click skin over the library.

Only this package imports click. Each area's commands live in their own module and import the
library lazily inside the command, so ``versiontrack --help`` starts fast.
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from typing import Any

import click

from versiontrack._version import __version__
from versiontrack.errors import VersionTrackError
from versiontrack.render.controls import for_terminal


class _ErrorMappingGroup(click.Group):
    """Turns library errors into one-line messages with their documented exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return self._invoke(ctx)
        finally:
            from versiontrack.cli.common import close_open_line

            close_open_line()  # a progress bar cut short: the message goes on a line of its own

    def _invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VersionTrackError as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise _error_class(exc.exit_code)(for_terminal(message)) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            # Click's own "Aborted!" with exit 1 reads like a failure of ours; the shell's
            # convention for Ctrl-C is 128 + SIGINT.
            raise _error_class(INTERRUPTED)("interrupted (Ctrl-C)") from None
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(1) from None
        except OSError as exc:
            if exc.filename is None:
                raise _internal(exc) from exc
            # A path the user gave that cannot be read or written: their input, not our bug.
            where = exc.filename if exc.filename2 is None else f"{exc.filename} -> {exc.filename2}"
            raise click.ClickException(for_terminal(f"{where}: {exc.strerror or exc}")) from exc
        except Exception as exc:  # a bug: one line for users, the traceback on request
            raise _internal(exc) from exc


def _internal(exc: Exception) -> click.ClickException:
    """An internal error (a bug): one line, with the traceback printed when asked for."""
    if os.environ.get("VERSIONTRACK_DEBUG"):
        traceback.print_exception(exc)
    return click.ClickException(
        f"internal error: {type(exc).__name__}: {for_terminal(str(exc))} "
        "(set VERSIONTRACK_DEBUG=1 for a traceback)"
    )


@functools.cache
def _error_class(code: int) -> type[click.ClickException]:
    """A ClickException subclass that exits with ``code`` (exit_code is a class attribute)."""
    return type(f"VersionTrackExit{code}", (click.ClickException,), {"exit_code": code})


#: The exit code after Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from versiontrack._build import differ_build

    click.echo(f"versiontrack {__version__} ({differ_build()})")
    ctx.exit()


@click.group(cls=_ErrorMappingGroup, context_settings=CONTEXT_SETTINGS)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_version, help="Show the version and which differ build runs.")
def main() -> None:
    """Track how news articles change after publication, and audit whether they said so.

    \b
    Exit codes: 0 ok, 1 error, 2 usage error, 3 --fail-on condition found,
    4 archive locked by another versiontrack process, 5 a Dask run lost its cluster,
    130 interrupted with Ctrl-C.
    The archive is ./archive unless --archive or VERSIONTRACK_ARCHIVE says otherwise.
    """


# Registration: each module adds its commands to ``main``.
from versiontrack.cli import (  # noqa: F401, E402 - the commands need ``main`` defined first
    archive_cmds,
    audit_cmds,
    demo_cmds,
    diff_cmds,
    event_cmds,
    import_cmds,
    notify_cmds,
    report_cmds,
    research_cmds,
    snapshot_cmds,
    story_cmds,
)

__all__ = ["main"]
