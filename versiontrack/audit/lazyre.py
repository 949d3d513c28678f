"""Regular expressions compiled when first used, not when their module is imported.

The audit's modules hold some three hundred patterns; compiling them all took about a quarter of
a second at every start of the command line and of every snapshot pass that notifies, while a
given run uses about half of them (the other languages' tables only meet foreign text). A
:class:`LazyPattern` stands in for a compiled pattern: its matching methods are slots that, on
first call, compile the pattern and put the compiled pattern's own bound methods in their place,
so later calls cost what calls on a compiled pattern cost.

Compiling is still most of what the first audit of a process costs (Python's regular expression
compiler is written in Python: some 0.4 s of CPU for the patterns one story meets, paid by every
``versiontrack audit`` and every snapshot pass that notifies). :class:`PatternStore` keeps what
compiling produced (the program the matching engine runs) in a file between runs, so a later
process builds each pattern from it at once; see its docstring for where and how it is checked.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, cast

__all__ = ["STORE", "LazyPattern", "PatternStore", "lazy_compile", "word_first"]

#: Environment variable naming the folder the store's file lives in; "off" keeps no file.
CACHE_ENV = "VERSIONTRACK_CACHE"
#: Beyond this many entries, a save keeps only the patterns this process used.
_MAX_ENTRIES = 600

# Python's own compiler, split where the program is made: re._compiler.compile() parses the
# pattern, makes the program (a list of ints) and hands both to _sre.compile(), which checks
# the program before it builds the pattern. Present in CPython 3.11 to 3.13 alike; anything
# else (another Python, a renamed internal) and the store stands aside for re.compile().
_MAGIC: int | None
try:
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _MAGIC = int(_sre.MAGIC)
except (ImportError, AttributeError):  # pragma: no cover  (not CPython)
    _MAGIC = None

_Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _parts(pattern: str, flags: int) -> _Parts:
    """What re._compiler.compile() passes to _sre.compile() after the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # named constants: plain ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


class PatternStore:
    """Compiled patterns' programs, kept in a file between runs.

    The file is ``patterns-<python>-<engine>-<version>.marshal`` in ``$VERSIONTRACK_CACHE``, else
    ``$XDG_CACHE_HOME/versiontrack``, else ``~/.cache/versiontrack`` (``VERSIONTRACK_CACHE=off``:
    no file). It is read once, on the first pattern compiled, and written (to a temporary file,
    then renamed over the old) when the process ends, if it compiled a pattern the file did not
    hold. Entries are keyed by the pattern's text and flags, and the name carries the Python
    build and its engine's version, so a program is only used by the engine that made it; the
    engine checks every program it is given as it does Python's own, and any entry it refuses,
    a file that does not read, or a folder that cannot be written, means compiling as usual.
    Nothing in the file is needed: deleting it costs the next run its compile time only.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[str, int], _Parts] | None = None
        self._used: set[tuple[str, int]] = set()
        self._dirty = False
        self._lock = threading.Lock()
        self.hits = 0  # patterns built from the file by this process

    @staticmethod
    def path() -> Path | None:
        """The store's file, or None when there is none to keep."""
        if _MAGIC is None:
            return None
        env = os.environ.get(CACHE_ENV)
        if env is not None and env.strip().lower() in ("", "off", "0", "no"):
            return None
        if env:
            folder = Path(env).expanduser()
        else:
            xdg = os.environ.get("XDG_CACHE_HOME")
            folder = (Path(xdg) if xdg else Path.home() / ".cache") / "versiontrack"
        from versiontrack._version import __version__

        tag = sys.implementation.cache_tag or "python"
        return folder / f"patterns-{tag}-{_MAGIC}-{__version__}.marshal"

    def _load(self) -> dict[tuple[str, int], _Parts]:
        entries = self._entries
        if entries is None:
            entries = {}
            path = self.path()
            if path is not None:
                try:
                    data = marshal.loads(path.read_bytes())
                    if isinstance(data, dict):
                        entries = data
                except (OSError, ValueError, EOFError, TypeError):
                    entries = {}
                atexit.register(self.save)
            self._entries = entries
        return entries

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the file when it holds the pattern."""
        if _MAGIC is None or flags & re.DEBUG:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        with self._lock:
            entries = self._load()
            self._used.add(key)
            parts = entries.get(key)
        if parts is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *parts)
                self.hits += 1
                return compiled
            except Exception:  # noqa: BLE001  (a program the engine refuses: compile anew)
                pass
        try:
            parts = _parts(pattern, int(flags))
            compiled = _sre.compile(pattern, *parts)
        except re.error:
            raise
        except Exception:  # noqa: BLE001  (an internal that changed: Python's own way)
            return re.compile(pattern, flags)
        with self._lock:
            entries[key] = parts
            self._dirty = True
        return compiled

    def save(self) -> None:
        """Write the file if this process compiled a pattern it did not hold (never raises)."""
        with self._lock:
            if not self._dirty or self._entries is None:
                return
            entries = self._entries
            if len(entries) > _MAX_ENTRIES:
                entries = {k: v for k, v in entries.items() if k in self._used}
            self._dirty = False
        path = self.path()
        if path is None:
            return
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps(entries))
            os.replace(tmp, path)
        except (OSError, ValueError):
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass


#: The process's store, used by every :class:`LazyPattern`.
STORE = PatternStore()

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern compiled on first use (see the module docstring)."""

    __slots__ = ("pattern", "_flags", "_compiled", "_prepare", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0,
                 prepare: Callable[[str], str] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._prepare = prepare  # rewrites the text before compiling (word_first), once
        self._compiled: re.Pattern[str] | None = None
        for name in _METHODS:
            setattr(self, name, partial(self._first_call, name))

    def _load(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            if self._prepare is not None:
                self.pattern, self._prepare = self._prepare(self.pattern), None
            compiled = self._compiled = STORE.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return compiled

    def _first_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._load(), name)(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self._load().flags

    def __getattr__(self, name: str) -> Any:  # groups, groupindex, scanner ...
        return getattr(self._load(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}...)"


def lazy_compile(pattern: str, flags: int = 0,
                 prepare: Callable[[str], str] | None = None) -> re.Pattern[str]:
    """Stands in for :func:`re.compile`; typed as the compiled pattern it becomes. ``prepare``
    (e.g. :func:`word_first`) rewrites the text when it is first compiled, not at import."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags, prepare))


# ------------------------------------------------------------------ unions of many alternatives

def _structure(pattern: str) -> list[tuple[int, str, int]]:
    """(index, character, depth after it) of each character of a regular expression's text
    that is neither escaped nor inside a character class: where its alternatives and groups
    are."""
    out: list[tuple[int, str, int]] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            out.append((i, c, depth))
        i += 1
    return out


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's text."""
    cuts = [i for i, c, depth in _structure(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _unwrapped(part: str) -> str:
    """``part`` without the non-capturing group around all of it, if there is one (not
    "(?:a)b(?:c)", whose first group closes before the end)."""
    if not (part.startswith("(?:") and part.endswith(")")):
        return part
    closed = any(c == ")" and depth == 0 for i, c, depth in _structure(part[:-1]))
    return part if closed else part[3:-1]


def word_first(pattern: str) -> str:
    """``pattern`` with the word boundary that opens most of its alternatives written once
    before them. The same texts match (where two alternatives match at one place, the one
    with the boundary now comes first, so a match may end elsewhere), but the engine gives up
    at a position inside a word once instead of once per alternative, which nearly halves the
    time of a union of two hundred."""
    alts = [a for part in _alternatives(pattern) for a in _alternatives(_unwrapped(part))]
    bounded = [a[2:] for a in alts if a.startswith(r"\b")]
    rest = [a for a in alts if not a.startswith(r"\b")]
    return "|".join([r"\b(?:" + "|".join(bounded) + ")", *rest]) if bounded else pattern
