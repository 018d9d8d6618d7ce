"""What the report shows before anything is opened: one line per record, one per expectation.

A record line carries what the filters need without parsing the record's JSON block: its
status, failing codes, review flags (``unreviewed``: an extractor's record no person has
reviewed; ``accepted``: a claim a reviewer accepted in ``accepted.toml``) and the text the
search box looks in (id, people's names and titles, places, parties, the instrument's title
and the messages of failing checks). A failed expectation becomes a table of the rows that
break it, one column per value GX reported, instead of its raw result.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from accordcheck.model.record import AgreementRecord
from accordcheck.model.results import ExpectationResult, RecordResult

__all__ = ["ExpectationLine", "RecordLine", "anchor", "expectation_line", "record_line", "shorten"]

_HEADLINE_CHARS = 200
_IDS_SHOWN = 200
_ROWS_SHOWN = 200
# Search text per record: enough for names, titles, places and messages, bounded so that a
# report of thousands of records stays small.
_SEARCH_CHARS = 2_000
_DETAIL_KEYS_SHOWN_ELSEWHERE = ("record_ids", "tool_error", "exception", "description", "unexpected_rows", "unexpected_values", "partial_unexpected_list")


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def anchor(record_id: str) -> str | None:
    """The element id of a record: its id, unless it could clash with the page's own ids."""
    if not record_id or record_id.startswith("ac_") or any(ch.isspace() for ch in record_id):
        return None
    return record_id


@dataclass
class RecordLine:
    """What the record list shows for one record before it is opened."""

    index: int
    id: str
    anchor: str | None
    file: str | None
    status: str
    errors: int
    warnings: int
    checks: int
    codes: str
    headline: str | None
    headline_code: str | None
    headline_severity: str | None
    more: int
    unreviewed: bool
    accepted: int
    search: str

    @property
    def flags(self) -> str:
        return " ".join(f for f, on in (("unreviewed", self.unreviewed), ("accepted", self.accepted)) if on)


def _search_text(result: RecordResult, record: AgreementRecord | None) -> str:
    words: list[str] = [result.id]
    if result.file:
        words.append(result.file)
    if record is not None:
        if record.instrument is not None:
            words.append(str(record.instrument.title or ""))
        for party in record.parties:
            words.append(party.name or "")
        if record.place is not None:
            words += [record.place.city or "", record.place.country or ""]
        for person in record.people:
            words.append(person.name or "")
            words += [str(t) for t in person.titles]
    words += [c.message for c in result.checks if c.severity != "info" or c.accepted is not None]
    return fold_for_search(shorten(" · ".join(w for w in words if w), _SEARCH_CHARS))


def fold_for_search(text: str) -> str:
    """Lower case without combining marks: the page folds the query the same way (report.js)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def record_line(index: int, result: RecordResult, record: AgreementRecord | None) -> RecordLine:
    errors = [c for c in result.checks if c.severity == "error"]
    warnings = [c for c in result.checks if c.severity == "warning"]
    failing = errors + warnings
    provenance = record.provenance if record is not None else None
    return RecordLine(
        index=index,
        id=result.id,
        anchor=anchor(result.id),
        file=None if result.file == f"records/{result.id}.json" else result.file,
        status=result.status,
        errors=len(errors),
        warnings=len(warnings),
        checks=len(result.checks),
        codes=" ".join(sorted({c.check for c in failing})),
        headline=shorten(failing[0].message, _HEADLINE_CHARS) if failing else None,
        headline_code=failing[0].check if failing else None,
        headline_severity=failing[0].severity if failing else None,
        more=max(len(failing) - 1, 0),
        unreviewed=provenance is not None and not provenance.reviewed,
        accepted=sum(c.accepted is not None for c in result.checks),
        search=_search_text(result, record),
    )


@dataclass
class ExpectationLine:
    name: str
    status: str  # pass | fail | error
    error: str | None
    description: str | None
    columns: list[str]  # the value columns of the offending rows (after "record")
    rows: list[tuple[str, list[str]]]  # (record id, values by column)
    more_rows: int
    details: list[tuple[str, str]]


def _cell(value: Any) -> str:
    if value is None:
        return "null"
    return shorten(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str), 300)


def expectation_line(exp: ExpectationResult) -> ExpectationLine:
    details = exp.details or {}
    error = details.get("tool_error") or details.get("exception")
    status = "error" if error else ("pass" if exp.success else "fail")
    offenders = [] if error else exp.offenders()
    columns: list[str] = []
    for _, values in offenders:
        columns += [k for k in values if k not in columns]
    rows = [(record_id, [_cell(values[c]) if c in values else "" for c in columns]) for record_id, values in offenders[:_ROWS_SHOWN]]
    shown = []
    description = details.get("description")
    for key, value in details.items():
        if key in _DETAIL_KEYS_SHOWN_ELSEWHERE:
            continue
        shown.append((str(key), _cell(value)))
    return ExpectationLine(
        name=exp.expectation,
        status=status,
        error=str(error) if error else None,
        description=description if isinstance(description, str) else None,
        columns=columns,
        rows=rows,
        more_rows=max(len(offenders) - _ROWS_SHOWN, 0),
        details=shown,
    )
