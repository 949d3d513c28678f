"""Bounds on what one fetch may cost: a total deadline per request, a cap on decoded bytes, and
the rule that keeps a public site from redirecting the fetcher into a private network.

- :func:`deadline` sets, for the calling thread, the moment by which every socket operation must
  be over; :class:`DeadlineBackend` (an httpcore network backend) clamps each connect, read and
  write timeout to what is left, so a server that trickles its headers one byte at a time still
  ends in a timeout. httpx's own timeouts are per operation only.
- :class:`BoundedDecoder` undoes ``Content-Encoding`` layers (gzip, deflate; any number of them)
  a slice at a time and stops as soon as the decoded bytes pass the cap, so a small
  compression bomb never becomes gigabytes in memory.
- :func:`is_internal` and :func:`redirect_refused` say when a redirect leaves the public
  internet for a loopback, private or link-local address.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore

# ------------------------------------------------------------------------------ deadline

_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Every socket operation of this thread must end within ``seconds`` from now."""
    end = time.monotonic() + seconds
    before = getattr(_local, "end", None)
    _local.end = end if before is None else min(before, end)
    try:
        yield _local.end
    finally:
        _local.end = before


def time_left() -> float | None:
    """Seconds left before this thread's deadline; None when none is set."""
    end = getattr(_local, "end", None)
    return None if end is None else end - time.monotonic()


def _clamp(timeout: float | None, exc: type[Exception]) -> float | None:
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise exc("deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend with every timeout clamped to the thread's :func:`deadline`."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address,
            socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None
                            ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(
            path, _clamp(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


# ------------------------------------------------------------------------------ decoding

#: Decoded bytes produced per step; what one layer may hold in memory at a time.
_SLICE = 64 * 1024
ENCODINGS = ("gzip", "x-gzip", "deflate", "identity")


class TooLarge(Exception):
    """The decoded body passed the cap."""


class BadEncoding(Exception):
    """A Content-Encoding we do not speak, or bytes that do not decode."""


class _Layer:
    def __init__(self, name: str) -> None:
        self.name = name
        self.raw_deflate = False
        self.started = False
        self.trailing = False
        self.obj = self._new()

    def _new(self) -> Any:
        if self.name in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self.raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode ``data`` in slices of at most :data:`_SLICE` bytes."""
        while True:
            try:
                out = self.obj.decompress(data, _SLICE)
            except zlib.error as exc:
                if self.name == "deflate" and not self.raw_deflate and not self.started:
                    # Servers often send raw deflate though the name means zlib-wrapped.
                    self.raw_deflate = True
                    self.obj = self._new()
                    continue
                if self.trailing:
                    return  # bytes after the last gzip member: ignored, as browsers do
                raise BadEncoding(f"{self.name}: {exc}") from None
            self.started = True
            self.trailing = False
            if out:
                yield out
            data = self.obj.unconsumed_tail
            if self.obj.eof:
                data = self.obj.unused_data
                if not data or self.name not in ("gzip", "x-gzip"):
                    return
                self.obj = self._new()  # a gzip file may hold several members
                self.trailing = True
                continue
            if not data and len(out) < _SLICE:
                return  # all input used and no output held back


class BoundedDecoder:
    """Undo the ``Content-Encoding`` layers of a body fed in raw chunks; :class:`TooLarge` once
    the decoded size passes ``cap``, :class:`BadEncoding` for unknown or broken encodings."""

    def __init__(self, content_encoding: str, cap: int) -> None:
        names = [e.strip().lower() for e in content_encoding.split(",") if e.strip()]
        for name in names:
            if name not in ENCODINGS:
                raise BadEncoding(f"unsupported Content-Encoding {name!r}")
        # Listed in the order applied, so undone last first.
        self.layers = [_Layer(n) for n in reversed(names) if n != "identity"]
        self.cap = cap
        self.size = 0
        self.parts: list[bytes] = []

    def feed(self, chunk: bytes) -> None:
        self._push(0, chunk)

    def _push(self, i: int, data: bytes) -> None:
        if i == len(self.layers):
            self.size += len(data)
            if self.size > self.cap:
                raise TooLarge(f"over {self.cap} bytes once decoded")
            self.parts.append(data)
            return
        for piece in self.layers[i].feed(data):
            self._push(i + 1, piece)

    def body(self) -> bytes:
        return b"".join(self.parts)


# ------------------------------------------------------------------------------ addresses

Resolver = Callable[[str], list[str]]


def system_resolver(host: str) -> list[str]:
    """The addresses ``host`` resolves to (an IP literal is itself); [] when it does not."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in infos})


def is_internal(address: str) -> bool:
    """Loopback, private, link-local, unspecified or otherwise not globally routable."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified
            or ip.is_reserved or ip.is_multicast or not ip.is_global)


def redirect_refused(from_host: str, to_host: str, resolver: Resolver) -> str:
    """Why a redirect from ``from_host`` to ``to_host`` is refused ('' when it is not): the
    first resolves to public addresses only and the second to an internal one."""
    to_addrs = resolver(to_host)
    bad = [a for a in to_addrs if is_internal(a)]
    if not bad:
        return ""
    from_addrs = resolver(from_host)
    if not from_addrs or any(is_internal(a) for a in from_addrs):
        return ""  # from inside already: a watchlist may name internal hosts directly
    return f"{from_host} ({from_addrs[0]}) redirects to {to_host} ({bad[0]}), an internal address"
