"""What ``check`` finds, in the shape of docs/format.md, Check results, and its summary.

A :class:`CheckResult` is one verdict on one claim (``path``) of one record; like a
pydantic error it has a stable code (``check``), a location and a message.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from accordcheck.model.record import Span

__all__ = [
    "trusted",
    "Acceptance",
    "CheckReport",
    "CheckResult",
    "ExpectationResult",
    "RecordResult",
    "Severity",
    "Summary",
    "Verdict",
]

def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@cache
def _all_fields(cls) -> set[str]:
    return set(cls.model_fields)


def trusted(cls, **values):
    """An instance of a pydantic model built from values our own code made, unvalidated.

    ``model_construct`` costs a few microseconds; a 10,000-record check makes half a million
    results and spans, so this sets the same four attributes directly.
    """
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", _all_fields(cls))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


Verdict = Literal["supported", "contradicted", "not_found", "unverified", "invalid"]
Severity = Literal["error", "warning", "info"]


class Acceptance(BaseModel):
    """A reviewer's decision on a claim (``accordcheck accept``, ``accepted.toml``)."""

    model_config = ConfigDict(extra="forbid")

    reason: str
    on: dt.date


class CheckResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    check: str
    path: str
    verdict: Verdict
    severity: Severity
    message: str
    evidence: list[Span] = Field(default_factory=list)
    suggestion: Any = None
    accepted: Acceptance | None = None

    @property
    def failed(self) -> bool:
        return self.severity in ("error", "warning")


class RecordResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    status: Literal["pass", "fail"]
    checks: list[CheckResult]
    _file: str | None = PrivateAttr(default=None)

    @property
    def file(self) -> str | None:
        """The record file, relative to the dataset (not part of the JSON)."""
        return self._file

    @classmethod
    def from_checks(cls, record_id: str, checks: list[CheckResult], file: str | None = None):
        status = "fail" if any(c.severity == "error" for c in checks) else "pass"
        result = cls.model_construct(id=record_id, status=status, checks=checks)
        result._file = file
        return result


class ExpectationResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expectation: str
    success: bool
    details: dict[str, Any] = Field(default_factory=dict)

    def offenders(self) -> list[tuple[str, dict[str, Any]]]:
        """``(record id, {column: value})`` for each row that breaks the expectation.

        Every output (terminal, JSON, JUnit, annotations, the report) names the same rows from
        this one reading of ``details``: ``unexpected_rows`` when the runner listed them (their
        index columns name the record), else the ids paired with ``unexpected_values`` when
        both are there one for one, else the bare ids or the bare values. The id is ``""`` for
        a row no record owns (an uncited source)."""
        if self.success:
            return []
        details = self.details or {}
        raw_ids = details.get("record_ids") or []
        ids = [str(i) for i in raw_ids] if isinstance(raw_ids, (list, tuple)) else [str(raw_ids)]
        values = details.get("unexpected_values") or details.get("partial_unexpected_list") or []
        rows = details.get("unexpected_rows") or []
        if isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows):
            out = []
            for row in rows:
                raw_id = row.get("record_id", row.get("id", ""))
                record_id = "" if raw_id is None else str(raw_id)
                # a record's file says nothing its id does not, unless it is named otherwise
                # (two files claiming one id)
                usual = f"records/{record_id}.json"
                out.append((record_id, {k: v for k, v in row.items() if k not in ("record_id", "id") and not (k == "file" and v == usual)}))
            return out
        if ids:
            paired = isinstance(values, list) and len(values) == len(ids)
            return [(record_id, {"value": values[i]} if paired else {}) for i, record_id in enumerate(ids)]
        return [("", {"value": v}) for v in values] if isinstance(values, list) else []

    def offenders_text(self, limit: int = 10) -> str:
        """The offending rows on one line: ``x-1 (signed_date=2026-01-15); x-2 (…)``."""
        found = self.offenders()
        parts = []
        for record_id, values in found[:limit]:
            shown = ", ".join(f"{k}={_short(v)}" for k, v in values.items())
            parts.append(f"{record_id} ({shown})" if record_id and shown else record_id or shown)
        if len(found) > limit:
            parts.append(f"and {len(found) - limit} more")
        # values hold commas of their own; bare ids read best as a plain list
        return ("; " if any(values for _, values in found) else ", ").join(p for p in parts if p)


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    records: int
    passed: int
    failed: int
    checks: int
    errors: int
    warnings: int


class CheckReport(BaseModel):
    """The whole result of checking a dataset; ``model_dump_json`` is the ``--json`` file."""

    model_config = ConfigDict(extra="forbid")

    summary: Summary
    records: list[RecordResult]
    expectations: list[ExpectationResult] = Field(default_factory=list)
    _skipped: list[str] = PrivateAttr(default_factory=list)
    _dataset: str | None = PrivateAttr(default=None)

    @classmethod
    def build(
        cls,
        records: list[RecordResult],
        expectations: list[ExpectationResult] | None = None,
        *,
        skipped: list[str] | None = None,
        dataset: str | None = None,
    ) -> CheckReport:
        checks = [c for r in records for c in r.checks]
        summary = Summary(
            records=len(records),
            passed=sum(r.status == "pass" for r in records),
            failed=sum(r.status == "fail" for r in records),
            checks=len(checks),
            errors=sum(c.severity == "error" for c in checks),
            warnings=sum(c.severity == "warning" for c in checks),
        )
        report = cls(summary=summary, records=records, expectations=expectations or [])
        report._skipped = list(skipped or [])
        report._dataset = dataset
        return report

    @property
    def skipped(self) -> list[str]:
        """Ids of records an incremental run left unchecked."""
        return self._skipped

    @property
    def dataset(self) -> str | None:
        return self._dataset

    def failed_expectations(self) -> list[ExpectationResult]:
        return [e for e in self.expectations if not e.success]

    def passes(self, fail_on: Literal["error", "warning"] = "error") -> bool:
        if self.summary.failed or self.failed_expectations():
            return False
        return not (fail_on == "warning" and self.summary.warnings)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"
