"""Chunks: the unit of bulk work, from the index alone (no git listing).

Stories are grouped by shard, outlet and month of first capture (the output's partitions), and
each group is cut, in key order, into chunks of about ``target`` versions, so tasks take about
the same time however uneven the stories are. A chunk's id hashes its shard, its keys and their
version counts: a re-run over the same archives plans the same ids (and skips those written);
a story that gained versions lands in a chunk with a new id, which is redone.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from versiontrack.models import StoryInfo

__all__ = ["DEFAULT_TARGET", "Chunk", "month_of", "plan_chunks"]

#: Versions per chunk: big enough that a task's overhead (opening the archive) is small beside
#: its work, small enough that many chunks keep every worker busy to the end.
DEFAULT_TARGET = 2000


@dataclass(frozen=True)
class Chunk:
    """Stories of one shard, outlet and month, audited by one task."""

    shard: str
    path: str  # the shard's archive folder, as workers see it
    outlet: str
    month: str
    keys: tuple[str, ...]
    versions: int

    @property
    def id(self) -> str:
        h = hashlib.sha1(self.shard.encode("utf-8"))
        for key in self.keys:
            h.update(b"\0" + key.encode("utf-8"))
        h.update(b"\0" + str(self.versions).encode())
        return h.hexdigest()[:16]


def month_of(stamp: str) -> str:
    """``YYYY-MM`` of a stored time ("unknown" when there is none)."""
    return stamp[:7] if len(stamp) >= 7 and stamp[4] == "-" else "unknown"


def plan_chunks(stories: Iterable[tuple[str, str, StoryInfo]],
                target: int = DEFAULT_TARGET) -> list[Chunk]:
    """Chunks for ``(shard name, shard path, story)`` triples, largest first (so the long tasks
    start early and the short ones fill the gaps at the end)."""
    groups: dict[tuple[str, str, str, str], list[StoryInfo]] = defaultdict(list)
    for shard, path, info in stories:
        groups[(shard, path, info.outlet, month_of(info.first_seen))].append(info)
    chunks: list[Chunk] = []
    for (shard, path, outlet, month), infos in sorted(groups.items()):
        keys: list[str] = []
        size = 0
        for info in sorted(infos, key=lambda s: s.key):
            if keys and size + info.versions > target:
                chunks.append(Chunk(shard, path, outlet, month, tuple(keys), size))
                keys, size = [], 0
            keys.append(info.key)
            size += info.versions
        if keys:
            chunks.append(Chunk(shard, path, outlet, month, tuple(keys), size))
    chunks.sort(key=lambda c: (-c.versions, c.id))
    return chunks
