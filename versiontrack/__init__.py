"""versiontrack: keep every version of a news story, show what changed, audit the disclosure."""

from __future__ import annotations

__version__ = "0.1.0"

# _build goes first: it decides which build of the differ (compiled or not) later imports get.
from . import _build  # noqa: F401
from .errors import VersionTrackError
from .models import Article, Snapshot, StoryInfo, Version

__all__ = ["Article", "Snapshot", "StoryInfo", "Version", "VersionTrackError", "__version__"]
