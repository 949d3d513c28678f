"""Patterns compiled when first used: the same answers as re.compile, at a compiled pattern's cost
after the first call, and nothing compiled at import that a run does not use."""

from __future__ import annotations

import re
import subprocess
import sys

from versiontrack.audit.lazyre import LazyPattern, lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "The ferry sailed at 6 a.m. and again at 9 a.m."
    lazy = lazy_compile(r"(?P<hour>\d+) a\.m\.", re.IGNORECASE)
    eager = re.compile(r"(?P<hour>\d+) a\.m\.", re.IGNORECASE)
    assert isinstance(lazy, LazyPattern) and lazy._compiled is None  # nothing compiled yet
    assert lazy.pattern == eager.pattern  # read without compiling, as other patterns build on it
    assert lazy._compiled is None
    assert lazy.search(text).group("hour") == eager.search(text).group("hour") == "6"
    assert lazy.findall(text) == eager.findall(text) == ["6", "9"]
    assert [m.start() for m in lazy.finditer(text)] == [m.start() for m in eager.finditer(text)]
    assert lazy.sub("x", text) == eager.sub("x", text)
    assert lazy.fullmatch("7 A.M.") and not lazy.match(text)
    assert lazy.groupindex == eager.groupindex and lazy.flags == eager.flags


def test_after_the_first_call_the_compiled_methods_are_called_directly() -> None:
    lazy = lazy_compile(r"tram")
    lazy.search("a tram line")
    compiled = lazy._compiled
    assert compiled is not None
    assert lazy.search.__self__ is compiled and lazy.sub.__self__ is compiled


def test_importing_the_audit_compiles_no_pattern_of_the_other_languages() -> None:
    code = ("import versiontrack.audit.judge\n"
            "from versiontrack.audit import langs, notes\n"
            "from versiontrack.models import Article\n"
            "notes.find_notes(Article(headline='Tram vote', paragraphs=('The council voted.',)))\n"
            "print(langs.OWN._compiled is None, langs.ERRORS._compiled is None)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]  # English text never reaches those tables


def test_the_warm_up_audit_compiles_what_a_story_with_a_note_needs() -> None:
    """A snapshot pass that will notify audits an invented story in a background thread while
    git works (:mod:`versiontrack.audit.warm`); that only pays off if the story reaches the
    note and value patterns a real audit meets, so check it finds its own note and values."""
    code = ("import gc\n"
            "from versiontrack.audit.lazyre import LazyPattern\n"
            "import versiontrack.audit.judge\n"
            "from versiontrack.audit import warm, notes, values\n"
            "lazy = [p for p in gc.get_objects() if isinstance(p, LazyPattern)]\n"
            "before = sum(p._compiled is not None for p in lazy)\n"
            "warm.warm_up()\n"
            "after = sum(p._compiled is not None for p in lazy)\n"
            "from versiontrack.models import Article\n"
            "found = notes.find_notes(Article(headline=warm._HEADLINE, paragraphs=warm._AFTER))\n"
            "print(before, after, len(lazy), found[0].kind, found[0].old_value, found[0].new_value)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after, total, kind, old, _, new, _ = out.stdout.split()
    assert int(before) == 0 and int(after) >= 100  # it reaches the note and value tables
    assert int(after) < int(total)  # and not every language's
    assert (kind, old, new) == ("correction", "$14", "$16")


# The pattern store: compiled programs kept in a file between processes.

_PROBE = (
    "import json, re, sys\n"
    "from versiontrack.audit.lazyre import STORE, lazy_compile\n"
    "p = lazy_compile(r'(?P<n>\\d+) (?:ferr(?:y|ies)|boats?)\\b', re.IGNORECASE)\n"
    "m = p.search('Then 12 Ferries and 3 boats left')\n"
    "print(json.dumps([m.group('n'), m.span(), p.groupindex['n'], p.flags, STORE.hits,\n"
    "                  str(STORE.path())]))\n"
)


def _probe(env_dir: str) -> list:  # type: ignore[type-arg]
    import json
    import os

    env = {**os.environ, "VERSIONTRACK_CACHE": env_dir}
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stderr == ""
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _expected() -> list:  # type: ignore[type-arg]
    p = re.compile(r"(?P<n>\d+) (?:ferr(?:y|ies)|boats?)\b", re.IGNORECASE)
    m = p.search("Then 12 Ferries and 3 boats left")
    assert m is not None
    return [m.group("n"), list(m.span()), p.groupindex["n"], p.flags]


def test_a_pattern_compiled_once_is_built_from_the_store_by_the_next_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = _probe(str(tmp_path))
    assert first[:4] == _expected() and first[4] == 0  # compiled by Python's compiler
    path = first[5]
    assert path.startswith(str(tmp_path)) and (tmp_path / path.split("/")[-1]).is_file()
    second = _probe(str(tmp_path))
    assert second[:4] == _expected() and second[4] == 1  # built from the file, same answers


def test_a_damaged_store_is_ignored_and_written_anew(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import marshal

    path = _probe(str(tmp_path))[5]
    with open(path, "wb") as fh:
        fh.write(b"\x00not a marshal file")
    got = _probe(str(tmp_path))
    assert got[:4] == _expected() and got[4] == 0
    with open(path, "rb") as fh:
        assert isinstance(marshal.loads(fh.read()), dict)  # readable again


def test_a_program_the_engine_refuses_is_compiled_anew(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import marshal

    path = _probe(str(tmp_path))[5]
    with open(path, "rb") as fh:
        entries = marshal.loads(fh.read())
    for key, parts in list(entries.items()):
        entries[key] = (parts[0], [999999, 1, 2, 3], *parts[2:])  # not a program
    with open(path, "wb") as fh:
        fh.write(marshal.dumps(entries))
    got = _probe(str(tmp_path))
    assert got[:4] == _expected() and got[4] == 0


def test_off_keeps_no_file_and_an_unwritable_folder_is_no_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _probe("off")
    assert got[:4] == _expected() and got[5] == "None"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    got = _probe(str(blocker / "cache"))  # its folder cannot be made
    assert got[:4] == _expected()
    assert blocker.read_text() == "not a folder"


def test_word_first_writes_the_shared_word_boundary_once_and_matches_the_same() -> None:
    import re

    from versiontrack.audit.lazyre import word_first

    pattern = (r"(?:\bour (?:story|report)\b|\bwe (?:said|wrote)\b)|(?:^|[.;] )the item\b"
               r"|\bnot [|(]x\)|\bit\\'s")
    factored = word_first(pattern)
    assert factored.startswith(r"\b(?:our (?:story|report)\b|we (?:said|wrote)\b|not [|(]x\)")
    assert r"(?:^|[.;] )the item\b" in factored
    texts = ["As our story said", "we wrote it", "Old. the item was", "tour story", "not (x)",
             "not |x)", "nothing here", "the item", "answered; the item", "it\\'s"]
    for flags in (0, re.I):
        one, two = re.compile(pattern, flags), re.compile(factored, flags)
        assert [bool(one.search(t)) for t in texts] == [bool(two.search(t)) for t in texts]
    assert word_first(r"(?:^|\s)abc|xyz") == r"(?:^|\s)abc|xyz"  # no boundary to share
