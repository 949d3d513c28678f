"""Commands across outlets: related, event, compare."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    archive_option,
    complete_story,
    echo_json,
    json_format_option,
    json_option,
    open_archive,
    output_format,
)


@main.command()
@click.argument("story", shell_complete=complete_story)
@click.option("--window", "window_days", type=click.FloatRange(min=0), default=3.0,
              show_default=True, help="Days between first sightings within which stories count.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="List at most this many stories.")
@archive_option
@json_option
def related(story: str, window_days: float, limit: int, archive_path: Path,
            as_json: bool) -> None:
    """List archived stories that report the same event as STORY: rare words, names, numbers
    and dates their texts share, within a time window; best first, with why."""
    from versiontrack.crossoutlet.relate import related as find_related
    from versiontrack.render.crossoutlet import related_lines

    with open_archive(archive_path) as archive:
        key = archive.find_story(story)
        rows = find_related(archive, key, timedelta(days=window_days), limit)
    if as_json:
        echo_json({"story": key, "related": [r.to_dict() for r in rows]})
        return
    for line in related_lines(key, rows):
        click.echo(line)


@main.group()
def event() -> None:
    """Event groups: stories confirmed as one event (the first added is the source), kept in
    the archive's git history."""


@event.command("add")
@click.argument("name")
@click.argument("stories", nargs=-1, required=True, shell_complete=complete_story)
@archive_option
@json_option
def event_add(name: str, stories: tuple[str, ...], archive_path: Path, as_json: bool) -> None:
    """Add STORIES to event NAME (creating it; its first story is the source)."""
    _change(name, list(stories), [], archive_path, as_json)


@event.command("remove")
@click.argument("name")
@click.argument("stories", nargs=-1, required=True, shell_complete=complete_story)
@archive_option
@json_option
def event_remove(name: str, stories: tuple[str, ...], archive_path: Path, as_json: bool) -> None:
    """Remove STORIES from event NAME."""
    _change(name, [], list(stories), archive_path, as_json)


@event.command("suggest")
@click.argument("name")
@click.argument("story", shell_complete=complete_story)
@click.option("--window", "window_days", type=click.FloatRange(min=0), default=3.0,
              show_default=True, help="Days between first sightings within which stories count.")
@archive_option
@json_option
def event_suggest(name: str, story: str, window_days: float, archive_path: Path,
                  as_json: bool) -> None:
    """Group STORY and the stories related to it as event NAME (STORY is the source)."""
    from versiontrack.crossoutlet.relate import related as find_related

    with open_archive(archive_path) as archive:
        key = archive.find_story(story)
        rows = find_related(archive, key, timedelta(days=window_days))
    _change(name, [key] + [r.story for r in rows], [], archive_path, as_json)


def _change(name: str, add: list[str], remove: list[str], archive_path: Path,
            as_json: bool) -> None:
    from versiontrack.crossoutlet.events import change_event
    from versiontrack.render.crossoutlet import event_lines

    with open_archive(archive_path) as archive:
        ev = change_event(archive, name, add, remove)
    if as_json:
        echo_json(ev.to_dict())
        return
    for line in event_lines(ev):
        click.echo(line)


@event.command("show")
@click.argument("name", required=False)
@archive_option
@json_option
def event_show(name: str | None, archive_path: Path, as_json: bool) -> None:
    """Show event NAME's members, or list every event."""
    from versiontrack.crossoutlet.events import events
    from versiontrack.errors import InputError
    from versiontrack.render.crossoutlet import event_lines

    with open_archive(archive_path) as archive:
        groups = events(archive)
    if name is not None:
        if name not in groups:
            raise InputError(f"no event {name!r} (events: {', '.join(groups) or 'none'})")
        groups = {name: groups[name]}
    if as_json:
        echo_json([g.to_dict() for g in groups.values()])
        return
    if not groups:
        click.echo("no events")
    for g in groups.values():
        for line in event_lines(g):
            click.echo(line)


@main.command()
@click.argument("source", shell_complete=complete_story)
@click.argument("copies", nargs=-1, required=True, shell_complete=complete_story)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="Terminal text, JSON for programs, or Markdown tables.")
@json_format_option
@archive_option
def compare(source: str, copies: tuple[str, ...], fmt: str, as_json: bool,
            archive_path: Path) -> None:
    """Compare SOURCE with each COPY from another outlet: which source paragraphs each copy
    paragraph draws on, facts that differ (numbers, dates, names, quotes, who said it), facts
    dropped or added, and, version by version, whether each copy followed SOURCE's corrections.
    A copy still carrying a value SOURCE corrected is flagged."""
    from versiontrack.crossoutlet.copies import compare_copies
    from versiontrack.render.crossoutlet import comparison_markdown, comparison_text

    fmt = output_format(fmt, as_json)
    with open_archive(archive_path) as archive:
        ev = compare_copies(archive, source, copies)
    if fmt == "json":
        echo_json(ev.to_dict())
    elif fmt == "markdown":
        click.echo(comparison_markdown(ev), nl=False)
    else:
        click.echo(comparison_text(ev))
