"""Commands over the archive: ingest, stories, log, show, verify, reindex, export."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    Cell,
    archive_option,
    check_engine,
    complete_story,
    echo,
    echo_json,
    echo_recovered,
    end_progress,
    engine_options,
    http_url,
    json_option,
    open_archive,
    open_collection,
    policy_option,
    print_table,
    progress_printer,
    report_summary,
)
from versiontrack.cli.research_cmds import RESEARCH_FORMATS, Engine, research_export
from versiontrack.cli.snapshot_cmds import watchlist_option

if TYPE_CHECKING:
    from versiontrack.archive.plan import IngestItem, IngestResult
    from versiontrack.archive.store import Archive


def lock_timeout_option(f: Any) -> Any:
    return click.option(
        "--lock-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
        help="How long to wait for another writer to finish (default 30, or "
             "VERSIONTRACK_LOCK_TIMEOUT).",
    )(f)


# ---------------------------------------------------------------------------------------------
# ingest
# ---------------------------------------------------------------------------------------------


def _read_input(name: str) -> bytes:
    from versiontrack.errors import InputError
    from versiontrack.extract.bounded import read_capped
    from versiontrack.extract.html import MAX_PAGE_BYTES

    data = read_capped(name, MAX_PAGE_BYTES)
    if not data.strip():
        raise InputError("file is empty")
    return data


def _archive_kind(name: str) -> str | None:
    """"warc" / "wacz" when the file is a web archive (see extract.reader.archive_format)."""
    from versiontrack.extract.reader import archive_format

    if name == "-":
        return None  # standard input is one page: WARCs need a file (revisits seek back)
    path = Path(name)
    if not path.is_file():
        return archive_format(b"", name)  # a missing file is reported by _read_input
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        return None
    return archive_format(head, name)


def _ingest_archives(archives: list[tuple[str, str]], story: str | None, archive_path: Path,
                     lock_timeout: float | None, as_json: bool) -> tuple[int, list[Any]]:
    """Stream each WARC/WACZ into the archive in batches; print its summary (or, with
    ``as_json``, return it). Returns how many files had problems, and the JSON summaries."""
    from versiontrack.errors import VersionTrackError
    from versiontrack.extract.warc import read_archive_file
    from versiontrack.history.importer import capture_item, run_import
    from versiontrack.models import Skipped

    failed = 0
    out: list[Any] = []
    with open_archive(archive_path, create=True, lock_timeout=lock_timeout) as archive:
        for name, kind in archives:
            if not Path(name).is_file():
                click.echo(f"Error: {name}: no such file", err=True)
                failed += 1
                continue
            entries = (
                ("", rec if isinstance(rec, Skipped) else capture_item(rec, story, rec.url))
                for rec in read_archive_file(Path(name), kind)
            )
            try:
                summary = run_import(archive, entries, batch_size=200,
                                     progress=progress_printer(name))
            except VersionTrackError as exc:
                message = str(exc).splitlines()[0]
                if not message.startswith(f"{name}: "):  # most already name the file
                    message = f"{name}: {message}"
                echo(f"Error: {message}", err=True)
                failed += 1
                continue
            end_progress()
            if not summary.ok:
                failed += 1
            report_summary(name, summary, as_json, out)
    echo_recovered(archive)
    return failed, out


def _fetched_at(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--fetched-at``: 'mtime', or an ISO 8601 time as stored; a malformed one is a usage
    error (exit 2), as for every time option."""
    from versiontrack.archive.plan import normalize_time
    from versiontrack.errors import InputError

    if value is None or value == "mtime":
        return value
    try:
        stored = normalize_time(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None
    from datetime import timedelta

    from versiontrack.times import parse_utc, utcnow

    when = parse_utc(stored)
    if when is not None and when > utcnow() + timedelta(days=1):
        # Kept (a replay may mean it), but a mistyped year would make every real capture
        # after it "older than the latest version" and renumber the story.
        echo(f"warning: --fetched-at {stored} is in the future", err=True)
    return stored


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--url", default="", callback=http_url,
              help="Where the page was fetched from, an http(s) URL (needed for HTML without a "
              "canonical link, and for text, unless --story is given).")
@click.option("--fetched-at", default=None, metavar="ISO8601", callback=_fetched_at,
              help="When the page was fetched (default: now, UTC). 'mtime' takes each file's "
              "modification time and ingests the files oldest first.")
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "text"]), default="auto",
              show_default=True, help="Input format; auto goes by extension, then content.")
@click.option("--story", default=None, metavar="KEY",
              help="Use this story key instead of deriving it from the URL.")
@click.option("--notify", "notify", is_flag=True,
              help="Then tell the watchlist's [[notify]] targets what changed, as a snapshot "
              "pass does.")
@click.option("--extract-budget", type=click.FloatRange(min=0), default=30.0,
              show_default=True, metavar="SECONDS",
              help="Time allowed to extract one large page (256 KB and up), read in a worker "
              "process that is stopped when it runs out; 0 for no limit.")
@watchlist_option
@lock_timeout_option
@archive_option
@json_option
def ingest(files: tuple[str, ...], url: str, fetched_at: str | None, fmt: str,
           story: str | None, notify: bool, extract_budget: float, watchlist_path: Path,
           lock_timeout: float | None, archive_path: Path, as_json: bool) -> None:
    """Archive saved pages as new versions of their stories.

    Each FILE (or - for standard input) is extracted and committed as a new version when its
    text differs from the story's latest version; unchanged text only records that the page
    was seen again. Page files go in as one batch (one lock, one commit stream). A WARC or WACZ
    file (.warc, .warc.gz, .wacz) is streamed record by record, in batches: each HTML response
    becomes a version with the record's URL and date; other records are skipped and counted;
    a summary line ends each file. A bad file or record is reported on stderr and skipped; the
    exit code is then 1. A page with no usable text is
    kept as a suspect version when its story is already archived.
    """
    from versiontrack.archive.plan import NO_TEXT_NEW_STORY, IngestItem, now_utc
    from versiontrack.errors import InputError, NoArticleText, VersionTrackError
    from versiontrack.extract.pool import BudgetedReader
    from versiontrack.extract.reader import empty_page, page_format
    from versiontrack.identity import archived_original, canonical_from_html, validate_key

    if story:
        validate_key(story)
    wl = None
    if notify:  # a broken watchlist stops the command before anything is archived
        from versiontrack.snapshot.watchlist import load_watchlist

        wl = load_watchlist(watchlist_path)
    by_mtime = fetched_at == "mtime"
    when = fetched_at if fetched_at and not by_mtime else now_utc()
    if files.count("-") > 1:
        raise InputError("standard input (-) can be given only once")

    items: list[tuple[str, IngestItem]] = []
    failed = 0

    def fail(name: str, why: str) -> None:
        nonlocal failed
        failed += 1
        echo(f"Error: {name}: {why}", err=True)

    def fetched(name: str) -> str:
        if not by_mtime or name == "-":
            return when
        return datetime.fromtimestamp(os.stat(name).st_mtime, UTC).isoformat(timespec="seconds")

    archives: list[tuple[str, str]] = []  # WARC / WACZ files: streamed after the pages
    with BudgetedReader(extract_budget) as reader:
        for name in files:
            shown = "<stdin>" if name == "-" else name
            try:
                kind = _archive_kind(name)
                if kind:
                    archives.append((name, kind))
                    continue
                data = _read_input(name)
                kind = page_format(data, name, fmt)
                try:
                    article = reader.read(data, name, kind, url=url)
                except NoArticleText:
                    # Still handed to the archive, whose one rule decides: a suspect version of a
                    # known story, refused for a new one.
                    article = empty_page(data, url)
                else:
                    if kind == "html" and not (url or article.canonical_url or story):
                        raise InputError(
                            "no URL: give --url (the page has no canonical link) or --story")
                    if kind == "text" and not (url or story):
                        raise InputError("no URL: give --url or --story for plain text")
                raw_name = "raw.html" if kind == "html" else "raw.txt"
                when_fetched = fetched(name)
                archived = archived_original(url) or (
                    kind == "html" and archived_original(canonical_from_html(data, url) or ""))
                if archived and fetched_at is None:  # a web-archive capture: its own time
                    when_fetched = archived[1]
                items.append((shown, IngestItem(article, data, when_fetched, story, url, raw_name)))
            except VersionTrackError as exc:
                fail(shown, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            except Exception as exc:  # noqa: BLE001 - one file's failure is that file's problem
                fail(shown, f"cannot read or extract ({type(exc).__name__}: {exc})")

    has_archive = archive_path.is_dir() and (archive_path / ".git").exists()
    if not has_archive and not any(it.article.paragraphs for _, it in items):
        # No archive and no text: every story is new, so nothing can be archived; do not
        # create an empty archive for it.
        for shown, _ in items:
            fail(shown, NO_TEXT_NEW_STORY)
        items = []
    if not items and not archives:
        raise SystemExit(1)
    archive_json: list[Any] = []
    if archives:
        bad, archive_json = _ingest_archives(archives, story, archive_path, lock_timeout,
                                             as_json)
        failed += bad
        if not items:
            if as_json:
                echo_json(archive_json)
            raise SystemExit(1 if failed else 0)
    if by_mtime:  # versions are numbered in ingest order: take the captures oldest first
        items.sort(key=lambda pair: pair[1].fetched_at)

    def acknowledge(r: IngestResult) -> None:
        # Printed as soon as the version is durable in git, so a killed run's output lists
        # exactly what it archived.
        shown = items[len(acked)][0]
        acked.append(r)
        if r.status == "rejected":
            fail(shown, r.reason)
            return
        if not as_json:
            click.echo(f"{r.status:<10} {r.story}  v{r.number}")
        if r.warning:
            click.echo(f"warning: {shown}: {r.warning}", err=True)

    acked: list[IngestResult] = []
    archive = open_archive(archive_path, create=True, lock_timeout=lock_timeout)
    try:
        archive.ingest_many([it for _, it in items], progress=acknowledge, collect=True)
    finally:
        archive.close()
        echo_recovered(archive)
    if wl is not None and wl.notify:
        # acked: as far as it got
        notify_ingested_items(archive_path, wl, [(it, r) for (_, it), r in zip(
            items, acked, strict=False)], as_json)
    if as_json:
        echo_json([{"file": shown, **r.to_dict()}
                   for (shown, _), r in zip(items, acked, strict=False)
                   if r.status != "rejected"] + archive_json)
    if failed:
        raise SystemExit(1)


def notify_ingested_items(archive_path: Path, wl: Any, done: list[tuple[Any, Any]],
                          as_json: bool) -> None:
    """``--notify`` after ``ingest`` or an import: tell the watchlist's targets about the new
    versions among ``done`` ((IngestItem, IngestResult) pairs); the outcome goes to stderr."""
    from versiontrack.archive.store import Archive
    from versiontrack.cli.snapshot_cmds import _delivery_lines
    from versiontrack.notify.run import Changed, notify_ingested
    from versiontrack.snapshot.outcomes import PassReport
    from versiontrack.times import utcnow

    changed = [Changed(r.story, r.number, outlet=it.article.outlet,
                       url=it.source_url or it.article.url, new=True)
               for it, r in done if r.status in ("new", "suspect") and r.story and r.number]
    with Archive.open(archive_path) as archive:
        delivery = notify_ingested(archive, wl, changed, utcnow())
    if not as_json:
        shown = PassReport("", False, (), (), (), delivery=delivery)
        echo("\n".join(_delivery_lines(shown)), err=True)
    if delivery.unavailable:
        from versiontrack.errors import ConfigError

        raise ConfigError(delivery.unavailable)  # what was archived stays; exit 1


# ---------------------------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------------------------


def _short_time(stamp: str) -> tuple[str, str]:
    """A stored time, and the minute-precision form a narrow table shows."""
    from versiontrack.render.env import when

    return stamp, when(stamp).removesuffix(" UTC") if stamp.endswith("+00:00") else stamp


@main.command()
@click.option("--duplicates", is_flag=True,
              help="List likely pairs instead: one outlet, the same article id or slug, or "
                   "near-identical headline and lede (join them with versiontrack merge).")
@archive_option
@json_option
def stories(duplicates: bool, archive_path: Path, as_json: bool) -> None:
    """List the archived stories: key, versions, first and last seen, headline."""
    if duplicates:
        from versiontrack.archive.merge import duplicate_pairs
        from versiontrack.archive.shards import is_manifest

        if is_manifest(archive_path):
            raise click.UsageError("--duplicates reads one archive, not an archive set")
        with open_archive(archive_path) as archive:
            pairs = duplicate_pairs(archive)
        if as_json:
            echo_json([p.to_dict() for p in pairs])
        elif not pairs:
            echo("no likely duplicates")
        else:
            print_table(["STORY", "OTHER", "OUTLET", "WHY", "ALIKE"],
                        [[p.story, p.other, p.outlet, p.reason, f"{p.similarity:.2f}"]
                         for p in pairs], shrink={0: 20, 1: 20, 3: 16}, drop=(2,))
        return
    with open_collection(archive_path) as collection:
        infos = collection.stories()
    if as_json:
        echo_json([s.to_dict() for s in infos])
        return
    if not infos:
        echo("no stories yet")
        return
    # Too wide for the terminal: times to the minute, then the headline and the key cut
    # (marked), then FIRST SEEN left out. --json has every value whole.
    print_table(["STORY", "VERSIONS", "FIRST SEEN", "LAST SEEN", "HEADLINE"],
                [[s.key, str(s.versions), _short_time(s.first_seen), _short_time(s.last_seen),
                  s.headline] for s in infos],
                shrink={4: 24, 0: 24}, drop=(2, 3))


def _change_summaries(archive: Archive, story: str) -> dict[int, str]:
    """Per-version change summary of the comparison with the version before (suspect versions
    are skipped as content, as the audit skips them)."""
    from versiontrack.audit.compare import compare, prepare
    from versiontrack.render.text import change_summary

    out: dict[int, str] = {}
    prev = None
    for v, article, raw in archive.history(story, raw=True):
        if v.suspect:
            out[v.number] = "(suspect: skipped)"
            continue
        cur = prepare(article, raw)
        out[v.number] = change_summary(compare(prev, cur)) if prev is not None \
            else "first version"
        prev = cur
    return out


def log_data(archive: Archive, story: str) -> dict[str, Any]:
    """A story's history as ``log --json`` prints it."""
    summaries = _change_summaries(archive, story)
    return {
        "story": story,
        "versions": [{**v.to_dict(), "changes": summaries.get(v.number, "")}
                     for v in archive.versions(story)],
        "seen_again": [{"version": n, "fetched_at": t} for n, t in archive.seen(story)],
    }


def print_log(archive: Archive, story: str, as_json: bool = False) -> None:
    """Print a story's history (used by ``log`` and ``demo``)."""
    if as_json:
        echo_json(log_data(archive, story))
        return
    versions = archive.versions(story)
    seen = archive.seen(story)
    summaries = _change_summaries(archive, story)
    rows: list[list[Cell]] = []
    for v in versions:
        rows.append([
            f"v{v.number}", v.commit[:10], _short_time(v.fetched_at), str(v.words),
            str(v.paragraphs), "SUSPECT" if v.suspect else "", v.headline,
            summaries.get(v.number, ""),
        ])
    echo(f"{story}: {len(versions)} version(s)")
    print_table(["#", "COMMIT", "FETCHED", "WORDS", "PARAS", "", "HEADLINE", "CHANGES"], rows,
                cap={6: 70}, shrink={6: 20, 7: 20}, drop=(1, 4))
    if seen:
        echo(f"seen again unchanged {len(seen)} time(s), last at {seen[-1][1]}")


@main.command()
@click.argument("story", shell_complete=complete_story)
@archive_option
@json_option
def log(story: str, archive_path: Path, as_json: bool) -> None:
    """List a story's versions: number, commit, fetch time, words, paragraphs, a SUSPECT mark,
    headline, and what changed from the version before (as diff --stat words it); then how
    often a version was seen again unchanged."""
    with open_archive(archive_path) as archive:
        print_log(archive, archive.find_story(story), as_json)


@main.command()
@click.argument("story", shell_complete=complete_story)
@click.option("--version", "-v", "number", type=int, default=-1, show_default=True,
              help="Version number; negative counts from the end (-1 is the latest).")
@click.option("--raw", is_flag=True, help="Print the raw page bytes as archived (on a terminal, "
              "control characters are shown as \\xNN).")
@archive_option
@json_option
def show(story: str, number: int, raw: bool, archive_path: Path, as_json: bool) -> None:
    """Print one version of a story (the latest unless --version is given)."""
    with open_archive(archive_path) as archive:
        story = archive.find_story(story)
        real = archive.resolve_number(story, number)
        if raw:
            if not archive.raw_name(story, real):  # imported as text (NewsEdits): nothing to print
                from versiontrack.errors import InputError

                raise InputError(f"v{real} of {story} has no raw page (it was archived as text "
                                 "only); show it without --raw")
            data = archive.raw(story, real)
            if sys.stdout.isatty():  # a terminal gets the bytes with control characters shown
                echo(data.decode("utf-8", errors="replace"), nl=False)
                return
            out = sys.stdout.buffer
            out.write(data)
            out.flush()
            return
        article = archive.article(story, real)
        if as_json:
            version = archive.versions(story)[real - 1]
            echo_json({"article": article.to_dict(), "version": version.to_dict(),
                       "meta": archive.meta(story, real)})
            return
        echo(article.to_text(), nl=False)


@main.command()
@click.option("--no-fix", is_flag=True, help="Only report an index behind git; do not update it.")
@archive_option
@json_option
def verify(no_fix: bool, archive_path: Path, as_json: bool) -> None:
    """Check the archive: git fsck, index against git, story files, raw page checksums.

    Prints "archive OK" or one line per problem; exits 1 when there are problems.
    """
    with open_archive(archive_path) as archive:
        problems = archive.verify(fix=not no_fix)
    echo_recovered(archive)
    if as_json:
        echo_json({"ok": not problems, "problems": problems})
    elif problems:
        for p in problems:
            echo(f"problem: {p}")
    else:
        echo("archive OK")
    if problems:
        raise SystemExit(1)


@main.command()
@lock_timeout_option
@archive_option
@json_option
def reindex(lock_timeout: float | None, archive_path: Path, as_json: bool) -> None:
    """Rebuild the archive's SQLite index from git alone (the index is only a cache)."""
    with open_archive(archive_path, lock_timeout=lock_timeout) as archive:
        stats = archive.reindex()
    echo_recovered(archive)
    if as_json:
        echo_json(stats)
    else:
        from versiontrack.render.env import plural

        echo(f"reindexed {plural(stats['stories'], 'story', 'stories')}, "
             f"{plural(stats['versions'], 'version')}, "
             f"{plural(stats['seen'], 'seen-again record')}")


@main.command()
@click.argument("story", required=False, shell_complete=complete_story)
@click.option("--all", "all_", is_flag=True, help="Export every story.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="files: directory to write DIR/<story>/v<N>/ folders into; warc: the file "
              "to write (.gz compresses it); jsonl: the file to write (else stdout); sqlite: "
              "the database file; csv, parquet: the folder for one file per table.")
@click.option("--format", "fmt", type=click.Choice(["files", "jsonl", "warc", *RESEARCH_FORMATS]),
              default="files", show_default=True,
              help="files: folders under --out; jsonl: one line per version on stdout; warc: raw "
              "captures as WARC response records, to --out; sqlite: a findings database (with "
              "Datasette metadata beside it); csv, parquet: its tables as files. The last three "
              "cover every story and update incrementally.")
@policy_option
@engine_options("With --format sqlite, csv or parquet")
@archive_option
def export(story: str | None, all_: bool, out_dir: Path | None, fmt: str, policy: str,
           grace_hours: float | None, engine: str, scheduler: str | None, workers: int | None,
           archive_path: Path) -> None:
    """Export a story's versions (or --all stories) as files, JSON lines or a WARC file, or the
    whole archive's audit as a findings database (sqlite) or tables (csv, parquet). Those
    three read an archive set too (--archive SET.toml) and can run on Dask (--engine dask).

    \b
    Exit codes: 0 ok, 1 error (OUT exists and is not an export, cannot write, missing
    extra; or a story whose rows could not be made: it is named, left out and listed in the
    errors table, the rest is written, and the next run tries it again), 2 usage, 5 the Dask
    cluster lost every worker.
    """
    from versiontrack.errors import InputError
    from versiontrack.render.controls import json_for_terminal

    check_engine(engine, scheduler, workers)
    if fmt not in RESEARCH_FORMATS and engine != "inprocess":
        raise click.UsageError(f"--engine goes with --format sqlite, csv or parquet, not {fmt}")
    if fmt in RESEARCH_FORMATS:
        if story:
            raise click.UsageError(f"--format {fmt} exports every story: give no STORY")
        if out_dir is None:
            raise click.UsageError(f"--out PATH is required with --format {fmt}")
        research_export(archive_path, out_dir, fmt, policy, grace_hours,
                        Engine(engine, scheduler, workers))
        return
    if bool(story) == all_:
        raise click.UsageError("give one STORY or --all")
    if fmt in ("files", "warc") and out_dir is None:
        raise click.UsageError(f"--out {'DIR' if fmt == 'files' else 'FILE'} is required "
                               f"with --format {fmt}")
    with open_archive(archive_path) as archive:
        keys = [s.key for s in archive.stories()] if all_ else [archive.find_story(story or "")]
        if fmt == "warc":
            assert out_dir is not None
            _export_warc(archive, keys, out_dir)
            return
        if fmt == "jsonl" and out_dir is not None:
            _export_jsonl(archive, keys, out_dir)
            return
        count = 0
        for key in keys:
            for v in archive.versions(key):
                article = archive.article(key, v.number)
                meta = archive.meta(key, v.number)
                if fmt == "jsonl":
                    click.echo(json_for_terminal(_jsonl_line(v, article, meta)))
                else:
                    assert out_dir is not None
                    folder = out_dir / key / f"v{v.number}"
                    try:
                        folder.mkdir(parents=True, exist_ok=True)
                        (folder / "article.txt").write_text(article.to_text(), encoding="utf-8")
                        (folder / "meta.json").write_text(
                            json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
                        raw_name = archive.raw_name(key, v.number)
                        if raw_name:
                            (folder / raw_name).write_bytes(archive.raw(key, v.number))
                    except OSError as exc:
                        raise InputError(f"cannot write to {folder}: {exc.strerror}") from None
                count += 1
    if fmt == "files":
        echo(f"exported {count} version(s) of {len(keys)} story(ies) to {out_dir}")


def _jsonl_line(version: Any, article: Any, meta: Any) -> str:
    """One version as one line of ``export --format jsonl``."""
    return json.dumps({"version": version.to_dict(), "article": article.to_dict(), "meta": meta},
                      ensure_ascii=False)


def _export_jsonl(archive: Archive, keys: list[str], out: Path) -> None:
    """``--format jsonl --out FILE``: the lines stdout would show, written whole or not at all."""
    from versiontrack.errors import InputError

    if out.is_dir():
        raise InputError(f"{out} is a directory: --format jsonl writes one file")
    tmp = out.with_name(out.name + ".part")
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            for key in keys:
                for v in archive.versions(key):
                    f.write(_jsonl_line(v, archive.article(key, v.number),
                                        archive.meta(key, v.number)) + "\n")
                    count += 1
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write {out}: {exc.strerror}") from None
    echo(f"exported {count} version(s) of {len(keys)} story(ies) to {out}")


def _export_warc(archive: Archive, keys: list[str], out: Path) -> None:
    from versiontrack.errors import InputError
    from versiontrack.history.warcout import write_warc

    if out.is_dir():
        raise InputError(f"{out} is a directory: --format warc writes one file")
    tmp = out.with_name(out.name + ".part")
    try:
        with open(tmp, "wb") as f:
            written, text_only = write_warc(archive, keys, f, gzip=out.name.endswith(".gz"),
                                            filename=out.name)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write {out}: {exc.strerror}") from None
    extra = f" ({text_only} text-only version(s) have no raw page)" if text_only else ""
    echo(f"exported {written} capture(s) of {len(keys)} story(ies) to {out}{extra}")
