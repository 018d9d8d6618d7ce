"""``accordcheck review``: a person marks a record reviewed (``provenance.reviewed``).

The record file is rewritten atomically with its keys in the order they had, ``provenance``
last; nothing else in it changes. A record without provenance was written by a person: it
gets ``{"method": "human", "reviewed": true, …}``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from accordcheck.fileio import atomic_write_text

__all__ = ["ReviewError", "mark_reviewed"]


class ReviewError(ValueError):
    """The record cannot be marked reviewed (one line)."""


def mark_reviewed(dataset: Path | str, record_id: str, today: dt.date | None = None) -> Path:
    from accordcheck.dataset import load_dataset

    loaded = load_dataset(dataset)
    record_file = next((rf for rf in loaded.record_files if rf.id == record_id), None)
    if record_file is None:
        raise ReviewError(f"no record '{record_id}' in {dataset}/records")
    if record_file.record is None:
        problem = record_file.problems[0].message if record_file.problems else "not a valid record"
        raise ReviewError(f"{record_file.relpath}: {problem}; fix it before marking it reviewed")
    data = json.loads(record_file.text or record_file.path.read_text(encoding="utf-8"))
    provenance = data.get("provenance") or {"method": "human"}
    provenance.update(reviewed=True, reviewed_on=(today or dt.date.today()).isoformat())
    data.pop("provenance", None)
    data["provenance"] = provenance
    atomic_write_text(record_file.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return record_file.path
