"""Sending one message to one Apprise URL (Apprise speaks e-mail, Slack, Matrix, Teams,
Telegram, webhooks and about a hundred more). Apprise is the ``notify`` extra."""

from __future__ import annotations

import logging
import threading
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


#: Apprise before 2.0 only reports why a send failed through its logger, which every thread
#: shares: such sends take turns.
_LOGGER_LOCK = threading.Lock()


def _level(level: Any) -> int:
    """A log entry's level as a number (Apprise 2 gives its name)."""
    number = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    return number if isinstance(number, int) else 0


class Sender:
    """One target's Apprise objects, for the messages of a pass. Safe to share between
    threads: each thread gets its own Apprise object (a plugin keeps per-connection state)."""

    def __init__(self, url: str) -> None:
        self._apprise = _apprise()
        self._url = url
        self._local = threading.local()
        self._ok = len(self._instance()) > 0  # Apprise took the URL

    def _instance(self) -> Any:
        ap = getattr(self._local, "ap", None)
        if ap is None:
            ap = self._local.ap = self._apprise.Apprise()
            ap.add(self._url)
        return ap

    def send(self, title: str, body: str) -> str:
        """Send one message; "" when the target accepted it, else why not (one line)."""
        if not self._ok:
            return "Apprise does not understand this URL"
        apprise = self._apprise
        if not hasattr(apprise, "NotifyLogEntry"):  # Apprise 1.x: a bool, and the logger
            with _LOGGER_LOCK, apprise.LogCapture(level=logging.WARNING) as log:
                ok = self._notify(title, body)
            lines = [ln.split(" - ", 2)[-1].strip() for ln in log.getvalue().splitlines()]
        else:  # Apprise 2: the result carries this call's own log
            result = self._notify(title, body)
            ok = bool(result)
            lines = [e.message.strip() for e in result.logs() if _level(e.level) >= logging.WARNING]
        if ok:
            return ""
        lines = [ln for ln in lines if ln]
        return lines[-1] if lines else "the target refused the message"

    def _notify(self, title: str, body: str) -> Any:
        return self._instance().notify(title=title, body=body,
                                       body_format=self._apprise.NotifyFormat.TEXT)
