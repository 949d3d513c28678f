"""Commands: ``notify test`` and ``notify status`` (the watchlist's [[notify]] targets)."""

from __future__ import annotations

from pathlib import Path

from versiontrack.cli import main
from versiontrack.cli.common import archive_option, echo, echo_json, json_option
from versiontrack.cli.snapshot_cmds import watchlist_option


@main.group()
def notify() -> None:
    """The watchlist's [[notify]] targets: where snapshot passes send what changed."""


@notify.command("test")
@watchlist_option
@json_option
def notify_test_cmd(watchlist_path: Path, as_json: bool) -> None:
    """Send a test message to each [[notify]] target of the watchlist.

    Exit code 1 when a target is missing, not understood, or refused the message.
    """
    from versiontrack.errors import ConfigError
    from versiontrack.notify.run import notify_test
    from versiontrack.snapshot.watchlist import load_watchlist

    wl = load_watchlist(watchlist_path)
    if not wl.notify:
        raise ConfigError(f"{watchlist_path}: no [[notify]] targets to test")
    results = notify_test(wl.notify)
    if as_json:
        echo_json([{"target": t, "ok": not why, "error": why} for t, why in results])
    else:
        for target, why in results:
            echo(f"{'sent' if not why else 'FAILED':<7}{target}" + (f": {why}" if why else ""))
    if any(why for _, why in results):
        raise SystemExit(1)


@notify.command("status")
@watchlist_option
@archive_option
@json_option
def notify_status(watchlist_path: Path, archive_path: Path, as_json: bool) -> None:
    """Count the outbox's messages per target: delivered, waiting, in doubt."""
    from versiontrack.notify.outbox import outbox_status
    from versiontrack.snapshot.watchlist import load_watchlist

    wl = load_watchlist(watchlist_path)
    rows = outbox_status(archive_path, wl.notify)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        echo("No [[notify]] targets in the watchlist.")
    for r in rows:
        line = (f"{r['target']}: {r['delivered']} delivered, {r['pending']} waiting, "
                f"{r['in_doubt']} in doubt")
        if r["last_error"]:
            line += f"; last error: {r['last_error']}"
        echo(line)
