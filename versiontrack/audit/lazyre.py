"""Regular expressions compiled when first used, not when their module is imported.

The audit's modules hold some three hundred patterns; compiling them all took about a quarter of
a second at every start of the command line and of every snapshot pass that notifies, while a
given run uses about half of them (the other languages' tables only meet foreign text). A
:class:`LazyPattern` stands in for a compiled pattern: its matching methods are slots that, on
first call, compile the pattern and put the compiled pattern's own bound methods in their place,
so later calls cost what calls on a compiled pattern cost.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any, cast

__all__ = ["LazyPattern", "lazy_compile"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern compiled on first use (see the module docstring)."""

    __slots__ = ("pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        for name in _METHODS:
            setattr(self, name, partial(self._first_call, name))

    def _load(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
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


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Stands in for :func:`re.compile`; typed as the compiled pattern it becomes."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))
