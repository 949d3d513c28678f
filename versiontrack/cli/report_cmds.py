"""Commands: ``versiontrack report`` writes the static HTML change report; ``versiontrack
headlines`` lists headline changes without building it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    DEFAULT_POLICY,
    POLICY_NAMES,
    archive_option,
    complete_story,
    echo,
    echo_json,
    grace_option,
    http_url,
    is_tty,
    json_option,
    open_archive,
)
from versiontrack.cli.demo_cmds import demo_step

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive
    from versiontrack.render.report.headlines import HeadlineChange


@main.command()
@click.argument("stories", nargs=-1, metavar="[STORY]...", shell_complete=complete_story)
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False),
              default=Path("reports"), show_default=True,
              help="Folder the static site is written to.")
@click.option("--full", is_flag=True,
              help="Rebuild every story's pages, not only stories with new versions.")
@click.option("--policy", type=click.Choice(POLICY_NAMES), default=DEFAULT_POLICY,
              show_default=True,
              help="Audit policy used for findings (as for `versiontrack audit`).")
@click.option("--base-url", default="", metavar="URL", callback=http_url,
              help="Where the report is served from: the Atom feeds then carry absolute links.")
@archive_option
@json_option
def report(stories: tuple[str, ...], out: Path, full: bool, policy: str, base_url: str,
           archive_path: Path, as_json: bool) -> None:
    """Write the HTML change report (index, story pages, diffs, headline changes, Atom feeds)
    to --out.

    Only stories with new versions are rebuilt unless --full; the index, the headline changes
    page and the feeds are regenerated and written only when their text changed. With STORY
    keys, only those stories' pages are (re)built. Prints the path of the index page at the end
    (progress goes to stderr on a terminal).
    """
    from versiontrack.render.report.site import build_report

    if base_url:
        base_url = base_url.rstrip("/") + "/"
    show = is_tty() and not as_json

    def progress(done: int, total: int, key: str) -> None:  # noqa: ARG001 - build_report's shape
        if show and (done == total or done % 25 == 0):
            click.echo(f"\r{done}/{total} stories", err=True, nl=done == total)

    with open_archive(archive_path) as archive:
        keys = [archive.find_story(s) for s in stories]
        result = build_report(archive, out, stories=keys or None, full=full,
                              progress=progress, policy=policy, base_url=base_url)
    if as_json:
        echo_json(result.to_dict())
        return
    echo(f"{len(result.built)} stories rebuilt, {len(result.skipped)} unchanged, "
         f"{result.pages_written} pages written", err=True)
    echo(str(result.index))


def _since(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> datetime | None:
    from versiontrack.errors import InputError
    from versiontrack.render.report.headlines import parse_since

    if value is None:
        return None
    try:
        return parse_since(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


@main.command()
@click.argument("stories", nargs=-1, metavar="[STORY]...", shell_complete=complete_story)
@click.option("--since", callback=_since, metavar="WHEN",
              help="Only changes first seen at or after WHEN: an ISO 8601 date or time (UTC "
              "unless it says otherwise) or an age such as 90m, 24h, 7d or 2w.")
@click.option("--policy", type=click.Choice(POLICY_NAMES), default=DEFAULT_POLICY,
              show_default=True,
              help="Audit policy that decides silent correction, disclosed or exempt (as for "
              "`versiontrack audit`).")
@grace_option
@archive_option
@json_option
def headlines(stories: tuple[str, ...], since: datetime | None, policy: str,
              grace_hours: float | None, archive_path: Path, as_json: bool) -> None:
    """List headline changes, newest first, for STORY or every story.

    Each change shows when the new headline was first seen, the story and versions, its labels
    (substantive or cosmetic), what the audit found (silent correction, disclosed by a note,
    exempt) when it
    judges the edit, a mark when the headline went back to an earlier one (A -> B -> A), and the
    old and new headlines with deleted words as [-old-] and inserted ones as {+new+}.

    \b
    Exit codes: 0 ok (also when nothing changed), 1 error (with every story: after listing the
    others), 2 usage (a bad --since).
    """
    from versiontrack.audit.judge import get_policy
    from versiontrack.errors import EXIT_ERROR
    from versiontrack.render.report.headlines import newest_first
    from versiontrack.render.report.site import story_headline_changes

    pol = get_policy(policy, grace_hours)
    changes = []
    errors: list[tuple[str, str]] = []
    with open_archive(archive_path) as archive:
        infos = {i.key: i for i in archive.stories()}
        keys = [archive.find_story(s) for s in stories] if stories else list(infos)
        for key in dict.fromkeys(keys):
            outlet = infos[key].outlet if key in infos else ""
            if stories:
                changes.extend(story_headline_changes(archive, key, pol, since, outlet))
                continue
            try:
                changes.extend(story_headline_changes(archive, key, pol, since, outlet))
            # One broken story must not hide the others' headlines: reported, then exit 1.
            except Exception as exc:  # noqa: BLE001
                errors.append((key, f"{type(exc).__name__}: {exc}"))
    changes = newest_first(changes)
    if as_json:
        echo_json({"policy": policy, "grace_hours": pol.grace_hours,
                   "since": since.isoformat() if since else None,
                   "changes": [c.to_dict() for c in changes],
                   "errors": [{"story": k, "error": e} for k, e in errors]})
    else:
        for c in changes:
            _print_change(c)
        returns = sum(c.reverts_to is not None for c in changes)
        echo(f"{len(changes)} headline change{'s' if len(changes) != 1 else ''}"
             f"{f', {returns} back to an earlier headline' if returns else ''}.")
        for key, err in errors:
            echo(f"Error: {key}: {err}", err=True)
    if errors:
        click.get_current_context().exit(EXIT_ERROR)


def _print_change(c: HeadlineChange) -> None:
    from versiontrack.render.env import when
    from versiontrack.render.text import mark

    kind = "substantive" if c.substantive else "cosmetic"
    labels = ", ".join(c.shown_labels)
    parts = [when(c.fetched_at), c.story, f"v{c.from_version} -> v{c.to_version}",
             kind + (f" ({labels})" if labels else "")]
    if c.status:
        parts.append(mark(c.status)
                     + (f" by a {c.note_kind} note" if c.status == "disclosed" and c.note_kind
                        else ""))
    if c.reverts_to:
        parts.append(f"back to v{c.reverts_to}'s headline")
    echo("  ".join(parts))
    echo(f"  old: {c.marked('old')}")
    echo(f"  new: {c.marked('new')}")


@demo_step
def _demo_report(archive: Archive, story: str,  # noqa: ARG001 - every demo step's shape
                 out: dict[str, Any] | None) -> None:
    """The demo's last step: the HTML report, next to the archive (``./reports`` by default)."""
    from versiontrack.render.report.site import demo_report

    index = demo_report(archive, Path(archive.path).parent / "reports")
    if out is not None:
        out["report"] = str(index)
        return
    echo(f"HTML report: {index}")
