"""Byte-identity check: record every user command's output for one source tree, or compare two.

``record`` runs, for the tree at ``--tree`` (imported through PYTHONPATH with ``--python``, so an
editable install elsewhere does not shadow it), in a fresh temporary folder:

- ``ingest`` of the bundled demo captures (versiontrack/data/demo) into one archive and of every
  outlet case in tests/data/outlets into another, at their fixed ``--fetched-at`` times;
- per archive: ``stories``, ``audit --all``, ``headlines``, ``export --all`` (files and jsonl),
  ``report`` (full, then again: incremental), ``verify``, ``reindex``;
- per story: ``log``, ``show`` of every version (and ``--raw``), ``diff`` of every transition in
  every format (and ``--stat``, ``--color always``), ``audit`` under both policies (and
  ``--fail-on``), ``corrections`` in every style and format, ``headlines``, ``export``;
- ``diff OLD NEW`` on two files, ``demo``, and ``--help`` of every command;

each in text and ``--json`` where offered. It writes each command's stdout, stderr and exit code
to one file under OUT, plus a listing of each archive's git refs, commits and trees, a dump of
its index tables, and the SHA-256 of every file of each report tree and export folder. The
temporary folder and the tree's path are replaced by ``<TMP>`` and ``<TREE>``.

``compare A B`` lists the files that differ (with the first differing lines) and exits 1 if any.

    python bench/golden_outputs.py record /tmp/golden-before --tree /work/wt/before
    python bench/golden_outputs.py record /tmp/golden-main --tree .
    python bench/golden_outputs.py compare /tmp/golden-before /tmp/golden-main

Commands run in-process through click's test runner in one worker per tree (what the tests
do), so a run takes about a minute. ``snapshot`` and ``watch`` are not run (they need a site).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
MANIFEST = ".versiontrack-report.json"  # the report's incremental-build record


# --- the worker: runs inside the recorded tree's interpreter ------------------------------------

class Recorder:
    def __init__(self, tree: Path, tmp: Path, out: Path) -> None:
        from click.testing import CliRunner

        from versiontrack.cli import main

        self.main, self.runner = main, CliRunner()
        self.tree, self.tmp, self.out = tree, tmp, out
        self.count = 0

    def norm(self, data: bytes) -> bytes:
        for path, name in ((self.tmp, b"<TMP>"), (self.tree, b"<TREE>")):
            for p in {str(path), os.path.realpath(path)}:
                data = data.replace(p.encode(), name)
        return data

    def write(self, name: str, data: bytes) -> None:
        (self.out / name).write_bytes(self.norm(data))

    def run(self, *args: str) -> tuple[int, bytes]:
        """Run ``versiontrack ARGS`` and record stdout, stderr and the exit code."""
        self.count += 1
        r = self.runner.invoke(self.main, list(args), catch_exceptions=True)
        stderr = r.stderr_bytes if r.stderr_bytes is not None else b""
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            stderr += f"\n[exception] {type(r.exception).__name__}: {r.exception}\n".encode()
        line = self.norm(" ".join(args).encode()).decode()
        slug = line.replace("<TMP>/", "").replace("<TREE>/", "").replace("/", "~")
        slug = "_".join(slug.split())[:120]
        body = (f"$ versiontrack {line}\n[exit {r.exit_code}]\n[stdout]\n".encode()
                + r.stdout_bytes + b"\n[stderr]\n" + stderr)
        self.write(f"{self.count:04d}_{slug}.txt", body)
        return r.exit_code, r.stdout_bytes

    def tree_hashes(self, name: str, root: Path) -> None:
        lines = []
        for p in sorted(root.rglob("*")):
            if not p.is_file():
                continue
            data = p.read_bytes()
            if p.name == MANIFEST:
                data = self.manifest(name, data)
            lines.append(f"{hashlib.sha256(data).hexdigest()}  {p.relative_to(root).as_posix()}")
        self.write(f"files_{name}.txt", ("\n".join(lines) + "\n").encode())

    def manifest(self, name: str, data: bytes) -> bytes:
        """The report manifest with its code digests masked: they hash the report's own source
        files, so they change (by design, to force a rebuild) whenever that code moves. They go
        to ``code_*.txt``, which :func:`compare` expects to differ between trees."""
        doc = json.loads(data)
        digests = sorted({s.get("digest", "") for s in doc.get("stories", {}).values()})
        for s in doc.get("stories", {}).values():
            if "digest" in s:
                s["digest"] = "<CODE-DIGEST>"
        self.write(f"code_{name}.txt", ("\n".join(digests) + "\n").encode())
        masked = (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode()
        self.write(f"manifest_{name}.json", masked)
        return masked

    def git_listing(self, name: str, archive: Path) -> None:
        def git(*args: str) -> bytes:
            return subprocess.run(["git", *args], cwd=archive, capture_output=True,
                                  check=True).stdout

        refs = git("for-each-ref", "--format=%(objectname) %(refname)")
        log = git("log", "--all", "--format=commit %H%ntree %T%nparents %P%n"
                  "author %an <%ae> %aI%ncommitter %cn <%ce> %cI%n%B%n--")
        trees = git("ls-tree", "-r", "--full-tree", "HEAD")
        self.write(f"git_{name}.txt", b"[refs]\n" + refs + b"\n[log]\n" + log
                   + b"\n[HEAD tree]\n" + trees)
        index = archive / ".versiontrack" / "index.sqlite"
        if index.exists():  # the cache's content (not its file bytes: page layout may vary)
            db = sqlite3.connect(index)
            lines = []
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "ORDER BY name"):
                for row in sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr):
                    lines.append(f"{table}: {row!r}")
            db.close()
            self.write(f"index_{name}.txt", ("\n".join(lines) + "\n").encode())

    def per_story(self, archive: str, key: str) -> None:
        a = ("--archive", archive)
        self.run("log", key, *a)
        self.run("log", key, "--json", *a)
        code, out = self.run("audit", key, "--json", *a)
        n = len(json.loads(out)["versions"]) if code == 0 else 1
        for v in range(1, n + 1):
            self.run("show", key, "--version", str(v), *a)
            self.run("show", key, "--version", str(v), "--json", *a)
        self.run("show", key, "--raw", *a)
        self.run("diff", key, *a)
        self.run("diff", key, "--stat", *a)
        self.run("diff", key, "--color", "always", *a)
        for v in range(1, n):
            for fmt in ("text", "json", "markdown"):
                self.run("diff", key, "--from", str(v), "--to", str(v + 1), "--format", fmt, *a)
        self.run("audit", key, *a)
        self.run("audit", key, "--policy", "same-day-grace", *a)
        self.run("audit", key, "--policy", "same-day-grace", "--json", *a)
        self.run("audit", key, "--fail-on", "silent", *a)
        self.run("audit", key, "--fail-on", "any", *a)
        for style in ("ap", "nyt", "wapo", "guardian", "reuters"):
            for fmt in ("text", "markdown", "json"):
                self.run("corrections", key, "--style", style, "--format", fmt, *a)
        self.run("corrections", key, "--policy", "same-day-grace", *a)
        self.run("headlines", key, *a)
        self.run("headlines", key, "--json", *a)
        self.run("export", key, "--format", "jsonl", *a)

    def per_archive(self, name: str, archive: Path) -> None:
        a = ("--archive", str(archive))
        self.run("stories", *a)
        code, out = self.run("stories", "--json", *a)
        keys = [s["key"] for s in json.loads(out)] if code == 0 else []
        for key in keys:
            self.per_story(str(archive), key)
        self.run("audit", "--all", *a)
        self.run("audit", "--all", "--json", *a)
        self.run("audit", "--all", "--policy", "same-day-grace", "--json", *a)
        self.run("headlines", *a)
        self.run("headlines", "--json", *a)
        self.run("headlines", "--since", "2026-01-01", "--json", *a)
        export = self.tmp / f"export-{name}"
        self.run("export", "--all", "--out", str(export), *a)
        self.tree_hashes(f"export_{name}", export)
        self.run("export", "--all", "--format", "jsonl", *a)
        reports = self.tmp / f"reports-{name}"
        self.run("report", "--out", str(reports), *a)
        self.tree_hashes(f"report_{name}", reports)
        self.run("report", "--out", str(reports), "--json", *a)
        self.run("report", "--out", str(reports), "--full", "--json", *a)
        self.tree_hashes(f"report_{name}_full", reports)
        self.run("verify", *a)
        self.run("verify", "--json", *a)
        self.git_listing(name, archive)
        self.run("reindex", "--json", *a)
        self.run("stories", "--json", *a)

    def record(self) -> None:
        import versiontrack

        where = Path(versiontrack.__file__).resolve()
        if self.tree.resolve() not in where.parents:
            raise SystemExit(f"versiontrack imported from {where}, not from {self.tree}")
        self.helps(self.main, [])

        demo_dir = self.tree / "versiontrack" / "data" / "demo"
        manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
        demo = self.tmp / "demo-archive"
        for page in manifest["pages"]:
            self.run("ingest", str(demo_dir / page["file"]), "--url", page["url"],
                     "--fetched-at", page["fetched_at"], "--json", "--archive", str(demo))
        last = manifest["pages"][-1]
        self.run("ingest", str(demo_dir / last["file"]), "--url", last["url"], "--fetched-at",
                 "2026-02-06T08:00:00+00:00", "--archive", str(demo))  # seen again, as text
        self.per_archive("demo", demo)

        outlets_dir = self.tree / "tests" / "data" / "outlets"
        outlets = self.tmp / "outlets-archive"
        for case in sorted(p for p in outlets_dir.iterdir() if (p / "expected.json").is_file()):
            exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
            for cap in exp["captures"]:
                self.run("ingest", str(case / cap["file"]), "--fetched-at", cap["fetched_at"],
                         "--json", "--archive", str(outlets))
        self.per_archive("outlets", outlets)

        self.run("diff", str(demo_dir / "ap-v1.html"), str(demo_dir / "ap-v2.html"))
        self.run("diff", str(demo_dir / "ap-v1.html"), str(demo_dir / "ap-v2.html"),
                 "--format", "json")
        os.chdir(self.tmp)
        self.run("demo", "--archive", str(self.tmp / "demo-cmd-archive"))
        if (self.tmp / "reports").is_dir():
            self.tree_hashes("report_demo_cmd", self.tmp / "reports")

    def helps(self, group: object, prefix: list[str]) -> None:
        import click

        self.run(*prefix, "--help")
        if isinstance(group, click.Group):
            for name in sorted(group.commands):
                self.helps(group.commands[name], [*prefix, name])


def worker(tree: str, tmp: str, out: str) -> None:
    Recorder(Path(tree), Path(tmp), Path(out)).record()


# --- the driver ---------------------------------------------------------------------------------

def record(out: Path, tree: Path, python: str) -> int:
    tree = tree.resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VERSIONTRACK_", "GIT_"))}
    env.update(PYTHONPATH=str(tree), TZ="UTC", LC_ALL="C.UTF-8", COLUMNS="100",
               PYTHONHASHSEED="0")
    env.pop("NO_COLOR", None)
    with tempfile.TemporaryDirectory(prefix="vt-golden-") as tmp:
        r = subprocess.run([python, str(HERE), "_worker", str(tree), tmp, str(out.resolve())],
                           cwd=tmp, env=env, check=False)
    n = sum(1 for _ in out.iterdir())
    print(f"{n} files written to {out}" if r.returncode == 0 else f"worker failed ({r.returncode})")
    return r.returncode


def compare(a: Path, b: Path, context: int = 6) -> int:
    names_a = {p.name for p in a.iterdir()}
    names_b = {p.name for p in b.iterdir()}
    problems = [f"only in {a}: {n}" for n in sorted(names_a - names_b)]
    problems += [f"only in {b}: {n}" for n in sorted(names_b - names_a)]
    same, expected = 0, []
    for name in sorted(names_a & names_b):
        x, y = (a / name).read_bytes(), (b / name).read_bytes()
        if x == y:
            same += 1
            continue
        if name.startswith("code_"):  # report code fingerprints: differ whenever its code moves
            expected.append(name)
            continue
        diff = difflib.unified_diff(x.decode(errors="replace").splitlines(),
                                    y.decode(errors="replace").splitlines(),
                                    str(a / name), str(b / name), lineterm="", n=1)
        lines = list(diff)
        problems.append(f"differs: {name}\n" + "\n".join(lines[:context * 4]))
    for p in problems:
        print(p)
    if expected:
        print(f"expected: the report's code digest differs ({', '.join(expected)})")
    print(f"{same} files byte-identical, {len(problems)} differences")
    return 1 if problems else 0


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "_worker":
        worker(*sys.argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record", help="run every command on one tree; write OUT")
    rec.add_argument("out", type=Path)
    rec.add_argument("--tree", type=Path, default=HERE.parent.parent,
                     help="source tree to import versiontrack from (default: this one)")
    rec.add_argument("--python", default=sys.executable,
                     help="interpreter with versiontrack's dependencies (default: this one)")
    cmp = sub.add_parser("compare", help="list the differences between two recorded folders")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "record":
        return record(args.out, args.tree, args.python)
    return compare(args.a, args.b)


if __name__ == "__main__":
    raise SystemExit(main())
