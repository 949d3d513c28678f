"""``versiontrack demo``: archive the bundled captures of the demo story and show its history.

Other areas add their part of the demo (audit, report ...) with :func:`demo_step`; each step
runs after the ingest, in registration order, and prints its own output, or with ``--json``
adds it to the one JSON object instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from versiontrack.cli import main
from versiontrack.cli.common import archive_option, echo, echo_json, json_option, open_archive

if TYPE_CHECKING:
    from versiontrack.archive.plan import IngestResult
    from versiontrack.archive.store import Archive

#: A step run after the demo pages are ingested: ``step(archive, story_key, out)``; it prints,
#: or, when ``out`` is a dict (``--json``), puts its result there under its own name.
DemoStep = Callable[["Archive", str, "dict[str, Any] | None"], None]
DEMO_STEPS: list[DemoStep] = []


def demo_step(func: DemoStep) -> DemoStep:
    """Register ``func(archive, story, out)`` to run after the demo's ingest."""
    DEMO_STEPS.append(func)
    return func


def demo_manifest() -> dict[str, Any]:
    """The bundled demo manifest (``versiontrack/data/demo/manifest.json``)."""
    from importlib.resources import files

    manifest: dict[str, Any] = json.loads(
        files("versiontrack").joinpath("data/demo/manifest.json").read_text("utf-8"))
    return manifest


def ingest_demo(archive: Archive) -> tuple[str, list[IngestResult]]:
    """Ingest the bundled demo pages into ``archive``; return the story key and the results."""
    from importlib.resources import files

    from versiontrack.archive.plan import IngestItem
    from versiontrack.extract.html import extract_html

    manifest = demo_manifest()
    folder = files("versiontrack").joinpath("data/demo")
    items = []
    for page in manifest["pages"]:
        raw = folder.joinpath(page["file"]).read_bytes()
        article = extract_html(raw, page["url"])
        items.append(IngestItem(article, raw, page["fetched_at"], None, page["url"], "raw.html"))
    results = archive.ingest_many(items)
    return results[-1].story, results


@main.command()
@click.option("--lock-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="How long to wait for another writer to finish (default 30, or "
                   "VERSIONTRACK_LOCK_TIMEOUT).")
@archive_option
@json_option
def demo(lock_timeout: float | None, archive_path: Path, as_json: bool) -> None:
    """Archive two bundled captures of an invented wire story and show what versiontrack makes
    of them: the story's history, its audit, an AP-style correction log, and the HTML report
    (the path of its index page is printed last).

    Running it again ingests nothing new (the versions are already archived) and prints the
    same history, audit and log.
    """
    from versiontrack.cli.archive_cmds import log_data, print_log

    with open_archive(archive_path, create=True, lock_timeout=lock_timeout) as archive:
        story, results = ingest_demo(archive)
        new = sum(r.status != "unchanged" for r in results)
        if as_json:
            out: dict[str, Any] = {"archive": str(archive.path), "story": story,
                                   "pages": len(results), "new": new,
                                   "log": log_data(archive, story)}
            for step in DEMO_STEPS:
                step(archive, story, out)
            echo_json(out)
            return
        echo(f"demo: {len(results)} page(s) ingested into {archive.path}, "
             f"{new} new version(s)")
        click.echo("")
        print_log(archive, story)
        for step in DEMO_STEPS:
            click.echo("")
            step(archive, story, None)
