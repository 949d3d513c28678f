"""Errors raised by the library. The CLI turns them into one-line messages and exit codes.

Exit codes (documented in the README and tested):

====  ===========================================================================
0     success
1     error: bad input, missing story, broken archive, failed fetch ...
2     usage error (unknown option, missing argument): click's own code
3     the command ran and found what ``--fail-on`` asked it to fail on
4     another versiontrack process holds the archive lock and the wait ran out
5     a bulk run on Dask lost its cluster (no worker left, or no scheduler); the parts it
      wrote are kept and a re-run resumes from them
====  ===========================================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FINDINGS = 3
EXIT_BUSY = 4
EXIT_CLUSTER_LOST = 5


class VersionTrackError(Exception):
    """Base class of every error versiontrack raises on purpose."""

    exit_code = EXIT_ERROR


class InputError(VersionTrackError):
    """The input (a page, a text file, a key, an option value) cannot be used."""


class ExtractionError(InputError):
    """No article could be extracted from a page."""


class NoArticleText(ExtractionError):
    """A page was read but held no article text (a 404 template, a paywall, a broken layout)."""


class StoryKeyError(InputError):
    """A story key is not a safe, single path component."""


class ArchiveError(VersionTrackError):
    """The archive is missing, not an archive, or inconsistent."""


class DiskFull(ArchiveError):
    """The disk (or quota) filled while writing; the message says what was committed."""


class ReadOnlyArchive(ArchiveError):
    """A write was asked of an archive this process cannot write to (read commands still work)."""


class StoryNotFound(ArchiveError):
    """No story with that key is in the archive."""


class VersionNotFound(ArchiveError):
    """The story has no version with that number."""


class LockBusy(VersionTrackError):
    """Another process holds the archive lock and the bounded wait ran out.

    ``holder`` says who holds it, as the lock file names it ("pid 42 since ..."), or "?".
    """

    exit_code = EXIT_BUSY

    def __init__(self, message: str, holder: str = "?") -> None:
        super().__init__(message)
        self.holder = holder


class FetchError(VersionTrackError):
    """A page could not be fetched (network, HTTP status, size cap, robots.txt ...)."""


class ConfigError(InputError):
    """The watchlist or another settings file is invalid."""


class EngineError(VersionTrackError):
    """Bulk work could not run: the ``scale`` extra is missing, the Dask scheduler cannot be
    reached, or tasks failed on every worker."""


class ClusterLost(EngineError):
    """A bulk run on Dask stopped mid-way: every worker was gone for longer than the wait, or
    the scheduler went away. What was written is kept; running the command again resumes."""

    exit_code = EXIT_CLUSTER_LOST
