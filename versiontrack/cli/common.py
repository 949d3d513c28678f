"""Options and helpers shared by the command modules."""

from __future__ import annotations

import json
import os
import shutil
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from versiontrack.archive.shards import ArchiveSet
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
        help="The archive: a git repository versiontrack manages (stories, audit, export "
        "--format sqlite|csv|parquet and stats also take an archive-set manifest, a .toml file "
        "naming several archives).",
    )(f)


def engine_options(when: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--engine inprocess|dask``, ``--scheduler ADDRESS`` and ``--workers N``; ``when`` says
    which runs they apply to (as "With --all"; empty when every run)."""

    def add(f: Callable[..., Any]) -> Callable[..., Any]:
        f = click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                         help="With --engine dask and no --scheduler: local worker processes "
                         "(default: one per core).")(f)
        f = click.option("--scheduler", default=None, metavar="ADDRESS",
                         help="With --engine dask: an existing Dask scheduler "
                         "(tcp://HOST:PORT).")(f)
        return click.option("--engine", type=click.Choice(["inprocess", "dask"]),
                            default="inprocess", show_default=True,
                            help=(f"{when}: where" if when else "Where")
                            + " the work runs. dask: on the Dask cluster at --scheduler, or on "
                            "a local cluster using every core.")(f)

    return add


def check_engine(engine: str, scheduler: str | None, workers: int | None) -> None:
    """Usage error for --scheduler or --workers without --engine dask."""
    if (scheduler or workers) and engine != "dask":
        raise click.UsageError("--scheduler and --workers go with --engine dask")
    if scheduler and workers:
        raise click.UsageError("--workers is for the local cluster (no --scheduler); the "
                               "cluster at --scheduler runs the workers it has")


def engine_progress(count: int) -> Callable[[int, int, int, int], None]:
    """A progress bar that follows the cluster, on stderr: one rewritten line on a terminal,
    tenths otherwise (shown on a terminal, or for ``count`` >= 200 stories)."""
    show = is_tty() or count >= 200
    shown = [-1]

    def progress(done: int, total: int, versions: int, all_versions: int) -> None:
        if not show or not total:
            return
        tenth = versions * 10 // max(1, all_versions)
        if not is_tty() and tenth == shown[0] and done < total:
            return
        shown[0] = tenth
        width = 30
        fill = width * versions // max(1, all_versions)
        line = (f"[{'#' * fill}{'.' * (width - fill)}] {versions}/{all_versions} versions, "
                f"{done}/{total} parts")
        end = "\r" if is_tty() and done < total else "\n"
        click.echo(line + end, err=True, nl=False)
        line_open(end == "\r")

    return progress


#: Whether a progress line rewritten with "\r" is on the terminal (stderr) now.
_OPEN_LINE = [False]


def line_open(is_open: bool) -> None:
    """Note that a progress line is (or is no longer) waiting on stderr for its next update."""
    _OPEN_LINE[0] = is_open


def close_open_line() -> None:
    """Clear a progress line left on the terminal, so that an error (or Ctrl-C's message)
    starts on a line of its own instead of over the bar."""
    if _OPEN_LINE[0]:
        click.echo("\r\033[K", nl=False, err=True)
        _OPEN_LINE[0] = False


def complete_story(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[Any]:
    """Shell completion of a STORY argument: keys from the archive's index (read-only)."""
    from click.shell_completion import CompletionItem

    from versiontrack.archive.index import keys_matching

    archive = ctx.params.get("archive_path") or os.environ.get("VERSIONTRACK_ARCHIVE") \
        or DEFAULT_ARCHIVE
    return [CompletionItem(k) for k in keys_matching(Path(archive), incomplete)]


def complete_story_or_file(ctx: click.Context, param: click.Parameter,
                           incomplete: str) -> list[Any]:
    """Story keys, or the shell's own file completion when no key matches (``diff``)."""
    from click.shell_completion import CompletionItem

    return complete_story(ctx, param, incomplete) or [CompletionItem(incomplete, type="file")]


def http_url(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """An option that names a web address (``--url``, ``--base-url``, ``--archive-url``, ...):
    an http(s) URL with a host, else a usage error (exit 2) before anything is done."""
    from versiontrack.identity import is_web_url

    if value is None or value == "":
        return value
    if not is_web_url(value.strip()):
        raise click.BadParameter(f"not an http(s) URL: {value!r}")
    return value.strip()


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for programs.")(f)


def json_format_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--json`` for a command with ``--format json``: the same thing, one flag shorter."""
    return click.option("--json", "as_json", is_flag=True,
                        help="Print JSON for programs (the same as --format json).")(f)


def output_format(fmt: str, as_json: bool) -> str:
    """``fmt``, or "json" with ``--json``; a different ``--format`` given with it is a usage
    error."""
    if not as_json:
        return fmt
    ctx = click.get_current_context()
    if fmt != "json" and ctx.get_parameter_source("fmt") == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError(f"--json and --format {fmt} contradict each other")
    return "json"


def open_archive(path: Path, create: bool = False, lock_timeout: float | None = None) -> Archive:
    """Open the archive at ``path`` (creating it only when ``create``: read commands never do);
    errors are library errors."""
    from versiontrack.archive.store import Archive

    not_a_set(path)
    return Archive.open(path, create=create, lock_timeout=lock_timeout)


#: The commands that read an archive set (an archive-set manifest as --archive).
SET_READERS = "stories, audit, export --format sqlite|csv|parquet and stats"


def not_a_set(path: Path) -> None:
    """InputError when ``path`` is a file (an archive-set manifest, most likely) given to a
    command that works on one archive: say which commands read a set, rather than the archive's
    "is a file, not a directory"."""
    from versiontrack.errors import InputError

    if Path(path).expanduser().is_file():
        ctx = click.get_current_context()
        command = " ".join(["versiontrack", *ctx.command_path.split()[1:]])
        if ctx.info_name == "export":  # its research formats do read sets
            command += f" --format {ctx.params.get('fmt', 'files')}"
        raise InputError(f"{path} is a file, and `{command}` works on one archive folder: give "
                         f"a shard's folder as --archive (an archive-set manifest is read by "
                         f"{SET_READERS})")


def open_collection(path: Path) -> Archive | ArchiveSet:
    """For read commands: the archive at ``path``, or the archive set a ``.toml`` manifest
    names (every shard read-only)."""
    from versiontrack.archive.shards import open_collection as open_any

    return open_any(path)


def echo(message: Any = "", **kwargs: Any) -> None:
    """``click.echo`` for text that may hold scraped characters: control characters (terminal
    escape sequences) are shown as ``\\xNN``, never sent to the terminal as they are."""
    from versiontrack.render.controls import for_terminal

    click.echo(for_terminal(str(message)), **kwargs)


def echo_recovered(archive: Any) -> None:
    """Say on stderr what the archive cleaned up after a killed writer (see archive.recover)."""
    for line in archive.recovered:
        click.echo(f"recovered: {line}", err=True)


def echo_json(data: Any) -> None:
    from versiontrack.render.controls import json_for_terminal

    click.echo(json_for_terminal(json.dumps(data, indent=2, ensure_ascii=False, default=str)))


def is_tty() -> bool:
    return sys.stderr.isatty()


# ---------------------------------------------------------------------------------------------
# Tables that fit the terminal
# ---------------------------------------------------------------------------------------------

#: A table cell: its text, or (full text, short form used when the full table does not fit).
Cell = str | tuple[str, str]

ELLIPSIS = "\u2026"
_LEAST = 8  # columns a narrowed cell keeps when nothing else can give


def terminal_width() -> int | None:
    """Columns a table must fit in: ``$COLUMNS`` when set, the terminal's width when standard
    output is one, else None (piped output keeps whole values)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def text_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters count two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` columns; a cut is marked with an ellipsis."""
    if text_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = text_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + ELLIPSIS


def print_table(header: list[str], rows: list[list[Cell]], *, shrink: dict[int, int] | None = None,
                drop: tuple[int, ...] = (), right: tuple[int, ...] = (),
                cap: dict[int, int] | None = None) -> None:
    """Print a table in the terminal's width (:func:`terminal_width`).

    ``cap`` limits columns (index -> most columns) when a width is known; piped output keeps whole
    values for the programs reading it. When the table is too wide, it takes the cells' short
    forms, then narrows the ``shrink`` columns (index -> comfortable width), the widest first,
    then leaves out the ``drop`` columns in order, then narrows further. Cut values end with an
    ellipsis; ``--json`` always has them whole. ``right`` columns are right-aligned. Control
    characters are shown escaped (:func:`echo`) and measured as shown.
    """
    from versiontrack.render.controls import for_terminal

    def clean(cell: Cell) -> tuple[str, str]:
        full, short = cell if isinstance(cell, tuple) else (cell, cell)
        return for_terminal(full), for_terminal(short)

    cells = [[clean(c) for c in row] for row in rows]
    cols = list(range(len(header)))
    limit = terminal_width()
    if limit is None:
        cap = None

    def widths(short: bool) -> list[int]:
        out = []
        for i in cols:
            w = max([text_width(header[i])] + [text_width(r[i][short]) for r in cells])
            out.append(min(w, (cap or {}).get(i, w)))
        return out

    def total(ws: list[int], shown: list[int]) -> int:
        return sum(ws[i] for i in shown) + 2 * (len(shown) - 1)

    short = False
    ws = widths(False)
    shown = list(cols)

    def narrow(floors: dict[int, int], limit: int) -> None:
        while total(ws, shown) > limit:  # narrow the widest column that can give
            room = [i for i in floors if ws[i] > floors[i]]
            if not room:
                return
            ws[max(room, key=lambda i: ws[i])] -= 1

    if limit is not None and total(ws, shown) > limit:
        short = True
        ws = widths(True)
        natural = list(ws)
        narrow({i: min(ws[i], max(least, text_width(header[i])))
                for i, least in (shrink or {}).items()}, limit)
        for i in drop:
            if total(ws, shown) <= limit:
                break
            shown.remove(i)
            while total(ws, shown) < limit:  # give the room back to the narrowed columns
                room = [j for j in shrink or {} if ws[j] < natural[j]]
                if not room:
                    break
                ws[min(room, key=lambda j: ws[j])] += 1
        # Still too wide with every column left out that may be: narrower than comfortable.
        narrow({i: min(ws[i], max(_LEAST, text_width(header[i]))) for i in shrink or {}}, limit)
    for row in [[(h, h) for h in header], *cells]:
        parts = []
        for i in shown:
            text = cut(row[i][short], ws[i])
            pad = " " * (ws[i] - text_width(text))
            parts.append(pad + text if i in right else text + pad)
        click.echo("  ".join(parts).rstrip())


def progress_printer(label: str) -> Callable[[Any], None] | None:
    """A progress callback for long imports: one rewritten line on a terminal's stderr, nothing
    when stderr is not a terminal (programs read the summary instead)."""
    if not is_tty():
        return None

    def show(s: Any) -> None:
        skipped = sum(n for _, n in s.skipped)
        click.echo(f"\r{label}: {s.read} read, {s.new} new, {s.unchanged} unchanged, "
                   f"{skipped} skipped", nl=False, err=True)
        line_open(True)

    return show


def end_progress() -> None:
    if is_tty():
        click.echo("\r\033[K", nl=False, err=True)
        line_open(False)


#: Columns of a skipped record's detail on stderr.
SKIP_DETAIL_WIDTH = 160


def report_summary(label: str, summary: Any, as_json: bool, out: list[Any]) -> None:
    """Print an import's summary (or add it to ``out`` for JSON); problems go to stderr."""
    from versiontrack.render.controls import for_terminal

    if as_json:
        out.append({"source": label, **summary.to_dict()})
        return
    skipped = sum(n for _, n in summary.skipped)
    reasons = ", ".join(f"{r} {n}" for r, n in summary.skipped)
    records = "record" if summary.read == 1 else "records"
    echo(f"{label}: {summary.read} {records}: {summary.new} new, {summary.suspect} suspect, "
               f"{summary.unchanged} unchanged or already archived, {skipped} skipped"
               + (f" ({reasons})" if reasons else "")
               + f"; {summary.stories} {'story' if summary.stories == 1 else 'stories'}")
    for s in summary.examples:
        # A broken file's detail can quote its raw bytes at length: one screen line is enough
        # (--json keeps it whole).
        detail = (f": {cut(for_terminal(' '.join(s.detail.split())), SKIP_DETAIL_WIDTH)}"
                  if s.detail else "")
        echo(f"skipped: {s.where}: {s.reason}{detail}", err=True)
    if summary.problems > len(summary.examples):
        click.echo(f"skipped: ... and {summary.problems - len(summary.examples)} more problems",
                   err=True)


# Policy names are listed here rather than imported, so --help does not load the auditor.
POLICY_NAMES = ("corrections", "strict", "transparency", "same-day-grace")
DEFAULT_POLICY = "corrections"  # versiontrack.audit.judge.DEFAULT_POLICY


def grace_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--grace-hours N``: the same option wherever a command takes ``--policy``."""
    return click.option("--grace-hours", type=click.FloatRange(min=0), default=None, metavar="N",
                        help="Grace period, in hours: changes seen within N hours of first "
                        "publication need no note (same-day-grace: 24 by default; other "
                        "policies none).")(f)


def policy_option(f: Callable[..., Any]) -> Callable[..., Any]:
    f = grace_option(f)
    return click.option("--policy", type=click.Choice(POLICY_NAMES), default=DEFAULT_POLICY,
                        show_default=True,
                        help="corrections: a changed or removed fact needs a correction note, "
                        "added material none. strict: every substantive change needs a note. "
                        "transparency: as corrections, and added material needs an update note "
                        "or an \"Updated\" stamp. same-day-grace: strict, but changes seen "
                        "within 24 hours of first publication are exempt. Typo fixes never "
                        "need one.")(f)
