"""Sending one message to one Apprise URL (Apprise speaks e-mail, Slack, Matrix, Teams,
Telegram, webhooks and about a hundred more). Apprise is the ``notify`` extra."""

from __future__ import annotations

import logging
from typing import Any

from versiontrack.errors import ConfigError

INSTALL_HINT = "pip install 'versiontrack[notify]'"


def _apprise() -> Any:
    try:
        import apprise
    except ImportError:
        raise ConfigError("notifications need Apprise, which is not installed "
                          f"(install it with: {INSTALL_HINT})") from None
    return apprise


def check_target(url: str, label: str) -> None:
    """ConfigError when Apprise does not understand ``url`` (named by ``label`` only: the URL
    may hold a password)."""
    apprise = _apprise()
    if apprise.Apprise.instantiate(url) is None:
        raise ConfigError(f"notify target {label}: Apprise does not understand this URL")


def send(url: str, title: str, body: str) -> str:
    """Send one message; returns "" when the target accepted it, else why not (one line)."""
    apprise = _apprise()
    ap = apprise.Apprise()
    if not ap.add(url):
        return "Apprise does not understand this URL"
    with apprise.LogCapture(level=logging.WARNING) as log:
        ok = ap.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
    if ok:
        return ""
    lines = [ln.split(" - ", 2)[-1].strip() for ln in log.getvalue().splitlines() if ln.strip()]
    return lines[-1] if lines else "the target refused the message"
