"""Reading the JSON Lines files the eval_* scripts score (one record an object a line)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_records(path: Path, what: str = "a record") -> list[dict[str, Any]]:
    """The objects of ``path``, one a non-blank line, in order. A line that is not a JSON object
    raises ValueError naming the file, the line and ``what`` each line should be."""
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"{path}:{n}: not {what} ({exc})") from None
        if not isinstance(rec, dict):
            raise ValueError(f"{path}:{n}: not {what} (a JSON {type(rec).__name__})")
        records.append(rec)
    return records
