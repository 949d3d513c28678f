"""Commands: ``audit`` (changes vs published notes) and ``corrections`` (draft correction logs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from versiontrack.cli import main
from versiontrack.cli.common import (
    archive_option,
    check_engine,
    complete_story,
    echo,
    echo_json,
    engine_options,
    engine_progress,
    is_tty,
    json_format_option,
    json_option,
    line_open,
    open_archive,
    open_collection,
    output_format,
    policy_option,
    print_table,
)
from versiontrack.cli.demo_cmds import demo_step

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive
    from versiontrack.audit.judge import StoryAudit

# Kept in step with versiontrack.audit.judge.POLICIES (a test checks).
#: What --fail-on accepts: "silent" is the old name of silent-correction.
FAIL_ON = ("silent-correction", "undisclosed-update", "silent", "any")
STYLE_NAMES = ("ap", "nyt", "wapo", "guardian", "reuters")


def demo_audit_text(archive: Archive, story: str) -> str:
    """The demo story's audit timeline and its AP-style draft correction log."""
    from versiontrack.render.text import demo_audit_text as text

    return text(archive, story)


@demo_step
def _demo_audit(archive: Archive, story: str, out: dict[str, Any] | None) -> None:
    if out is not None:
        from versiontrack.audit.judge import audit_story

        out["audit"] = audit_story(archive, story).to_dict()
        return
    echo(demo_audit_text(archive, story), nl=False)


def _fails(audit: StoryAudit, fail_on: str | None) -> bool:
    from versiontrack.audit.judge import PROBLEM_KINDS

    if fail_on in ("silent", "silent-correction"):
        return audit.silent > 0
    if fail_on == "undisclosed-update":
        return audit.count("undisclosed-update") > 0
    if fail_on == "any":
        return any(f.kind in PROBLEM_KINDS for f in audit.findings)
    return False


def _counts_fail(counts: dict[str, int], fail_on: str | None) -> bool:
    """:func:`_fails` from a story's counts (as ``StoryAudit.to_dict()`` gives them)."""
    from versiontrack.audit.judge import PROBLEM_KINDS

    if fail_on in ("silent", "silent-correction"):
        return counts.get("silent-correction", 0) > 0
    if fail_on == "undisclosed-update":
        return counts.get("undisclosed-update", 0) > 0
    if fail_on == "any":
        return any(counts.get(k, 0) for k in PROBLEM_KINDS)
    return False


def _counts(audit: StoryAudit) -> dict[str, int]:
    """The counts the summary table shows, named as ``StoryAudit.to_dict()`` names them."""
    kinds = ("silent-correction", "undisclosed-update", "disclosed", "exempt",
             "note-without-change", "note-explains-nothing", "note-removed", "flip-flop",
             "large-removal")
    return {**{k: audit.count(k) for k in kinds}, "substantive": audit.substantive,
            "notes": len(audit.notes)}


@main.command()
@click.argument("story", required=False, shell_complete=complete_story)
@click.option("--all", "all_stories", is_flag=True,
              help="Audit every story; print a summary table.")
@policy_option
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 3 when a silent correction (silent-correction, or its old name "
              "silent), an undisclosed update (undisclosed-update) or any problem finding "
              "(any: those two, note without change, note explains nothing, note removed, "
              "flip-flop, large removal) exists.")
@engine_options("With --all")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              default=None, help="With --all: also write the rows to a Parquet dataset in DIR, "
              "partitioned by outlet and month; a re-run skips the parts already written.")
@click.option("--force", is_flag=True, help="With --out: redo every part, even those written.")
@json_option
@archive_option
def audit(story: str | None, all_stories: bool, policy: str, grace_hours: float | None,
          fail_on: str | None, engine: str, scheduler: str | None, workers: int | None,
          out_dir: Path | None, force: bool, as_json: bool, archive_path: Path) -> None:
    """Audit STORY: is every substantive change disclosed by a published note?

    Prints the story's timeline: each version with the notes it added (and the changes each
    discloses) and the findings of the step that led to it (silent correction, undisclosed
    update, disclosed, update, exempt, note without change, note explains nothing, note
    removed, headline change, flip-flop, large removal, extraction artefact).

    --all reads one archive or an archive set (--archive SET.toml), in this process or on Dask
    (--engine dask); a story that fails is reported and the others go on. Its table has a row
    per story: VERS versions, SUBST substantive changes, DISCL disclosed ones, SILENT silent
    corrections and undisclosed updates, EXEMPT exempt ones, NOTES notes in the latest
    version, OTHER notes without a change, explaining nothing or removed, flip-flops and large
    removals.

    --out DIR writes the rows as a Parquet dataset (docs/scale.md): a re-run skips the parts
    written (under the same policy) and --force redoes them.

    \b
    Exit codes: 0 ok, 1 error (with --all: also after the table when a story could not be
    audited; it is named on stderr), 2 usage, 3 the --fail-on condition holds, 5 a Dask run
    lost its cluster (no worker, or no scheduler; the parts written to --out are kept).
    """
    from versiontrack.archive.shards import ArchiveSet
    from versiontrack.audit.judge import audit_story, get_policy
    from versiontrack.errors import EXIT_ERROR, EXIT_FINDINGS
    from versiontrack.render.text import timeline_text

    if bool(story) == all_stories:
        raise click.UsageError("give a STORY or --all (not both)")
    ctx = click.get_current_context()
    bulk = [f"--{n}" for n in ("engine", "scheduler", "workers", "out", "force")
            if ctx.get_parameter_source(n if n != "out" else "out_dir")
            == click.core.ParameterSource.COMMANDLINE]
    if bulk and not all_stories:
        raise click.UsageError(f"{bulk[0]} goes with --all")
    check_engine(engine, scheduler, workers)
    if force and out_dir is None:
        raise click.UsageError("--force goes with --out")
    pol = get_policy(policy, grace_hours)
    if all_stories and (engine != "inprocess" or out_dir is not None):
        _audit_bulk(pol, fail_on, engine, scheduler, workers, out_dir, force, as_json,
                    archive_path)
        return
    with open_collection(archive_path) as archive:
        if not all_stories:
            assert story is not None
            key = archive.find_story(story)
            source = archive.archive_of(key) if isinstance(archive, ArchiveSet) else archive
            result = audit_story(source, key, pol)
            if as_json:
                echo_json(result.to_dict())
            else:
                echo(timeline_text(result), nl=False)
            if _fails(result, fail_on):
                click.get_current_context().exit(EXIT_FINDINGS)
            return
        infos = archive.stories()
        rows: list[tuple[str, int, dict[str, int]]] = []
        audits: list[tuple[Any, StoryAudit]] = []
        errors: list[tuple[str, str]] = []
        failing = 0
        show = is_tty() or len(infos) >= 200
        step = 1 if is_tty() else max(1, len(infos) // 10)
        for i, info in enumerate(infos, 1):
            try:
                source = (archive.archive_of(info.key) if isinstance(archive, ArchiveSet)
                          else archive)
                result = audit_story(source, info.key, pol)
            # One broken story must not stop --all: it is reported and the run exits 1.
            except Exception as exc:  # noqa: BLE001
                errors.append((info.key, f"{type(exc).__name__}: {exc}"))
                continue
            finally:
                if show and (i % step == 0 or i == len(infos)):
                    end = "\r" if is_tty() and i < len(infos) else "\n"
                    click.echo(f"audited {i}/{len(infos)} stories", err=True, nl=False)
                    click.echo(end, err=True, nl=False)
                    line_open(end == "\r")
            rows.append((info.key, len(result.versions), _counts(result)))
            if as_json:
                audits.append((info, result))
            failing += _fails(result, fail_on)
    if as_json:
        echo_json({
            "policy": pol.name, "grace_hours": pol.grace_hours,
            "stories": [{"story": info.key, "headline": info.headline, "outlet": info.outlet,
                         "versions": len(r.versions), **r.to_dict()["counts"]}
                        for info, r in audits],
            "errors": [{"story": k, "error": e} for k, e in errors],
        })
    else:
        _table(rows)
        for key, err in errors:
            echo(f"Error: {key}: {err}", err=True)
    if errors:
        click.get_current_context().exit(EXIT_ERROR)
    if failing:
        click.get_current_context().exit(EXIT_FINDINGS)


def _audit_bulk(pol: Any, fail_on: str | None, engine: str, scheduler: str | None,
                workers: int | None, out_dir: Path | None, force: bool, as_json: bool,
                archive_path: Path) -> None:
    """``audit --all`` through the bulk engine (Dask, or in-process with a dataset)."""
    from versiontrack.archive.shards import stories_by_shard
    from versiontrack.errors import EXIT_ERROR, EXIT_FINDINGS
    from versiontrack.scale.engine import run_plan
    from versiontrack.scale.plan import plan_chunks

    with open_collection(archive_path) as collection:
        entries = stories_by_shard(collection)
    chunks = plan_chunks(entries)
    progress = engine_progress(len(entries))

    summary = run_plan(chunks, pol, out_dir, engine=engine, scheduler=scheduler,
                       workers=workers, force=force, progress=progress)
    infos = sorted(summary.summaries, key=lambda s: s.story)
    errors = sorted(summary.errors)
    if as_json:
        echo_json({
            "policy": pol.name, "grace_hours": pol.grace_hours,
            "stories": [{"story": s.story, "headline": s.headline, "outlet": s.outlet,
                         "versions": s.versions, **dict(s.counts)} for s in infos],
            "errors": [{"story": k, "error": e} for k, e in errors],
        })
    else:
        _table([(s.story, s.versions, dict(s.counts)) for s in infos])
        for key, err in errors:
            echo(f"Error: {key}: {err}", err=True)
    if out_dir is not None:
        skipped = f", {summary.skipped} already written (skipped)" if summary.skipped else ""
        # The dataset mirrors this archive (set): say when parts of another went.
        pruned = (f", removed {summary.pruned} old part(s) of stories not in {archive_path} as "
                  "they are now" if summary.pruned else "")
        click.echo(f"wrote {summary.written} of {summary.chunks} parts to {out_dir}{skipped}"
                   f"{pruned}", err=True)
    if errors:
        click.get_current_context().exit(EXIT_ERROR)
    if any(_counts_fail(dict(s.counts), fail_on) for s in infos):
        click.get_current_context().exit(EXIT_FINDINGS)


def _table(rows: list[tuple[str, int, dict[str, int]]]) -> None:
    head = ("STORY", "VERS", "SUBST", "DISCL", "SILENT", "EXEMPT", "NOTES", "OTHER")
    body = []
    for key, versions, c in rows:
        # SILENT counts silent corrections and undisclosed updates: both lack a needed note.
        other = sum(c.get(k, 0) for k in ("note-without-change", "note-explains-nothing",
                                          "note-removed", "flip-flop", "large-removal"))
        silent = c.get("silent-correction", 0) + c.get("undisclosed-update", 0)
        body.append((key, str(versions), str(c.get("substantive", 0)),
                     str(c.get("disclosed", 0)), str(silent), str(c.get("exempt", 0)),
                     str(c.get("notes", 0)), str(other)))
    # On a terminal the key is capped at 60 columns and cut (marked) to fit; piped, it is whole.
    print_table(list(head), [list(b) for b in body], cap={0: 60}, shrink={0: 16}, drop=(5, 6, 7),
                right=tuple(range(1, len(head))))
    from versiontrack.render.env import plural
    from versiontrack.render.text import verdict_words

    total_silent = sum(c.get("silent-correction", 0) for _, _, c in rows)
    total_undisclosed = sum(c.get("undisclosed-update", 0) for _, _, c in rows)
    tail = (f", {verdict_words('undisclosed-update', total_undisclosed)}"
            if total_undisclosed else "")
    echo(f"{plural(len(rows), 'story', 'stories')} audited, "
         f"{verdict_words('silent-correction', total_silent)}{tail}.")


@main.command()
@click.argument("story", shell_complete=complete_story)
@click.option("--style", type=click.Choice(STYLE_NAMES), default="ap", show_default=True,
              help="House style of the drafted notes.")
@click.option("--template", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="A jinja2 template that replaces the packaged one for --style/--format.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]),
              default="text", show_default=True,
              help="Output: plain text, Markdown, or JSON for programs.")
@policy_option
@json_format_option
@archive_option
def corrections(story: str, style: str, template: Path | None, fmt: str, policy: str,
                grace_hours: float | None, as_json: bool, archive_path: Path) -> None:
    """Draft STORY's correction log: one entry per substantive change, in a house style.

    Each entry quotes the earlier version's claim and the new value; changes the newsroom
    disclosed show its own note beside the draft, silent corrections and undisclosed updates
    are marked undisclosed, and updates (added material) are listed apart.
    """
    from versiontrack.audit.judge import audit_story, get_policy
    from versiontrack.render.controls import json_for_terminal
    from versiontrack.render.corrections import draft_log

    fmt = output_format(fmt, as_json)
    pol = get_policy(policy, grace_hours)
    with open_archive(archive_path) as archive:
        result = audit_story(archive, archive.find_story(story), pol)
    text = draft_log(result, style, template, fmt)
    if fmt == "json":  # JSON escapes C0 controls itself; echo's \xNN would break its syntax
        click.echo(json_for_terminal(text), nl=False)
    else:
        echo(text, nl=False)
