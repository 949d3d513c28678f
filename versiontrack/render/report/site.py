"""The HTML change report: a static site of index, story pages, diff views, headline changes
and Atom feeds. This module builds it: :func:`build_report` decides which stories to rebuild,
renders their pages and the site-wide ones and writes them; :func:`story_headline_changes`
answers the ``headlines`` command. The parts it builds from live beside it::

    storypage.py  what one story's pages need, gathered once (versions, audit, diff pairs)
    diffpage.py   the diff page's view model (segments, blocks, anchors, page names)
    headlines.py  headline change records, their order and ``--since``
    eventpage.py  the event page's view model (a source beside its copies, facts marked)
    atomfeed.py   the Atom feeds and their entries
    reportdir.py  the output folder: confined paths, atomic writes, the manifest

Layout under the output folder (everything relative, so it works from ``file://`` too)::

    index.html  feed.atom  assets/style.css  assets/app.js  .versiontrack-report.json
    stories/<key>/index.html            story page
    stories/<key>/diff-<a>-<b>.html     diff between versions a < b
    stories/<key>/feed.atom             that story's new versions and findings
    events/<name>.html                  an event group: source beside copies, facts, corrections
    headlines.html  headlines-<n>.html  every headline change in the archive, newest first
    headlines.atom                      the same as a feed

Regeneration is incremental: the manifest records, per story, the latest version's commit and a
digest of the templates, assets and report code; a story whose record matches is skipped. The
index, the headlines pages and the feeds are regenerated from the manifest's stored rows, entries
and headline changes on every run, but a file is only written when its text changed, so a run
over an unchanged archive writes nothing.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from versiontrack.audit.judge import DEFAULT_POLICY, Policy, StoryAudit, audit_story, get_policy
from versiontrack.crossoutlet.events import events
from versiontrack.errors import InputError, StoryKeyError, StoryNotFound
from versiontrack.identity import validate_key
from versiontrack.models import Alignment, StoryInfo
from versiontrack.render.env import STATIC_DIR, get_env
from versiontrack.render.report.atom import headlines_feed, site_feed, story_entries, story_feed
from versiontrack.render.report.charts import Edit, index_charts, story_edits, story_timeline
from versiontrack.render.report.diffpage import (
    Block,
    block_for,
    change_anchor,
    diff_blocks,
    diff_name,
    finding_href,
)
from versiontrack.render.report.eventpage import event_page, event_views
from versiontrack.render.report.headlines import (
    HeadlineChange,
    headline_changes,
    headlines_page,
    newest_first,
    seen_since,
)
from versiontrack.render.report.outdir import (
    clean_stale_temps,
    code_digest,
    confine,
    is_current,
    load_manifest,
    save_manifest,
    write_if_changed,
    write_text,
)
from versiontrack.render.report.storypage import StoryPage, Transition

if TYPE_CHECKING:  # pragma: no cover
    from versiontrack.archive.store import Archive

#: Headline changes per headlines page; more spill onto headlines-2.html and so on.
HEADLINES_PER_PAGE = 1000
ASSETS = ("style.css", "app.js")

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportResult:
    """What one run wrote: pages written, stories rebuilt and skipped, and the index page."""

    out: Path
    index: Path
    pages_written: int
    built: tuple[str, ...]
    skipped: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"out": str(self.out), "index": str(self.index),
                "pages_written": self.pages_written, "built": list(self.built),
                "skipped": list(self.skipped)}


def _render_story(story: StoryPage, root: Path, generated: str, base_url: str = ""
                  ) -> tuple[int, list[dict[str, Any]]]:
    env = get_env()
    key = story.key
    sdir = confine(root, "stories", key)
    pages = 0
    n = len(story.versions)
    pair_set = story.pairs()
    diff_tpl = env.get_template("report/diff.html")
    for a, b in sorted(pair_set):
        t = story.transition(a, b)
        aln = t.alignment
        ctx = _diff_ctx(story, t, aln)
        write_text(sdir / diff_name(a, b),
                   diff_tpl.render(root="../../", generated=generated, **ctx))
        pages += 1
    counts = story.counts()
    write_text(sdir / "index.html", env.get_template("report/story.html").render(
        root="../../", generated=generated, story=story, info=story.info,
        versions=story.versions, transitions=story.transitions,
        headlines=story.headline_history(), notes=story.notes, findings=story.findings,
        log=story.log, counts=counts, pairs=pair_set, n=n, chart=story_timeline(story),
        audited=story.audit is not None, diff_name=diff_name, finding_href=finding_href))
    pages += 1
    entries = story_entries(story)
    write_text(sdir / "feed.atom", story_feed(key, story.info.headline, entries, base_url))
    return pages, entries


def _diff_ctx(story: StoryPage, t: Transition, aln: Alignment | None) -> dict[str, Any]:
    silent, disclosed, artefacts = t.silent(), t.disclosed(), t.artefacts()
    undisclosed = t.undisclosed()
    head_blocks: list[Block] = []
    inline: list[Block] = []
    sbs: list[Block] = []
    if aln is not None:
        for c in (aln.headline, aln.byline):
            if c is not None:
                head_blocks.append(block_for(c, any(c == s for s in silent),
                                              any(c == s for s in disclosed), ""))
        # One block list for both views; the side-by-side macros prefix its ids with "sbs-".
        inline = sbs = diff_blocks(aln, silent, disclosed, artefacts=artefacts,
                                   undisclosed=undisclosed)
    steps = [(x.a, x.b) for x in story.transitions]
    here = steps.index((t.a, t.b)) if (t.a, t.b) in steps else None
    return {
        "story": story, "info": story.info, "t": t, "alignment": aln,
        "va": story.by_number[t.a], "vb": story.by_number[t.b],
        "head_blocks": head_blocks, "inline": inline, "sbs": sbs,
        "findings": list(t.findings), "diff_name": diff_name,
        "change_anchor": change_anchor,
        "n": len(story.versions),
        "prev_pair": steps[here - 1] if here else None,
        "next_pair": steps[here + 1] if here is not None and here + 1 < len(steps) else None,
        "silent_count": sum(1 for b in inline + head_blocks if b.silent),
    }


def build_report(archive: Archive, out: Path, stories: Sequence[str] | None = None,
                 full: bool = False, progress: Progress | None = None,
                 policy: str = DEFAULT_POLICY, base_url: str = "",
                 audits: Mapping[str, StoryAudit] | None = None) -> ReportResult:
    """Write the static report for ``stories`` (all when None) under ``out``.

    ``base_url``: the address the report is served from; the Atom feeds then carry absolute
    links. ``audits``: whole-story audits under ``policy`` made already (a snapshot pass
    shares its own with the report), by story key; the other stories are audited here.

    Stories whose latest version and report code are unchanged since the last run are skipped
    unless ``full``; the index, headlines pages and feeds are regenerated and written when their
    text changed. ``pages_written`` counts the files written. ``progress(done, total, key)`` is
    called after each story.
    """
    out = Path(out)
    get_policy(policy)  # an unknown policy fails before anything is written
    if out.exists() and not out.is_dir():
        raise InputError(f"report output {out} exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a parent is a file, no permission, read-only disk ...
        raise InputError(f"cannot make the report folder {out}: {exc.strerror}") from None
    root = out.resolve()
    clean_stale_temps(root)
    digest = code_digest(policy)
    if base_url:  # story feeds hold it: a new base rebuilds them
        digest = hashlib.sha256(f"{digest}|{base_url}".encode()).hexdigest()[:16]
    manifest = load_manifest(root)
    recorded: dict[str, Any] = manifest["stories"]

    infos = {i.key: i for i in archive.stories()}
    if stories:
        wanted = []
        for key in stories:
            if key not in infos:
                raise StoryNotFound(f"no story {key!r} in the archive")
            if key not in wanted:
                wanted.append(key)
    else:
        wanted = list(infos)
        # Stories gone from the archive leave the index (their old pages stay on disk).
        for key in [k for k in recorded if k not in infos]:
            del recorded[key]

    generated = max((i.last_seen for i in infos.values()), default="")
    pages = 0
    built: list[str] = []
    skipped: list[str] = []
    for done, key in enumerate(wanted, 1):
        info = infos[key]
        safe = validate_key(key)
        if safe != key:
            raise StoryKeyError(f"story key {key!r} is not in canonical form")
        confine(root, "stories", key)
        versions = archive.versions(key)
        latest = versions[-1].commit if versions else ""
        rec = recorded.get(key)
        if not full and is_current(rec, latest, len(versions), digest,
                                   root / "stories" / key / "index.html"):
            skipped.append(key)
        else:
            story = StoryPage(archive, info, policy, audit=(audits or {}).get(key))
            written, entries = _render_story(story, root, generated, base_url)
            pages += written
            built.append(key)
            recorded[key] = {
                "latest": latest, "digest": digest, "versions": len(versions),
                "counts": story.counts(), "entries": entries,
                "edits": [e.to_list() for e in story_edits(story)],
                "headlines": [c.to_dict() for c in headline_changes(story.audit, info.outlet)]}
        if progress is not None:
            progress(done, len(wanted), key)

    written, event_rows = _render_events(archive, root, generated)
    pages += written
    pages += _render_site(root, infos, recorded, generated, base_url, event_rows)
    save_manifest(root, manifest)
    return ReportResult(out=root, index=root / "index.html", pages_written=pages,
                        built=tuple(built), skipped=tuple(skipped))


def _render_events(archive: Archive, root: Path, generated: str
                   ) -> tuple[int, list[dict[str, Any]]]:
    """Write ``events/<name>.html`` for every event group (compared afresh each run, written
    when changed; pages of groups gone are removed) and return the index's rows for them."""
    views = event_views(archive, list(events(archive).values()))
    tpl = get_env().get_template("report/event.html")
    written = 0
    rows: list[dict[str, Any]] = []
    for view in views:
        page = event_page(view.name)
        written += write_if_changed(confine(root, "events", page),
                                    tpl.render(root="../", generated=generated, view=view))
        rows.append({"name": view.name, "href": f"events/{page}",
                     "headline": view.comparison.headline, "copies": len(view.copies),
                     "stale": len(view.stale)})
    folder = root / "events"
    if folder.is_dir():
        keep = {event_page(v.name) for v in views}
        for path in folder.glob("*.html"):
            if path.name not in keep:
                path.unlink()
    return written, rows


def _render_site(root: Path, infos: dict[str, StoryInfo], recorded: dict[str, Any],
                 generated: str, base_url: str = "",
                 event_rows: Sequence[dict[str, Any]] = ()) -> int:
    env = get_env()
    assets = confine(root, "assets")
    assets.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        src = STATIC_DIR / name
        dst = assets / name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copyfile(src, dst)
    rows: list[dict[str, Any]] = []
    for key, rec in recorded.items():
        info = infos.get(key)
        if info is None:
            continue
        counts = rec.get("counts", {})
        rows.append({"info": info, "href": f"stories/{key}/index.html",
                     "substantive": int(counts.get("substantive", 0)),
                     "silent": int(counts.get("silent", 0)),
                     "notes": int(counts.get("notes", 0))})
    rows.sort(key=lambda r: (r["info"].last_seen, r["info"].key), reverse=True)
    changes = newest_first(HeadlineChange.from_dict(d) for key, rec in recorded.items()
                           if key in infos for d in rec.get("headlines", []))
    index = env.get_template("report/index.html").render(
        root="", generated=generated, rows=rows, headline_count=len(changes), events=event_rows,
        charts=index_charts(Edit.from_list(e) for key, rec in recorded.items()
                            if key in infos for e in rec.get("edits", [])),
        totals={k: sum(r[k] for r in rows) for k in ("substantive", "silent", "notes")})
    written = int(write_if_changed(root / "index.html", index))
    written += write_if_changed(root / "feed.atom", site_feed(
        (rec.get("entries", []) for key, rec in recorded.items() if key in infos), generated,
        base_url))
    return written + _render_headlines(root, changes, generated, base_url)


_EXTRA_PAGE_RE = re.compile(r"headlines-(\d+)\.html")


def _render_headlines(root: Path, changes: list[HeadlineChange], generated: str,
                      base_url: str = "") -> int:
    env = get_env()
    tpl = env.get_template("report/headlines.html")
    chunks = [changes[i:i + HEADLINES_PER_PAGE]
              for i in range(0, len(changes), HEADLINES_PER_PAGE)] or [[]]
    totals = {"changes": len(changes), "stories": len({c.story for c in changes}),
              "substantive": sum(c.substantive for c in changes),
              "reverts": sum(c.reverts_to is not None for c in changes),
              "silent": sum(c.status == "silent-correction" for c in changes),
              "disclosed": sum(c.status == "disclosed" for c in changes)}
    written = 0
    for n, chunk in enumerate(chunks, 1):
        written += write_if_changed(root / headlines_page(n), tpl.render(
            root="", generated=generated, current="headlines", changes=chunk, totals=totals,
            page=n, pages=len(chunks), page_name=headlines_page,
            first=(n - 1) * HEADLINES_PER_PAGE))
    # Pages left from a run with more changes would link to stale rows.
    for path in root.glob("headlines-*.html"):
        m = _EXTRA_PAGE_RE.fullmatch(path.name)
        if m and int(m.group(1)) > len(chunks):
            path.unlink()
    written += write_if_changed(root / "headlines.atom", headlines_feed(changes, generated,
                                                                          base_url))
    return written


def story_headline_changes(archive: Archive, key: str, policy: str | Policy = DEFAULT_POLICY,
                           since: datetime | None = None, outlet: str = ""
                           ) -> list[HeadlineChange]:
    """``key``'s headline changes first seen at or after ``since`` (all when None).

    The audit is only run for a story whose archived headlines differ somewhere after
    ``since``: most stories never change their headline, and reading the index is cheap.
    """
    live = [v for v in archive.versions(key) if not v.suspect]
    if not any(live[i].headline != live[i - 1].headline and seen_since(live[i].fetched_at, since)
               for i in range(1, len(live))):
        return []
    audit = audit_story(archive, key, policy=policy)
    return [c for c in headline_changes(audit, outlet) if seen_since(c.fetched_at, since)]

def demo_report(archive: Archive, out: Path) -> Path:
    """Write the full report of ``archive`` for the ``demo`` command; returns the index page."""
    return build_report(archive, out, full=True).index


__all__ = [
    "HEADLINES_PER_PAGE", "ReportResult", "build_report", "demo_report", "story_headline_changes",
]
