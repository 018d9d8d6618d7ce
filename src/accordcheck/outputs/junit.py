"""``check --junit FILE``: the results as JUnit XML, the format every CI server displays.

One ``<testsuite>`` (inside ``<testsuites>``, as pytest writes it): a ``<testcase>`` per
record, named after its id, with ``classname`` taken from its file (``records/x.json`` →
``records.x``); a failing record holds one ``<failure>`` whose message names the failed
checks and whose text gives each one's verdict, message and suggestion. Records an
incremental run left alone are ``<skipped>``; each dataset expectation is a testcase of
class ``expectations``, and one that could not run is an ``<error>`` (a fault of the tool,
not of the data).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath
from typing import Any, Literal

from accordcheck.model.results import CheckReport, CheckResult, ExpectationResult, RecordResult

__all__ = ["render_junit"]

# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render_junit(
    report: CheckReport,
    *,
    fail_on: Literal["error", "warning"] = "error",
    suite: str = "accordcheck",
) -> str:
    """The JUnit XML document for ``report``; with ``fail_on="warning"`` warnings fail too."""
    dataset = report.dataset
    cases: list[ET.Element] = []
    failures = errors = skipped = 0
    for record in report.records:
        case, failed = _record_case(record, dataset, fail_on)
        failures += failed
        cases.append(case)
    for record_id in report.skipped:
        case = _case(f"records.{record_id}", record_id)
        ET.SubElement(case, "skipped", message="unchanged since the --changed-since revision")
        skipped += 1
        cases.append(case)
    for expectation in report.expectations:
        case, outcome = _expectation_case(expectation)
        failures += outcome == "failure"
        errors += outcome == "error"
        cases.append(case)

    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors), "skipped": str(skipped)}
    root = ET.Element("testsuites", name=suite, **counts)
    name = f"{suite}: {PurePosixPath(dataset).name}" if dataset else suite
    testsuite = ET.SubElement(root, "testsuite", name=_clean(name), **counts)
    if dataset:
        properties = ET.SubElement(testsuite, "properties")
        ET.SubElement(properties, "property", name="dataset", value=_clean(dataset))
    testsuite.extend(cases)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _case(classname: str, name: str, file: str | None = None) -> ET.Element:
    attrs = {"classname": _clean(classname), "name": _clean(name)}
    if file:
        attrs["file"] = _clean(file)
    return ET.Element("testcase", attrs)


def _record_case(record: RecordResult, dataset: str | None, fail_on: str) -> tuple[ET.Element, bool]:
    relpath = record.file or f"records/{record.id}.json"
    classname = str(PurePosixPath(relpath).with_suffix("")).replace("/", ".")
    file = str(PurePosixPath(dataset) / relpath) if dataset else relpath
    case = _case(classname, record.id, file)
    problems = [c for c in record.checks if c.failed]
    fails = record.status == "fail" or (fail_on == "warning" and bool(problems))
    if fails:
        shown = [c for c in problems if c.severity == "error"] or problems
        names = "; ".join(f"{c.path} [{c.check}]" for c in shown)
        message = f"{len(shown)} check{'s' if len(shown) != 1 else ''} failed: {names}"
        failure = ET.SubElement(case, "failure", message=_clean(message), type=shown[0].severity)
        failure.text = _clean("\n".join(_describe(c) for c in problems))
    elif problems:
        out = ET.SubElement(case, "system-out")
        out.text = _clean("\n".join(_describe(c) for c in problems))
    return case, fails


def _describe(check: CheckResult) -> str:
    lines = [f"{check.severity}: {check.path} [{check.check}] {check.verdict}", f"  {check.message}"]
    if check.accepted is not None:
        lines.append(f"  accepted {check.accepted.on.isoformat()}: {check.accepted.reason}")
    for span in check.evidence:
        lines.append(f"  source {span.source} at {span.start}:{span.end}: {span.text!r}")
    if check.suggestion is not None:
        lines.append(f"  suggestion: {_value(check.suggestion)}")
    return "\n".join(lines)


def _expectation_case(expectation: ExpectationResult) -> tuple[ET.Element, str]:
    case = _case("expectations", expectation.expectation)
    details = expectation.details
    problem = details.get("tool_error") or details.get("exception")
    if problem:
        error = ET.SubElement(case, "error", message=_clean(f"could not run: {_one_line(problem)}"), type="tool_error")
        error.text = _clean(_value(details))
        return case, "error"
    if expectation.success:
        return case, "pass"
    offenders = expectation.offenders()
    message = f"{expectation.expectation} failed"
    if offenders:
        records = len({record_id for record_id, _ in offenders if record_id})
        count, noun = (records, "record") if records else (len(offenders), "row")
        message += f": {count} {noun}{'s' if count != 1 else ''} break it: {expectation.offenders_text()}"
    failure = ET.SubElement(case, "failure", message=_clean(message), type="expectation")
    # the rows first, one a line, as a reader of the CI log wants them; the details after
    listed = [f"{record_id or '(no record)'}: {json.dumps(values, ensure_ascii=False, default=str)}" for record_id, values in offenders]
    failure.text = _clean("\n".join([*listed, _value(details)]))
    return case, "failure"


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, indent=None if not isinstance(value, dict) else 2)


def _one_line(value: Any) -> str:
    text = value if isinstance(value, str) else _value(value)
    return " ".join(text.split())


def _clean(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
