"""Command: ``versiontrack report`` writes the static HTML change report."""

from __future__ import annotations

from pathlib import Path

import click

from . import main
from .common import archive_option, echo_json, is_tty, json_option, open_archive
from .demo_cmds import demo_step


@main.command()
@click.argument("stories", nargs=-1, metavar="[STORY]...")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False),
              default=Path("reports"), show_default=True,
              help="Folder the static site is written to.")
@click.option("--full", is_flag=True,
              help="Rebuild every story's pages, not only stories with new versions.")
@click.option("--policy", default="strict", show_default=True, metavar="POLICY",
              help="Audit policy used for findings (as for `versiontrack audit`).")
@archive_option
@json_option
def report(stories: tuple[str, ...], out: Path, full: bool, policy: str, archive_path: Path,
           as_json: bool) -> None:
    """Write the HTML change report (index, story pages, diffs, Atom feeds) to --out.

    Only stories with new versions are rewritten unless --full; the index and feeds are always
    rewritten. With STORY keys, only those stories' pages are (re)built. Prints the path of the
    index page at the end (progress goes to stderr on a terminal).
    """
    from ..report import build_report

    show = is_tty() and not as_json

    def progress(done: int, total: int, key: str) -> None:
        if show and (done == total or done % 25 == 0):
            click.echo(f"\r{done}/{total} stories", err=True, nl=done == total)

    with open_archive(archive_path) as archive:
        keys = [archive.find_story(s) for s in stories]
        result = build_report(archive, out, stories=keys or None, full=full,
                              progress=progress, policy=policy)
    if as_json:
        echo_json(result.to_dict())
        return
    click.echo(f"{len(result.built)} stories rebuilt, {len(result.skipped)} unchanged, "
               f"{result.pages_written} pages written", err=True)
    click.echo(str(result.index))


@demo_step
def _demo_report(archive, story: str) -> None:
    """The demo's last step: the HTML report, next to the archive (``./reports`` by default)."""
    from ..report import demo_report

    index = demo_report(archive, Path(archive.path).parent / "reports")
    click.echo(f"HTML report: {index}")
