"""versiontrack: keep every version of a news story, show what changed, audit the disclosure.

The package face names one verb per stage and the records that cross stages. The verbs load on
first use, so ``import versiontrack`` stays quick; each lives in the module its stage names:

- snapshot runs: :func:`run_pass` (``versiontrack.snapshot.run``)
- extraction: :func:`extract_html`, :func:`extract_text` (``versiontrack.extract.html``)
- archive: :class:`Archive` (``versiontrack.archive.store``)
- differ: :func:`align` (``versiontrack.differ``)
- auditor: :func:`audit_story`, :func:`find_notes` (``versiontrack.audit.judge``)
- renderer: :func:`draft_log`, :func:`build_report` (``versiontrack.render.env``)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# _build goes first: it decides which build of the differ (compiled or not) later imports get.
from versiontrack import _build  # noqa: F401
from versiontrack._version import __version__
from versiontrack.errors import VersionTrackError
from versiontrack.models import Alignment, Article, Change, Snapshot, StoryInfo, Version

_VERBS = {
    "run_pass": "versiontrack.snapshot.run",
    "extract_html": "versiontrack.extract.html",
    "extract_text": "versiontrack.extract.html",
    "Archive": "versiontrack.archive.store",
    "align": "versiontrack.differ.align",
    "audit_story": "versiontrack.audit.judge",
    "find_notes": "versiontrack.audit.notes",
    "draft_log": "versiontrack.render.corrections",
    "build_report": "versiontrack.render.report.site",
}

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive
    from versiontrack.audit.judge import audit_story
    from versiontrack.audit.notes import find_notes
    from versiontrack.differ.align import align
    from versiontrack.extract.html import extract_html, extract_text
    from versiontrack.render.corrections import draft_log
    from versiontrack.render.report.site import build_report
    from versiontrack.snapshot.run import run_pass


def __getattr__(name: str) -> Any:
    module = _VERBS.get(name)
    if module is None:
        raise AttributeError(f"module 'versiontrack' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "Alignment", "Archive", "Article", "Change", "Snapshot", "StoryInfo", "Version",
    "VersionTrackError", "__version__", "align", "audit_story", "build_report", "draft_log",
    "extract_html", "extract_text", "find_notes", "run_pass",
]
