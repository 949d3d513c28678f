"""Drill: snapshot passes against servers that misbehave on purpose (issue 18 items 1-3, 12).

Each drill serves a few healthy pages next to one misbehaving URL or host from 127.0.0.1, runs
one real pass (``python -m versiontrack snapshot --json`` in a subprocess, killed after
``--kill-after`` seconds) and prints its wall time next to the budget that should bound it,
the outcome of the bad URL, how many healthy pages were archived, and the pass's peak memory.
Never gates anything; a pass that had to be killed prints ``KILLED``.

    python bench/drill_servers.py [--deadline 2] [--budget 3] [--kill-after 120]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sitekit import AP_PARAGRAPHS, OTHER_PARAGRAPHS, Reply, Site, article_html

from versiontrack.snapshot.watchlist import Defaults

HEALTHY = 5


def bomb(size: int) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    inner = b"".join(comp.compress(bytes(1 << 20)) for _ in range(size >> 20)) + comp.flush()
    return gzip.compress(inner, 9)


def slow_page(attributes: int) -> bytes:
    attrs = " ".join(f'data-a{i}="v"' for i in range(attributes))
    page = article_html("Slow to read", AP_PARAGRAPHS[:5])
    return page.replace("<article>", f"<article {attrs}>").encode()


def drills(bad: Site, args: argparse.Namespace) -> dict[str, tuple[str, float]]:
    """name -> (path on the bad site, the budget that bounds the pass)."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    d, b = args.deadline, args.budget
    bad.sequence("/retry-huge", [Reply(429, b"", {"Retry-After": "9" * 21})])
    bad.sequence("/retry-29", [Reply(503, b"", {"Retry-After": "29"})])
    bad.sequence("/trickle", [Reply(200, b"<p>x</p>", html, trickle=0.5)])
    bad.static("/slow-extract", slow_page(args.attributes))
    bad.static("/gzip-gzip", bomb(args.bomb_mb << 20),
               headers={"Content-Encoding": "gzip, gzip"})
    bad.article("/secret", "Behind a slow robots.txt", AP_PARAGRAPHS[:4])
    bad.article("/fine", "A healthy page on the drill host", AP_PARAGRAPHS[1:6])
    return {"baseline (no fault)": ("/fine", 0.0),
            "retry-after 10^21": ("/retry-huge", d), "503 retry-after 29": ("/retry-29", d),
            "trickled headers": ("/trickle", d), "trickled robots.txt": ("/trickle-robots", d),
            "100k-attribute page": ("/slow-extract", b + 3),
            "gzip, gzip bomb": ("/gzip-gzip", d)}


def run_one(name: str, path: str, bound: float, bad: Site, good: Site,
            args: argparse.Namespace, work: Path) -> None:
    if name == "trickled robots.txt":
        bad.sequence("/robots.txt", [Reply(200, b"User-agent: *\n", {"Content-Type":
                                                                      "text/plain"},
                                           trickle=0.5)])
        path = "/secret"
    else:
        bad.robots("", status=404)
    bad_url = bad.url(path)
    text = f"[defaults]\ndelay = 0\ntimeout = {args.deadline / 2}\nretries = 2\n"
    if "deadline" in Defaults.__dataclass_fields__:  # absent before issue 18: drill old code too
        text += f"deadline = {args.deadline}\nextract_budget = {args.budget}\n"
    text += f'[[urls]]\nurl = "{bad_url}"\n'
    text += "".join(f'[[urls]]\nurl = "{good.url(f"/g{i}")}"\n' for i in range(HEALTHY))
    folder = work / name.replace(" ", "_").replace(",", "").replace("^", "")
    folder.mkdir()
    (folder / "versiontrack.toml").write_text(text, encoding="utf-8")
    # A child that reports its own peak memory: the pass is run as the real command.
    code = ("import resource, runpy, sys; sys.argv = ['versiontrack'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('versiontrack', run_name='__main__')\n"
            "finally:\n    sys.stderr.write('PEAK %d\\n' % "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    t0 = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, "snapshot", "--watchlist",
             str(folder / "versiontrack.toml"), "--archive", str(folder / "arch"), "--json"],
            capture_output=True, text=True, timeout=args.kill_after, check=False)
    except subprocess.TimeoutExpired:
        print(f"{name:24} KILLED after {args.kill_after:.0f} s (bound {bound:.0f} s)")
        return
    wall = time.monotonic() - t0
    peak = next((int(line.split()[1]) for line in proc.stderr.splitlines()
                 if line.startswith("PEAK ")), 0)
    try:
        data = json.loads(proc.stdout)
    except ValueError:
        last = (proc.stderr.strip().splitlines() or ["?"])[0]
        print(f"{name:24} exit {proc.returncode} after {wall:5.1f} s: {last}")
        return
    labels = {u["url"]: u["label"] for u in data["urls"]}
    archived = sum(1 for u, lab in labels.items() if u.startswith(good.base) and lab == "new")
    print(f"{name:24} wall {wall:5.1f} s  bound {bound:4.0f} s  exit {proc.returncode}  "
          f"bad URL: {labels.get(bad_url, '?'):24} healthy archived {archived}/{HEALTHY}  "
          f"peak {peak / 1024:5.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--deadline", type=float, default=2.0)
    ap.add_argument("--budget", type=float, default=3.0)
    ap.add_argument("--attributes", type=int, default=100_000)
    ap.add_argument("--bomb-mb", type=int, default=1024)
    ap.add_argument("--kill-after", type=float, default=120.0)
    ap.add_argument("--only", default="", help="run the drills whose name contains this")
    args = ap.parse_args()
    with Site() as bad, Site() as good, tempfile.TemporaryDirectory() as tmp:
        good.robots("", status=404)
        pool = AP_PARAGRAPHS + OTHER_PARAGRAPHS
        for i in range(HEALTHY):
            good.article(f"/g{i}", f"Healthy story {i}", pool[i:i + 5])
        for name, (path, bound) in drills(bad, args).items():
            if args.only in name:
                run_one(name, path, bound, bad, good, args, Path(tmp))
    print(f"(self: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
