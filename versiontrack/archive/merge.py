"""One story, one history: joining two stories' histories (merge), taking them apart (split),
and finding the stories that are likely one (same article under two URLs).

A merge or split is a commit of its own on the archive's branch, with no file changes and
trailers that say what it did::

    Merge-Story: OTHER          Split-Story: OTHER
    Into-Story: STORY           From-Story: STORY

No raw page moves or goes: each version's files stay in the folder they were archived in. The
index (a cache of git) applies each record in its place in history, so a rebuild from git
reproduces every merge and split. A merged story's versions are numbered by fetch time (ties
keep each story's own order); later captures of either URL go to the merged story. A split
gives OTHER back the versions archived under it (and under stories merged into it), both
stories numbered by fetch time again, which restores the numbers they had before the merge
when each was archived in time order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from versiontrack.archive.store import Archive
from versiontrack.errors import InputError, StoryNotFound
from versiontrack.normalize import fold


@dataclass(frozen=True)
class MergeResult:
    """What a merge or split did: the stories and their version counts afterwards."""

    action: str  # "merge" | "split"
    story: str
    other: str
    commit: str
    versions: int  # of ``story`` afterwards
    other_versions: int  # of ``other`` afterwards (0 after a merge)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class DuplicatePair:
    """Two stories of one outlet that are likely one article."""

    story: str
    other: str
    outlet: str
    reason: str  # "same article id", "same URL but for the slug's hyphens", "headline and lede"
    similarity: float  # of headline and lede, 0..1

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# ---- the git side: merge and split commands -------------------------------------------------


def merge_stories(archive: Archive, story: str, other: str) -> MergeResult:
    """Join ``other``'s history into ``story``'s, recorded as a commit; see the module doc."""
    with archive.lock:
        archive._sync_index()
        story, other = archive.find_story(story), archive.find_story(other)
        if story == other:
            raise InputError(f"{story!r} and the story to merge are already one story")
        a, b = archive.versions(story), archive.versions(other)
        body = (f"The {len(b)} version(s) of {other} join the {len(a)} of {story}, numbered "
                f"by fetch time. Every file stays where it was archived; "
                f"'versiontrack split {story} {other}' undoes this.")
        commit = archive._record(f"Merge story {other} into {story}", body,
                         [f"Merge-Story: {other}", f"Into-Story: {story}"])
        return MergeResult("merge", story, other, commit, len(archive.versions(story)), 0)


def split_story(archive: Archive, story: str, others: Iterable[str] = ()) -> list[MergeResult]:
    """Undo merges into ``story``: each of ``others`` (every story merged into it when none)
    gets back the versions archived under it."""
    results = []
    with archive.lock:
        archive._sync_index()
        story = archive.find_story(story)
        merged = [r[0] for r in archive.db.execute(
            "SELECT other FROM merges WHERE story = ? ORDER BY other", (story,))]
        names = list(others) or merged
        if not names:
            raise InputError(f"nothing was merged into {story!r}: nothing to split")
        for other in names:
            if other not in merged:
                raise StoryNotFound(f"{other!r} was not merged into {story!r} "
                                    f"(merged into it: {', '.join(merged) or 'none'})")
        for other in names:
            body = (f"The versions archived under {other} leave {story} again; both stories "
                    "are numbered by fetch time. Every file stays where it was archived.")
            commit = archive._record(f"Split story {other} from {story}", body,
                             [f"Split-Story: {other}", f"From-Story: {story}"])
            results.append(MergeResult("split", story, other, commit,
                                       len(archive.versions(story)),
                                       len(archive.versions(other))))
    return results


# ---- stories --duplicates -------------------------------------------------------------------

#: Headline-and-lede similarity from which two stories of one outlet are listed as likely one.
DUPLICATE_SIMILARITY = 0.9


def duplicate_pairs(archive: Archive) -> list[DuplicatePair]:
    """Likely pairs of one outlet: same article id or slug-folded URL, or headline and lede
    (first paragraph) of their latest versions at least :data:`DUPLICATE_SIMILARITY` alike."""
    from versiontrack.identity import identity_marks

    by_outlet: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for info in archive.stories():
        art = archive.article(info.key, -1)
        text = fold(f"{art.headline}\n{art.paragraphs[0] if art.paragraphs else ''}").casefold()
        marks = frozenset().union(*(identity_marks(u) for u in (info.url, art.canonical_url)
                                    if u))
        by_outlet.setdefault(info.outlet, []).append((info.key, text, marks))
    pairs = []
    for outlet, entries in sorted(by_outlet.items()):
        for i, (key, text, marks) in enumerate(entries):
            for other, other_text, other_marks in entries[i + 1:]:
                matcher = SequenceMatcher(None, text, other_text, autojunk=False)
                shared = marks & other_marks
                if not shared and matcher.quick_ratio() < DUPLICATE_SIMILARITY:
                    continue
                ratio = round(matcher.ratio(), 3)
                if any(m.startswith("id:") for m in shared):
                    reason = "same article id"
                elif shared:
                    reason = "same URL but for the slug's hyphens"
                elif ratio >= DUPLICATE_SIMILARITY:
                    reason = "headline and lede"
                else:
                    continue
                pairs.append(DuplicatePair(key, other, outlet, reason, ratio))
    return pairs
