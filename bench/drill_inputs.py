"""Hostile-input drill: make hostile files, ingest each in a child process, print its time and
peak memory against the budget, then ingest all of them as one batch.

    python bench/drill_inputs.py [--time-budget 20] [--mem-budget 600] [--keep DIR]

Each child runs ``python -m versiontrack ingest FILE`` with its address space capped at 4 GB
(so a runaway read cannot take the machine down) and is killed after 120 s. Peak memory is the
child's maximum resident set size from ``os.wait4``. Budgets are reported, never asserted as
a test: this prints figures (house rule: benchmarks never gate on absolute time).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PARA = ("The harbour board met on Monday and chose a new ferry timetable after a long public "
        "meeting in the town hall.")
JA = "港の小さな渡し船は、来月から朝六時に出ることになった。船長によると、始発を早めてほしいという声が多かった。"
ZH = "这条渡轮航线从下个月起每天早上六点开出第一班船。船长说，许多乘客一直希望首班船能提前。"
KILL_AFTER = 120.0
AS_CAP = 4 << 30


def html(head: str, body: str = "", extra_head: str = "", charset: str = "utf-8") -> str:
    paras = body or "".join(f"<p>{PARA}</p>" for _ in range(4))
    return (f'<html><head><meta charset="{charset}">{extra_head}</head><body><article>'
            f"<h1>{head}</h1>{paras}</article></body></html>")


def write(path: Path, data: bytes | str, encoding: str = "utf-8") -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def cases(d: Path) -> list[tuple[str, Callable[[], Path], str]]:
    """(name, maker, expected outcome: "new" archived, "refused" one-line error)."""
    def deep_ld(levels: int, array: bool) -> Path:
        ld = ("[" * levels + "]" * levels) if array else (
            '{"@type":"NewsArticle","a":' * levels + "1" + "}" * levels)
        return write(d / f"deep-ld-{levels}-{'a' if array else 'o'}.html",
                     html("Deep JSON-LD", extra_head=f'<script type="application/ld+json">{ld}'
                                                    "</script>"))

    def link(target: str, name: str) -> Path:
        p = d / name
        p.symlink_to(target)
        return p

    def fifo() -> Path:
        p = d / "pipe.html"
        os.mkfifo(p)
        return p

    def attrs(n: int) -> Path:
        tag = "<div " + " ".join(f'data-a{i}="v{i}"' for i in range(n)) + ">x</div>"
        return write(d / f"attrs-{n}.html", html("Many attributes", tag + f"<p>{PARA}</p>" * 4))

    def sparse(mb: int) -> Path:
        p = d / f"sparse-{mb}mb.html"
        with p.open("wb") as f:
            f.write(b"<html><body>")
            f.truncate(mb << 20)
        return p

    def near_cap() -> Path:
        p = d / "near-cap.html"
        body = ("<p>" + PARA + "</p>") * ((10 << 20) // (len(PARA) + 8) - 50)
        return write(p, html("Near the size cap", body))

    return [
        ("ordinary page (baseline)", lambda: write(d / "plain.html", html("Ferry timetable")),
         "new"),
        ("JSON-LD 1,000 levels (array, 2.4 kB)", lambda: deep_ld(1000, True), "new"),
        ("JSON-LD 1,000 levels (object)", lambda: deep_ld(1000, False), "new"),
        ("JSON-LD 100,000 levels (object)", lambda: deep_ld(100_000, False), "new"),
        # libxml2 stops nesting at 256 levels and drops what lies deeper: no article, refused.
        ("HTML 100,000 nested <div>", lambda: write(
            d / "deep-html.html", html("Deep HTML", "<div>" * 100_000 + f"<p>{PARA}</p>" * 4
                                       + "</div>" * 100_000)), "refused"),
        ("link to /dev/zero", lambda: link("/dev/zero", "zero.html"), "refused"),
        ("link to /dev/urandom", lambda: link("/dev/urandom", "urandom.html"), "refused"),
        ("FIFO with no writer", fifo, "refused"),
        ("50 MB sparse file", lambda: sparse(50), "refused"),
        ("page just under 10 MB", near_cap, "new"),
        ("terminal escapes (text)", lambda: write(
            d / "esc.txt", f"Ferry \x1b]52;c;aGk=\x07 \x1b[2J fares\n\n{PARA}\n"), "new"),
        ("U+FFFF/U+FFFE/ESC headline (text)", lambda: write(
            d / "xmlbad.txt", f"Ferry \uffff \ufffe \x1b fares\n\n{PARA}\n"), "new"),
        ("Shift-JIS article", lambda: write(
            d / "sjis.html", html("渡し船が朝六時に", f"<p>{JA}</p>" * 3, charset="shift_jis"),
            "shift_jis"), "new"),
        ("EUC-JP article", lambda: write(
            d / "eucjp.html", html("渡し船が朝六時に", f"<p>{JA}</p>" * 3, charset="euc-jp"),
            "euc-jp"), "new"),
        ("GB18030 article", lambda: write(
            d / "gb.html", html("渡轮提前到六点", f"<p>{ZH}</p>" * 3, charset="gb18030"),
            "gb18030"), "new"),
        ("one tag, 20,000 attributes", lambda: attrs(20_000), "new"),
        ("one tag, 100,000 attributes", lambda: attrs(100_000), "new"),
        ("1 MB word without spaces", lambda: write(
            d / "oneword.html", html("One word", "<p>" + "a" * (1 << 20) + "</p>")), "refused"),
        ("binary (NUL bytes)", lambda: write(d / "nul.html", b"\x00" * 100_000), "refused"),
    ]


def run_child(args: list[str]) -> tuple[int | None, float, float, str, str]:
    """(exit code or None when killed, wall seconds, peak RSS MB, stdout, stderr)."""
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (AS_CAP, AS_CAP))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "versiontrack", *args], stdout=out,
                                stderr=err, stdin=subprocess.DEVNULL,
                                preexec_fn=cap)
        killed = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > KILL_AFTER:
                proc.kill()
                killed = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        proc.returncode = 0  # reaped by wait4: keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        code = None if killed else os.waitstatus_to_exitcode(status)
        return (code, wall, usage.ru_maxrss / 1024, out.read().decode(errors="replace"),
                err.read().decode(errors="replace"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time-budget", type=float, default=20.0, help="seconds per input")
    ap.add_argument("--mem-budget", type=float, default=600.0, help="peak RSS MB per input")
    ap.add_argument("--keep", type=Path, default=None, help="make the files here and keep them")
    opts = ap.parse_args()
    work = opts.keep or Path(tempfile.mkdtemp(prefix="vt-drill-"))
    work.mkdir(parents=True, exist_ok=True)
    files = work / "inputs"
    files.mkdir(exist_ok=True)
    archive = work / "archive"
    made = [(name, make(), expect) for name, make, expect in cases(files)]

    print(f"{'input':<40} {'size':>9} {'exit':>4} {'time s':>7} {'peak MB':>8}  "
          f"{'budget':<6}  outcome")
    over = wrong = 0
    finished: list[Path] = []
    for i, (name, path, expect) in enumerate(made):
        size = os.lstat(path).st_size if path.is_symlink() else path.stat().st_size
        fmt = ["--format", "text"] if path.suffix == ".txt" else []
        code, wall, peak, out, err = run_child(
            ["ingest", str(path), *fmt, "--url", f"https://drill.example/news/{i}", "--archive",
             str(archive), "--fetched-at", "2026-02-05T10:00:00Z"])
        if code is not None:
            finished.append(path)
        within = code is not None and wall <= opts.time_budget and peak <= opts.mem_budget
        over += not within
        got = "new" if code == 0 and out.startswith("new") else "refused" if code == 1 else "?"
        wrong += got != expect or "Traceback" in err or "internal error" in err
        said = (out.strip() or err.strip()).splitlines()[0][:70] if (out or err).strip() else ""
        print(f"{name:<40} {size:>9} {code if code is not None else 'KILL':>4} {wall:>7.2f} "
              f"{peak:>8.0f}  {'ok' if within else 'OVER':<6}  {got} ({said})")

    # The same inputs as one batch (less any that had to be killed alone): every bad one is
    # its own problem, the good ones land.
    batch = [str(p) for p in finished]
    code, wall, peak, out, err = run_child(
        ["ingest", *batch, "--url", "https://drill.example/news/batch", "--archive",
         str(work / "batch-archive"), "--fetched-at", "2026-02-05T11:00:00Z", "--json"])
    try:
        acks = len(json.loads(out))
    except ValueError:
        acks = -1
    errors = [ln for ln in err.splitlines() if ln.startswith("Error: ")]
    left_out = len(made) - len(batch)
    print(f"\nbatch of {len(batch)} inputs ({left_out} killed alone left out): exit {code}, {wall:.2f} s, peak {peak:.0f} MB, "
          f"{acks} archived, {len(errors)} reported as that file's problem, "
          f"{'internal error' if 'internal error' in err else 'no internal error'}")
    print(f"{len(made)} inputs: {len(made) - over} within budget ({opts.time_budget:g} s, "
          f"{opts.mem_budget:g} MB), {over} over; {wrong} with an unexpected outcome")
    if not opts.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
