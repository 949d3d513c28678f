"""The bulk engine: chunks, the Parquet dataset, resume, failures, and the same rows in-process,
on a local Dask cluster and on a scheduler with two workers started as separate processes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest
from conftest import article, make_archive

from versiontrack.models import StoryInfo
from versiontrack.scale.dataset import read_table
from versiontrack.scale.plan import plan_chunks


def story(key: str, versions: int, outlet: str = "example.com",
          first: str = "2026-01-05T09:00:00+00:00") -> StoryInfo:
    return StoryInfo(key, "H", f"https://{outlet}/{key}", outlet, versions, first, first)


def test_chunks_balance_versions_and_keep_partitions_apart():
    stories = [story(f"s{i:02}", 1 + i % 7) for i in range(40)]
    stories += [story("big", 50), story("march", 3, first="2026-03-01T00:00:00+00:00"),
                story("other", 2, outlet="example.org")]
    chunks = plan_chunks([("a", "/a", s) for s in stories], target=20)
    keys = [k for c in chunks for k in c.keys]
    assert sorted(keys) == sorted(s.key for s in stories)  # each story once
    assert all(c.versions <= 20 or len(c.keys) == 1 for c in chunks)
    assert chunks[0].keys == ("big",)  # the largest first
    assert {(c.outlet, c.month) for c in chunks if "march" in c.keys} == {("example.com",
                                                                              "2026-03")}
    assert {c.id for c in chunks} == {c.id for c in plan_chunks(
        [("a", "/a", s) for s in reversed(stories)], target=20)}


def ferry(n: int) -> list:
    texts = ["The island ferry sails again from Friday.", "The island ferry sails again from "
             "Saturday.", "The island ferry sails again from Sunday, officials said."]
    return [article(headline="Ferry service resumes", url=f"https://example.net/ferry{n}",
                    outlet="example.net", paragraphs=(t, "A return ticket costs $12."))
            for t in texts[: 1 + n % 3]]


@pytest.fixture(name="archive_set")
def _archive_set(tmp_path):
    make_archive(tmp_path, name="one")
    make_archive(tmp_path, {f"example.net_ferry{i}": ferry(i) for i in range(6)}, name="two")
    manifest = tmp_path / "set.toml"
    manifest.write_text('[[shard]]\npath = "one"\n[[shard]]\npath = "two"\n', encoding="utf-8")
    return manifest


def rows(out, table):
    return sorted(json.dumps(r, sort_keys=True) for r in read_table(out, table))


def test_dataset_is_partitioned_resumable_and_forced(archive_set, run_cli, tmp_path):
    out = tmp_path / "ds"
    first = run_cli("audit", "--all", "--json", "--archive", archive_set, "--out", out)
    assert first.exit_code == 0, first.output
    assert (out / "stories" / "outlet=example.net" / "month=2026-01").is_dir()
    stories = read_table(out, "stories")
    assert len(stories) == 8
    assert {r["outlet"] for r in stories} == {"example.com", "example.net"}
    written = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    again = run_cli("audit", "--all", "--json", "--archive", archive_set, "--out", out)
    assert "already written (skipped)" in again.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)  # reported from the marks
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == written
    forced = run_cli("audit", "--all", "--archive", archive_set, "--out", out, "--force")
    assert "wrote 2 of 2 parts" in forced.stderr
    assert rows(out, "findings") and len(read_table(out, "stories")) == 8


def test_a_half_written_chunk_is_redone(archive_set, run_cli, tmp_path):
    out = tmp_path / "ds"
    run_cli("audit", "--all", "--archive", archive_set, "--out", out)
    before = rows(out, "findings")
    mark = sorted((out / "_done").iterdir())[0]
    mark.unlink()  # as if the run had been killed between the files and the mark
    r = run_cli("audit", "--all", "--archive", archive_set, "--out", out)
    assert "wrote 1 of 2 parts" in r.stderr
    assert rows(out, "findings") == before


def test_a_failing_story_is_recorded_and_the_run_goes_on(archive_set, run_cli, tmp_path,
                                                          monkeypatch):
    from versiontrack.scale import task

    real = task.audit_history

    def broken(history, key, policy):
        if key == "example.net_ferry2":
            raise ValueError("a story the auditor cannot read")
        return real(history, key, policy)

    monkeypatch.setattr(task, "audit_history", broken)
    out = tmp_path / "ds"
    r = run_cli("audit", "--all", "--json", "--archive", archive_set, "--out", out)
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert data["errors"] == [{"story": "example.net_ferry2",
                               "error": "ValueError: a story the auditor cannot read"}]
    assert len(data["stories"]) == 7
    errors = read_table(out, "errors")
    assert [(e["story"], e["shard"]) for e in errors] == [("example.net_ferry2", "two")]


def test_bulk_options_need_all_and_a_dataset_folder_of_ours(archive_set, run_cli, tmp_path):
    r = run_cli("audit", "ferry1", "--engine", "dask", "--archive", archive_set)
    assert r.exit_code == 2 and "--engine goes with --all" in r.stderr
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("x", encoding="utf-8")
    r = run_cli("audit", "--all", "--archive", archive_set, "--out", tmp_path / "mine")
    assert r.exit_code == 1 and "not a versiontrack dataset" in r.stderr
    assert (tmp_path / "mine" / "thesis.tex").exists()


def test_missing_scale_extra_says_how_to_install(archive_set, run_cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    r = run_cli("audit", "--all", "--engine", "dask", "--archive", archive_set)
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: --engine dask needs Dask: pip install 'versiontrack[scale]'"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_scheduler_is_a_clear_error(archive_set, run_cli, tmp_path):
    r = run_cli("audit", "--all", "--engine", "dask", "--scheduler",
                f"tcp://127.0.0.1:{free_port()}", "--archive", archive_set, "--out",
                tmp_path / "ds", env={"VERSIONTRACK_SCHEDULER_TIMEOUT": "1"})
    assert r.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in r.stderr
    assert r.stderr.strip().endswith(
        "(is it running? VERSIONTRACK_SCHEDULER_TIMEOUT=SECONDS waits longer)")
    assert len(r.stderr.strip().splitlines()) == 1
    bad = run_cli("audit", "--all", "--engine", "dask", "--scheduler", "nonsense", "--archive",
                  archive_set)
    assert bad.exit_code == 1
    assert bad.stderr.strip() == ("Error: cannot reach the Dask scheduler at nonsense: missing "
                                  "port number in address 'nonsense'")


def test_audit_help_names_exit_5_and_the_set_readers(run_cli):
    """audit --all --engine dask can exit 5: its --help says so, as stats' and export's do."""
    text = " ".join(run_cli("audit", "--help").stdout.split())
    assert "5 a Dask run lost its cluster" in text
    assert "a re-run skips the parts written (under the same policy)" in text
    assert ("stories, audit, export --format sqlite|csv|parquet and stats also take an "
            "archive-set manifest") in " ".join(run_cli("stories", "--help").stdout.split())


@pytest.mark.slow
def test_same_rows_in_process_local_cluster_and_separate_processes(archive_set, run_cli,
                                                                   tmp_path):
    """The same archive set through three engines: the findings match row for row."""
    base = run_cli("audit", "--all", "--json", "--archive", archive_set, "--out",
                   tmp_path / "in")
    assert base.exit_code == 0, base.output
    local = run_cli("audit", "--all", "--json", "--engine", "dask", "--workers", "2",
                    "--archive", archive_set, "--out", tmp_path / "local")
    assert local.exit_code == 0, local.output

    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = [subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--no-dashboard"], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)]
    try:
        address = f"tcp://127.0.0.1:{port}"
        procs += [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
             "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        deadline = time.monotonic() + 60
        while True:
            remote = run_cli("audit", "--all", "--json", "--engine", "dask", "--scheduler",
                             address, "--archive", archive_set, "--out", tmp_path / "remote")
            if remote.exit_code == 0 or time.monotonic() > deadline:
                break
        assert remote.exit_code == 0, remote.output
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=30)

    assert json.loads(local.stdout) == json.loads(base.stdout)
    assert json.loads(remote.stdout) == json.loads(base.stdout)
    # The research rows, table by table, as export --format parquet writes them.
    for table in ("stories", "changes", "findings", "notes", "headline_changes", "errors"):
        expected = rows(tmp_path / "in", table)
        assert expected or table in ("notes", "headline_changes", "errors")
        assert rows(tmp_path / "local", table) == expected
        assert rows(tmp_path / "remote", table) == expected


def parquet_rows(path):
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return table.schema, sorted(json.dumps(r, sort_keys=True) for r in table.to_pylist())


def test_export_and_stats_give_the_same_answers_in_process_and_on_dask(archive_set, run_cli,
                                                                       tmp_path):
    base = run_cli("export", "--format", "parquet", "--out", tmp_path / "in", "--archive",
                   archive_set)
    assert base.exit_code == 0, base.output
    assert "exported 8 story(ies)" in base.stdout
    dask = run_cli("export", "--format", "parquet", "--out", tmp_path / "dask", "--engine",
                   "dask", "--workers", "2", "--archive", archive_set)
    assert dask.exit_code == 0, dask.output
    tables = ("stories", "changes", "findings", "notes", "headline_changes")
    for table in tables:
        assert parquet_rows(tmp_path / "dask" / f"{table}.parquet") == \
            parquet_rows(tmp_path / "in" / f"{table}.parquet")
    assert parquet_rows(tmp_path / "in" / "findings.parquet")[1]

    # audit --all --out writes the same tables, with the same columns and types.
    audit = run_cli("audit", "--all", "--archive", archive_set, "--out", tmp_path / "ds")
    assert audit.exit_code == 0, audit.output
    import pyarrow.dataset as ds

    for table in tables:
        schema, expected = parquet_rows(tmp_path / "in" / f"{table}.parquet")
        if not expected:  # a table with no rows has no file in the dataset
            assert not (tmp_path / "ds" / table).exists()
            continue
        got = ds.dataset(tmp_path / "ds" / table, format="parquet").to_table()
        assert got.schema == schema
        assert sorted(json.dumps(r, sort_keys=True) for r in got.to_pylist()) == expected

    one = run_cli("stats", "--by", "outlet", "--json", "--archive", archive_set)
    two = run_cli("stats", "--by", "outlet", "--json", "--engine", "dask", "--workers", "2",
                  "--archive", archive_set)
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert {g["group"] for g in json.loads(one.stdout)["groups"]} == {"example.com",
                                                                      "example.net"}

    db = run_cli("export", "--format", "sqlite", "--out", tmp_path / "f.db", "--engine", "dask",
                 "--workers", "1", "--archive", archive_set)
    assert db.exit_code == 0, db.output
    import sqlite3

    con = sqlite3.connect(tmp_path / "f.db")
    assert con.execute("SELECT COUNT(*) FROM stories").fetchone() == (8,)
    con.close()


def test_engine_options_are_for_the_research_formats(archive_set, run_cli, tmp_path):
    r = run_cli("export", "--all", "--format", "jsonl", "--engine", "dask", "--archive",
                archive_set)
    assert r.exit_code == 2 and "--engine goes with --format sqlite, csv or parquet" in r.stderr
    r = run_cli("stats", "--workers", "2", "--archive", archive_set)
    assert r.exit_code == 2 and "--scheduler and --workers go with --engine dask" in r.stderr


def test_export_on_an_unreachable_scheduler_leaves_out_alone(archive_set, run_cli, tmp_path):
    import sqlite3

    def content(path):
        con = sqlite3.connect(path)
        try:
            return [con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                    for t in ("stories", "changes", "findings")]
        finally:
            con.close()

    out = tmp_path / "f.db"
    first = run_cli("export", "--format", "sqlite", "--out", out, "--archive", archive_set)
    assert first.exit_code == 0, first.output
    before = content(out)
    assert before[0]
    r = run_cli("export", "--format", "sqlite", "--out", out, "--engine", "dask", "--scheduler",
                f"tcp://127.0.0.1:{free_port()}", "--archive", archive_set,
                env={"VERSIONTRACK_SCHEDULER_TIMEOUT": "1"})
    assert r.exit_code == 0, r.output  # nothing changed since: no story to make, no cluster
    assert "0 written" in r.stdout and content(out) == before
    r = run_cli("export", "--format", "sqlite", "--out", tmp_path / "g.db", "--engine", "dask",
                "--scheduler", f"tcp://127.0.0.1:{free_port()}", "--archive", archive_set,
                env={"VERSIONTRACK_SCHEDULER_TIMEOUT": "1"})
    assert r.exit_code == 1 and "cannot reach the Dask scheduler" in r.stderr
    assert not (tmp_path / "g.db").exists()


def bytes_of(out):
    """The dataset's finished files (a leading dot marks one still being written)."""
    return {p.relative_to(out): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and not p.name.startswith(".")}


@pytest.mark.slow
def test_a_worker_killed_mid_run_leaves_the_others_to_finish(archive_set, tmp_path):
    """SIGKILL one of two worker processes while chunks run: the other worker finishes the run,
    the rows are the in-process ones, and the parts written before the kill are untouched."""
    import signal
    import threading

    from versiontrack.archive.shards import ArchiveSet, stories_by_shard
    from versiontrack.audit.judge import get_policy
    from versiontrack.scale.engine import run_plan
    from versiontrack.scale.task import DELAY_ENV

    with ArchiveSet.open(archive_set) as s:
        chunks = plan_chunks(stories_by_shard(s), target=1)  # one story a chunk: 8 tasks
    assert len(chunks) == 8
    policy = get_policy("corrections")
    base = run_plan(chunks, policy, tmp_path / "in")
    assert base.written == 8 and not base.errors

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    # Each chunk sleeps a while on the workers, so the kill lands while chunks still run.
    env = {**os.environ, "PYTHONUNBUFFERED": "1", DELAY_ENV: "0.8"}
    procs = [subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--no-dashboard"], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)]
    try:
        # --no-nanny: the process we start is the worker itself, so SIGKILL kills the worker
        # (under a nanny it would kill the nanny and leave its worker running).
        workers = [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
             "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        procs += workers
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)

        out = tmp_path / "remote"
        result = {}
        run = threading.Thread(target=lambda: result.update(summary=run_plan(
            chunks, policy, out, engine="dask", scheduler=address)))
        run.start()
        deadline = time.monotonic() + 60
        while not any((out / "_done").glob("[!.]*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        before = bytes_of(out)
        marks = [p for p in before if p.parts[0] == "_done"]
        assert 1 <= len(marks) < 8, "the kill must land mid-run"
        workers[0].send_signal(signal.SIGKILL)
        workers[0].wait(timeout=30)
        run.join(timeout=120)
        assert not run.is_alive()
    finally:
        for p in reversed(procs):  # workers before their scheduler
            if p.poll() is None:
                p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:  # a worker still closing on a loaded machine
                p.kill()
                p.wait(timeout=30)

    summary = result["summary"]
    assert summary.errors == ()
    assert summary.written == 8 and summary.skipped == 0
    after = bytes_of(out)
    # What was written before the kill is still there, byte for byte.
    assert {p: after.get(p) for p in before} == before
    for table in ("stories", "changes", "findings", "notes", "headline_changes", "errors"):
        assert rows(out, table) == rows(tmp_path / "in", table)
    assert rows(out, "stories")


@pytest.mark.slow
def test_every_worker_killed_stops_the_run_with_exit_5_and_keeps_what_was_written(
        archive_set, run_cli, tmp_path):
    """SIGKILL both worker processes of a real scheduler mid-run: the command stops (no hang)
    with one line on stderr and exit 5, the parts written before stay byte for byte, and a
    re-run resumes from them to the in-process rows."""
    import signal

    # Six more stories, each of its own outlet: the CLI's plan makes 8 chunks of the set.
    make_archive(tmp_path, {f"example{i}.org_ferry": [article(
        headline="Ferry", url=f"https://example{i}.org/ferry", outlet=f"example{i}.org",
        paragraphs=(f"The ferry sails at {i} o'clock.",))] for i in range(6)}, name="many")
    with archive_set.open("a", encoding="utf-8") as f:
        f.write('[[shard]]\npath = "many"\n')
    base = run_cli("audit", "--all", "--archive", archive_set, "--out", tmp_path / "in")
    assert "wrote 8 of 8 parts" in base.stderr

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "VERSIONTRACK_TEST_CHUNK_DELAY": "1.0",
           "VERSIONTRACK_NO_WORKERS_TIMEOUT": "2"}
    procs = [subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--no-dashboard"], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)]
    out = tmp_path / "remote"
    try:
        workers = [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
             "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        procs += workers
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        run = subprocess.Popen(
            [sys.executable, "-m", "versiontrack", "audit", "--all", "--engine", "dask",
             "--scheduler", address, "--archive", str(archive_set), "--out", str(out)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(run)
        deadline = time.monotonic() + 60
        while not any((out / "_done").glob("[!.]*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        before = bytes_of(out)
        assert 1 <= len([p for p in before if p.parts[0] == "_done"]) < 8, \
            "the kill must land mid-run"
        for w in workers:
            w.send_signal(signal.SIGKILL)
        for w in workers:
            w.wait(timeout=30)
        _, stderr = run.communicate(timeout=120)  # a hang fails here
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=30)

    assert run.returncode == 5, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "Traceback" not in stderr, stderr
    assert errors[0].startswith("Error: no Dask worker left (none for 2 s); ")
    assert errors[0].endswith(f"written to {out} are kept: run the command again to resume")
    after = bytes_of(out)
    assert {p: after.get(p) for p in before} == before  # written before the kill: untouched
    again = run_cli("audit", "--all", "--archive", archive_set, "--out", out)
    assert again.exit_code == 0, again.output
    assert "already written (skipped)" in again.stderr
    for table in ("stories", "changes", "findings", "notes", "headline_changes", "errors"):
        assert rows(out, table) == rows(tmp_path / "in", table)


def _hide_object(shard, path):
    """Move the git object of ``path`` at HEAD out of the shard (a damaged archive); returns a
    function that puts it back."""
    blob = subprocess.run(["git", "-C", str(shard), "rev-parse", f"HEAD:{path}"],
                          capture_output=True, text=True, check=True).stdout.strip()
    obj = shard / ".git" / "objects" / blob[:2] / blob[2:]
    kept = obj.read_bytes()
    obj.unlink()
    return lambda: obj.write_bytes(kept)


def test_a_story_that_fails_is_left_out_of_export_and_stats_and_retried(archive_set, run_cli,
                                                                       tmp_path):
    """A story whose history cannot be read (a git object missing from its shard) is named,
    listed in the errors table and left out, on both engines alike; the rest is written, the
    command exits 1, and the next run, with the archive repaired, exports it."""
    shard = archive_set.parent / "two"
    listing = subprocess.run(["git", "-C", str(shard), "ls-tree", "-r", "--name-only", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.split()
    restore = _hide_object(shard, next(p for p in listing
                                       if "ferry2/" in p and p.endswith("meta.json")))
    r = run_cli("export", "--format", "sqlite", "--out", tmp_path / "f.db", "--archive",
                archive_set)
    assert r.exit_code == 1
    assert "exported 7 story(ies)" in r.stdout
    assert "Error: example.net_ferry2: ArchiveError: git object" in r.stderr
    assert "1 story(ies) left out" in r.stderr
    import sqlite3

    con = sqlite3.connect(tmp_path / "f.db")
    assert [row[0] for row in con.execute("SELECT story FROM errors")] == ["example.net_ferry2"]
    assert con.execute("SELECT COUNT(*) FROM stories").fetchone() == (7,)
    con.close()

    for engine in (["--engine", "inprocess"], ["--engine", "dask", "--workers", "2"]):
        out = tmp_path / f"pq-{engine[1]}"
        r = run_cli("export", "--format", "parquet", "--out", out, *engine, "--archive",
                    archive_set)
        assert r.exit_code == 1, r.output
        assert "Error: example.net_ferry2:" in r.stderr
    for table in ("stories", "changes", "findings", "errors"):
        assert parquet_rows(tmp_path / "pq-dask" / f"{table}.parquet") == \
            parquet_rows(tmp_path / "pq-inprocess" / f"{table}.parquet")
    assert [json.loads(x)["story"] for x in
            parquet_rows(tmp_path / "pq-dask" / "errors.parquet")[1]] == ["example.net_ferry2"]
    stats = run_cli("stats", "--json", "--archive", archive_set)
    assert stats.exit_code == 1
    data = json.loads(stats.stdout)
    assert data["groups"][0]["stories"] == 7
    assert [e["story"] for e in data["errors"]] == ["example.net_ferry2"]

    restore()  # the archive repaired: the next (incremental) run makes the story
    r = run_cli("export", "--format", "sqlite", "--out", tmp_path / "f.db", "--archive",
                archive_set)
    assert r.exit_code == 0, r.output
    assert "incremental: 1 written" in r.stdout
    con = sqlite3.connect(tmp_path / "f.db")
    assert con.execute("SELECT COUNT(*) FROM errors").fetchone() == (0,)
    assert con.execute("SELECT COUNT(*) FROM stories").fetchone() == (8,)
    con.close()


def test_a_re_run_under_another_policy_redoes_the_parts(archive_set, run_cli, tmp_path):
    """The parts of a dataset are judged under one policy: a re-run with --out under another
    one redoes them (and reports its own verdicts), rather than skipping them as written."""
    out = tmp_path / "ds"
    first = run_cli("audit", "--all", "--json", "--archive", archive_set, "--out", out)
    assert first.exit_code == 0, first.output
    graced = ("--policy", "same-day-grace", "--grace-hours", "10000")
    alone = run_cli("audit", "--all", "--json", *graced, "--archive", archive_set)
    assert json.loads(alone.stdout) != json.loads(first.stdout)  # the policies differ here
    again = run_cli("audit", "--all", "--json", *graced, "--archive", archive_set, "--out", out)
    assert again.exit_code == 0, again.output
    assert "wrote 2 of 2 parts" in again.stderr and "skipped" not in again.stderr
    assert json.loads(again.stdout) == json.loads(alone.stdout)
    assert {r["policy"] for r in read_table(out, "findings")} == {"same-day-grace"}
    third = run_cli("audit", "--all", "--json", *graced, "--archive", archive_set, "--out", out)
    assert "wrote 0 of 2 parts" in third.stderr and "2 already written" in third.stderr
    assert json.loads(third.stdout) == json.loads(alone.stdout)


@pytest.mark.slow
def test_ctrl_c_on_a_local_cluster_is_one_line_and_keeps_the_parts(archive_set, tmp_path):
    """Ctrl-C reaches the whole foreground process group, the local cluster's workers too: the
    run stops with one line and exit 130, no worker prints a traceback, the parts written stay
    and a re-run resumes. The scheduler we start leaves port 8787 alone (Dask warned on stderr
    when another cluster held it)."""
    import signal

    from versiontrack.scale.task import DELAY_ENV

    base = subprocess.run([sys.executable, "-m", "versiontrack", "audit", "--all", "--archive",
                           str(archive_set), "--out", str(tmp_path / "in")],
                          capture_output=True, text=True, timeout=120)
    assert base.returncode == 0, base.stderr
    held = socket.socket()
    try:  # 8787 taken, by this test or by a cluster already running on the machine
        held.bind(("0.0.0.0", 8787))
        held.listen()
    except OSError:
        pass
    out = tmp_path / "ds"
    env = {**os.environ, DELAY_ENV: "1.5"}
    try:
        run = subprocess.Popen(
            [sys.executable, "-m", "versiontrack", "audit", "--all", "--engine", "dask",
             "--workers", "1", "--archive", str(archive_set), "--out", str(out)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
            # as a terminal's foreground job has it: a test run started in the background by a
            # non-interactive shell inherits SIGINT ignored, and Python then keeps it ignored
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 90
        while not any((out / "_done").glob("[!.]*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        before = bytes_of(out)
        os.killpg(run.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
        _, stderr = run.communicate(timeout=60)
    finally:
        held.close()
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait(timeout=30)
    assert [p for p in before if p.parts[0] == "_done"], "the interrupt must land mid-run"
    assert run.returncode == 130, stderr
    assert stderr.strip() == "Error: interrupted (Ctrl-C)", stderr
    after = bytes_of(out)
    assert {p: after.get(p) for p in before} == before
    again = subprocess.run([sys.executable, "-m", "versiontrack", "audit", "--all", "--archive",
                            str(archive_set), "--out", str(out)],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "already written (skipped)" in again.stderr
    for table in ("stories", "changes", "findings"):
        assert rows(out, table) == rows(tmp_path / "in", table)


@pytest.mark.slow
def test_a_scheduler_no_worker_joins_is_exit_5_saying_so(archive_set, run_cli, tmp_path):
    """A real scheduler with no worker: the run does not wait forever, and says that no worker
    joined (not that every worker left), where, and that nothing was written."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--no-dashboard"], stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    env = {"VERSIONTRACK_NO_WORKERS_TIMEOUT": "1", "VERSIONTRACK_SCHEDULER_TIMEOUT": "30"}
    try:
        out = tmp_path / "ds"
        r = run_cli("audit", "--all", "--engine", "dask", "--scheduler", address, "--archive",
                    archive_set, "--out", out, env=env)
        stats = run_cli("stats", "--engine", "dask", "--scheduler", address, "--archive",
                        archive_set, env=env)
    finally:
        scheduler.terminate()
        scheduler.wait(timeout=30)
    assert r.exit_code == 5, r.output
    assert r.stderr.strip() == (f"Error: no Dask worker joined the scheduler at {address} (none "
                                "in 1 s; start workers with: dask worker ADDRESS); no part "
                                f"was written to {out}")
    assert not list(out.rglob("*.parquet"))
    assert stats.exit_code == 5, stats.output
    assert stats.stderr.strip().endswith("(none in 1 s; start workers with: dask worker "
                                         "ADDRESS); nothing was written")


def test_a_dataset_re_run_tries_a_failed_story_again(archive_set, run_cli, tmp_path):
    """A story that failed is recorded in its part, and the next run with --out redoes that
    part (the others are skipped): with the shard repaired, the story is in and errors empty."""
    shard = archive_set.parent / "two"
    listing = subprocess.run(["git", "-C", str(shard), "ls-tree", "-r", "--name-only", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.split()
    restore = _hide_object(shard, next(p for p in listing
                                       if "ferry2/" in p and p.endswith("meta.json")))
    out = tmp_path / "ds"
    r = run_cli("audit", "--all", "--archive", archive_set, "--out", out)
    assert r.exit_code == 1
    assert [e["story"] for e in read_table(out, "errors")] == ["example.net_ferry2"]
    still = run_cli("audit", "--all", "--archive", archive_set, "--out", out)
    assert still.exit_code == 1 and "wrote 1 of 2 parts" in still.stderr
    restore()
    again = run_cli("audit", "--all", "--archive", archive_set, "--out", out)
    assert again.exit_code == 0, again.output
    assert "wrote 1 of 2 parts to" in again.stderr and "1 already written" in again.stderr
    assert read_table(out, "errors") == []
    assert "example.net_ferry2" in {r["story"] for r in read_table(out, "stories")}
    whole = run_cli("audit", "--all", "--archive", archive_set, "--out", tmp_path / "whole")
    assert whole.exit_code == 0, whole.output
    for table in ("stories", "changes", "findings"):
        assert rows(out, table) == rows(tmp_path / "whole", table)


@pytest.mark.slow
def test_a_scheduler_killed_mid_run_is_one_line_exit_5(archive_set, tmp_path):
    """SIGKILL the scheduler (a separate process) while the CLI runs on it: one line and exit 5,
    without Dask's client logging its reconnection tracebacks, and the parts written stay."""
    import signal

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "VERSIONTRACK_TEST_CHUNK_DELAY": "1.0"}
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--no-dashboard"], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    procs = [scheduler]
    out = tmp_path / "ds"
    try:
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
             "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(1, timeout=60)
        run = subprocess.Popen(
            [sys.executable, "-m", "versiontrack", "audit", "--all", "--engine", "dask",
             "--scheduler", address, "--archive", str(archive_set), "--out", str(out)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(run)
        deadline = time.monotonic() + 60
        while not any((out / "_done").glob("[!.]*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        before = bytes_of(out)
        scheduler.send_signal(signal.SIGKILL)
        scheduler.wait(timeout=30)
        _, stderr = run.communicate(timeout=120)
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=30)
    marks = [p for p in before if p.parts[0] == "_done"]
    assert len(marks) == 1, "the kill must land mid-run"
    assert run.returncode == 5, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert stderr.startswith("Error: lost the Dask scheduler ("), stderr
    assert stderr.strip().endswith(f"; 1 of 2 part(s) written to {out} are kept: run the "
                                   "command again to resume"), stderr
    after = bytes_of(out)
    assert {p: after.get(p) for p in before} == before


def test_an_error_after_a_progress_bar_starts_on_a_clean_line(archive_set, run_cli, tmp_path,
                                                              monkeypatch):
    """On a terminal the progress bar is rewritten in place ("\\r"): Ctrl-C (or any error) in
    the middle clears it, so the one-line message does not land over the bar."""
    from versiontrack.cli import common
    from versiontrack.scale import engine

    monkeypatch.setattr(common, "is_tty", lambda: True)
    real, calls = engine.run_chunk, []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "run_chunk", interrupted)
    r = run_cli("audit", "--all", "--archive", archive_set, "--out", tmp_path / "ds")
    assert r.exit_code == 130
    assert r.stderr.startswith("[......"), r.stderr
    # "\r\x1b[K" clears the line; click drops the escape when stderr is not a real terminal.
    assert r.stderr.endswith(" 1/2 parts\r\rError: interrupted (Ctrl-C)\n"), repr(r.stderr)


def test_a_dataset_run_says_what_it_removed_and_workers_need_a_local_cluster(
        archive_set, run_cli, tmp_path):
    """A dataset mirrors the set it was run on: a run over a smaller set removes the other
    parts and says so (it did so silently). --workers with --scheduler is a usage error (it
    was ignored)."""
    out = tmp_path / "ds"
    assert run_cli("audit", "--all", "--archive", archive_set, "--out", out).exit_code == 0
    one = tmp_path / "one.toml"
    one.write_text('[[shard]]\npath = "two"\n', encoding="utf-8")
    r = run_cli("audit", "--all", "--archive", one, "--out", out)
    assert r.exit_code == 0, r.output
    assert r.stderr.strip() == (f"wrote 0 of 1 parts to {out}, 1 already written (skipped), "
                                f"removed 1 old part(s) of stories not in {one} as they are now")
    assert {s["story"] for s in read_table(out, "stories")} == {
        f"example.net_ferry{i}" for i in range(6)}
    again = run_cli("audit", "--all", "--archive", one, "--out", out)
    assert "removed" not in again.stderr
    w = run_cli("audit", "--all", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1",
                "--workers", "2", "--archive", archive_set)
    assert w.exit_code == 2 and "--workers is for the local cluster (no --scheduler)" in w.stderr


@pytest.mark.parametrize("env", ["VERSIONTRACK_SCHEDULER_TIMEOUT",
                                 "VERSIONTRACK_NO_WORKERS_TIMEOUT"])
def test_a_timeout_that_is_not_seconds_is_said(archive_set, run_cli, env):
    """docs/scale.md's waits take seconds: a typo is one line and exit 1, not the default."""
    r = run_cli("audit", "--all", "--engine", "dask", "--scheduler",
                f"tcp://127.0.0.1:{free_port()}", "--archive", archive_set,
                env={env: "60s"})
    assert r.exit_code == 1
    assert r.stderr.strip() == f"Error: {env} must be a number of seconds, not '60s'"


@pytest.mark.slow
def test_a_local_cluster_that_fails_to_start_is_tried_again_then_one_line(archive_set, run_cli,
                                                                          tmp_path, monkeypatch):
    """Dask's nanny raises a bare AssertionError when a worker process does not come up (a
    loaded machine): the run starts the cluster once more; when that fails too, one line."""
    import distributed

    real = distributed.LocalCluster
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise AssertionError()
        return real(*args, **kwargs)

    monkeypatch.setattr(distributed, "LocalCluster", flaky)
    ok = run_cli("audit", "--all", "--json", "--engine", "dask", "--workers", "1",
                 "--archive", archive_set, "--out", tmp_path / "again")
    assert ok.exit_code == 0, ok.output
    assert len(calls) == 2

    def broken(*args, **kwargs):
        raise AssertionError()

    monkeypatch.setattr(distributed, "LocalCluster", broken)
    bad = run_cli("audit", "--all", "--engine", "dask", "--workers", "1",
                  "--archive", archive_set, "--out", tmp_path / "never")
    assert bad.exit_code == 1
    assert "could not start a local Dask cluster of 1 worker(s) (AssertionError)" in bad.output
    assert "internal error" not in bad.output and "Traceback" not in bad.output


def test_a_result_lost_with_its_workers_stops_the_run_instead_of_waiting_for_ever():
    """Every worker killed between a task's end and the fetch of its result: Dask waits to
    compute it again, for ever with no worker left. The fetch waits in steps with the worker
    watch between them, and the run stops as it does between tasks (seen as a hung CI run)."""
    from pathlib import Path

    from versiontrack.errors import ClusterLost
    from versiontrack.scale import engine

    class NoWorkers:  # a scheduler that has lost every worker
        def nthreads(self):
            return {}

    waits = []

    def fetch(timeout=None):  # the result that never comes back
        waits.append(timeout)
        time.sleep(timeout)
        raise TimeoutError

    watch = engine._WorkerWatch(NoWorkers(), patience=0.2)
    with pytest.raises(ClusterLost, match=r"no Dask worker joined.*3 of 8 part"):
        engine._outcome(fetch, watch, lambda: (3, Path("out")), 8, 0.05)
    assert len(waits) >= 3 and set(waits) == {0.05}


def test_an_unretrieved_client_task_leaves_no_traceback_on_stderr(caplog):
    """A result fetch that timed out while the workers died leaves Dask's gather task to end in
    AllExit, never retrieved: asyncio logs it with a traceback when the task is collected. A
    run keeps that log off (the CLI's promise: one line, no traceback), and collects such
    tasks before it turns the log back on."""
    import asyncio
    import logging

    from versiontrack.scale.engine import _quiet_dask_logs

    async def lost() -> None:
        raise RuntimeError("every worker left")  # stands in for distributed's AllExit

    def abandon_a_failed_task() -> None:
        loop = asyncio.new_event_loop()
        task = loop.create_task(lost())
        loop.run_until_complete(asyncio.sleep(0.01))
        loop.close()
        del task

    caplog.set_level(logging.ERROR, logger="asyncio")
    with _quiet_dask_logs():
        abandon_a_failed_task()
    assert not [r for r in caplog.records if "never retrieved" in r.getMessage()]
    # (outside a run the log is as it was: the same task is reported)
    abandon_a_failed_task()
    assert [r for r in caplog.records if "never retrieved" in r.getMessage()]
