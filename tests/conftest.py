"""Fixtures shared by every test module.

- ``make_archive(tmp_path, stories=None)`` builds a real archive (a git repository) through the
  Archive API with fixed fetch times, so commit ids and logs are reproducible.
- ``article(...)`` builds an Article with sensible defaults.
- ``demo_pages()`` lists the bundled demo captures: ``DemoPage(path, url, fetched_at)``.
- ``run_cli(*args, input=None, env=None)`` runs the ``versiontrack`` command in-process with
  click's CliRunner; ``result.stdout`` and ``result.stderr`` are kept apart.

Import the helpers directly (``from conftest import make_archive``) or use the fixtures of the
same names.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from versiontrack.models import Article

# The audit keeps compiled patterns in a file between runs (versiontrack.audit.lazyre): the
# tests keep theirs in a folder of their own, not the user's cache, gone when they end.
if "VERSIONTRACK_CACHE" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="versiontrack-test-cache-")
    os.environ["VERSIONTRACK_CACHE"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)

#: Fetch time of the n-th version built by make_archive: BASE_TIME + n hours.
BASE_TIME = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def at(hours: float) -> str:
    """A fixed fetch time ``hours`` after :data:`BASE_TIME`, ISO 8601 UTC."""
    return (BASE_TIME + timedelta(hours=hours)).isoformat()


def article(
    headline: str = "Council approves new bridge",
    paragraphs: tuple[str, ...] | list[str] = (
        "The city council voted 7-2 on Tuesday to build a new bridge over the river.",
        "Construction is expected to start in 2027 and cost $40 million.",
        "Opponents said the money should go to schools instead.",
    ),
    **meta: Any,
) -> Article:
    """An Article with defaults; override any field by keyword."""
    meta.setdefault("url", "https://example.com/news/bridge")
    meta.setdefault("canonical_url", meta["url"])
    meta.setdefault("outlet", "example.com")
    meta.setdefault("byline", "By A. Reporter")
    meta.setdefault("extractor", "test")
    return Article(headline=headline, paragraphs=tuple(paragraphs), **meta)


def default_stories() -> dict[str, list[Article]]:
    """Two stories: one with three versions (a number fixed, then a paragraph added), one with one."""
    base = article()
    v2 = article(paragraphs=(base.paragraphs[0], base.paragraphs[1].replace("40", "45"),
                             base.paragraphs[2]))
    v3 = article(paragraphs=(*v2.paragraphs, ("Correction: an earlier version gave the cost "
                             "as $40 million.")))
    other = article(headline="Storm closes schools", url="https://example.org/storm",
                    paragraphs=("Heavy snow closed every school in the district on Monday.",
                                "Classes resume Wednesday."))
    return {"example.com_news_bridge": [base, v2, v3], "example.org_storm": [other]}


def make_archive(
    tmp_path: Path, stories: dict[str, list[Article]] | None = None, name: str = "archive"
) -> Path:
    """Build an archive at ``tmp_path/name`` holding ``stories`` (key -> versions in order).

    Version i (0-based, counted across all stories in order) is fetched at ``at(i)``, with a
    small HTML page as its raw bytes. Returns the archive's path (closed; open it yourself).
    """
    from versiontrack.archive.plan import IngestItem
    from versiontrack.archive.store import Archive

    stories = default_stories() if stories is None else stories
    items = []
    n = 0
    for key, versions in stories.items():
        for art in versions:
            raw = f"<html><body><h1>{art.headline}</h1>{''.join(f'<p>{p}</p>' for p in art.paragraphs)}</body></html>"
            items.append(IngestItem(art, raw.encode(), at(n), key, art.url, "raw.html"))
            n += 1
    path = tmp_path / name
    with Archive.open(path, create=True) as archive:
        archive.ingest_many(items)
    return path


@dataclass(frozen=True)
class DemoPage:
    path: Path
    url: str
    fetched_at: str


def demo_pages() -> list[DemoPage]:
    """The bundled demo captures (two versions of the AP seed story), in fetch order."""
    from importlib.resources import files

    folder = Path(str(files("versiontrack").joinpath("data/demo")))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [DemoPage(folder / p["file"], p["url"], p["fetched_at"]) for p in manifest["pages"]]


def run_cli(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
    """Run ``versiontrack ARGS`` in-process; returns click's Result (stdout/stderr apart)."""
    from click.testing import CliRunner

    from versiontrack.cli import main

    runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], input=input, env=env,
                         catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_columns(monkeypatch):
    # Tables fit $COLUMNS even when piped; tests that read whole values must not inherit one.
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(name="make_archive")
def _make_archive_fixture():
    return make_archive


@pytest.fixture(name="article")
def _article_fixture():
    return article


@pytest.fixture(name="demo_pages")
def _demo_pages_fixture():
    return demo_pages()


@pytest.fixture(name="run_cli")
def _run_cli_fixture(monkeypatch):
    # Tests must never touch ./archive: an unset archive option would otherwise use it.
    monkeypatch.delenv("VERSIONTRACK_ARCHIVE", raising=False)
    return run_cli
