"""Notification messages: an event (or a digest of events) as a title and a plain-text body,
from ``templates/notify/`` through the one Environment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from versiontrack.differ.worddiff import word_diff
from versiontrack.render.env import get_env, plural, render

if TYPE_CHECKING:
    from versiontrack.notify.events import Event

#: Event name -> the words a message's title starts with.
EVENT_TITLES = {
    "silent-correction": "Silent correction",
    "undisclosed-update": "Undisclosed update",
    "note-added": "New note",
    "note-removed": "Note removed",
    "headline": "Headline changed",
    "flip-flop": "Flip-flop",
    "new-version": "New version",
}


#: Words of unchanged text kept on each side of a changed run in a message's "Changed:" line.
CONTEXT_WORDS = 4
#: Changed runs shown at most; the rest are counted.
MAX_RUNS = 4


def _marked(op: str, text: str) -> str:
    """A changed run in wdiff marks, its outer spaces left outside them."""
    core = text.strip()
    if not core:
        return text
    lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    mark = ("[-", "-]") if op == "delete" else ("{+", "+}")
    return f"{lead}{mark[0]}{core}{mark[1]}{trail}"


def word_changes(old: str, new: str) -> str:
    """The words that changed between ``old`` and ``new``, in the wdiff marks the ``diff``
    command uses (``[-old-]{+new+}``), each run with a few words of context and the runs joined
    by " ... ": what a reader of a long paragraph needs to see the change at a glance. "" when
    one side is empty (an added or removed paragraph: Before/After already say all)."""
    if not old or not new or old == new:
        return ""
    ops = word_diff(old, new)
    runs: list[str] = []
    i, n = 0, len(ops)
    while i < n:
        if ops[i].op == "equal":
            i += 1
            continue
        parts = []
        if i and ops[i - 1].op == "equal":
            parts.append(_edge(ops[i - 1].text, last=True))
        # A short stretch of unchanged words between two changes stays inside one run.
        while i < n and (ops[i].op != "equal"
                         or (i + 1 < n and len(ops[i].text.split()) <= 2 * CONTEXT_WORDS)):
            op = ops[i]
            parts.append(op.text if op.op == "equal" else _marked(op.op, op.text))
            i += 1
        if i < n:
            parts.append(_edge(ops[i].text, last=False))
        runs.append(" ".join("".join(parts).split()))
    shown = " ... ".join(runs[:MAX_RUNS])
    more = len(runs) - MAX_RUNS
    return shown + (f" (and {plural(more, 'more change')})" if more > 0 else "")


def _edge(text: str, last: bool) -> str:
    """The first or last CONTEXT_WORDS words of an unchanged run, with the space that joins
    them to the change."""
    words = text.split()
    if len(words) <= CONTEXT_WORDS:
        return text
    if last:
        return " ".join(words[-CONTEXT_WORDS:]) + (" " if text[-1:].isspace() else "")
    return (" " if text[:1].isspace() else "") + " ".join(words[:CONTEXT_WORDS])


def report_link(event: Event, base_url: str) -> str:
    """The event's page in the report (its diff when it has one), or "" without a base URL."""
    if not base_url:
        return ""
    page = (f"stories/{event.story}/diff-{event.from_version}-{event.version}.html"
            if event.from_version else f"stories/{event.story}/index.html")
    return urljoin(base_url, page)


def _title(event: Event) -> str:
    who = f" ({event.outlet})" if event.outlet else ""
    return f"{EVENT_TITLES.get(event.kind, event.kind)}: {event.headline or event.story}{who}"


def message(events: Event | Sequence[Event], base_url: str = "") -> tuple[str, str]:
    """(title, body) for one event, or for the events of one change (one story's one version,
    most serious first): the title names each kind, the body tells each event once."""
    if not isinstance(events, Sequence):
        events = [events]
    first = events[0]
    if len(events) == 1:
        body = render("notify/event.txt", e=first, title=EVENT_TITLES.get(first.kind, first.kind),
                      link=report_link(first, base_url),
                      changed=word_changes(first.old, first.new))
        return _title(first), body.strip() + "\n"
    kinds = list(dict.fromkeys(EVENT_TITLES.get(e.kind, e.kind) for e in events))
    who = f" ({first.outlet})" if first.outlet else ""
    title = f"{kinds[0]}{''.join(', ' + k.lower() for k in kinds[1:])}: " \
            f"{first.headline or first.story}{who}"
    body = render("notify/change.txt", events=events, titles=EVENT_TITLES,
                  link=report_link(first, base_url),
                  changed=[word_changes(e.old, e.new) for e in events])
    return title, body.strip() + "\n"


def digest(events: Sequence[Event], base_url: str = "") -> tuple[str, str]:
    """(title, body) for several events in one message."""
    if len(events) == 1:
        return message(events[0], base_url)
    stories = {e.story for e in events}
    title = (f"versiontrack: {len(events)} events in "
             f"{plural(len(stories), 'story', 'stories')}")
    body = render("notify/digest.txt", events=events, titles=EVENT_TITLES,
                  links=[report_link(e, base_url) for e in events],
                  changed=[word_changes(e.old, e.new) for e in events])
    return title, body.strip() + "\n"


def warm_templates() -> None:
    """Compile the message templates ahead of the first message."""
    env = get_env()
    for name in ("notify/event.txt", "notify/change.txt", "notify/digest.txt"):
        env.get_template(name)


def test_message() -> tuple[str, str]:
    return "versiontrack: test message", render("notify/test.txt").strip() + "\n"
