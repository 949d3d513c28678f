"""Archive sets: several archives (one per outlet, year or NewsEdits file) read as one collection.

A set is named in a small TOML manifest; each shard is a normal archive, written to on its own
(``ingest``, ``import``, ``snapshot``), and relative paths are read from the manifest's folder::

    # shards.toml
    [[shard]]
    name = "ap-2024"        # optional: the folder's name
    path = "ap-2024"

    [[shard]]
    path = "/data/reuters"

:class:`ArchiveSet` opens every shard read-only (never taking a writer's lock, so a shard being
written is read at its last committed state) and answers the read questions a command asks of
one archive: the stories, a story's key, its history. A story key is the same in every shard
it could be archived in, so a key found in two shards is refused rather than one copy hidden.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from versiontrack.archive.store import Archive
from versiontrack.errors import ArchiveError, InputError, StoryNotFound, VersionTrackError
from versiontrack.models import Article, StoryInfo, Version

__all__ = ["ArchiveSet", "Shard", "is_manifest", "open_collection", "read_manifest",
           "stories_by_shard"]


@dataclass(frozen=True)
class Shard:
    """One archive of a set: its name in the set and its folder."""

    name: str
    path: Path


def is_manifest(path: Path) -> bool:
    """Whether ``path`` names an archive-set manifest (a ``.toml`` file) rather than an archive."""
    return path.suffix == ".toml" and not path.is_dir()


def read_manifest(path: Path) -> tuple[Shard, ...]:
    """The shards the manifest at ``path`` names, in its order (raises InputError)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no archive-set manifest at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the archive-set manifest {path}: {exc}") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    entries = doc.get("shard")
    if "shard" not in doc and {"feeds", "urls", "notify", "report"} & set(doc):
        # The easiest mix-up of two .toml files: the watchlist given as --archive.
        raise InputError(f"{path} is a watchlist, not an archive: --archive takes an archive "
                         "folder or an archive-set manifest ([[shard]] tables); a watchlist "
                         "goes to --watchlist")
    unknown = sorted(set(doc) - {"shard"})
    if unknown:  # before "needs a [[shard]]": a misspelt [[shards]] is named as it is
        raise InputError(f"{path}: unknown key {unknown[0]!r} (a manifest holds [[shard]] tables)")
    if not isinstance(entries, list) or not entries:
        raise InputError(f"{path}: an archive-set manifest needs at least one [[shard]] table")
    shards: list[Shard] = []
    for i, entry in enumerate(entries, 1):
        where = f"{path}: shard {i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or \
                not entry["path"].strip():
            raise InputError(f"{where}: needs path = \"FOLDER\"")
        extra = sorted(set(entry) - {"name", "path"})
        if extra:
            raise InputError(f"{where}: unknown key {extra[0]!r} (a shard has name and path)")
        folder = Path(entry["path"]).expanduser()
        if not folder.is_absolute():
            folder = path.parent / folder
        folder = folder.resolve()
        name = entry.get("name", folder.name)
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{where}: name must be a non-empty string")
        if any(s.path == folder for s in shards):
            raise InputError(f"{where}: the folder {folder} is named twice")
        if any(s.name == name for s in shards):
            hint = "" if "name" in entry else (
                " (two folders of that name: give each shard its own name = \"...\")")
            raise InputError(f"{where}: the name {name!r} is used twice{hint}")
        shards.append(Shard(name, folder))
    return tuple(shards)


class ArchiveSet:
    """The shards of a manifest, open read-only, read as one collection. A context manager."""

    def __init__(self, manifest: Path, shards: tuple[Shard, ...],
                 archives: tuple[Archive, ...]) -> None:
        self.path = manifest
        self.shards = shards
        self.archives = archives
        self.read_only = True
        self._where: dict[str, int] | None = None

    @classmethod
    def open(cls, manifest: str | Path) -> ArchiveSet:
        """Open every shard the manifest names (raises ArchiveError naming a bad shard)."""
        path = Path(manifest).expanduser().resolve()
        shards = read_manifest(path)
        opened: list[Archive] = []
        try:
            for shard in shards:
                if not shard.path.is_dir():
                    raise ArchiveError(f"{path}: shard {shard.name!r}: no archive folder at "
                                       f"{shard.path}")
                try:
                    opened.append(Archive.open(shard.path, read_only=True))
                except VersionTrackError as exc:
                    raise type(exc)(f"{path}: shard {shard.name!r}: {exc}") from None
        except BaseException:
            for a in opened:
                a.close()
            raise
        return cls(path, shards, tuple(opened))

    def close(self) -> None:
        for a in self.archives:
            a.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _owners(self) -> dict[str, int]:
        """Story key -> index of the shard holding it (refuses a key held twice)."""
        if self._where is None:
            where: dict[str, int] = {}
            for i, archive in enumerate(self.archives):
                for (key,) in archive.db.execute("SELECT key FROM stories"):
                    if key in where:
                        raise ArchiveError(
                            f"story {key} is in two shards ({self.shards[where[key]].name} and "
                            f"{self.shards[i].name}): a story must be in one shard only; "
                            "leave one of them out of the manifest")
                    where[key] = i
            self._where = where
        return self._where

    def shard_stories(self) -> Iterator[tuple[Shard, StoryInfo]]:
        """Each story with its shard, shard by shard."""
        self._owners()
        for shard, archive in zip(self.shards, self.archives, strict=True):
            for info in archive.stories():
                yield shard, info

    def stories(self) -> list[StoryInfo]:
        """Every story of the set, by key (as :meth:`Archive.stories` orders them)."""
        return sorted((info for _, info in self.shard_stories()), key=lambda s: s.key)

    def archive_of(self, story: str) -> Archive:
        """The shard's archive that holds ``story`` (a key; raises StoryNotFound)."""
        i = self._owners().get(story)
        if i is None:
            raise StoryNotFound(f"no story {story} in the archive set {self.path}")
        return self.archives[i]

    def find_story(self, query: str) -> str:
        """The key ``query`` names in exactly one shard (as :meth:`Archive.find_story`)."""
        found: list[str] = []
        for archive in self.archives:
            try:
                found.append(archive.find_story(query))
            except StoryNotFound:
                continue
        if not found:
            raise StoryNotFound(f"no story matches {query!r} in the archive set {self.path}")
        if len(set(found)) > 1:
            raise InputError(f"{query!r} matches several stories: {', '.join(sorted(found)[:5])}")
        return found[0]

    def history(self, story: str, raw: bool = False) -> list[tuple[Version, Article, bytes]]:
        return self.archive_of(story).history(story, raw=raw)

    def versions(self, story: str) -> list[Version]:
        return self.archive_of(story).versions(story)


def open_collection(path: str | Path, create: bool = False,
                    lock_timeout: float | None = None) -> Archive | ArchiveSet:
    """An archive set when ``path`` is a manifest (``.toml``), else the archive there."""
    p = Path(path).expanduser()
    if is_manifest(p):
        if create:
            raise InputError(f"{p} is an archive-set manifest: write to one of its shards")
        return ArchiveSet.open(p)
    return Archive.open(p, create=create, lock_timeout=lock_timeout)


def stories_by_shard(collection: Archive | ArchiveSet) -> list[tuple[str, str, StoryInfo]]:
    """``(shard name, archive folder, story)`` for every story (one archive: name "")."""
    if isinstance(collection, ArchiveSet):
        return [(shard.name, str(shard.path), info)
                for shard, info in collection.shard_stories()]
    return [("", str(collection.path), info) for info in collection.stories()]
