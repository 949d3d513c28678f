"""Commands that join and part stories' histories: merge, split."""

from __future__ import annotations

from pathlib import Path

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    archive_option,
    complete_story,
    echo_json,
    json_option,
    open_archive,
)


@main.command()
@click.argument("story", shell_complete=complete_story)
@click.argument("other", shell_complete=complete_story)
@archive_option
@json_option
def merge(story: str, other: str, archive_path: Path, as_json: bool) -> None:
    """Join OTHER's history into STORY's: one story, its versions numbered by fetch time.

    For one article archived under two URLs (a changed slug, a canonical link that moved).
    Recorded as a commit in the archive; every raw page stays; later captures of either URL go
    to STORY. 'versiontrack split STORY OTHER' undoes it.
    """
    from versiontrack.archive.merge import merge_stories

    with open_archive(archive_path) as archive:
        result = merge_stories(archive, story, other)
    if as_json:
        echo_json(result.to_dict())
        return
    click.echo(f"merged {result.other} into {result.story}: {result.versions} version(s) "
               f"(commit {result.commit[:10]})")


@main.command()
@click.argument("story", shell_complete=complete_story)
@click.argument("others", nargs=-1, metavar="[OTHER]...", shell_complete=complete_story)
@archive_option
@json_option
def split(story: str, others: tuple[str, ...], archive_path: Path, as_json: bool) -> None:
    """Undo merges into STORY: each OTHER (every story merged into STORY when none is named)
    gets back the versions archived under it. Recorded as a commit; no file is lost."""
    from versiontrack.archive.merge import split_story

    with open_archive(archive_path) as archive:
        results = split_story(archive, story, others)
    if as_json:
        echo_json([r.to_dict() for r in results])
        return
    for r in results:
        click.echo(f"split {r.other} ({r.other_versions} version(s)) from {r.story} "
                   f"({r.versions} version(s)) (commit {r.commit[:10]})")
