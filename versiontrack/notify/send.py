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


class Sender:
    """One target's Apprise object, its URL parsed once for the messages of a pass."""

    def __init__(self, url: str) -> None:
        self._apprise = _apprise()
        self._ap = self._apprise.Apprise()
        self._ok = bool(self._ap.add(url))

    def send(self, title: str, body: str) -> str:
        """Send one message; "" when the target accepted it, else why not (one line)."""
        if not self._ok:
            return "Apprise does not understand this URL"
        apprise = self._apprise
        with apprise.LogCapture(level=logging.WARNING) as log:
            ok = self._ap.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
        if ok:
            return ""
        lines = [ln.split(" - ", 2)[-1].strip() for ln in log.getvalue().splitlines()
                 if ln.strip()]
        return lines[-1] if lines else "the target refused the message"
