"""Looking back: ``versiontrack import wayback`` and ``versiontrack import newsedits``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from versiontrack.cli import main
from versiontrack.cli.archive_cmds import lock_timeout_option, notify_ingested_items
from versiontrack.cli.common import (
    archive_option,
    echo_json,
    end_progress,
    http_url,
    json_option,
    open_archive,
    progress_printer,
    report_summary,
)
from versiontrack.cli.snapshot_cmds import watchlist_option


@main.group(name="import")
def import_group() -> None:
    """Import a story's history from web archives and earlier trackers.

    Imports are resumable: run the same command again after a kill and it goes on where it
    stopped, without archiving anything twice. Each ends with a summary (records read, new
    versions, duplicates, skipped by reason); bad records are reported and skipped, and the
    exit code is then 1.
    """


def _cdx_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    """A --from/--to date as CDX digits; a malformed one is a usage error (exit 2)."""
    from versiontrack.errors import InputError
    from versiontrack.history.wayback import cdx_time

    try:
        return cdx_time(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


def notify_option(f: Any) -> Any:
    return click.option("--notify", is_flag=True,
                        help="Then tell the watchlist's [[notify]] targets what changed, as a "
                        "snapshot pass does (as ingest --notify).")(f)


def _notify_watchlist(notify: bool, path: Path | None) -> Any:
    """The watchlist whose [[notify]] targets --notify tells (None without --notify): loaded
    before anything is imported, so a broken one stops the command first."""
    if not notify:
        return None
    import os

    from versiontrack.snapshot.watchlist import load_watchlist

    return load_watchlist(path or Path(os.environ.get("VERSIONTRACK_WATCHLIST")
                                       or "versiontrack.toml"))


@import_group.command()
@click.argument("urls", nargs=-1)
@click.option("--from", "since", default=None, metavar="DATE", callback=_cdx_date,
              help="Only captures from this date (YYYY, YYYY-MM-DD or YYYYMMDDhhmmss).")
@click.option("--to", "until", default=None, metavar="DATE", callback=_cdx_date,
              help="Only captures up to this date.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="At most this many captures per URL (the oldest).")
@click.option("--watchlist", "watchlist_path", type=click.Path(path_type=Path, dir_okay=False),
              default=None, help="Also every URL of this watchlist ([[urls]] entries and the "
              "articles snapshot passes found in its feeds); with --notify, its targets "
              "(else those of $VERSIONTRACK_WATCHLIST or ./versiontrack.toml).")
@click.option("--archive-url", default="https://web.archive.org", show_default=True,
              callback=http_url,
              help="The web archive: its CDX API is ARCHIVE-URL/cdx/search/cdx and its replay "
              "ARCHIVE-URL/web (any pywb-compatible archive).")
@click.option("--cdx-url", default=None, callback=http_url,
              help="The CDX API, when not under --archive-url.")
@click.option("--replay-url", default=None, callback=http_url,
              help="The replay prefix, when not under --archive-url.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to the archive.")
@notify_option
@lock_timeout_option
@archive_option
@json_option
def wayback(urls: tuple[str, ...], since: str, until: str, limit: int | None,
            watchlist_path: Path | None, archive_url: str, cdx_url: str | None,
            replay_url: str | None, delay: float, notify: bool, lock_timeout: float | None,
            archive_path: Path, as_json: bool) -> None:
    """Archive the captures of each URL from the Wayback Machine (or another archive).

    Asks the CDX API for the URL's captures (HTTP 200, one per distinct digest), fetches each
    raw (id_) and archives it as a version fetched at its capture time, oldest first.
    """
    from versiontrack.history.importer import capture_item, run_import
    from versiontrack.history.resume import ImportLog
    from versiontrack.history.wayback import (
        CDX_PATH,
        REPLAY_PATH,
        Wayback,
        wayback_records,
    )
    from versiontrack.models import Skipped

    wl = _notify_watchlist(notify, watchlist_path)
    targets = list(urls)
    if watchlist_path is not None:
        targets += _watchlist_urls(watchlist_path, archive_path)
    if not targets:
        raise click.UsageError("give a URL or --watchlist")
    base = archive_url.rstrip("/")
    cdx = cdx_url or base + CDX_PATH
    replay = replay_url or base + REPLAY_PATH
    source = f"wayback {cdx}"
    errors: list[str] = []
    done: list[tuple[Any, Any]] = []
    with open_archive(archive_path, create=True, lock_timeout=lock_timeout) as archive, \
            ImportLog(archive.path) as log, Wayback(cdx, replay, delay=delay) as client:
        records = wayback_records(client, targets, since=since, until=until,
                                  limit=limit, done=log.done(source), errors=errors)
        entries = ((ref, rec if isinstance(rec, Skipped) else capture_item(rec, None, rec.url))
                   for ref, rec in records)
        summary = run_import(archive, entries, batch_size=50,
                             progress=progress_printer("wayback"),
                             committed=lambda refs: log.mark_done(source, refs),
                             ingested=lambda item, r: done.append((item, r)) if wl else None)
    end_progress()
    if wl is not None and wl.notify:
        notify_ingested_items(archive_path, wl, done, as_json)
    _finish("wayback", summary, as_json, errors)


def _watchlist_urls(path: Path, archive_path: Path) -> list[str]:
    from versiontrack.snapshot.state import followed_rows, open_state
    from versiontrack.snapshot.watchlist import load_watchlist

    wl = load_watchlist(path)
    found = [s.url for s in wl.urls]
    if (archive_path / ".versiontrack").is_dir():
        conn = open_state(archive_path)
        try:
            found += [r["fetch_url"] for r in followed_rows(conn)]
        finally:
            conn.close()
    return list(dict.fromkeys(found))


@import_group.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--batch", "batch_size", type=click.IntRange(min=1), default=5000,
              show_default=True, help="Versions per commit batch.")
@notify_option
@watchlist_option
@lock_timeout_option
@archive_option
@json_option
def newsedits(file: Path, batch_size: int, notify: bool, watchlist_path: Path,
              lock_timeout: float | None, archive_path: Path, as_json: bool) -> None:
    """Archive a NewsEdits corpus file (per-outlet SQLite, .db or .db.gz).

    One story per entry_id, its versions in order, each fetched at its created time and kept
    as text only (no raw page).
    """
    from versiontrack.history.importer import run_import
    from versiontrack.history.newsedits import NewsEdits
    from versiontrack.history.resume import ImportLog

    wl = _notify_watchlist(notify, watchlist_path)
    done: list[tuple[Any, Any]] = []
    with NewsEdits(file) as corpus, \
            open_archive(archive_path, create=True, lock_timeout=lock_timeout) as archive, \
            ImportLog(archive.path) as log:
        source = f"newsedits {corpus.fingerprint}"
        cursor = log.cursor(source)
        last: dict[str, str] = {}

        def committed(refs: list[str]) -> None:
            if refs and refs[-1]:
                log.set_cursor(source, refs[-1])
                last["cursor"] = refs[-1]

        summary = run_import(archive, corpus.records(after=cursor), batch_size=batch_size,
                             progress=progress_printer(str(file)), committed=committed,
                             progress_every=5000,
                             ingested=lambda item, r: done.append((item, r)) if wl else None)
    end_progress()
    if wl is not None and wl.notify:
        notify_ingested_items(archive_path, wl, done, as_json)
    _finish(str(file), summary, as_json, [])


def _finish(label: str, summary: Any, as_json: bool, errors: list[str]) -> None:
    out: list[Any] = []
    report_summary(label, summary, as_json, out)
    if as_json:
        echo_json({**out[0], "errors": errors})
    for e in errors:
        click.echo(f"Error: {e}", err=True)
    if errors or not summary.ok:
        raise SystemExit(1)
