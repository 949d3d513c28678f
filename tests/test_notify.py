"""Notifications: real receivers on 127.0.0.1 (a webhook for Apprise json:// and an SMTP
server for mailto://), a real changing site, real archives and real processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sitekit
from sitekit import AP_HEADLINE, AP_PARAGRAPHS, Site

from versiontrack.archive.store import Archive
from versiontrack.snapshot.run import PassOptions, build_policy, run_pass
from versiontrack.snapshot.watchlist import load_watchlist

pytest.importorskip("apprise")

T0 = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
A1 = list(AP_PARAGRAPHS[:6])
# A changed number in a sentence already published, and no note: a silent correction.
A1_FIXED = [A1[0], A1[1].replace("spring of 2019", "spring of 2018"), *A1[2:]]


class Hook:
    """A webhook receiver: records each POST; answers 500 to the first ``fail`` of them and
    runs ``on_post`` (if set) before answering."""

    def __init__(self, fail: int = 0) -> None:
        self.posts: list[dict] = []
        self.accepted: list[dict] = []
        self.fail = fail
        self.on_post = None
        hook = self

        class _H(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                data = json.loads(body or b"{}")
                hook.posts.append(data)
                if hook.on_post is not None:
                    hook.on_post(data)
                if len(hook.posts) <= hook.fail:
                    self.send_response(500)
                else:
                    hook.accepted.append(data)
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.url = f"json://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Smtp:
    """A plain SMTP server on 127.0.0.1 (aiosmtpd) that keeps each message."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[tuple[str, list[str], bytes]] = []
        box = self.messages

        class _H:
            async def handle_DATA(self, _server, _session, envelope):
                box.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
                return "250 OK"

        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.controller = Controller(_H(), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.url = (f"mailto://127.0.0.1:{self.port}?mode=insecure&from=vt@example.org"
                    "&to=desk@example.org")

    def close(self) -> None:
        self.controller.stop()


@pytest.fixture
def hook():
    h = Hook()
    yield h
    h.close()


@pytest.fixture
def site():
    with Site() as s:
        s.robots("User-agent: *\nAllow: /\n")
        s.article("/news/a1", AP_HEADLINE, A1)
        yield s


def write_watchlist(tmp_path: Path, site: Site, targets: str, extra: str = "") -> Path:
    path = tmp_path / "versiontrack.toml"
    path.write_text(f"""
[defaults]
delay = 0
timeout = 2
retries = 0

[[urls]]
url = "{site.url('/news/a1')}"
outlet = "Test Wire"
{targets}
{extra}
""", encoding="utf-8")
    return path


#: A second story, for the tests that need several changes (so several messages) in a pass:
#: one message tells one story's one version, whatever the number of its events.
A2 = list(sitekit.OTHER_PARAGRAPHS)
A2_FIXED = [A2[0], A2[1].replace("spring of 2019", "autumn of 2019"), *A2[2:]]


def with_second_story(site: Site) -> str:
    """Serve the second story; the watchlist lines that follow it (``extra``)."""
    site.article("/news/a2", "Border commission meets again", A2)
    return f'[[urls]]\nurl = "{site.url("/news/a2")}"\noutlet = "Test Wire"\n'


def change_both(site: Site) -> None:
    site.article("/news/a1", AP_HEADLINE, A1_FIXED)
    site.article("/news/a2", "Border commission meets again", A2_FIXED)


def target(url: str, on: str = '["silent-correction"]', more: str = "") -> str:
    return f'\n[[notify]]\nurl = "{url}"\non = {on}\n{more}\n'


def one_pass(archive: Archive, wl_path: Path, now: datetime):
    wl = load_watchlist(wl_path)
    policy = replace(build_policy(wl.defaults), backoff=0.01)
    return run_pass(archive, wl, PassOptions(now=now, policy=policy, extract_workers=0))


def test_one_silent_correction_one_message_to_each_target(site, hook, tmp_path):
    smtp = Smtp()
    try:
        wl_path = write_watchlist(tmp_path, site, target(hook.url) + target(smtp.url),
                                  '[report]\nfolder = "site"\nbase_url = "https://r.example/vt"')
        with Archive.open(tmp_path / "archive", create=True) as archive:
            r1 = one_pass(archive, wl_path, T0)
            assert r1.delivery is not None and r1.delivery.queued == 0  # first sighting
            site.article("/news/a1", AP_HEADLINE, A1_FIXED)
            r2 = one_pass(archive, wl_path, T0 + timedelta(hours=1))
            assert [o.outcome for o in r2.outcomes] == ["new"]
            assert (r2.delivery.queued, r2.delivery.delivered) == (2, 2)
            # Later passes with nothing new send nothing again.
            one_pass(archive, wl_path, T0 + timedelta(hours=3))
    finally:
        smtp.close()
    assert len(hook.accepted) == 1
    msg = hook.accepted[0]
    assert msg["title"].startswith("Silent correction: ") and "Test Wire" in msg["title"]
    assert "spring of 2019" in msg["message"] and "spring of 2018" in msg["message"]
    assert "https://r.example/vt/stories/" in msg["message"]  # the report page, absolute
    assert len(smtp.messages) == 1
    sender, rcpts, content = smtp.messages[0]
    assert (sender, rcpts) == ("vt@example.org", ["desk@example.org"])
    assert b"Silent correction" in content
    # The report was kept current by the passes, its feeds with absolute links.
    feed = (tmp_path / "site" / "feed.atom").read_text(encoding="utf-8")
    assert 'href="https://r.example/vt/stories/' in feed
    assert 'href="stories/' not in feed


def test_a_receiver_that_fails_twice_gets_each_event_once(site, tmp_path):
    hook = Hook(fail=2)
    try:
        wl_path = write_watchlist(tmp_path, site, target(hook.url))
        with Archive.open(tmp_path / "archive", create=True) as archive:
            one_pass(archive, wl_path, T0)
            site.article("/news/a1", AP_HEADLINE, A1_FIXED)
            t = T0 + timedelta(hours=1)
            r = one_pass(archive, wl_path, t)
            assert r.delivery.delivered == 0 and r.delivery.pending == 1
            port = hook.url.split(":")[2].split("/")[0]
            assert r.delivery.failed and r.delivery.failed[0][0] == f"json://127.0.0.1:{port}"
            # Backoff: a pass straight after does not try again.
            r = one_pass(archive, wl_path, t + timedelta(seconds=30))
            assert len(hook.posts) == 1 and r.delivery.pending == 1
            r = one_pass(archive, wl_path, t + timedelta(minutes=2))
            assert len(hook.posts) == 2 and r.delivery.failed
            r = one_pass(archive, wl_path, t + timedelta(minutes=10))
            assert r.delivery.delivered == 1 and r.delivery.pending == 0
            for minutes in (20, 40):
                one_pass(archive, wl_path, t + timedelta(minutes=minutes))
    finally:
        hook.close()
    assert len(hook.posts) == 3
    assert len(hook.accepted) == 1


def test_summary_names_failed_delivery(site, tmp_path):
    from versiontrack.cli.snapshot_cmds import format_summary

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    dead = sock.getsockname()[1]
    sock.close()
    wl_path = write_watchlist(tmp_path, site, target(f"json://127.0.0.1:{dead}/x",
                                                     more='name = "desk hook"'))
    with Archive.open(tmp_path / "archive", create=True) as archive:
        one_pass(archive, wl_path, T0)
        site.article("/news/a1", AP_HEADLINE, A1_FIXED)
        text = format_summary(one_pass(archive, wl_path, T0 + timedelta(hours=1)))
    assert "delivery to desk hook failed" in text
    assert "1 waiting to be retried" in text


def _pass_cmd(wl_path: Path, archive: Path, now: datetime) -> list[str]:
    return [sys.executable, "-m", "versiontrack", "snapshot", "--watchlist", str(wl_path),
            "--archive", str(archive), "--now", now.isoformat()]


def test_killed_between_send_and_record_never_sends_again(site, hook, tmp_path):
    wl_path = write_watchlist(tmp_path, site, target(hook.url))
    arch = tmp_path / "archive"
    env = dict(os.environ, VERSIONTRACK_PURE="1")
    subprocess.run(_pass_cmd(wl_path, arch, T0), check=True, capture_output=True, env=env)
    site.article("/news/a1", AP_HEADLINE, A1_FIXED)
    proc = subprocess.Popen(_pass_cmd(wl_path, arch, T0 + timedelta(hours=1)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    # The receiver has the message; the pass dies before it hears back, so before it records.
    hook.on_post = lambda _data: os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert len(hook.posts) == 1
    hook.on_post = None
    out = subprocess.run(_pass_cmd(wl_path, arch, T0 + timedelta(hours=2)), check=True,
                         capture_output=True, text=True, env=env)
    assert "1 in doubt" in out.stdout
    subprocess.run(_pass_cmd(wl_path, arch, T0 + timedelta(hours=3)), check=True,
                   capture_output=True, env=env)
    assert len(hook.posts) == 1  # never sent twice
    status = subprocess.run([sys.executable, "-m", "versiontrack", "notify", "status",
                             "--watchlist", str(wl_path), "--archive", str(arch), "--json"],
                            check=True, capture_output=True, text=True, env=env)
    assert json.loads(status.stdout)[0]["in_doubt"] == 1


def test_sigterm_to_a_looping_pass_while_it_sends_lets_the_message_be_recorded(site, hook,
                                                                               tmp_path):
    # The clean counterpart of the kill above: a service manager stops `snapshot --every`
    # while the receiver holds the message. The pass ends first: the message is delivered and
    # recorded as such (nothing in doubt), the pass's line is printed, and the loop exits 0.
    import time

    wl_path = write_watchlist(tmp_path, site, target(hook.url))
    arch = tmp_path / "archive"
    cmd = [sys.executable, "-m", "versiontrack", "snapshot", "--watchlist", str(wl_path),
           "--archive", str(arch)]
    env = dict(os.environ, VERSIONTRACK_PURE="1")
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    site.article("/news/a1", AP_HEADLINE, A1_FIXED)
    proc = subprocess.Popen([*cmd, "--every", "1h", "--recheck"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)

    def stop_while_held(_data: dict) -> None:
        os.kill(proc.pid, signal.SIGTERM)
        time.sleep(0.5)  # the signal arrives while the message is still in flight

    hook.on_post = stop_while_held
    try:
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, (out, err)
    assert len(hook.posts) == 1
    assert "1 new" in out and "notified 1" in out, out
    assert err.startswith("stopping: SIGTERM heard"), err
    assert err.strip().endswith("stopped"), err
    status = subprocess.run([sys.executable, "-m", "versiontrack", "notify", "status",
                             "--watchlist", str(wl_path), "--archive", str(arch), "--json"],
                            check=True, capture_output=True, text=True, env=env)
    assert json.loads(status.stdout)[0] | {"last_error": None} == {
        "target": json.loads(status.stdout)[0]["target"], "delivered": 1, "pending": 0,
        "in_doubt": 0, "last_error": None}


def test_notify_test_sends_to_each_target(site, hook, tmp_path, run_cli):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    dead = sock.getsockname()[1]
    sock.close()
    wl_path = write_watchlist(tmp_path, site, target(hook.url))
    res = run_cli("notify", "test", "--watchlist", wl_path)
    assert res.exit_code == 0, res.output
    assert len(hook.accepted) == 1 and "test message" in hook.accepted[0]["title"]
    # One paragraph, not wrapped at 95 columns: chat targets would show the break.
    assert "\n" not in hook.accepted[0]["message"].strip()
    wl_path = write_watchlist(tmp_path, site, target(hook.url)
                              + target(f"json://127.0.0.1:{dead}/x"))
    res = run_cli("notify", "test", "--watchlist", wl_path)
    assert res.exit_code == 1
    # Two receivers on one host are told apart by their ports.
    port = hook.url.split(":")[2].split("/")[0]
    assert f"sent   json://127.0.0.1:{port}\n" in res.output
    assert f"FAILED json://127.0.0.1:{dead}: " in res.output


def test_missing_apprise_is_one_line_naming_the_install(site, tmp_path):
    wl_path = write_watchlist(tmp_path, site, target("json://127.0.0.1:9/x"))
    code = ("import sys; sys.modules['apprise'] = None; from versiontrack.cli import main; "
            "main(['notify', 'test', '--watchlist', sys.argv[1]])")
    res = subprocess.run([sys.executable, "-c", code, str(wl_path)], check=False,
                         capture_output=True,
                         text=True)
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0
    assert "pip install 'versiontrack[notify]'" in res.stderr
    assert "Traceback" not in res.stderr


def test_a_pass_without_apprise_prints_its_summary_and_keeps_the_events(site, hook, tmp_path):
    """Apprise missing: the pass archives and reports as always, then exits 1 with one line
    naming the install; the events wait, and a pass with Apprise delivers them once."""
    wl_path = write_watchlist(tmp_path, site, target(hook.url))
    arch = tmp_path / "archive"
    code = ("import sys; sys.modules['apprise'] = None; from versiontrack.cli import main; "
            "main(sys.argv[1:])")
    subprocess.run(_pass_cmd(wl_path, arch, T0), check=True, capture_output=True)
    site.article("/news/a1", AP_HEADLINE, A1_FIXED)
    res = subprocess.run([sys.executable, "-c", code, *_pass_cmd(wl_path, arch, T0 + timedelta(
        hours=1))[3:]], check=False, capture_output=True, text=True)
    assert res.returncode == 1
    assert "new versions       1" in res.stdout
    assert "failed: Apprise is not installed (retried in a later pass)" in res.stdout
    assert res.stderr.strip().count("\n") == 0
    assert "pip install 'versiontrack[notify]'" in res.stderr
    assert "Traceback" not in res.stderr
    assert hook.posts == []
    subprocess.run(_pass_cmd(wl_path, arch, T0 + timedelta(hours=1, minutes=1)), check=True,
                   capture_output=True)
    assert len(hook.accepted) == 1
    subprocess.run(_pass_cmd(wl_path, arch, T0 + timedelta(hours=1, minutes=2)), check=True,
                   capture_output=True)
    assert len(hook.posts) == 1  # and never again


@pytest.mark.parametrize(("entry", "message"), [
    ('[[notify]]\non = ["headline"]', "has no 'url'"),
    ('[[notify]]\nurl = "json://h/x"\non = ["silent"]', "unknown event 'silent'"),
    ('[[notify]]\nurl = "json://h/x"\nmin_severity = "huge"', "min_severity"),
    ('[[notify]]\nurl = "json://h/x"\npolicy = "lax"', "unknown policy 'lax'"),
    ('[report]\nbase_url = "https://x.example/"', "report has no 'folder'"),
])
def test_bad_notify_settings_are_one_line_errors(site, tmp_path, run_cli, entry, message):
    wl_path = write_watchlist(tmp_path, site, "", entry)
    res = run_cli("watch", "list", "--watchlist", wl_path)
    assert res.exit_code == 1
    assert message in res.output


# --------------------------------------------------------------- imports tell the targets too

def _import_watchlist(tmp_path: Path, hook: Hook) -> Path:
    path = tmp_path / "notify.toml"
    path.write_text(target(hook.url, on='["new-version"]'), encoding="utf-8")
    return path


def test_import_wayback_notify(hook, tmp_path, run_cli):
    from test_import import KEY, ORIG, _stamps, _wayback_site

    wl_path = _import_watchlist(tmp_path, hook)
    with Site() as wayback:
        _wayback_site(wayback, _stamps())
        args = ["import", "wayback", ORIG, "--archive-url", wayback.base, "--delay", "0",
                "--archive", tmp_path / "archive", "--notify"]
        res = run_cli(*args, env={"VERSIONTRACK_WATCHLIST": str(wl_path)})
        assert res.exit_code == 0, res.output
        # A story new to the outbox: its newest version only, as for a pass or an ingest.
        assert len(hook.accepted) == 1 and KEY in json.dumps(hook.accepted[0])
        assert "1 delivered" in res.stderr
        res = run_cli(*args, env={"VERSIONTRACK_WATCHLIST": str(wl_path)})
        assert res.exit_code == 0, res.output
    assert len(hook.accepted) == 1  # nothing new, nothing sent


def test_import_newsedits_notify(hook, tmp_path, run_cli):
    from test_import import make_newsedits

    wl_path = _import_watchlist(tmp_path, hook)
    db = make_newsedits(tmp_path / "outlet.db", entries=2)
    res = run_cli("import", "newsedits", db, "--archive", tmp_path / "archive", "--notify",
                  "--watchlist", wl_path)
    assert res.exit_code == 0, res.output
    assert len(hook.accepted) == 2
    stories = sorted(p["title"] for p in hook.accepted)
    assert stories[0] != stories[1]


def test_import_notify_with_a_broken_watchlist_imports_nothing(tmp_path, run_cli):
    from test_import import make_newsedits

    bad = tmp_path / "bad.toml"
    bad.write_text("[[notify]]\nurl = 3\n", encoding="utf-8")
    db = make_newsedits(tmp_path / "outlet.db", entries=1)
    res = run_cli("import", "newsedits", db, "--archive", tmp_path / "archive", "--notify",
                  "--watchlist", bad)
    assert res.exit_code == 1 and len(res.stderr.splitlines()) == 1, res.output
    assert not (tmp_path / "archive").exists()


# ------------------------------------------------- the notify step audits only what is new

LONG_KEY = "example.com_news_harbour"
P = ["The harbour authority said on Monday that 40 ferries would run each day from March, "
     "up from 30 last year.",
     "Officials said the new timetable would cost about 12 million euros over two years.",
     "Residents of the island have asked for a later last crossing for several years.",
     "The mayor, Ana Costa, said the change was the largest in two decades of service.",
     "A public meeting on the timetable is planned for the first week of February."]


def _long_story() -> list:
    from conftest import article

    def v(headline: str = "Harbour adds ferries for spring", paragraphs=None):
        return article(headline=headline, paragraphs=tuple(paragraphs or P),
                       url="https://example.com/news/harbour", published="2026-01-01T08:00:00Z")

    p2 = [P[0].replace("40 ferries", "42 ferries"), *P[1:]]  # silent, then noted late
    note = "Correction: an earlier version of this story gave the number of ferries as 40."
    p6 = [p2[0], P[1].replace("12 million", "14 million"), *P[2:], note,
          "Correction: an earlier version gave the cost as 12 million euros."]
    p7 = [x for x in p6 if not x.startswith("Correction: an earlier version gave the cost")]
    p9 = [*p7[:3], P[3].replace("Ana Costa", "Ana Costa Silva"), *p7[4:]]
    p10 = [P[0], *p9[1:]]  # the first paragraph comes back word for word
    return [v(), v(paragraphs=p2), v(paragraphs=[*p2, note]),
            v("Harbour adds ferries for the spring season", [*p2, note]),
            v(paragraphs=[*p2, note]), v(paragraphs=p6), v(paragraphs=p7),
            v(paragraphs=["Menu"]),  # a broken capture: kept as suspect
            v(paragraphs=p9), v(paragraphs=p10)]


def test_the_windowed_audit_tells_what_the_full_audit_tells(tmp_path, monkeypatch):
    from conftest import make_archive

    from versiontrack.audit.judge import audit_story
    from versiontrack.notify.events import story_events
    from versiontrack.notify.run import Changed, collect_events
    from versiontrack.snapshot.watchlist import parse_watchlist

    wl = parse_watchlist(b'[[notify]]\nurl = "json://127.0.0.1/x"\non = "all"\n',
                         tmp_path / "w.toml")
    path = make_archive(tmp_path, {LONG_KEY: _long_story()})
    read: list[int] = []
    with Archive.open(path) as archive:
        history = archive.history

        def spy(*args, **kw):
            got = history(*args, **kw)
            read.append(len(got))
            return got

        monkeypatch.setattr(archive, "history", spy)
        versions = archive.versions(LONG_KEY)
        assert len(versions) == 10 and versions[7].suspect
        full = audit_story(archive, LONG_KEY)
        kinds = {f.kind for f in full.findings}
        assert {"silent-correction", "disclosed", "note-removed", "flip-flop",
                "headline-change"} <= kinds, kinds
        for after in range(1, 10):
            read.clear()
            window = collect_events(archive, wl.notify, [Changed(LONG_KEY, 10)],
                                    {LONG_KEY: after})
            whole = story_events(full, after)

            def same(events):
                # A flip-flop's sentence counts the headline changes of what was read.
                return [(e.kind, e.version, e.from_version, e.old, e.new, e.note,
                         e.message if e.kind != "flip-flop" else "") for e in events]

            assert same(window) == same(whole), after
            # From the last live version at or below ``after`` (v8 is suspect), and v1.
            start = max(n for n in (1, 2, 3, 4, 5, 6, 7, 9) if n <= after)
            assert read == [10 - start + 1 + (start > 1)], (after, read)


# ------------------------------------------------------- messages to one target go side by side

def test_messages_to_one_target_are_sent_side_by_side(site, tmp_path):
    hook = Hook()
    inflight = {"now": 0, "most": 0, "seen": 0}
    lock = threading.Condition()

    def hold_the_first(_data: dict) -> None:
        with lock:
            inflight["now"] += 1
            inflight["seen"] += 1
            inflight["most"] = max(inflight["most"], inflight["now"])
            lock.notify_all()
            if inflight["seen"] == 1:  # the first waits for a second to arrive (or 2 s)
                lock.wait_for(lambda: inflight["most"] >= 2, timeout=2)
            inflight["now"] -= 1

    try:
        wl_path = write_watchlist(tmp_path, site, target(hook.url, on='"all"'),
                                  with_second_story(site))
        with Archive.open(tmp_path / "archive", create=True) as archive:
            one_pass(archive, wl_path, T0)  # each story's first version: a message each
            assert len(hook.accepted) == 2
            hook.on_post = hold_the_first
            change_both(site)
            r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    finally:
        hook.close()
    # One message a changed story, each with its events (the new version, the silent fix).
    assert len(hook.accepted) - 2 == 2 and r.delivery.delivered >= 4
    assert inflight["most"] >= 2


def test_side_by_side_sends_still_deliver_each_event_once(site, tmp_path):
    hook = Hook()
    try:
        wl_path = write_watchlist(tmp_path, site, target(hook.url, on='"all"'),
                                  with_second_story(site))
        with Archive.open(tmp_path / "archive", create=True) as archive:
            one_pass(archive, wl_path, T0)
            hook.fail, hook.posts, hook.accepted = 3, [], []  # the next three POSTs fail
            change_both(site)
            t = T0 + timedelta(hours=1)
            queued = one_pass(archive, wl_path, t).delivery.queued
            for minutes in (2, 10, 30, 90, 200):
                one_pass(archive, wl_path, t + timedelta(minutes=minutes))
            final = one_pass(archive, wl_path, t + timedelta(hours=8)).delivery
    finally:
        hook.close()
    assert queued >= 4 and final.pending == 0 and final.in_doubt == 0
    bodies = [json.dumps(p, sort_keys=True) for p in hook.accepted]
    assert len(bodies) == len(set(bodies)) == 2  # a message a changed story, once each


def test_a_slow_target_does_not_hold_back_the_next(site, tmp_path):
    """The first target answers only once the second has its message, or after 3 s (below
    Apprise's 4 s read timeout): sent one target after the other, the second would wait."""
    slow, fast = Hook(), Hook()
    arrived = threading.Event()
    held: list[bool] = []
    try:
        wl_path = write_watchlist(tmp_path, site, target(slow.url, on='"all"')
                                  + target(fast.url, on='"all"'))
        with Archive.open(tmp_path / "archive", create=True) as archive:
            one_pass(archive, wl_path, T0)
            slow.on_post = lambda _data: held.append(arrived.wait(timeout=3))
            fast.on_post = lambda _data: arrived.set()
            site.article("/news/a1", AP_HEADLINE, A1_FIXED)
            r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    finally:
        slow.close()
        fast.close()
    assert held == [True]  # the second target was sent to while the first still held
    assert len(slow.accepted) == len(fast.accepted) == 2 and r.delivery.delivered >= 4


# ------------------------------------------------------ what the step costs: audits once, or none

def _count_audits(monkeypatch) -> list[str]:
    """Every story audit made from here on, by story (the report's and the step's alike)."""
    from versiontrack.audit import judge

    audited: list[str] = []
    real = judge.audit_versions

    def spy(versions, *args, **kw):
        audited.append(kw.get("story") or "")
        return real(versions, *args, **kw)

    monkeypatch.setattr(judge, "audit_versions", spy)
    return audited


def test_a_pass_audits_a_changed_story_once_for_the_report_and_the_targets(site, hook,
                                                                          tmp_path, monkeypatch):
    wl_path = write_watchlist(tmp_path, site, target(hook.url),
                              '[report]\nfolder = "site"\nbase_url = "https://r.example/vt"')
    with Archive.open(tmp_path / "archive", create=True) as archive:
        one_pass(archive, wl_path, T0)
        site.article("/news/a1", AP_HEADLINE, A1_FIXED)
        audited = _count_audits(monkeypatch)
        r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    assert r.report_built == 1 and not r.report_error
    assert (r.delivery.delivered, r.delivery.audits, r.delivery.shared_audits) == (1, 0, 1)
    assert len(audited) == 1  # before: once by the step, once more by the report
    msg = hook.accepted[0]
    assert msg["title"].startswith("Silent correction: ") and "spring of 2018" in msg["message"]


def test_targets_that_want_no_audited_event_cost_no_audit(site, hook, tmp_path, monkeypatch):
    other = Hook()
    try:
        wl_path = write_watchlist(
            tmp_path, site, target(hook.url, on='["new-version"]')
            + target(other.url, on='"all"', more='outlets = ["Another Outlet"]'))
        with Archive.open(tmp_path / "archive", create=True) as archive:
            one_pass(archive, wl_path, T0)
            site.article("/news/a1", AP_HEADLINE, A1_FIXED)
            audited = _count_audits(monkeypatch)
            r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    finally:
        other.close()
    assert audited == [] and r.delivery.audits == 0
    # The first sighting and the new version, each told once; the filtered target hears nothing.
    assert [m["title"].split(":")[0] for m in hook.accepted] == ["New version"] * 2
    assert "version 1 -> 2" in hook.accepted[1]["message"]
    assert other.posts == []


def test_each_message_is_marked_in_the_outbox_before_it_leaves(site, tmp_path):
    import sqlite3

    from versiontrack.snapshot.state import state_path

    hook = Hook()
    seen: list[tuple[int, int]] = []  # at each POST: (POSTs so far, rows marked sent or sending)
    try:
        wl_path = write_watchlist(tmp_path, site, target(hook.url, on='"all"'),
                                  with_second_story(site))
        arch = tmp_path / "archive"
        with Archive.open(arch, create=True) as archive:
            one_pass(archive, wl_path, T0)

            def check(_data: dict) -> None:
                db = sqlite3.connect(state_path(arch))
                try:
                    marked = db.execute("SELECT count(*) FROM notify_outbox WHERE state IN "
                                        "('sending', 'delivered')").fetchone()[0]
                finally:
                    db.close()
                seen.append((len(hook.posts), marked))

            hook.on_post = check
            change_both(site)
            r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    finally:
        hook.close()
    assert len(seen) == 2 and r.delivery.delivered >= 4  # events, in a message a story
    # The first sighting's message was delivered in the first pass.
    assert all(marked >= posts for posts, marked in seen), seen


def test_a_pass_that_finds_nothing_new_does_not_load_apprise(site, tmp_path):
    """Apprise (and the rest of the step's warm-up) loads only when a text changed, and then
    before the archiving starts; a page whose markup alone changed loads nothing."""
    wl_path = write_watchlist(tmp_path, site, target("json://127.0.0.1:9/x"))
    arch = tmp_path / "archive"
    code = """if True:
        import sys
        from datetime import datetime
        from pathlib import Path
        from versiontrack.archive.store import Archive
        from versiontrack.snapshot import run as snap
        from versiontrack.snapshot.watchlist import load_watchlist
        ready = []
        ingest = snap._Pass._ingest
        def watched(self, *args):
            ready.append(self._warmup is not None)
            return ingest(self, *args)
        snap._Pass._ingest = watched
        wl = load_watchlist(Path(sys.argv[1]))
        with Archive.open(Path(sys.argv[2]), create=True) as archive:
            r = snap.run_pass(archive, wl, snap.PassOptions(
                now=datetime.fromisoformat(sys.argv[3]), extract_workers=0))
        print([o.outcome for o in r.outcomes], "apprise" in sys.modules, ready)
    """

    def run(now: datetime) -> str:
        return subprocess.run([sys.executable, "-c", code, str(wl_path), str(arch),
                               now.isoformat()], check=True, capture_output=True, text=True,
                              env=dict(os.environ, VERSIONTRACK_PURE="1")).stdout.strip()

    # a new page: the step got ready before the archiving
    assert run(T0) == "['new'] True [True]"
    assert run(T0 + timedelta(hours=1)) == "['unchanged'] False []"  # the same bytes again
    page = sitekit.article_html(AP_HEADLINE, A1, url=site.url("/news/a1"))
    site.static("/news/a1", page.replace("</body>", "<!-- ad slot 7 --></body>"))
    assert run(T0 + timedelta(hours=2)) == "['unchanged'] False [False]"  # markup alone
    site.article("/news/a1", AP_HEADLINE, A1_FIXED)
    assert run(T0 + timedelta(hours=3)) == "['new'] True [True]"


# ------------------------------------------- a step that breaks loses nothing, repeats nothing

def _three_stories(site: Site, changed: bool = False) -> None:
    from sitekit import article_body_paragraphs

    for i in range(3):
        paras = article_body_paragraphs(i)
        if changed:  # words of our own added to one paragraph: a new version of each story
            paras[2] = paras[2] + f" A spokesperson for the commission added note {i}."
        site.article(f"/news/s{i}", f"Story {i} of three", paras)


def _three_story_watchlist(tmp_path: Path, site: Site, targets: str) -> Path:
    urls = "".join(f'\n[[urls]]\nurl = "{site.url(f"/news/s{i}")}"\noutlet = "Test Wire"\n'
                   for i in range(3))
    path = tmp_path / "versiontrack.toml"
    path.write_text(f"[defaults]\ndelay = 0\ntimeout = 2\nretries = 0\n{urls}{targets}",
                    encoding="utf-8")
    return path


def test_a_step_that_breaks_sends_each_event_once_in_the_end(tmp_path, monkeypatch):
    import sqlite3

    from versiontrack.notify import run as notify_run
    from versiontrack.snapshot.state import state_path

    hook = Hook()
    arch = tmp_path / "archive"
    try:
        with Site() as site:
            site.robots("User-agent: *\nAllow: /\n")
            _three_stories(site)
            wl_path = _three_story_watchlist(tmp_path, site, target(hook.url, on='"all"'))
            with Archive.open(arch, create=True) as archive:
                one_pass(archive, wl_path, T0)
                _three_stories(site, changed=True)
                real = notify_run.collect_events

                def breaks(*args, **kw):
                    raise RuntimeError("the step broke")

                monkeypatch.setattr(notify_run, "collect_events", breaks)
                with pytest.raises(RuntimeError):
                    one_pass(archive, wl_path, T0 + timedelta(hours=1))
                db = sqlite3.connect(state_path(arch))
                try:
                    states = dict(db.execute("SELECT state, count(*) FROM notify_outbox "
                                             "GROUP BY state").fetchall())
                finally:
                    db.close()
                # The first sightings' messages, from the first pass, and nothing half sent.
                assert states == {"delivered": 3} and len(hook.accepted) == 3
                monkeypatch.setattr(notify_run, "collect_events", real)
                # The new versions the broken step never queued catch up in the next pass.
                r = one_pass(archive, wl_path, T0 + timedelta(hours=2))
                assert r.delivery.delivered >= 3 and r.delivery.pending == r.delivery.in_doubt == 0
                one_pass(archive, wl_path, T0 + timedelta(hours=3))
    finally:
        hook.close()
    bodies = [json.dumps(p, sort_keys=True) for p in hook.accepted]
    assert len(bodies) == len(set(bodies)) == len(hook.posts)
    # Three first sightings, then each story's new version and what the audit found in it.
    assert sum(p["title"].startswith("New version") for p in hook.accepted) == 6


@pytest.mark.parametrize(("url", "label"), [
    ("json://127.0.0.1:8766/hook", "json://127.0.0.1:8766"),
    ("json://127.0.0.1/hook", "json://127.0.0.1"),
    ("mailto://user:secret@mail.example.org:2525?to=desk@example.org",
     "mailto://mail.example.org:2525"),
    ("json://[::1]:9000/x", "json://[::1]:9000"),
    ("json://host:notaport/x", "json://host"),
])
def test_a_target_is_labelled_without_its_secrets_but_with_its_port(url, label, tmp_path):
    from versiontrack.snapshot.watchlist import parse_watchlist

    wl = parse_watchlist(f'[[notify]]\nurl = "{url}"\n'.encode(), tmp_path / "w.toml")
    (t,) = wl.notify
    assert t.label == label
    assert "secret" not in t.label and "hook" not in t.label


def test_one_change_with_several_events_is_one_message_naming_each(site, hook, tmp_path):
    wl_path = write_watchlist(tmp_path, site, target(hook.url, on='"all"'))
    with Archive.open(tmp_path / "archive", create=True) as archive:
        one_pass(archive, wl_path, T0)
        site.article("/news/a1", AP_HEADLINE, A1_FIXED)
        r = one_pass(archive, wl_path, T0 + timedelta(hours=1))
    assert r.delivery.delivered == r.delivery.queued >= 2  # the events: all delivered
    second = hook.accepted[1:]
    assert len(second) == 1
    title, body = second[0]["title"], second[0]["message"]
    assert title.startswith("Silent correction, new version: ")
    assert "1. Silent correction" in body and "2. New version" in body
    assert body.count("version 1 -> 2") == 1 and "spring of 2018" in body
    assert "Changed: in the spring of [-2019-]{+2018+}, as relations" in body


def test_changed_words_show_each_run_with_a_little_context():
    from versiontrack.render.notify import word_changes

    old = "The ferry board said the new boat would cost 4 million and sail in May next year."
    new = "The ferry board said the new boat would cost 6 million and sail in June next year."
    assert word_changes(old, new) == ("new boat would cost [-4-]{+6+} million and sail "
                                      "in [-May-]{+June+} next year.")
    assert word_changes(old, "") == "" and word_changes("", new) == ""
    assert word_changes(old, old) == ""
    far = " ".join(f"w{i}" for i in range(60))
    edited = far.replace("w5 ", "X ").replace("w50 ", "Y ")
    assert word_changes(far, edited) == ("w1 w2 w3 w4 [-w5-]{+X+} w6 w7 w8 w9 ... "
                                         "w46 w47 w48 w49 [-w50-]{+Y+} w51 w52 w53 w54")
    many = " ".join(f"w{i}" if i % 20 else "X" for i in range(200))
    assert word_changes(" ".join(f"w{i}" for i in range(200)), many).endswith(
        "(and 6 more changes)")
