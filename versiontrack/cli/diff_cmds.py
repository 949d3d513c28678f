"""The ``diff`` command: compare two versions of a story, or two files outside any archive."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    archive_option,
    complete_story_or_file,
    echo,
    echo_json,
    json_format_option,
    open_archive,
    output_format,
)

if TYPE_CHECKING:
    from versiontrack.audit.compare import Comparison
    from versiontrack.models import Article


def _read_article(path: Path, fmt: str) -> tuple[Article, bytes]:
    """The article in ``path`` and, for an HTML page, its bytes (the raw page the artefact
    check reads)."""
    from versiontrack.errors import InputError, VersionTrackError
    from versiontrack.extract.bounded import read_capped
    from versiontrack.extract.html import MAX_PAGE_BYTES
    from versiontrack.extract.reader import page_format, read_page

    try:
        raw = read_capped(str(path), MAX_PAGE_BYTES)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    kind = page_format(raw, path.name, fmt)
    # A page's address resolves its relative links; a relative path has none until made
    # absolute (as_uri() refuses relative paths).
    url = path.absolute().as_uri() if kind == "html" else ""
    try:
        article = read_page(raw, path.name, kind, url=url, stored_form=True)
    except VersionTrackError as exc:
        raise type(exc)(f"{path}: {exc}") from None
    return article, raw if kind == "html" else b""


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return sys.stdout.isatty()


def _emit(compared: Comparison, fmt: str, color: bool, title: str) -> None:
    from versiontrack.render.controls import for_terminal
    from versiontrack.render.diffview import render_markdown, render_terminal

    if fmt == "markdown":
        echo(render_markdown(compared, title=title), nl=False)
    else:
        # color=True: click would otherwise strip the codes when stdout is not a terminal.
        if title:
            title = for_terminal(title)
            click.echo(click.style(title, bold=True) if color else title, color=color)
        # render_terminal shows scraped control characters as \xNN itself: its colours stay.
        click.echo(render_terminal(compared, color=color), nl=False, color=color)


def _one_file_given(name: str) -> None:
    """A lone argument that names no story but is a file: the user meant to compare files."""
    if Path(name).is_file():
        raise click.UsageError(f"{name} is a file and names no archived story: give OLD and NEW "
                               "to compare two files")


@main.command("diff")
@click.argument("first", metavar="STORY|OLD", shell_complete=complete_story_or_file)
@click.argument("second", metavar="[NEW]", required=False, type=click.Path())
@click.option("--from", "from_", type=click.IntRange(min=1), metavar="N",
              help="Older version number (default: the one before --to).")
@click.option("--to", "to", type=click.IntRange(min=1), metavar="M",
              help="Newer version number (default: the latest).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]),
              default="text", show_default=True, help="Output format.")
@click.option("--input-format", "input_fmt", type=click.Choice(["auto", "html", "text"]),
              default="auto", show_default=True,
              help="How to read OLD and NEW files: HTML pages, or text (headline on the first "
                   "line, then paragraphs separated by blank lines, or one per line as the "
                   "archive stores them); auto goes by suffix, then content.")
@click.option("--color", "color", type=click.Choice(["auto", "always", "never"]),
              default="auto", show_default=True,
              help="Colour the text output (auto: only on a terminal).")
@click.option("--stat", is_flag=True,
              help="One summary line per transition instead of the full diff.")
@json_format_option
@archive_option
def diff_command(first: str, second: str | None, from_: int | None, to: int | None, fmt: str,
                 input_fmt: str, color: str, stat: bool, as_json: bool,
                 archive_path: Path) -> None:
    """Show what changed between two versions, paragraph by paragraph.

    \b
    versiontrack diff STORY [--from N] [--to M]   two versions of an archived story
                                                  (default: the last two; with --stat,
                                                  every transition from N to M)
    versiontrack diff OLD NEW                     two files outside any archive

    Each changed paragraph is shown with its marker (+ added, - removed, ~ edited,
    < split, > merged, a vertical arrow when it moved), its word changes, and its labels
    (cosmetic, spelling, number, date, name, quote, meaning, attribution, ...).
    Correction notes are listed apart, as the audit reads them; a change only extraction
    made (the text is still on the raw page) is marked as an extraction artefact.
    """
    from versiontrack.audit.compare import compare, prepare
    from versiontrack.errors import ArchiveError, InputError, StoryNotFound
    from versiontrack.render.text import change_summary

    fmt = output_format(fmt, as_json)
    use_color = _use_color(color) and fmt == "text"
    if second is not None:
        old_p, new_p = Path(first), Path(second)
        if not old_p.exists() and not new_p.exists():
            raise click.UsageError(
                "OLD and NEW must be existing files (to compare versions of a story, give "
                "the story and --from/--to)")
        for p in (old_p, new_p):
            if not p.exists():
                raise InputError(f"{p}: no such file")
        if from_ is not None or to is not None:
            raise click.UsageError("--from/--to apply to an archived story, not to files")
        (old_a, old_raw), (new_a, new_raw) = (_read_article(old_p, input_fmt),
                                              _read_article(new_p, input_fmt))
        compared = compare(old_a, new_a, old_raw=old_raw, new_raw=new_raw)
        if stat:
            line = f"{old_p} -> {new_p}: {change_summary(compared)}"
            if fmt == "json":
                echo_json([{"old": str(old_p), "new": str(new_p),
                            "summary": change_summary(compared)}])
            else:
                echo(line)
            return
        if fmt == "json":
            echo_json({"old": str(old_p), "new": str(new_p), "summary": change_summary(compared),
                       **compared.to_dict()})
            return
        # Text names the files as diff -u does; Markdown has its own title.
        _emit(compared, fmt, use_color,
              f"{old_p} -> {new_p}" if fmt == "markdown" else f"--- {old_p}\n+++ {new_p}")
        return

    given = first
    try:
        archive = open_archive(archive_path)
    except ArchiveError:
        _one_file_given(given)
        raise
    with archive:
        try:
            first = archive.find_story(first)
        except StoryNotFound:
            _one_file_given(given)
            raise
        versions = archive.versions(first)
        last = versions[-1].number if versions else 0
        if last < 2 and not stat:
            raise InputError(f"story {first!r} has {last} version; nothing to compare")
        to_n = to if to is not None else last
        for n in (to_n, from_ or 0):  # a version that does not exist, before any ordering
            if n > last:
                raise InputError(f"story {first!r} has no version {n} (it has {last})")
        if stat:
            from_n = from_ if from_ is not None else 1
        else:
            from_n = from_ if from_ is not None else to_n - 1
        if from_n >= to_n and not (stat and from_n == to_n):
            raise click.BadParameter(f"--from ({from_n}) must be before --to ({to_n})",
                                     param_hint="--from")
        if stat:
            rows: list[dict[str, Any]] = []
            prev = prepare(archive.article(first, from_n), archive.raw(first, from_n))
            for n in range(from_n + 1, to_n + 1):
                cur = prepare(archive.article(first, n), archive.raw(first, n))
                rows.append({"from": n - 1, "to": n,
                             "summary": change_summary(compare(prev, cur))})
                prev = cur
            if fmt == "json":
                echo_json({"story": first, "transitions": rows})
            else:
                for r in rows:
                    echo(f"v{r['from']} -> v{r['to']}: {r['summary']}")
            return
        compared = compare(archive.article(first, from_n), archive.article(first, to_n),
                           old_raw=archive.raw(first, from_n), new_raw=archive.raw(first, to_n))
    if fmt == "json":
        echo_json({"story": first, "from": from_n, "to": to_n,
                   "summary": change_summary(compared), **compared.to_dict()})
        return
    _emit(compared, fmt, use_color, f"{first}: v{from_n} -> v{to_n}")
