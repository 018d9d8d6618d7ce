"""From a :class:`CheckReport` and its :class:`Dataset` to what the page shows.

The overview and one summary line per record are rendered by the Jinja2 template
(autoescaped). What a record shows once opened (its fields, its checks, the source text
with highlighted spans) travels as one JSON block per record and one per source, in
``<script type="application/json">`` elements with ``<``, ``>`` and ``&`` written as
``\\u003c`` etc.; the page script parses a block only when its record is opened and inserts
the strings with DOM text APIs, never as markup.

A record block is compact, because a 5,000-record report carries some 280,000 checks::

    {"id": ..., "file": ...,
     "src":  [source block, ...]                  one per record source (index into ac-s blocks)
     "rows": [path | [path] | [tail, value], ...]
             an object of the record (a bare path; [path] when the object is null)
             then its value rows, whose path is object path + "." + tail
             (``people[0]`` + ``titles[1]``)
     "sp":   [[source, start, end(, text)], ...]  every span the record or a check cites;
             offsets in UTF-16 code units; text only when the page cannot slice it from
             the source (then start = end = -1 when it is nowhere in the source)
     "ev":   [[span, row, j], ...]                the record's own evidence: row's evidence[j]
     "checks": [[code, vs, row, path, message, [span, ...], suggestion], ...]
             code: index into meta.codes (or the code itself when unknown);
             vs = verdict * 3 + severity (verdicts s n c i, severities info warning error);
             row: the field row the check is about (-1: the record as a whole);
             path: 0 when it is the row's path, -(j + 1) for the row's ".evidence[j]", a
             suffix (".titles[3]") to append to the row's path, or the whole path; message: 0 when left out (a passing check in a big report);
             trailing defaults (0, no spans, no suggestion) are dropped
     "uns":  [row, ...]                           claims with no support
     "acc":  [check, ...]                         checks a reviewer accepted (accepted.toml)
     "fold": [[root, [check, ...]], ...]          failed checks that follow from a wrong name
     "prov": {"method", "reviewed", "reviewed_on"} the record's provenance, when it has one
     "raw", "rawCut", "lines"                     a record file that could not be loaded}

Offsets: a :class:`Span` counts Python code points; JavaScript strings count UTF-16 code
units. Every offset sent to the page is converted here, so the page never re-counts.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from pydantic import BaseModel

from accordcheck.model.check_codes import CHECKS
from accordcheck.dataset.loading import Dataset, RecordFile
from accordcheck.model.record import AgreementRecord, Span
from accordcheck.outputs.folding import fold_checks
from accordcheck.report._lines import ExpectationLine, RecordLine, expectation_line, record_line
from accordcheck.model.results import CheckReport, CheckResult, RecordResult
from accordcheck.dataset.sources import SourceError

__all__ = ["FAMILIES", "FAMILY_LABELS", "ReportView", "build_view", "script_json"]

VERDICTS = ("supported", "not_found", "contradicted", "invalid", "unverified")
SEVERITIES = ("info", "warning", "error")
_VERDICT_INDEX = {v: i for i, v in enumerate(VERDICTS)}
_SEVERITY_INDEX = {s: i for i, s in enumerate(SEVERITIES)}
CODES = tuple(CHECKS)
_CODE_INDEX = {code: i for i, code in enumerate(CODES)}
# Field families, in the order the legend shows them; each has its own highlight colour.
FAMILIES = ("instrument", "parties", "signed", "place", "people", "domains", "visit", "sources")
FAMILY_LABELS = {
    "instrument": "instrument",
    "parties": "parties",
    "signed": "date",
    "place": "place",
    "people": "people",
    "domains": "domains",
    "visit": "visit",
    "sources": "sources",
    "other": "other",
}
# Messages of passing checks are embedded while their total stays under this many
# characters; beyond it (thousands of records) they are left out and the page says so.
PASSING_MESSAGES_BUDGET = 2_000_000
_RAW_RECORD_CHARS = 200_000
_PARENT = re.compile(r"(\.[^.\[\]]+|\[\d+\])$")
_EVIDENCE_SUFFIX = re.compile(r"\.evidence(\[\d+\])?$")
_EVIDENCE_INDEX = re.compile(r"\.evidence\[(\d+)\]$")
_EVIDENCE_ONLY = re.compile(r"^\.evidence\[(\d+)\]$")
_ENTITY = re.compile(r"^[a-z_]+(\[\d+\])?")
_LINE_IN_MESSAGE = re.compile(r"\bline (\d+)\b")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def script_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _display(value: Any) -> Any:
    """A field value as the page shows it: str, int, float, bool or None."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


# --------------------------------------------------------------------------- sources


class _Sources:
    """Every source the report shows, once, with its UTF-16 offset table."""

    def __init__(self, dataset: Dataset | None) -> None:
        self.dataset = dataset
        self.index: dict[str, int] = {}
        self.blocks: list[str] = []
        self.texts: list[str | None] = []
        self._u16: list[list[int] | None] = []

    def get(self, relpath: str) -> int:
        found = self.index.get(relpath)
        if found is not None:
            return found
        text: str | None = None
        payload: dict[str, Any] = {"path": relpath}
        if self.dataset is None:
            payload["error"] = "the dataset was not given to the report"
        else:
            try:
                text = self.dataset.source(relpath).text
            except SourceError as exc:
                payload["error"] = str(exc)
            except Exception as exc:  # noqa: BLE001 - the report shows problems, it never crashes
                payload["error"] = f"{relpath}: cannot be read ({exc})"
        if text is not None:
            payload["text"] = text
        number = len(self.blocks)
        self.index[relpath] = number
        self.blocks.append(script_json(payload))
        self.texts.append(text)
        if text is not None and not text.isascii() and _ASTRAL.search(text):
            # u16[i] = UTF-16 offset of code point i
            self._u16.append([0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)])
        else:
            self._u16.append(None)
        return number

    def u16(self, number: int, offset: int) -> int:
        table = self._u16[number]
        return offset if table is None else table[offset]


# --------------------------------------------------------------------------- records


def _field_rows(record: AgreementRecord) -> list[tuple[str, Any, int]]:
    """``(path, value, kind)`` for every field: kind 0 an object, 1 a value, 2 a null object."""
    rows: list[tuple[str, Any, int]] = []

    def entity(path: str, model: BaseModel | None) -> None:
        if model is None:
            rows.append((path, None, 2))
            return
        rows.append((path, None, 0))
        for name in type(model).model_fields:
            if name == "evidence":
                continue
            value = getattr(model, name)
            if isinstance(value, list):
                if not value:
                    rows.append((f"{path}.{name}", [], 1))
                for j, item in enumerate(value):
                    rows.append((f"{path}.{name}[{j}]", _display(item), 1))
            else:
                rows.append((f"{path}.{name}", _display(value), 1))

    entity("instrument", record.instrument)
    for i, party in enumerate(record.parties):
        entity(f"parties[{i}]", party)
    entity("signed", record.signed)
    entity("place", record.place)
    for i, person in enumerate(record.people):
        entity(f"people[{i}]", person)
    for i, domain in enumerate(record.domains):
        entity(f"domains[{i}]", domain)
    entity("visit", record.visit)
    for i, ref in enumerate(record.sources):
        entity(f"sources[{i}]", ref)
    return rows


class _Spans:
    """The spans one record block cites, each once."""

    def __init__(self, sources: _Sources, blocks: list[int]) -> None:
        self.sources = sources
        self.blocks = blocks
        self.index: dict[tuple[int, int, int, str], int] = {}
        self.out: list[list[Any]] = []

    def ref(self, span: Span) -> int:
        key = (span.source, span.start, span.end, span.text)
        found = self.index.get(key)
        if found is not None:
            return found
        if span.source >= len(self.blocks):
            entry: list[Any] = [span.source, -1, -1, span.text]
        else:
            number = self.blocks[span.source]
            text = self.sources.texts[number]
            if text is None or span.end > len(text):
                entry = [span.source, -1, -1, span.text]
            else:
                entry = [span.source, self.sources.u16(number, span.start), self.sources.u16(number, span.end)]
                if text[span.start : span.end] != span.text:
                    entry.append(span.text)
        self.index[key] = len(self.out)
        self.out.append(entry)
        return self.index[key]


def _record_payload(
    result: RecordResult,
    record_file: RecordFile | None,
    sources: _Sources,
    passing_messages: bool,
) -> dict[str, Any]:
    record = record_file.record if record_file is not None else None
    order = {"error": 0, "warning": 1, "info": 2}
    checks = sorted(result.checks, key=lambda c: order[c.severity])  # stable: the checker's order kept

    rows = _field_rows(record) if record is not None else []
    row_of = {row[0]: n for n, row in enumerate(rows)}
    entity_row: list[int] = []
    current = -1
    for n, row in enumerate(rows):
        if row[2] != 1:
            current = n
        entity_row.append(current)

    def attach(path: str) -> int:
        p = _EVIDENCE_SUFFIX.sub("", path)
        while p:
            found = row_of.get(p)
            if found is not None:
                return found
            parent = _PARENT.sub("", p)
            if parent == p:
                break
            p = parent
        return -1

    src_blocks = [sources.get(ref.path) for ref in record.sources] if record is not None else []
    spans = _Spans(sources, src_blocks)

    evidence: list[list[int]] = []
    entity_has_evidence: set[int] = set()
    if record is not None:
        for path, span in record.iter_spans():
            row = attach(path)
            if row < 0:
                continue
            entity_has_evidence.add(row)
            j = _EVIDENCE_INDEX.search(path)
            evidence.append([spans.ref(span), row, int(j.group(1)) if j else 0])

    supported_rows: set[int] = set()
    not_found_rows: set[int] = set()
    out_checks: list[list[Any]] = []
    for check in checks:
        row = attach(check.path)
        if row >= 0 and not (check.check == "evidence_text"):
            if check.verdict == "supported":
                supported_rows.add(row)
            elif check.verdict == "not_found":
                not_found_rows.add(row)
        code: Any = _CODE_INDEX.get(check.check, check.check)
        vs = _VERDICT_INDEX[check.verdict] * 3 + _SEVERITY_INDEX[check.severity]
        path: Any = check.path
        if row >= 0:
            row_path = rows[row][0]
            if path == row_path:
                path = 0
            elif path.startswith(row_path) and path[len(row_path)] in ".[":
                path = path[len(row_path) :]
                evidence_j = _EVIDENCE_ONLY.match(path)
                if evidence_j:
                    path = -1 - int(evidence_j.group(1))
        message: Any = check.message if (check.severity != "info" or passing_messages or check.accepted) else 0
        if check.accepted is not None:
            message = f"accepted on {check.accepted.on.isoformat()} ({check.accepted.reason}); {message}"
        entry: list[Any] = [code, vs, row, path, message]
        # a matching quote's evidence is the record's own span, already in "ev"
        quote_only = check.check == "evidence_text" and check.verdict == "supported"
        cited = [] if quote_only else check.evidence
        if cited or check.suggestion is not None:
            entry.append([spans.ref(s) for s in cited])
            if check.suggestion is not None:
                entry.append(check.suggestion)
        else:
            # path and message default to 0 (the row's path, no message): drop them at the end
            while len(entry) > 3 and type(entry[-1]) is int and entry[-1] == 0:
                entry.pop()
        out_checks.append(entry)

    # claims with no support: the checker looked and found nothing, or nothing backs them
    unsupported: list[int] = []
    for n, (path, value, kind) in enumerate(rows):
        if kind != 1 or path.startswith("sources[") or value is None or value == []:
            continue
        entity = entity_row[n]
        if n in not_found_rows or not (
            n in supported_rows or entity in supported_rows or entity in entity_has_evidence
        ):
            unsupported.append(n)

    out_rows: list[list[Any]] = []
    for n, (path, value, kind) in enumerate(rows):
        if kind == 1:
            prefix = rows[entity_row[n]][0] + "."
            out_rows.append([path[len(prefix) :], value])
        else:
            out_rows.append(path if kind == 0 else [path])

    payload: dict[str, Any] = {
        "id": result.id,
        "file": result.file,
        "src": src_blocks,
        "rows": out_rows,
        "sp": spans.out,
        "ev": evidence,
        "checks": out_checks,
        "uns": unsupported,
    }
    # one root finding per wrong fact, as in the terminal: what follows from a wrong name is
    # shown under the name's finding (outputs/folding.py)
    position = {id(check): k for k, check in enumerate(checks)}
    folds = [[position[id(root)], [position[id(c)] for c in folded]] for root, folded in fold_checks([c for c in checks if c.failed]) if folded]
    if folds:
        payload["fold"] = folds
    accepted = [k for k, check in enumerate(checks) if check.accepted is not None]
    if accepted:
        payload["acc"] = accepted
    if record is not None and record.provenance is not None:
        payload["prov"] = record.provenance.model_dump(mode="json")
    if record is None and record_file is not None and record_file.text is not None:
        payload["raw"] = record_file.text[:_RAW_RECORD_CHARS]
        payload["rawCut"] = len(record_file.text) > _RAW_RECORD_CHARS
        payload["lines"] = _problem_lines(record_file, checks)
    return payload


def _problem_lines(record_file: RecordFile, checks: list[CheckResult]) -> list[int]:
    lines: set[int] = set()
    for check in checks:
        if check.severity == "info":
            continue
        match = _LINE_IN_MESSAGE.search(check.message)
        if check.check == "record_json" and match:
            lines.add(int(match.group(1)))
        elif check.path not in ("(file)", "(record)"):
            try:
                lines.add(record_file.line_of(check.path))
            except Exception:  # noqa: BLE001 - a line number is a nicety
                pass
    return sorted(lines)


# --------------------------------------------------------------------------- overview


@dataclass
class CodeLine:
    code: str
    family: str
    summary: str
    errors: int
    warnings: int
    records: int


@dataclass
class ReportView:
    report: CheckReport
    dataset_path: str | None
    lines: list[RecordLine]
    record_blocks: list[str]
    source_blocks: list[str]
    codes: list[CodeLine]
    expectations: list[ExpectationLine]
    failed_expectations: int
    skipped: list[str]
    passing_messages: bool
    meta: str


def build_view(report: CheckReport, dataset: Dataset | None) -> ReportView:
    files: dict[str, RecordFile] = {}
    by_id: dict[str, RecordFile] = {}
    if dataset is not None:
        for rf in dataset.record_files:
            files[rf.relpath] = rf
            by_id.setdefault(rf.id, rf)

    passing_chars = sum(len(c.message) for r in report.records for c in r.checks if c.severity == "info")
    passing_messages = passing_chars <= PASSING_MESSAGES_BUDGET
    sources = _Sources(dataset)
    # failing records first, each group in the checker's (dataset) order
    order = sorted(range(len(report.records)), key=lambda i: report.records[i].status != "fail")
    lines: list[RecordLine] = []
    blocks: list[str] = []
    for index, position in enumerate(order):
        result = report.records[position]
        record_file = files.get(result.file) if result.file else None
        if record_file is None:
            record_file = by_id.get(result.id)
        lines.append(record_line(index, result, record_file.record if record_file is not None else None))
        blocks.append(script_json(_record_payload(result, record_file, sources, passing_messages)))

    errors: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    affected: dict[str, set[int]] = {}
    for n, result in enumerate(report.records):
        for check in result.checks:
            if check.severity == "error":
                errors[check.check] += 1
            elif check.severity == "warning":
                warnings[check.check] += 1
            else:
                continue
            affected.setdefault(check.check, set()).add(n)
    codes = []
    for code in sorted(affected, key=lambda c: (-errors[c], -warnings[c], c)):
        spec = CHECKS.get(code)
        codes.append(
            CodeLine(
                code=code,
                family=spec.family if spec else "other",
                summary=spec.summary if spec else "",
                errors=errors[code],
                warnings=warnings[code],
                records=len(affected[code]),
            )
        )

    meta = {
        "codes": list(CODES),
        "families": list(FAMILIES),
        "familyLabels": FAMILY_LABELS,
        "verdicts": list(VERDICTS),
        "severities": list(SEVERITIES),
        "passingMessages": passing_messages,
    }
    expectations = [expectation_line(e) for e in report.expectations]
    return ReportView(
        report=report,
        dataset_path=report.dataset or (str(dataset.root) if dataset is not None else None),
        lines=lines,
        record_blocks=blocks,
        source_blocks=sources.blocks,
        codes=codes,
        expectations=expectations,
        failed_expectations=sum(e.status != "pass" for e in expectations),
        skipped=list(report.skipped),
        passing_messages=passing_messages,
        meta=script_json(meta),
    )
