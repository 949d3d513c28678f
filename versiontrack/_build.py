"""Which build of the differ runs: compiled with mypyc at install time, or plain Python.

setup.py compiles normalize and the differ (differ/worddiff, classify, align) with mypyc when it
can. Both builds come from the same source and give the same results; the compiled one is faster.
The plain-Python modules are used instead when:

- ``VERSIONTRACK_PURE=1`` is set (to compare the two, or to rule the compiled build out);
- in a source checkout, a module of the group was edited after the build (so an editable install
  never runs stale compiled code: reinstall to compile the edits);
- only part of the group was built.

The group goes one way as a whole, since compiled modules call each other directly.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

GROUP = ("normalize", "differ.worddiff", "differ.classify", "differ.align")
_HERE = Path(__file__).resolve().parent


def _source(name: str) -> Path:
    return _HERE / (name.replace(".", "/") + ".py")


def _built() -> list[Path]:
    found = []
    for name in GROUP:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = _HERE / (name.replace(".", "/") + suffix)
            if path.exists():
                found.append(path)
                break
    return found


def _reason_for_source() -> str | None:
    """Why the plain-Python modules must be used although a build exists, or None."""
    if os.environ.get("VERSIONTRACK_PURE", "") not in ("", "0"):
        return "VERSIONTRACK_PURE is set"
    built = _built()
    if not built:
        return None  # nothing compiled: the normal import finds the source anyway
    if len(built) < len(GROUP):
        return "only part of the differ was compiled"
    if (_HERE.parent / "pyproject.toml").exists():  # a source checkout (editable install)
        newest_source = max(_source(name).stat().st_mtime for name in GROUP)
        if newest_source > min(path.stat().st_mtime for path in built):
            return "the source changed after the build (reinstall to compile it)"
    return None


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the group's modules as source files, ahead of the compiled extensions."""

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,  # noqa: ARG002
                  target: ModuleType | None = None,  # noqa: ARG002 - the finder protocol's shape
                  ) -> importlib.machinery.ModuleSpec | None:
        prefix = f"{__package__}."
        name = fullname.removeprefix(prefix)
        if not fullname.startswith(prefix) or name not in GROUP:
            return None
        return importlib.util.spec_from_file_location(fullname, _source(name))


SOURCE_REASON = _reason_for_source()
if SOURCE_REASON is not None:
    sys.meta_path.insert(0, _SourceFinder())


def differ_build() -> str:
    """A short description of the differ build in use, for ``versiontrack --version``."""
    from versiontrack.differ import align

    if (align.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        return "differ compiled with mypyc"
    if SOURCE_REASON is not None:
        return f"differ in plain Python: {SOURCE_REASON}"
    return "differ in plain Python"
