"""Commands: ``snapshot`` (one pass, or ``--every`` for a loop) and ``watch add|remove|list``."""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    archive_option,
    echo,
    echo_json,
    is_tty,
    json_option,
    open_archive,
)

if TYPE_CHECKING:
    from versiontrack.snapshot.outcomes import PassReport
    from versiontrack.snapshot.watchlist import Watchlist


def watchlist_option(f: Any) -> Any:
    return click.option(
        "--watchlist", "watchlist_path", type=click.Path(path_type=Path, dir_okay=False),
        envvar="VERSIONTRACK_WATCHLIST", default="versiontrack.toml", show_default=True,
        show_envvar=True, help="The watchlist TOML file (feeds and URLs to follow).",
    )(f)


def _duration(_ctx: click.Context, _param: click.Parameter, value: str | None) -> float | None:
    if value is None:
        return None
    from versiontrack.snapshot.watchlist import parse_duration

    try:
        return parse_duration(value).total_seconds()
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _when(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    from versiontrack.snapshot.schedule import parse_time

    try:
        return parse_time(value)
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 time: {value!r}") from None


@main.command()
@watchlist_option
@archive_option
@click.option("--dry-run", is_flag=True,
              help="Read the feeds and list what is due; fetch no article, write nothing.")
@json_option
@click.option("--every", metavar="DURATION", callback=_duration,
              help="Run a pass every DURATION (e.g. 15m, 1h) in this one process until "
                   "stopped with Ctrl-C or SIGTERM (a pass in progress ends first).")
@click.option("--wait", is_flag=True,
              help="If another pass is running, wait for it instead of exiting with code 4.")
@click.option("--recheck", is_flag=True,
              help="Check now, whatever the schedule says: the URLs given (a feed's URL: the "
                   "articles it listed), else every URL still followed.")
@click.option("--now", metavar="ISO", callback=_when,
              help="Replays only: pretend it is this time, e.g. 2026-02-05T14:00:00Z. The fake "
                   "time is written to the archive and the schedule; to check early, use "
                   "--recheck.")
@click.option("--concurrency", type=click.IntRange(1, 64), metavar="N",
              help="Requests in flight over all hosts (default: the watchlist's, else 8).")
@click.option("--no-notify", is_flag=True,
              help="Do not send the watchlist's [[notify]] messages in this pass (they wait "
                   "in the outbox).")
@click.argument("urls", nargs=-1, metavar="[URL]...")
def snapshot(watchlist_path: Path, archive_path: Path, dry_run: bool, as_json: bool,
             every: float | None, wait: bool, recheck: bool, now: datetime | None,
             concurrency: int | None, no_notify: bool, urls: tuple[str, ...]) -> None:
    """Run a snapshot pass: read the feeds, fetch the stories that are due, archive new versions.

    Young stories are rechecked often and old ones rarely, as the watchlist's [defaults]
    recheck steps say; a story is no longer fetched after follow_days. Unchanged pages cost a
    304 or an identical download and are not extracted again.

    \b
    Prints a summary (checked, new versions, unchanged, not modified, suspect, failed by
    reason and each failing URL with its reason, degraded sources, notifications, and when
    the next check is due); --json prints the full per-URL report. A URL that fails is
    reported, and the pass still exits 0. Exit code 4: another pass is running on the same
    archive (unless --wait). With --every, one line (or one JSON object) per pass.

    After the pass, the watchlist's [[notify]] targets hear about what changed and its
    [report] is brought up to date. Without Apprise (pip install 'versiontrack[notify]') a
    pass with events to send prints its summary, then exits 1; the events wait.
    """
    from versiontrack.snapshot.run import PassOptions

    if every is not None and now is not None:
        raise click.UsageError("--now and --every cannot be combined")
    if urls and not recheck:
        raise click.UsageError("URLs are given to --recheck: snapshot --recheck URL...")
    if recheck and now is not None:
        raise click.UsageError("--recheck checks now: it cannot be combined with --now")
    opts = PassOptions(now=now, dry_run=dry_run, wait=wait, concurrency=concurrency,
                       recheck=tuple(u.strip() for u in urls) if recheck else None,
                       notify=not no_notify)
    if every is None:
        with _tell_on_first_interrupt():
            report = _one_pass(watchlist_path, archive_path, opts, progress=not as_json)
        if as_json:
            echo_json(report.to_dict())
        else:
            echo(format_summary(report))
        if report.delivery is not None and report.delivery.unavailable:
            from versiontrack.errors import ConfigError

            raise ConfigError(report.delivery.unavailable)  # after the summary: exit 1
        return
    _loop(watchlist_path, archive_path, opts, every, as_json)


@contextlib.contextmanager
def _tell_on_first_interrupt() -> Iterator[None]:
    """Say at once that Ctrl-C was heard: the pass then waits for the fetches in flight (up to
    their deadline) before it stops, which would otherwise look like a hang. A second Ctrl-C
    stops at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def heard(_signum: int, _frame: Any) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        click.echo("stopping: letting the work in progress end (Ctrl-C again to stop at once)",
                   err=True)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, heard)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)


def _one_pass(watchlist_path: Path, archive_path: Path, opts: Any,
              progress: bool) -> PassReport:
    from versiontrack.snapshot.run import run_pass
    from versiontrack.snapshot.watchlist import load_watchlist

    wl = load_watchlist(watchlist_path)
    scratch = None
    if opts.dry_run and not Path(archive_path).exists():
        # No archive yet: a dry run works on a throwaway one, so it writes nothing real.
        scratch = tempfile.TemporaryDirectory(prefix="versiontrack-dry-run-")
        archive_path = Path(scratch.name) / "archive"
    archive = open_archive(archive_path, create=not opts.dry_run or scratch is not None)
    bar: Any = None
    shown = 0

    def on_progress(done: int, total: int) -> None:
        nonlocal bar, shown
        if bar is None and total:
            bar = click.progressbar(length=total, label="Checking", file=sys.stderr,
                                    show_pos=True)
            bar.__enter__()
        if bar is not None:
            bar.update(done - shown)
            shown = done

    try:
        return run_pass(archive, wl, opts,
                        progress=on_progress if progress and is_tty() else None)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        archive.close()
        if scratch is not None:
            scratch.cleanup()


def _loop(watchlist_path: Path, archive_path: Path, opts: Any, every: float,
          as_json: bool) -> None:
    """Run passes every ``every`` seconds in this one process, so what a pass loads (the
    audit, Apprise and its plugins, the message templates) is loaded once, not per pass.

    Ctrl-C or SIGTERM between passes stops at once; during a pass, the pass ends first (its
    messages sent and recorded, its line printed), then the loop stops: "stopped", exit 0.
    A second one during the pass stops it at once, as Ctrl-C stops a single pass (exit 130).
    """
    from versiontrack.cli import INTERRUPTED, _error_class
    from versiontrack.errors import LockBusy, VersionTrackError
    from versiontrack.render.controls import json_for_terminal

    in_pass = False
    heard: list[str] = []  # the signals heard during the current pass

    def on_signal(signum: int, _frame: Any) -> None:
        name = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
        if in_pass and not heard:
            heard.append(name)
            click.echo(f"stopping: {name} heard; the pass in progress ends first ({name} "
                       "again to stop at once)", err=True)
            return
        heard.append(name)
        raise KeyboardInterrupt

    handled = (signal.SIGINT, signal.SIGTERM)
    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {sig: signal.signal(sig, on_signal) for sig in handled}
    try:
        while True:
            started = time.monotonic()
            in_pass = True
            try:
                report = _one_pass(watchlist_path, archive_path, opts, progress=False)
                in_pass = False
                if as_json:
                    click.echo(json_for_terminal(
                        json.dumps(report.to_dict(), ensure_ascii=False, default=str)))
                else:
                    echo(format_line(report))
            except LockBusy as exc:
                echo(f"skipped: {exc}", err=True)
            except VersionTrackError as exc:
                # A broken watchlist or archive: say so and try again next time, so a typo in
                # the watchlist does not end an unattended loop.
                echo(f"Error: {str(exc).splitlines()[0]}", err=True)
            except KeyboardInterrupt:
                if in_pass:  # stopped at once, mid-pass
                    sys.stdout.flush()
                    why = heard[-1] if heard else "Ctrl-C"
                    raise _error_class(INTERRUPTED)(f"interrupted ({why})") from None
                raise
            finally:
                in_pass = False
            sys.stdout.flush()
            if heard:
                break
            time.sleep(max(0.0, every - (time.monotonic() - started)))
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
    click.echo("stopped", err=True)


def _failed_text(failed: dict[str, int]) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in failed.items())


def format_line(report: PassReport) -> str:
    """One line per pass, for ``--every``."""
    c = report.counts()
    nfailed = sum(c["failed"].values())
    line = (f"{report.now} checked {c['checked']}: {c['new']} new, {c['unchanged']} unchanged, "
            f"{c['not_modified']} not modified, {c['suspect']} suspect, {nfailed} failed")
    if nfailed:
        line += f" ({_failed_text(c['failed'])})"
    if c["discovered"]:
        line += f"; {c['discovered']} new from feeds"
    if report.degraded:
        line += f"; degraded: {', '.join(d.outlet or d.source for d in report.degraded)}"
    d = report.delivery
    if d is not None and (d.delivered or d.failed or d.in_doubt):
        line += f"; notified {d.delivered}"
        if d.failed:
            line += f", {len(d.failed)} deliveries failed"
    if report.next_due:
        line += f"; next due {report.next_due}"
    return line


def format_summary(report: PassReport) -> str:
    """The one-screen summary of a pass."""
    from versiontrack.render.env import plural

    c = report.counts()
    lines = []
    if report.dry_run:
        lines.append(f"Dry run at {report.now}: {plural(c['due'], 'URL')} due, nothing fetched "
                     "or written.")
        for o in report.outcomes[:20]:
            lines.append(f"  due  {o.url}")
        if len(report.outcomes) > 20:
            lines.append(f"  ... and {len(report.outcomes) - 20} more")
    else:
        wall = report.timings.get("wall")
        took = f" in {wall:.1f} s" if wall is not None else ""
        lines.append(f"Snapshot pass at {report.now}: {c['checked']} checked{took}")
        nfailed = sum(c["failed"].values())
        rows = [("new versions", c["new"]), ("unchanged", c["unchanged"]),
                ("not modified", c["not_modified"]), ("suspect", c["suspect"]),
                ("failed", nfailed)]
        for label, n in rows:
            extra = f"  ({_failed_text(c['failed'])})" if label == "failed" and nfailed else ""
            lines.append(f"  {label:<14}{n:>6}{extra}")
        failures = report.failures()
        for o in failures[:MAX_FAILURES_SHOWN]:
            detail = f": {o.detail}" if o.detail and o.detail != o.reason else ""
            lines.append(f"    {o.reason:<18} {o.url}{detail}")
        if len(failures) > MAX_FAILURES_SHOWN:
            lines.append(f"    ... and {len(failures) - MAX_FAILURES_SHOWN} more "
                         "(--json lists them all)")
    if report.feeds:
        ok = sum(1 for f in report.feeds if f.outcome != "failed")
        lines.append(f"  {'feeds read':<14}{ok:>6}  of {len(report.feeds)}, "
                     f"{plural(c['discovered'], 'new article')}")
        for f in report.feeds:
            if f.outcome == "failed":
                lines.append(f"  feed failed: {f.url} ({f.reason})")
    if report.degraded:
        lines.append("Degraded sources:")
        for d in report.degraded:
            name = f"{d.outlet} ({d.source})" if d.outlet else d.source
            lines.append(f"  {name}: {d.problem}")
    lines += _delivery_lines(report)
    if report.report_error:
        lines.append(f"Report not updated: {report.report_error}")
    elif report.report_built is not None:
        lines.append(f"Report: {report.report_built} stories rebuilt, {report.report_index}")
    if not report.dry_run:
        lines.append(_next_due_text(report))
    return "\n".join(lines)


MAX_FAILURES_SHOWN = 20


def _delivery_lines(report: PassReport) -> list[str]:
    d = report.delivery
    if d is None:
        return []
    lines = [f"Notifications: {d.queued} queued, {d.delivered} delivered"
             + (f", {d.pending} waiting to be retried" if d.pending else "")]
    for target, reason in d.failed:
        lines.append(f"  delivery to {target} failed: {reason} (retried in a later pass)")
    if d.in_doubt:
        lines.append(f"  {d.in_doubt} in doubt: a pass stopped while sending them; the targets "
                     "may have them, so they are not sent again")
    return lines


def _next_due_text(report: PassReport) -> str:
    from versiontrack.times import parse_utc

    if not report.next_due:
        if report.feeds:  # read on every pass, whatever the schedule: not "nothing again"
            return "No article is followed now; the next pass reads the feeds again for new ones."
        return "Nothing is due again: no URL is followed any more."
    due, now = parse_utc(report.next_due), parse_utc(report.now)
    if due is None or now is None:
        return f"Next check due at {report.next_due}."
    wait = (due - now).total_seconds()
    if wait <= 0:
        return f"Next check due now ({report.next_due})."
    minutes = int(wait // 60)
    span = f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{max(minutes, 1)} min"
    return f"Next check due at {report.next_due} (in {span})."


# ------------------------------------------------------------------------------------ watch

@main.group()
def watch() -> None:
    """Edit the watchlist: the feeds and article URLs snapshot passes follow."""


def _regexes(_ctx: click.Context, _param: click.Parameter,
             value: tuple[str, ...]) -> tuple[str, ...]:
    """--include/--exclude: a pattern that does not compile is a usage error (exit 2)."""
    import re

    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise click.BadParameter(f"bad regular expression {pattern!r}: {exc}") from None
    return value


@watch.command("add")
@click.argument("url")
@watchlist_option
@click.option("--feed", is_flag=True, help="URL is a feed (RSS, Atom or sitemap), not an article.")
@click.option("--outlet", default="", help="The outlet's name, as reports should show it.")
@click.option("--include", multiple=True, metavar="RE", callback=_regexes,
              help="Only follow article URLs matching this regex (repeatable; feeds only).")
@click.option("--exclude", multiple=True, metavar="RE", callback=_regexes,
              help="Never follow article URLs matching this regex (repeatable; feeds only).")
@click.option("--follow-days", type=click.FloatRange(min=0, min_open=True), metavar="DAYS",
              help="Stop rechecking a story this many days after first seeing it.")
@click.option("--article", is_flag=True,
              help="URL is an article: add it as it is, without asking it what it is.")
@json_option
def watch_add(url: str, watchlist_path: Path, feed: bool, outlet: str,
              include: tuple[str, ...], exclude: tuple[str, ...],
              follow_days: float | None, article: bool, as_json: bool) -> None:
    """Add a feed or a single article URL to the watchlist (created if missing).

    Without --feed or --article, the URL is fetched once (politely, robots.txt included): one
    that answers with RSS, Atom or a sitemap is added as a feed, and the command says so.
    Comments and layout elsewhere in the file are kept.
    """
    from versiontrack.errors import ConfigError
    from versiontrack.identity import is_web_url
    from versiontrack.render.env import plural
    from versiontrack.snapshot.watchlist import Source, add_entry, load_watchlist

    if feed and article:
        raise click.UsageError("--feed and --article cannot be combined")
    if (include or exclude) and article:
        raise click.UsageError("--include/--exclude apply to feeds only, not with --article")
    url = url.strip()
    if not is_web_url(url):  # a malformed value given on the command line: usage (exit 2)
        raise click.BadParameter(f"not an http(s) URL: {url!r}", param_hint="URL")
    note, why = "", ""
    if not feed and not article:
        from versiontrack.snapshot.discovery import sniff
        from versiontrack.snapshot.run import build_policy
        from versiontrack.snapshot.watchlist import Defaults

        defaults = (load_watchlist(watchlist_path).defaults if watchlist_path.exists()
                    else Defaults())
        kind, why = sniff(url, build_policy(defaults))
        if kind == "feed":
            feed = True
            note = f" (it answers with {why}, so it is read as a feed)"
        elif why:
            note = f" as an article ({why}; add --feed if it is a feed)"
    if (include or exclude) and not feed:
        raise ConfigError(f"--include/--exclude apply to feeds only, and {url} was not read as "
                          f"one{f' ({why})' if why else ''}; add --feed if it is a feed")
    src = Source(kind="feed" if feed else "url", url=url, outlet=outlet.strip(),
                 include=include, exclude=exclude, follow_days=follow_days)
    wl = add_entry(watchlist_path, src)
    if as_json:
        echo_json({"added": src.kind, "url": src.url, "watchlist": str(watchlist_path),
                   "detected": why or None, "feeds": len(wl.feeds), "urls": len(wl.urls)})
        return
    echo(f"Added {'feed' if feed else 'URL'} {src.url}{note} to {watchlist_path} "
         f"({plural(len(wl.feeds), 'feed')}, {plural(len(wl.urls), 'URL')})")


@watch.command("remove")
@click.argument("url")
@watchlist_option
@archive_option
@json_option
def watch_remove(url: str, watchlist_path: Path, archive_path: Path, as_json: bool) -> None:
    """Remove a feed or URL from the watchlist, and every trace passes keep of it (the URLs it
    brought, their schedule, validators and failures). Its stories stay in the archive."""
    from versiontrack.render.env import plural
    from versiontrack.snapshot.state import forget_source
    from versiontrack.snapshot.watchlist import remove_entry

    wl, src = remove_entry(watchlist_path, url.strip())
    forgotten = forget_source(archive_path, src.url) if Path(archive_path).is_dir() else 0
    if as_json:
        echo_json({"removed": src.kind, "url": src.url, "watchlist": str(watchlist_path),
                   "forgotten": forgotten, "feeds": len(wl.feeds), "urls": len(wl.urls)})
        return
    echo(f"Removed {src.kind} {src.url} from {watchlist_path} "
         f"({plural(len(wl.feeds), 'feed')}, {plural(len(wl.urls), 'URL')} left"
         + (f"; {plural(forgotten, 'followed URL')} forgotten" if forgotten else "") + ")")


@watch.command("list")
@watchlist_option
@json_option
def watch_list(watchlist_path: Path, as_json: bool) -> None:
    """List the watchlist's feeds and URLs, with their options."""
    from versiontrack.snapshot.watchlist import load_watchlist

    wl = load_watchlist(watchlist_path)
    if as_json:
        echo_json(wl.to_dict())
        return
    echo(_format_watchlist(wl))


def _format_watchlist(wl: Watchlist) -> str:
    from versiontrack.render.env import plural

    lines = [f"{wl.path}: {plural(len(wl.feeds), 'feed')}, {plural(len(wl.urls), 'URL')}"]
    for src in wl.sources:
        opts = []
        if src.outlet:
            opts.append(f"outlet={src.outlet}")
        opts += [f"include={p}" for p in src.include]
        opts += [f"exclude={p}" for p in src.exclude]
        if src.follow_days is not None:
            opts.append(f"follow_days={src.follow_days:g}")
        tail = f"  [{'; '.join(opts)}]" if opts else ""
        lines.append(f"  {src.kind:<4} {src.url}{tail}")
    return "\n".join(lines)
