"""``accordcheck review DATASET RECORD_ID``: a person has read the record against its sources.

Sets ``provenance.reviewed`` to true and ``provenance.reviewed_on`` to today. The record file
is rewritten atomically with every other key, value and key order as it was; a record
without ``provenance`` (written by a person) gets ``{"method": "human", …}``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

__all__ = ["ReviewError", "review_record"]


class ReviewError(ValueError):
    """The record cannot be marked reviewed (one line)."""


def review_record(dataset_root: Path | str, record_id: str, today: dt.date | None = None) -> Path:
    """Mark ``record_id`` reviewed today; returns the record file written."""
    from accordcheck.dataset.loading import load_dataset
    from accordcheck.support.fileio import atomic_write_text

    dataset = load_dataset(dataset_root)
    record_file = next((rf for rf in dataset.record_files if rf.id == record_id), None)
    if record_file is None:
        raise ReviewError(f"no record '{record_id}' in {dataset_root}/records")
    if record_file.record is None:
        problem = record_file.problems[0] if record_file.problems else None
        why = f" ({problem.path}: {problem.message})" if problem else ""
        raise ReviewError(f"{record_file.relpath}: the record is not valid{why}; fix it before marking it reviewed")
    data = json.loads(record_file.text if record_file.text is not None else record_file.path.read_text(encoding="utf-8"))
    when = (today or dt.date.today()).isoformat()
    provenance = data.get("provenance")
    if not isinstance(provenance, dict):
        data["provenance"] = {"method": "human", "reviewed": True, "reviewed_on": when}
    else:
        provenance["reviewed"] = True
        provenance["reviewed_on"] = when
    atomic_write_text(record_file.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return record_file.path
