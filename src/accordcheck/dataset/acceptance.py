"""Reviewers' per-claim decisions: ``DATASET/accepted.toml`` (written by ``accordcheck accept``).

Like ruff's ``noqa`` or a mypy baseline, but per claim and self-expiring: an acceptance is
keyed to the record, the claim's path, the claim's value and the sha256 of the text of every
source the record cites. When any of them changes, the acceptance lapses and the check speaks
again. An accepted check keeps its verdict, gets severity ``info`` and carries
``accepted: {"reason", "on"}`` in every output::

    [[accepted]]
    record = "ma-pk-2026-01-13-defence-mou"
    path = "people[2].roles[0]"
    value = "\\"witness\\""
    sources_sha256 = "3f1c…"
    reason = "The article says he presided over the ceremony"
    on = 2026-12-04
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accordcheck.model.results import Acceptance, CheckReport, RecordResult

__all__ = ["ACCEPTED_FILE", "AcceptanceError", "Accepted", "accept_claim", "apply_acceptances", "claim_value", "load_accepted"]

ACCEPTED_FILE = "accepted.toml"
_STEP = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


class AcceptanceError(ValueError):
    """accepted.toml cannot be read, or a claim cannot be accepted (one line)."""


@dataclass(frozen=True)
class Accepted:
    record: str
    path: str
    value: str  # the claim's value as canonical JSON
    sources_sha256: str
    reason: str
    on: dt.date


def claim_value(record: dict, path: str) -> Any:
    """The value at ``path`` ("people[2].roles[0]", "signed.date") of a record's JSON."""
    value: Any = record
    position = 0
    for match in _STEP.finditer(path):
        if match.start() not in (position, position + 1) or (match.start() == position + 1 and path[position] != "."):
            raise AcceptanceError(f"'{path}' is not a field path (like people[1].titles[0])")
        name, index = match.groups()
        try:
            value = value[name] if name is not None else value[int(index)]
        except (KeyError, IndexError, TypeError):
            raise AcceptanceError(f"the record has no field '{path}'") from None
        position = match.end()
    if position != len(path) or not path:
        raise AcceptanceError(f"'{path}' is not a field path (like people[1].titles[0])")
    return value


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sources_digest(texts: list[str]) -> str:
    """One hash over the normalized text of every source, in the record's order."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(hashlib.sha256(text.encode("utf-8")).digest())
    return digest.hexdigest()


def load_accepted(root: Path) -> list[Accepted]:
    path = Path(root) / ACCEPTED_FILE
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise AcceptanceError(f"{ACCEPTED_FILE}: {exc}") from None
    entries = data.get("accepted", [])
    if not isinstance(entries, list) or set(data) - {"accepted"}:
        raise AcceptanceError(f"{ACCEPTED_FILE}: only [[accepted]] tables are allowed")
    found = []
    for i, entry in enumerate(entries, 1):
        try:
            on = entry["on"]
            found.append(Accepted(
                record=str(entry["record"]), path=str(entry["path"]), value=str(entry["value"]),
                sources_sha256=str(entry["sources_sha256"]), reason=str(entry["reason"]),
                on=on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on)),
            ))
        except (KeyError, TypeError, ValueError) as exc:
            raise AcceptanceError(f"{ACCEPTED_FILE}: [[accepted]] number {i}: missing or bad {exc}") from None
    return found


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def dump_accepted(entries: list[Accepted]) -> str:
    lines = ["# Reviewers' decisions, written by `accordcheck accept`. Each lapses when its record's",
             "# claim or the text of the record's sources changes.", ""]
    for e in sorted(entries, key=lambda e: (e.record, e.path)):
        lines += [
            "[[accepted]]",
            f"record = {_toml_string(e.record)}",
            f"path = {_toml_string(e.path)}",
            f"value = {_toml_string(e.value)}",
            f"sources_sha256 = {_toml_string(e.sources_sha256)}",
            f"reason = {_toml_string(e.reason)}",
            f"on = {e.on.isoformat()}",
            "",
        ]
    return "\n".join(lines)


def accept_claim(dataset_root: Path, record_id: str, path: str, reason: str, today: dt.date | None = None) -> Accepted:
    """Record a reviewer's decision on one claim; the entry for the same claim is replaced."""
    from accordcheck.dataset.loading import load_dataset
    from accordcheck.support.fileio import atomic_write_text

    if not reason.strip():
        raise AcceptanceError("--reason must say why the claim is right")
    dataset = load_dataset(dataset_root)
    record_file = next((rf for rf in dataset.record_files if rf.id == record_id), None)
    if record_file is None:
        raise AcceptanceError(f"no record '{record_id}' in {dataset_root}/records")
    if record_file.record is None:
        raise AcceptanceError(f"{record_file.relpath}: the record is not valid; fix it before accepting a claim")
    data = json.loads(record_file.text or record_file.path.read_text(encoding="utf-8"))
    value = claim_value(data, path)
    try:
        texts = [dataset.source(ref.path).text for ref in record_file.record.sources]
    except Exception as exc:  # a missing or unreadable source: nothing to key the decision to
        raise AcceptanceError(f"{record_file.relpath}: a source cannot be read ({exc})") from None
    entry = Accepted(record_id, path, canonical(value), sources_digest(texts), " ".join(reason.split()), today or dt.date.today())
    entries = [e for e in load_accepted(dataset.root) if (e.record, e.path) != (record_id, path)] + [entry]
    atomic_write_text(dataset.root / ACCEPTED_FILE, dump_accepted(entries))
    return entry


def apply_acceptances(report: CheckReport, dataset: Any) -> CheckReport:
    """The report with every still-valid acceptance applied (severity info, ``accepted`` set)."""
    entries = load_accepted(dataset.root)
    if not entries:
        return report
    by_record: dict[str, list[Accepted]] = {}
    for e in entries:
        by_record.setdefault(e.record, []).append(e)
    files = {rf.id: rf for rf in dataset.record_files}
    records = []
    for result in report.records:
        mine = by_record.get(result.id)
        rf = files.get(result.id)
        if not mine or rf is None or rf.record is None:
            records.append(result)
            continue
        valid = _still_valid(mine, rf, dataset)
        checks = [
            c.model_copy(update={"severity": "info", "accepted": Acceptance(reason=valid[c.path].reason, on=valid[c.path].on)})
            if c.path in valid and c.severity != "info" else c
            for c in result.checks
        ]
        records.append(RecordResult.from_checks(result.id, checks, result.file))
    return CheckReport.build(records, report.expectations, skipped=report.skipped, dataset=report.dataset)


def _still_valid(entries: list[Accepted], record_file: Any, dataset: Any) -> dict[str, Accepted]:
    try:
        data = json.loads(record_file.text or record_file.path.read_text(encoding="utf-8"))
        digest = sources_digest([dataset.source(ref.path).text for ref in record_file.record.sources])
    except Exception:
        return {}
    valid = {}
    for e in entries:
        try:
            same = canonical(claim_value(data, e.path)) == e.value
        except AcceptanceError:
            same = False
        if same and digest == e.sources_sha256:
            valid[e.path] = e
    return valid
