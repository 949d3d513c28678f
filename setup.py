"""Build hook: compile the differ's modules with mypyc when this machine can.

Everything else about the package is declared in pyproject.toml. The differ (normalize plus
differ/worddiff, classify and align) is the hot path of every audit, report and snapshot run;
compiled with mypyc from the same typed source it takes about a quarter less time. The extensions
are optional: with no C compiler, or with VERSIONTRACK_PURE=1 set at install time, the package
installs as plain Python and behaves the same (tests/test_compiled.py checks that both give
identical results).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import setup

# Compiled together as one group: compiled code calls the others' functions directly.
COMPILED = [
    "versiontrack/normalize.py",
    "versiontrack/differ/worddiff.py",
    "versiontrack/differ/classify.py",
    "versiontrack/differ/align.py",
]


def ext_modules() -> list[Any]:
    if os.environ.get("VERSIONTRACK_PURE", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # mypy is a build requirement; a build without isolation may lack it
        print("versiontrack: mypyc not found, installing the differ as plain Python",
              file=sys.stderr)
        return []
    # The build environment holds only the build requirements: the runtime dependencies may not
    # be installed yet, so the compile must not fail on their missing types (tests/test_lint.py
    # runs the strict check on the whole package with everything installed).
    exts = mypycify(["--config-file", "pyproject.toml", "--ignore-missing-imports",
                     "--follow-imports=silent", *COMPILED],
                    opt_level="3", group_name="versiontrack_differ")
    for ext in exts:
        ext.optional = True  # a failed compile warns and leaves the plain-Python modules
    return exts


setup(ext_modules=ext_modules())
