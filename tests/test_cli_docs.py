"""Every command and option is documented: in --help, and (commands) in the README."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from conftest import run_cli

from versiontrack.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def all_commands() -> list[tuple[str, click.Command]]:
    out = []

    def walk(prefix: str, group: click.Group) -> None:
        for name, cmd in sorted(group.commands.items()):
            full = f"{prefix} {name}".strip()
            out.append((full, cmd))
            if isinstance(cmd, click.Group):
                walk(full, cmd)

    walk("", main)
    return out


def test_there_are_commands():
    names = {name for name, _ in all_commands()}
    assert {"ingest", "stories", "log", "show", "verify", "reindex", "export", "demo"} <= names


@pytest.mark.parametrize("name,cmd", all_commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_command_and_options_have_help(name, cmd):
    assert (cmd.help or "").strip(), f"command {name!r} has no help text"
    for param in cmd.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert (param.help or "").strip(), f"{name} {param.opts[0]} has no help text"
    r = run_cli(*name.split(), "--help")
    assert r.exit_code == 0 and "Usage:" in r.stdout


def test_top_level_help_and_version():
    r = run_cli("--help")
    assert r.exit_code == 0 and "Exit codes" in r.stdout
    r = run_cli("--version")
    assert r.exit_code == 0 and re.search(r"\d+\.\d+", r.stdout)


def test_readme_mentions_every_command():
    if not README.exists():  # missing data fails: a skip would hide a lost README
        pytest.fail(f"{README} is missing: it must document every command", pytrace=False)
    text = README.read_text(encoding="utf-8")
    missing = [name for name, _ in all_commands()
               if not re.search(rf"versiontrack {re.escape(name)}\b", text)]
    assert not missing, f"README does not mention: {missing}"


def test_ci_runs_the_readmes_test_command_verbatim():
    # CI must run what a new user is told to run: the command in "Run the tests", the same flags.
    text = README.read_text(encoding="utf-8")
    section = text.split("## Run the tests", 1)[1]
    command = re.search(r"```sh\n(.+?)\n```", section, re.DOTALL)
    assert command, "README's 'Run the tests' has no sh block"
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    last = [ln for ln in ci.splitlines() if ln.strip() and not ln.startswith("#")][-1]
    assert last == command.group(1).strip(), (last, command.group(1))


def test_every_policy_option_takes_the_same_names():
    # One option name, one meaning: a bad --policy is a usage error (exit 2) on every command,
    # and --help lists the choices.
    from versiontrack.audit.judge import POLICIES

    seen = []
    for name, cmd in all_commands():
        for p in cmd.params:
            if "--policy" in getattr(p, "opts", ()):
                seen.append(name)
                assert isinstance(p.type, click.Choice), name
                assert set(p.type.choices) == set(POLICIES), name
    assert {"audit", "report", "headlines", "stats", "corrections", "export"} <= set(seen)
