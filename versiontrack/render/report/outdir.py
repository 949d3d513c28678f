"""The report folder on disk: output paths confined under it, atomic writes that leave a file
alone when its text is unchanged, and the manifest that makes report runs incremental.

The manifest (``.versiontrack-report.json``) records, per story, the latest version's commit,
the number of versions and a digest of the templates, assets, report code, versiontrack version
and audit policy; a story whose record still matches is not rebuilt. It also keeps each story's
index counts, feed entries and headline changes, from which the index, the headlines pages and
the feeds are regenerated without reading the story again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from versiontrack._version import __version__
from versiontrack.errors import StoryKeyError
from versiontrack.render.env import templates_digest
from versiontrack.render.report.charts import available as charts_available

MANIFEST = ".versiontrack-report.json"
MANIFEST_FORMAT = 2
#: The modules whose code shapes the report's files: editing any of them rebuilds every story.
REPORT_MODULES = ("site", "outdir", "diffpage", "headlines", "storypage", "atom", "charts")


def confine(root: Path, *parts: str) -> Path:
    """``root/parts...``, refusing any part or resolved path that would leave ``root``."""
    for part in parts:
        if not part or part in (".", "..") or "/" in part or "\\" in part or "\0" in part:
            raise StoryKeyError(f"refusing unsafe output path component {part!r}")
    target = root.joinpath(*parts).resolve()
    if not target.is_relative_to(root) or target == root:
        raise StoryKeyError(f"refusing to write outside the report folder: {target}")
    return target


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` unless the file already holds exactly it; True when written."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    write_text(path, text)
    return True


def write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 with ``\\n`` line ends, replacing ``path`` in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The pid in the name lets a later run prove the file is a killed run's (clean_stale_temps).
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".tmp-{os.getpid()}-",
                               suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_TEMP = re.compile(r"^\.tmp-(\d+)-")


def clean_stale_temps(root: Path) -> int:
    """Remove the temporary files of report runs that were killed (their pid is gone) from the
    report folder ``root``; returns how many."""
    from versiontrack.archive.recover import pid_alive

    removed = 0
    for f in root.rglob(".tmp-*"):
        m = _TEMP.match(f.name)
        if m and int(m.group(1)) != os.getpid() and not pid_alive(int(m.group(1))):
            f.unlink(missing_ok=True)
            removed += 1
    return removed


def code_digest(policy: str) -> str:
    """Changes when the templates, the assets, the report code, the version or the policy
    change."""
    h = hashlib.sha256()
    h.update(templates_digest("report").encode())
    here = Path(__file__).parent
    for name in REPORT_MODULES:
        h.update((here / f"{name}.py").read_bytes())
    # Installing or removing the plots extra changes every page with a chart.
    h.update(f"{__version__}|{policy}|{MANIFEST_FORMAT}|{charts_available()}".encode())
    return h.hexdigest()[:16]


def load_manifest(root: Path) -> dict[str, Any]:
    """The manifest under ``root``; an empty one when it is missing, unreadable or older."""
    path = root / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"format": MANIFEST_FORMAT, "stories": {}}
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT or not isinstance(
            data.get("stories"), dict):
        return {"format": MANIFEST_FORMAT, "stories": {}}
    return data


def save_manifest(root: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest`` under ``root`` (only when its text changed)."""
    manifest["format"] = MANIFEST_FORMAT
    write_if_changed(root / MANIFEST,
                     json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False))


def is_current(record: dict[str, Any] | None, latest: str, versions: int, digest: str,
               page: Path) -> bool:
    """Whether a story's manifest ``record`` still describes its pages: same latest commit,
    version count and code digest, headline changes recorded, and its ``page`` still there."""
    return bool(record and record.get("latest") == latest and record.get("digest") == digest
                and record.get("versions") == versions and "headlines" in record
                and page.is_file())


__all__ = [
    "MANIFEST",
    "MANIFEST_FORMAT",
    "REPORT_MODULES",
    "clean_stale_temps",
    "code_digest",
    "confine",
    "is_current",
    "load_manifest",
    "save_manifest",
    "write_if_changed",
    "write_text",
]
