"""``ingest`` reads a large page under a time budget (issue 18 item 3, the ingest side): a page
that is slow to extract is that file's reported problem, and the rest of the batch is archived."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitekit import AP_PARAGRAPHS, OTHER_PARAGRAPHS, article_html

from versiontrack.extract.pool import BUDGET_FROM_BYTES


def slow_page(attributes: int) -> bytes:
    """An article whose one tag carries ``attributes`` attributes (quadratic for lxml)."""
    attrs = " ".join(f'data-a{i}="v"' for i in range(attributes))
    page = article_html("Slow to read", AP_PARAGRAPHS[:5])
    return page.replace("<article>", f"<article {attrs}>").encode()


def ingest(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "versiontrack", "ingest", "--archive", str(tmp_path / "arch"),
         "--fetched-at", "2026-02-05T12:00Z", *map(str, args)],
        capture_output=True, text=True, timeout=300, check=False)


def test_a_page_over_the_budget_is_that_files_error_and_the_batch_goes_on(tmp_path: Path):
    slow = tmp_path / "slow.html"
    slow.write_bytes(slow_page(60_000))  # about 40 s to extract without a budget
    assert slow.stat().st_size >= BUDGET_FROM_BYTES
    good = tmp_path / "good.html"
    good.write_text(article_html("Quick to read", OTHER_PARAGRAPHS[:5]), encoding="utf-8")
    r = ingest(tmp_path, "--extract-budget", "1", "--url", "https://example.org/news/a",
               slow, good, "--json")
    assert r.returncode == 1, r.stderr
    assert "slow.html" in r.stderr and "budget" in r.stderr
    assert "Traceback" not in r.stderr
    rows = json.loads(r.stdout)
    assert [(row["file"], row["status"]) for row in rows] == [(str(good), "new")]


def test_small_pages_are_read_in_process_and_zero_means_no_budget(tmp_path: Path):
    good = tmp_path / "good.html"
    good.write_text(article_html("Quick to read", OTHER_PARAGRAPHS[:5]), encoding="utf-8")
    assert good.stat().st_size < BUDGET_FROM_BYTES
    r = ingest(tmp_path, "--extract-budget", "0", "--url", "https://example.org/news/b", good)
    assert r.returncode == 0, r.stderr
    r = ingest(tmp_path, "--extract-budget", "-1", good)
    assert r.returncode == 2 and "extract-budget" in r.stderr
