"""The watchlist: a TOML file naming the feeds and single article URLs a snapshot pass follows.

Schema (every key optional except each entry's ``url``)::

    [defaults]
    contact = "newsroom@example.org"   # appended to the User-Agent so site owners can reach you
    user_agent = ""                    # extra User-Agent words, after versiontrack's own
    concurrency = 8                    # requests in flight over all hosts
    per_host = 2                       # requests in flight per host
    delay = 1.0                        # seconds between two requests to one host
    timeout = 20.0                     # seconds, per connect/read
    deadline = 60.0                    # seconds for a whole fetch (robots, redirects, retries)
    extract_budget = 30.0              # seconds of extraction per page; 0: no budget
    private_redirects = false          # follow redirects from public to internal addresses
    max_bytes = 5000000                # a larger body is refused ("too-large")
    retries = 2                        # extra attempts on 5xx, 429 and connection errors
    follow_days = 7                    # stop rechecking a story this long after it was first seen
    recheck = [                        # how often a story is rechecked, by its age
      { until = "6h", every = "15m" },
      { until = "2d", every = "1h" },
      { until = "7d", every = "6h" },  # beyond the last step: its interval, up to follow_days
    ]

    [[feeds]]                          # RSS, Atom or a (news) sitemap
    url = "https://example.org/rss.xml"
    outlet = "Example News"
    include = ["/news/"]               # regexes searched in article URLs (any must match)
    exclude = ["/live/", "/video/"]    # regexes; any match drops the URL
    follow_days = 3                    # per-source: follow_days, timeout, max_bytes, delay

    [[urls]]                           # one article followed directly
    url = "https://example.org/news/2026/02/story"
    outlet = "Example News"

    [[notify]]                         # one Apprise target (any Apprise URL)
    url = "mailto://user:pass@mail.example.org?to=desk@example.org"
    name = "desk"                      # how summaries name it (default: scheme and host)
    on = ["silent-correction", "note-removed", "headline"]  # default: all but new-version
    min_severity = "info"              # info | low | medium | high
    outlets = ["Example News"]         # only these outlets (default: all)
    feeds = ["https://example.org/rss.xml"]  # only stories from these entries (default: all)
    digest = false                     # true: one message per pass, not one per change
    policy = "corrections"             # the audit policy events are judged under

    [report]                           # keep the HTML report current after each pass
    folder = "reports"                 # relative to the watchlist's folder
    base_url = "https://example.org/versiontrack/"  # absolute links in the Atom feeds
    policy = "corrections"

Loading validates everything and raises :class:`~versiontrack.errors.ConfigError` with a one-line
message naming the file and the key. Editing (:func:`add_entry`, :func:`remove_entry`) appends or
cuts whole ``[[feeds]]``/``[[urls]]`` blocks in the text, so hand-written comments elsewhere in
the file survive.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from versiontrack.errors import ConfigError

DEFAULT_WATCHLIST = "versiontrack.toml"
ENV_WATCHLIST = "VERSIONTRACK_WATCHLIST"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: str | float) -> timedelta:
    """``"90s"``, ``"15m"``, ``"6h"``, ``"2d"``, ``"1w"`` or a number of seconds -> timedelta.

    Raises ValueError on anything else (callers turn that into their own error).
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise ValueError(f"not a duration: {value!r} (use e.g. 30s, 15m, 6h, 2d)")
        seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    if seconds <= 0:
        raise ValueError(f"duration must be positive: {value!r}")
    return timedelta(seconds=seconds)


def format_duration(td: timedelta) -> str:
    """The shortest exact form of ``td`` in the :func:`parse_duration` syntax."""
    s = td.total_seconds()
    for unit in ("w", "d", "h", "m"):
        n = s / _UNIT_SECONDS[unit]
        if n >= 1 and n == int(n):
            return f"{int(n)}{unit}"
    return f"{int(s)}s" if s == int(s) else f"{s}s"


@dataclass(frozen=True)
class RecheckStep:
    """Stories younger than ``until`` are rechecked every ``every``."""

    until: timedelta
    every: timedelta


DEFAULT_RECHECK: tuple[RecheckStep, ...] = (
    RecheckStep(timedelta(hours=6), timedelta(minutes=15)),
    RecheckStep(timedelta(days=2), timedelta(hours=1)),
    RecheckStep(timedelta(days=7), timedelta(hours=6)),
)


@dataclass(frozen=True)
class Defaults:
    """Settings for every source unless a source overrides them."""

    contact: str = ""
    user_agent: str = ""
    concurrency: int = 8
    per_host: int = 2
    delay: float = 1.0
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 2
    deadline: float = 60.0
    extract_budget: float = 30.0
    private_redirects: bool = False
    follow_days: float = 7.0
    recheck: tuple[RecheckStep, ...] = DEFAULT_RECHECK


@dataclass(frozen=True)
class Source:
    """One ``[[feeds]]`` or ``[[urls]]`` entry. Unset overrides are ``None``."""

    kind: str  # "feed" | "url"
    url: str
    outlet: str = ""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    follow_days: float | None = None
    timeout: float | None = None
    max_bytes: int | None = None
    delay: float | None = None

    def admits(self, url: str) -> bool:
        """True when ``url`` passes this source's include/exclude patterns."""
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "url": self.url}
        for key in ("outlet", "include", "exclude", "follow_days", "timeout", "max_bytes",
                    "delay"):
            value = getattr(self, key)
            if value not in (None, "", ()):
                d[key] = list(value) if isinstance(value, tuple) else value
        return d


@dataclass(frozen=True)
class NotifyTarget:
    """One ``[[notify]]`` entry: an Apprise URL and what it wants to hear about."""

    url: str
    on: tuple[str, ...]
    name: str = ""
    min_severity: str = "info"
    outlets: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    digest: bool = False
    policy: str = "corrections"

    @property
    def id(self) -> str:
        """A stable id for the outbox that keeps the URL (and any password in it) out of the
        state file."""
        return hashlib.sha256(self.url.encode()).hexdigest()[:16]

    @property
    def label(self) -> str:
        """How messages name the target: its ``name``, else scheme, host and port (two
        receivers on one host differ by port; the path and user part may hold secrets)."""
        if self.name:
            return self.name
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        if ":" in host:  # an IPv6 address keeps its brackets
            host = f"[{host}]"
        try:
            port = parts.port
        except ValueError:  # not a number: Apprise will say what it makes of the URL
            port = None
        if host and port is not None:
            host = f"{host}:{port}"
        return f"{parts.scheme}://{host}" if host else f"{parts.scheme}://"

    def to_dict(self) -> dict[str, Any]:
        # The URL may hold a password: shown by its label only.
        return {"name": self.label, "on": list(self.on), "min_severity": self.min_severity,
                "outlets": list(self.outlets), "feeds": list(self.feeds),
                "digest": self.digest, "policy": self.policy}


@dataclass(frozen=True)
class ReportSettings:
    """The ``[report]`` table: where each pass keeps the HTML report current."""

    folder: Path
    base_url: str = ""
    policy: str = "corrections"


@dataclass(frozen=True)
class Watchlist:
    path: Path
    defaults: Defaults = field(default_factory=Defaults)
    feeds: tuple[Source, ...] = ()
    urls: tuple[Source, ...] = ()
    notify: tuple[NotifyTarget, ...] = ()
    report: ReportSettings | None = None

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.feeds + self.urls

    def find(self, url: str) -> Source | None:
        for s in self.sources:
            if s.url == url:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        d = self.defaults
        return {
            "path": str(self.path),
            "defaults": {
                "contact": d.contact, "user_agent": d.user_agent, "concurrency": d.concurrency,
                "per_host": d.per_host, "delay": d.delay, "timeout": d.timeout,
                "max_bytes": d.max_bytes, "retries": d.retries, "deadline": d.deadline,
                "extract_budget": d.extract_budget, "private_redirects": d.private_redirects,
                "follow_days": d.follow_days,
                "recheck": [{"until": format_duration(s.until), "every": format_duration(s.every)}
                            for s in d.recheck],
            },
            "feeds": [s.to_dict() for s in self.feeds],
            "urls": [s.to_dict() for s in self.urls],
            "notify": [t.to_dict() for t in self.notify],
            "report": None if self.report is None else {
                "folder": str(self.report.folder), "base_url": self.report.base_url,
                "policy": self.report.policy},
        }


def default_path(explicit: str | Path | None = None) -> Path:
    """``explicit``, else ``$VERSIONTRACK_WATCHLIST``, else ``./versiontrack.toml``."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get(ENV_WATCHLIST) or DEFAULT_WATCHLIST)


# ------------------------------------------------------------------------------------ loading

def load_watchlist(path: str | Path) -> Watchlist:
    """Read and validate the watchlist at ``path``; ConfigError names the file and key."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{p}: watchlist not found (create it with 'versiontrack watch add URL')"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read watchlist: {exc.strerror or exc}") from None
    return parse_watchlist(data, p)


def parse_watchlist(data: bytes | str, path: str | Path = DEFAULT_WATCHLIST) -> Watchlist:
    p = Path(path)
    text = data.decode("utf-8", errors="strict") if isinstance(data, bytes) else data
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: not UTF-8 text") from None
    _check_keys(p, "", doc, {"defaults", "feeds", "urls", "notify", "report"})
    defaults = _parse_defaults(p, doc.get("defaults", {}))
    feeds = _parse_sources(p, doc.get("feeds", []), "feed")
    urls = _parse_sources(p, doc.get("urls", []), "url")
    seen: set[str] = set()
    for src in feeds + urls:
        if src.url in seen:
            raise ConfigError(f"{p}: {src.url} is listed twice")
        seen.add(src.url)
    notify = _parse_notify(p, doc.get("notify", []))
    report = _parse_report(p, doc["report"]) if "report" in doc else None
    return Watchlist(path=p, defaults=defaults, feeds=feeds, urls=urls, notify=notify,
                     report=report)


_NOTIFY_KEYS = {"url", "name", "on", "min_severity", "outlets", "feeds", "digest", "policy"}


def _strings(p: Path, key: str, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise ConfigError(f"{p}: {key} must be a string or an array of strings")
    return tuple(x.strip() for x in items)


def _policy(p: Path, key: str, value: Any) -> str:
    from versiontrack.audit.judge import POLICIES

    name = _string(p, key, value).strip()
    if name not in POLICIES:
        raise ConfigError(f"{p}: {key}: unknown policy {name!r} "
                          f"(known: {', '.join(sorted(POLICIES))})")
    return name


def _parse_notify(p: Path, value: Any) -> tuple[NotifyTarget, ...]:
    from versiontrack.notify.events import DEFAULT_EVENTS, EVENT_KINDS, SEVERITIES

    if not isinstance(value, list):
        raise ConfigError(f"{p}: 'notify' must be an array of tables ([[notify]])")
    out: list[NotifyTarget] = []
    for i, table in enumerate(value):
        where = f"notify[{i}]"
        _check_keys(p, where, table, _NOTIFY_KEYS)
        if "url" not in table:
            raise ConfigError(f"{p}: {where} has no 'url' (an Apprise URL)")
        url = _string(p, f"{where}.url", table["url"]).strip()
        if "://" not in url:
            raise ConfigError(f"{p}: {where}.url is not an Apprise URL (scheme://...)")
        on = DEFAULT_EVENTS
        if "on" in table:
            on = _strings(p, f"{where}.on", table["on"])
            if "all" in on:
                on = EVENT_KINDS
            for name in on:
                if name not in EVENT_KINDS:
                    raise ConfigError(f"{p}: {where}.on: unknown event {name!r} "
                                      f"(known: {', '.join(EVENT_KINDS)}, all)")
        kw: dict[str, Any] = {}
        if "min_severity" in table:
            sev = _string(p, f"{where}.min_severity", table["min_severity"]).strip()
            if sev not in SEVERITIES:
                raise ConfigError(f"{p}: {where}.min_severity must be one of "
                                  f"{', '.join(SEVERITIES)}, not {sev!r}")
            kw["min_severity"] = sev
        for key in ("outlets", "feeds"):
            if key in table:
                kw[key] = _strings(p, f"{where}.{key}", table[key])
        if "name" in table:
            kw["name"] = _string(p, f"{where}.name", table["name"]).strip()
        if "digest" in table:
            if not isinstance(table["digest"], bool):
                raise ConfigError(f"{p}: {where}.digest must be true or false")
            kw["digest"] = table["digest"]
        if "policy" in table:
            kw["policy"] = _policy(p, f"{where}.policy", table["policy"])
        target = NotifyTarget(url=url, on=on, **kw)
        if any(t.url == url for t in out):
            raise ConfigError(f"{p}: {where}: the target {target.label} is listed twice")
        out.append(target)
    return tuple(out)


def _parse_report(p: Path, table: Any) -> ReportSettings:
    _check_keys(p, "report", table, {"folder", "base_url", "policy"})
    if "folder" not in table:
        raise ConfigError(f"{p}: report has no 'folder'")
    folder = Path(_string(p, "report.folder", table["folder"]).strip())
    if not folder.is_absolute():
        folder = p.parent / folder  # relative to the watchlist, wherever cron starts us
    kw: dict[str, Any] = {}
    if "base_url" in table:
        base = _string(p, "report.base_url", table["base_url"]).strip()
        check_url(base, f"{p}: report.base_url")
        kw["base_url"] = base if base.endswith("/") else base + "/"
    if "policy" in table:
        kw["policy"] = _policy(p, "report.policy", table["policy"])
    return ReportSettings(folder=folder, **kw)


def _check_keys(p: Path, where: str, table: Any, allowed: set[str]) -> None:
    if not isinstance(table, dict):
        raise ConfigError(f"{p}: {where or 'the file'} must be a table")
    for key in table:
        if key not in allowed:
            name = f"{where}.{key}" if where else key
            raise ConfigError(f"{p}: unknown key '{name}' (allowed: {', '.join(sorted(allowed))})")


def _number(p: Path, key: str, value: Any, *, integer: bool = False, minimum: float = 0,
            allow_zero: bool = True) -> Any:
    ok_types = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, ok_types):
        kind = "an integer" if integer else "a number"
        raise ConfigError(f"{p}: {key} must be {kind}, not {value!r}")
    if value < minimum or (not allow_zero and value == 0):
        raise ConfigError(f"{p}: {key} must be {'>' if not allow_zero else '>='} {minimum}, "
                          f"not {value!r}")
    return value


def _string(p: Path, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{p}: {key} must be a string, not {value!r}")
    return value


def _duration(p: Path, key: str, value: Any) -> timedelta:
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise ConfigError(f"{p}: {key}: {exc}") from None


_DEFAULT_KEYS = {"contact", "user_agent", "concurrency", "per_host", "delay", "timeout",
                 "max_bytes", "retries", "deadline", "extract_budget", "private_redirects",
                 "follow_days", "recheck"}


def _parse_defaults(p: Path, table: Any) -> Defaults:
    _check_keys(p, "defaults", table, _DEFAULT_KEYS)
    kw: dict[str, Any] = {}
    for key in ("contact", "user_agent"):
        if key in table:
            kw[key] = _string(p, f"defaults.{key}", table[key]).strip()
    if "concurrency" in table:
        kw["concurrency"] = _number(p, "defaults.concurrency", table["concurrency"],
                                    integer=True, minimum=1)
    if "per_host" in table:
        kw["per_host"] = _number(p, "defaults.per_host", table["per_host"], integer=True,
                                 minimum=1)
    if "delay" in table:
        kw["delay"] = float(_number(p, "defaults.delay", table["delay"]))
    if "timeout" in table:
        kw["timeout"] = float(_number(p, "defaults.timeout", table["timeout"], allow_zero=False))
    if "max_bytes" in table:
        kw["max_bytes"] = _number(p, "defaults.max_bytes", table["max_bytes"], integer=True,
                                  minimum=1)
    if "retries" in table:
        kw["retries"] = _number(p, "defaults.retries", table["retries"], integer=True)
    if "deadline" in table:
        kw["deadline"] = float(_number(p, "defaults.deadline", table["deadline"],
                                       allow_zero=False))
    if "extract_budget" in table:
        kw["extract_budget"] = float(_number(p, "defaults.extract_budget",
                                             table["extract_budget"]))
    if "private_redirects" in table:
        if not isinstance(table["private_redirects"], bool):
            raise ConfigError(f"{p}: defaults.private_redirects must be true or false, "
                              f"not {table['private_redirects']!r}")
        kw["private_redirects"] = table["private_redirects"]
    if "follow_days" in table:
        kw["follow_days"] = float(_number(p, "defaults.follow_days", table["follow_days"],
                                          allow_zero=False))
    if "recheck" in table:
        kw["recheck"] = _parse_recheck(p, table["recheck"])
    return Defaults(**kw)


def _parse_recheck(p: Path, value: Any) -> tuple[RecheckStep, ...]:
    if not isinstance(value, list) or not value:
        raise ConfigError(f"{p}: defaults.recheck must be a non-empty array of "
                          "{{ until = \"6h\", every = \"15m\" }} tables")
    steps: list[RecheckStep] = []
    for i, item in enumerate(value):
        where = f"defaults.recheck[{i}]"
        _check_keys(p, where, item, {"until", "every"})
        if "until" not in item or "every" not in item:
            raise ConfigError(f"{p}: {where} needs both 'until' and 'every'")
        step = RecheckStep(_duration(p, f"{where}.until", item["until"]),
                           _duration(p, f"{where}.every", item["every"]))
        if steps and step.until <= steps[-1].until:
            raise ConfigError(f"{p}: {where}.until must be later than the step before it")
        steps.append(step)
    return tuple(steps)


_SOURCE_KEYS = {"url", "outlet", "include", "exclude", "follow_days", "timeout", "max_bytes",
                "delay"}


def _parse_sources(p: Path, value: Any, kind: str) -> tuple[Source, ...]:
    name = "feeds" if kind == "feed" else "urls"
    if not isinstance(value, list):
        raise ConfigError(f"{p}: '{name}' must be an array of tables ([[{name}]])")
    out = []
    for i, table in enumerate(value):
        where = f"{name}[{i}]"
        _check_keys(p, where, table, _SOURCE_KEYS)
        if "url" not in table:
            raise ConfigError(f"{p}: {where} has no 'url'")
        url = check_url(_string(p, f"{where}.url", table["url"]).strip(), f"{p}: {where}.url")
        kw: dict[str, Any] = {}
        if "outlet" in table:
            kw["outlet"] = _string(p, f"{where}.outlet", table["outlet"]).strip()
        for key in ("include", "exclude"):
            if key in table:
                kw[key] = _patterns(p, f"{where}.{key}", table[key])
        if "follow_days" in table:
            kw["follow_days"] = float(_number(p, f"{where}.follow_days", table["follow_days"],
                                              allow_zero=False))
        if "timeout" in table:
            kw["timeout"] = float(_number(p, f"{where}.timeout", table["timeout"],
                                          allow_zero=False))
        if "max_bytes" in table:
            kw["max_bytes"] = _number(p, f"{where}.max_bytes", table["max_bytes"], integer=True,
                                      minimum=1)
        if "delay" in table:
            kw["delay"] = float(_number(p, f"{where}.delay", table["delay"]))
        out.append(Source(kind=kind, url=url, **kw))
    return tuple(out)


def _patterns(p: Path, key: str, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise ConfigError(f"{p}: {key} must be a regex string or an array of them")
    for pattern in items:
        check_regex(pattern, f"{p}: {key}")
    return tuple(items)


def check_regex(pattern: str, where: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from None
    return pattern


def check_url(url: str, where: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: not an http(s) URL: {url!r}")
    return url


# ------------------------------------------------------------------------------------ writing

def _toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _toml_str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, RecheckStep):
        return (f"{{ until = {_toml_str(format_duration(value.until))}, "
                f"every = {_toml_str(format_duration(value.every))} }}")
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def source_block(src: Source) -> str:
    """The ``[[feeds]]``/``[[urls]]`` block for ``src``, as TOML text."""
    lines = [f"[[{'feeds' if src.kind == 'feed' else 'urls'}]]"]
    for key, value in src.to_dict().items():
        if key != "kind":
            lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def dumps(wl: Watchlist) -> str:
    """The whole watchlist as TOML (non-default settings only); ``parse_watchlist`` reads it."""
    parts = []
    base = Defaults()
    changed = [(k, getattr(wl.defaults, k)) for k in base.__dataclass_fields__
               if getattr(wl.defaults, k) != getattr(base, k)]
    if changed:
        lines = ["[defaults]"]
        lines += [f"{k} = {_toml_value(v)}" for k, v in changed]
        parts.append("\n".join(lines) + "\n")
    parts += [source_block(s) for s in wl.sources]
    return "\n".join(parts)


def save_watchlist(wl: Watchlist, path: str | Path | None = None) -> Path:
    """Write ``wl`` as a fresh file (comments are not kept; editing helpers keep them)."""
    p = Path(path or wl.path)
    _atomic_write(p, dumps(wl))
    return p


def _atomic_write(p: Path, text: str) -> None:
    tmp = p.with_name(p.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, p)
    except OSError as exc:
        raise ConfigError(f"{p}: cannot write watchlist: {exc.strerror or exc}") from None


_HEADER = re.compile(r"^\s*\[")


def add_entry(path: str | Path, src: Source) -> Watchlist:
    """Append ``src`` to the watchlist at ``path`` (created when missing); returns the result.

    ConfigError when the URL is already listed or the file is invalid.
    """
    p = Path(path)
    check_url(src.url, "watch add")
    for pattern in src.include + src.exclude:
        check_regex(pattern, "watch add")
    text = p.read_text(encoding="utf-8") if p.exists() else ""
    current = parse_watchlist(text, p)
    if current.find(src.url):
        raise ConfigError(f"{p}: {src.url} is already in the watchlist")
    if text and not text.endswith("\n"):
        text += "\n"
    new_text = text + ("\n" if text.strip() else "") + source_block(src)
    result = parse_watchlist(new_text, p)  # never write a file we cannot read back
    _atomic_write(p, new_text)
    return result


def remove_entry(path: str | Path, url: str) -> tuple[Watchlist, Source]:
    """Cut the ``[[feeds]]``/``[[urls]]`` block for ``url`` out of the file.

    ConfigError when ``url`` is not in the watchlist.
    """
    p = Path(path)
    wl = load_watchlist(p)
    src = wl.find(url)
    if src is None:
        raise ConfigError(f"{p}: {url} is not in the watchlist")
    lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
    # Split the file into blocks, each starting at a table header line.
    starts = [i for i, line in enumerate(lines) if _HEADER.match(line)]
    header = "[[feeds]]" if src.kind == "feed" else "[[urls]]"
    cut: tuple[int, int] | None = None
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        if lines[start].strip().split("#")[0].strip() != header:
            continue
        try:
            block = tomllib.loads("".join(lines[start + 1:end]))
        except tomllib.TOMLDecodeError:
            continue
        if block.get("url", "").strip() == url:
            cut = (start, end)
            break
    if cut is None:  # e.g. written as an inline array: fall back to a full rewrite
        if wl.notify or wl.report is not None:
            # dumps() writes neither [[notify]] nor [report]: refuse rather than drop them.
            raise ConfigError(f"{p}: {url} is not in a [[feeds]]/[[urls]] block of its own; "
                              "remove it by hand")
        new_wl = replace(wl, feeds=tuple(s for s in wl.feeds if s.url != url),
                         urls=tuple(s for s in wl.urls if s.url != url))
        save_watchlist(new_wl, p)
        return new_wl, src
    new_text = "".join(lines[:cut[0]] + lines[cut[1]:])
    new_text = re.sub(r"\n{3,}", "\n\n", new_text)
    result = parse_watchlist(new_text, p)
    _atomic_write(p, new_text)
    return result, src
