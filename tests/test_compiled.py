"""The differ's two builds: compiled with mypyc at install time (setup.py), or plain Python.

Both come from one source and must give identical results; the plain modules must take over when
asked to (VERSIONTRACK_PURE=1) or when a checkout's source is newer than its build.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import versiontrack.differ.align
from versiontrack._build import GROUP

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "versiontrack"
CORPUS = ROOT / "tests" / "data" / "alignment"
COMPILED = (versiontrack.differ.align.__file__ or "").endswith(
    tuple(importlib.machinery.EXTENSION_SUFFIXES))

needs_build = pytest.mark.skipif(not COMPILED, reason="the differ is not compiled in this install")

# Prints repr(align(...)) of every corpus pair (both ways) and of bench-style edited pairs, as JSON.
ALIGN_ALL = r"""
import json, pathlib, random, sys
sys.path.insert(0, sys.argv[2])
from versiontrack.differ.align import align
from versiontrack.models import Article
import bench_align as b
out = {}
for d in sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.is_dir()):
    o = Article.from_text((d / "old.txt").read_text(encoding="utf-8"))
    n = Article.from_text((d / "new.txt").read_text(encoding="utf-8"))
    out[d.name] = repr(align(o, n))
    out[d.name + "/swapped"] = repr(align(n, o))
src = b.source_paragraphs()
extra = [p + " (update)" for p in src[:6]]
for seed in range(4):
    base = b.base_version(src, 1500, random.Random(seed))
    for profile in ("light", "medium", "heavy"):
        new = b.edit(base, profile, random.Random(seed + 10), extra)
        out[f"{profile}{seed}"] = repr(align(b.article(base), b.article(new)))
# Character noise: quotes, digits, capitals, no-break and soft hyphens, CJK, split and merged lines.
rng = random.Random(5)
noise = list('"\u201c\u201d\u2019\' ,.;:-0123456789AaZz\u00a0\u00ad') + [
    "not ", "said ", "Smith ", "2014", "five ", "Monday ", "\u4e2d\u6587", "  "]
for k in range(60):
    paras = rng.sample(src, rng.randrange(1, 10))
    new = []
    for p in paras:
        w = list(p)
        for _ in range(rng.randrange(0, 6)):
            pos = rng.randrange(len(w) + 1)
            if rng.random() < 0.5:
                w.insert(pos, rng.choice(noise))
            elif pos < len(w):
                w[pos] = rng.choice(noise)
        new.append("".join(w))
    if len(new) > 2 and rng.random() < 0.4:
        i = rng.randrange(len(new) - 1)
        new[i:i + 2] = [new[i] + " " + new[i + 1]]
    out[f"noise{k}"] = repr(align(Article("H", tuple(paras)), Article("H", tuple(new))))
print(json.dumps(out))
"""


def _run(code: str, *args: str, env: dict[str, str] | None = None,
         cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "VERSIONTRACK_PURE"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_ci_installs_the_compiled_differ():
    """CI has a C compiler, so the README's install must have compiled the differ there."""
    if not os.environ.get("CI"):
        pytest.skip("only required in CI")
    assert COMPILED, versiontrack.differ.align.__file__


@needs_build
def test_compiled_and_plain_builds_give_identical_alignments():
    args = (ALIGN_ALL, str(CORPUS), str(ROOT / "bench"))
    compiled = _run(*args)
    plain = _run(*args, env={"VERSIONTRACK_PURE": "1"})
    assert compiled.returncode == 0, compiled.stderr[-2000:]
    assert plain.returncode == 0, plain.stderr[-2000:]
    a, b = json.loads(compiled.stdout), json.loads(plain.stdout)
    assert len(a) >= 190
    assert [k for k in a if a[k] != b.get(k)] == []


def test_pure_switch_loads_the_plain_modules():
    code = ("import versiontrack.differ.align as a, versiontrack.differ.worddiff as d\n"
            "from versiontrack._build import differ_build\n"
            "print(a.__file__); print(d.__file__); print(differ_build())")
    r = _run(code, env={"VERSIONTRACK_PURE": "1"})
    assert r.returncode == 0, r.stderr
    align_file, diff_file, build = r.stdout.splitlines()
    assert align_file.endswith("align.py") and diff_file.endswith("worddiff.py")
    assert build == "differ in plain Python: VERSIONTRACK_PURE is set"


def test_version_names_the_build():
    r = subprocess.run([sys.executable, "-m", "versiontrack", "--version"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("versiontrack ")
    assert ("differ compiled with mypyc" in r.stdout) == COMPILED


@needs_build
def test_a_checkout_edited_after_the_build_runs_the_edited_source(tmp_path: Path):
    # A copy of the checkout: the package with its extensions, the group's shared library, and
    # the pyproject.toml that marks a source tree.
    shutil.copytree(PKG, tmp_path / "versiontrack",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for lib in ROOT.glob("versiontrack_differ__mypyc*"):
        shutil.copy2(lib, tmp_path / lib.name)
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    pkg = tmp_path / "versiontrack"
    built = [p for p in pkg.rglob("*.so")
             if ".".join(p.relative_to(pkg).with_suffix("").with_suffix("").parts) in GROUP]
    assert len(built) == len(GROUP)
    old = min(p.stat().st_mtime for p in built) - 3600  # older than the build, however old
    for name in GROUP:
        os.utime(pkg / (name.replace(".", "/") + ".py"), (old, old))
    code = ("import versiontrack.differ.align as a\nfrom versiontrack._build import differ_build\n"
            "print(a.__file__); print(differ_build())")
    env = {"PYTHONPATH": str(tmp_path)}
    r = _run(code, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1] == "differ compiled with mypyc"

    # Edit one module of the group: every module of the group now loads from source, and the
    # edit is what runs.
    diff_py = pkg / "differ" / "worddiff.py"
    diff_py.write_text(diff_py.read_text(encoding="utf-8") + "\nEDITED = True\n",
                       encoding="utf-8")
    code = ("import versiontrack.differ.align as a, versiontrack.differ.worddiff as d\n"
            "from versiontrack._build import differ_build\n"
            "print(a.__file__); print(d.EDITED); print(differ_build())")
    r = _run(code, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    align_file, edited, build = r.stdout.splitlines()
    assert align_file == str(pkg / "differ" / "align.py")
    assert edited == "True"
    assert build.startswith("differ in plain Python: the source changed after the build")
