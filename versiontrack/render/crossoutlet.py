"""Words for the cross-outlet comparison: ``versiontrack compare`` in the terminal and as
Markdown, and the lines of ``related`` and ``event``. Every sentence about copies lives here."""

from __future__ import annotations

from collections.abc import Sequence

from versiontrack.crossoutlet.copies import CopyReport, EventComparison
from versiontrack.crossoutlet.events import Event
from versiontrack.crossoutlet.relate import Related

#: How a copy version's state against a correction is said.
STATE_WORDS = {"old": "carries the corrected (old) value", "new": "carries the new value",
               "both": "carries both values", "neither": "carries neither value"}


def _p(indices: Sequence[int]) -> str:
    return "+".join(f"P{i + 1}" for i in indices)


def fact_line(f: object) -> str:
    """One fact difference in words."""
    from versiontrack.crossoutlet.facts import FactDiff

    assert isinstance(f, FactDiff)
    where = f"P{f.copy_paragraph + 1} <- {_p(f.source_paragraphs)}"
    labels = ", ".join(f.labels)
    if f.kind == "added":
        return f"{where}  added {f.fact} {f.copy_value!r} [{labels}]"
    if f.kind == "dropped":
        return f"{where}  dropped {f.fact} {f.source_value!r} [{labels}]"
    if f.kind == "spelling":
        return (f"{where}  house spelling, not a fact: source {f.source_value!r}, copy "
                f"{f.copy_value!r} [{labels}]")
    return f"{where}  {f.fact}: source {f.source_value!r}, copy {f.copy_value!r} [{labels}]"


def copy_verdict(c: CopyReport) -> str:
    if c.verdict == "same story":
        return "the source itself: nothing to compare"
    if c.verdict == "not a copy":
        return f"not a copy: {c.alignment.reason}"
    own = sum(1 for x in c.alignment.links if not x.sources)
    return (f"copy: {len(c.alignment.links) - own} of {len(c.alignment.links)} paragraphs drawn "
            f"from the source, {own} its own; carries {c.alignment.carried:.0%} of the "
            "source's paragraphs")


def propagation_lines(c: CopyReport) -> list[str]:
    out = []
    for p in c.propagation:
        steps = ", ".join(f"v{s.version} {s.state}" for s in p.states)
        flag = "STILL CARRIES THE CORRECTED VALUE" if p.stale else "ok"
        out.append(f"{p.old_value} -> {p.new_value}: {flag}; {STATE_WORDS[p.current]} since "
                   f"v{p.since_version} ({p.since}) [{steps}]")
    return out


def comparison_text(ev: EventComparison) -> str:
    """The terminal view of ``versiontrack compare``."""
    lines = [f"Source: {ev.source} ({ev.outlet}), {ev.versions} version(s): {ev.headline}"]
    for fix in ev.corrections:
        how = "correction note" if fix.note else "changed between versions"
        lines.append(f"  corrected in v{fix.version} ({fix.fetched_at}): {fix.old_value} -> "
                     f"{fix.new_value} ({how})")
    if not ev.corrections:
        lines.append("  no corrected values")
    for c in ev.copies:
        lines += ["", f"Copy: {c.story} ({c.outlet}), {c.versions} version(s): {c.headline}",
                  f"  {copy_verdict(c)}"]
        if c.verdict != "copy":
            continue
        links = "  ".join(f"P{x.copy + 1}<-{_p(x.sources) or 'own'}" for x in c.alignment.links)
        lines.append(f"  links: {links}")
        if c.alignment.not_carried:
            lines.append("  source paragraphs not carried: "
                         + ", ".join(f"P{i + 1}" for i in c.alignment.not_carried))
        differ = [f for f in c.facts if f.kind == "differs"]
        lines.append(f"  facts: {len(differ)} differ, "
                     f"{sum(f.kind == 'added' for f in c.facts)} added, "
                     f"{sum(f.kind == 'dropped' for f in c.facts)} dropped"
                     + (f", {spelt} house spelling(s)" if (spelt := sum(
                         f.kind == "spelling" for f in c.facts)) else ""))
        lines += [f"    {fact_line(f)}" for f in c.facts]
        lines += [f"  correction {line}" for line in propagation_lines(c)]
    stale = [c.story for c in ev.copies if c.stale]
    tail = f": {', '.join(stale)}" if stale else ""
    lines += ["", (f"{len(stale)} cop{'y' if len(stale) == 1 else 'ies'} still carrying a "
                  f"corrected value{tail}")]
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def comparison_markdown(ev: EventComparison) -> str:
    """The Markdown view of ``versiontrack compare`` (tables a standards desk can paste)."""
    out = [f"# {_md(ev.headline)}", "",
           f"Source: `{ev.source}` ({ev.outlet}), {ev.versions} version(s).", ""]
    if ev.corrections:
        out += ["| corrected | old | new | how |", "|---|---|---|---|"]
        out += [f"| v{f.version} {f.fetched_at} | {_md(f.old_value)} | {_md(f.new_value)} | "
                f"{'note' if f.note else 'versions'} |" for f in ev.corrections]
        out.append("")
    for c in ev.copies:
        out += [f"## {_md(c.headline)}", "", f"`{c.story}` ({c.outlet}): {_md(copy_verdict(c))}",
                ""]
        if c.verdict != "copy":
            continue
        out += ["| copy | source | text |", "|---|---|---|"]
        out += [f"| P{x.copy + 1} | {_p(x.sources) or 'own'} | {_md(c.paragraphs[x.copy][:80])} |"
                for x in c.alignment.links]
        out.append("")
        if c.facts:
            out += ["| where | fact | source | copy | labels |", "|---|---|---|---|---|"]
            out += [f"| P{f.copy_paragraph + 1} <- {_p(f.source_paragraphs)} | {f.kind} "
                    f"{f.fact} | {_md(f.source_value)} | {_md(f.copy_value)} | "
                    f"{', '.join(f.labels)} |" for f in c.facts]
            out.append("")
        out += [f"- correction {_md(line)}" for line in propagation_lines(c)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def related_lines(story: str, rows: Sequence[Related]) -> list[str]:
    if not rows:
        return [f"no related stories for {story}"]
    return [f"{r.score:.2f}  {r.story}  ({r.outlet}, first seen {r.first_seen})  {r.headline}\n"
            f"      shares: {', '.join(r.shared)}" for r in rows]


def event_lines(ev: Event) -> list[str]:
    return [f"{ev.name}: {len(ev.members)} story(ies), source {ev.source}"] + [
        f"  {'source' if i == 0 else 'copy  '}  {m}" for i, m in enumerate(ev.members)]
