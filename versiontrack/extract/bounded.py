"""Reading a capture from a path or standard input, never more than a size cap.

A path must name a regular file (a link to one is fine): a link to ``/dev/zero`` would be read
until memory runs out and a FIFO would block forever, so devices, FIFOs and sockets are refused
before anything is read. Standard input (``-``) may be a pipe; it is read up to the cap + 1.
"""

from __future__ import annotations

import os
import stat
import sys
from typing import BinaryIO

from versiontrack.errors import InputError

_CHUNK = 1 << 20

_KINDS = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"))


def _read_upto(stream: BinaryIO | int, limit: int) -> bytes:
    """At most ``limit`` bytes from a binary stream or file descriptor."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        chunk = (os.read(stream, min(left, _CHUNK)) if isinstance(stream, int)
                 else stream.read(min(left, _CHUNK)))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def read_capped(name: str, cap: int) -> bytes:
    """The bytes of file ``name`` (``-``: standard input), refusing more than ``cap`` bytes.

    Raises InputError (one line) for a missing file, a directory, anything that is not a
    regular file, an unreadable file and input over the cap. Reads at most ``cap + 1`` bytes.
    """
    too_big = f"input is over {cap // 2**20} MB; refused"
    if name == "-":
        data = _read_upto(sys.stdin.buffer, cap + 1)
        if len(data) > cap:
            raise InputError(too_big)
        return data
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise block before fstat can
        # tell what it is. It changes nothing for regular files.
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            kind = next((what for test, what in _KINDS if test(info.st_mode)), "not a file")
            raise InputError(f"is {kind}, not a regular file; refused (use - for a pipe)")
        if info.st_size > cap:
            raise InputError(f"file is {info.st_size / 2**20:.1f} MB; pages over "
                             f"{cap // 2**20} MB are refused")
        try:
            data = _read_upto(fd, cap + 1)  # a file that grew since fstat still stops here
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > cap:
        raise InputError(too_big)
    return data
