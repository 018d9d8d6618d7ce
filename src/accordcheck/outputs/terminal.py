"""The readable summary ``accordcheck check`` prints (rich).

Each finding is one line in the style of ruff and mypy, so editors and terminals link it::

    records/x.json:12: people[1].name person_name error: 'Ali Khan' is not named in the source
        suggestion: "Khawaja Asif"

The path is relative to the current directory and the line is the line of the record file
that holds the field (the same line GitHub annotations point at). Findings that follow from a
wrong name are folded under it; a suggestion is printed as JSON.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accordcheck.outputs.folding import fold_checks
from accordcheck.model.results import CheckReport, CheckResult, ExpectationResult

__all__ = ["expectation_offenders", "print_report"]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "green"}


def print_report(
    report: CheckReport,
    console: Console | None = None,
    *,
    verbose: bool = False,
    fail_on: str = "error",
    dataset=None,
    statistics: bool = False,
) -> None:
    """Failing records with every failed check; warnings of passing records as counts per
    check code (each listed with ``verbose``, or when warnings fail the run)."""
    console = console or Console(highlight=False, soft_wrap=True)
    list_warnings = verbose or fail_on == "warning"
    quiet_warnings: Counter[str] = Counter()
    locate = _Locator(dataset)
    for record in report.records:
        problems = [c for c in record.checks if c.failed or (verbose and c.accepted)]
        if record.status == "pass" and not list_warnings:
            # an unverified claim is listed even on a passing record: its evidence is for a
            # person to confirm
            # (a claim, that is: a span the reader cannot confirm is counted, like other warnings)
            listed = [c for c in problems if c.verdict == "unverified" and c.check != "evidence_support"]
            quiet_warnings.update(c.check for c in problems if c not in listed)
            problems = listed
            if not problems:
                continue
        if not problems and not verbose:
            continue
        failed = record.status == "fail" or (fail_on == "warning" and any(c.severity == "warning" for c in record.checks))
        mark = Text("FAIL", "bold red") if failed else Text("pass", "green")
        console.print(Text.assemble(mark, " ", (record.id, "bold"), f"  ({record.file})" if record.file else ""))
        for check, folded in fold_checks(problems):
            console.print(_line(locate(record, check), check))
            if check.accepted is not None:
                console.print(Text(f"    accepted {check.accepted.on.isoformat()}: {check.accepted.reason}", "green"))
            elif check.suggestion is not None:
                console.print(Text.assemble("    suggestion: ", (_json(check.suggestion), "magenta")))
            if folded:
                console.print(Text(f"    follows from it ({len(folded)}): " + ", ".join(f"{c.path} {c.check}" for c in folded), "dim"))
    if quiet_warnings:
        counts = ", ".join(f"{code} {n}" for code, n in quiet_warnings.most_common())
        console.print(Text(f"warnings on passing records (-v lists them): {counts}", "yellow"))
    failed_suites = report.failed_expectations()
    if report.expectations:
        passing = [e for e in report.expectations if e.success and not e.details.get("exception")]
        if verbose:
            console.print(Text(f"dataset expectations: {len(passing)} passed: " + ", ".join(e.expectation for e in passing), "green"))
        elif passing:
            console.print(Text(f"dataset expectations: {len(passing)}/{len(report.expectations)} passed", "green"))
        for exp in report.expectations:
            if exp in passing:
                continue
            status = "could not run" if exp.details.get("exception") else "FAILED"
            console.print(Text.assemble(("expectation ", "bold red"), (exp.expectation, "bold"), f" {status}"))
            offenders = exp.offenders()
            if offenders:
                # one column per value the suite looked at, as in the HTML report
                columns: list[str] = []
                for _, values in offenders:
                    columns += [k for k in values if k not in columns]
                table = Table(show_header=True, show_lines=False, box=None, padding=(0, 2))
                for column in ("record", *columns):
                    table.add_column(column, overflow="fold")
                for record_id, values in offenders[:20]:
                    table.add_row(record_id or "(no record)", *(_cell(values[c]) if c in values else "" for c in columns))
                console.print(table)
                if len(offenders) > 20:
                    console.print(f"  … and {len(offenders) - 20} more")
            elif exp.details.get("exception"):
                console.print(f"  {exp.details['exception']}")
    if statistics:
        print_statistics(report, console)
    s = report.summary
    passed, failed = s.passed, s.failed
    if fail_on == "warning":
        failed = sum(r.status == "fail" or any(c.severity == "warning" for c in r.checks) for r in report.records)
        passed = s.records - failed
    parts = [
        f"{s.records} records checked",
        f"{passed} passed",
        f"{failed} failed" + (" (warnings count: --fail-on warning)" if fail_on == "warning" and failed != s.failed else ""),
        f"{s.errors} errors",
        f"{s.warnings} warnings",
    ]
    if report.skipped:
        parts.insert(1, f"{len(report.skipped)} skipped (unchanged)")
    if report.expectations:
        ok = sum(e.success for e in report.expectations)
        parts.append(f"expectations {ok}/{len(report.expectations)} passed")
    style = "bold green" if report.passes(fail_on) else "bold red"
    console.print(Text(", ".join(parts), style))


def print_statistics(report: CheckReport, console: Console) -> None:
    """Findings per check code, most frequent first (like ``ruff --statistics``)."""
    counts: dict[str, Counter[str]] = {}
    for record in report.records:
        for check in record.checks:
            if check.failed or check.accepted is not None:
                key = "accepted" if check.accepted is not None else check.severity
                counts.setdefault(check.check, Counter())[key] += 1
    table = Table(title="Findings by check code", title_justify="left", box=None, padding=(0, 2))
    for column in ("count", "code", "errors", "warnings", "accepted"):
        table.add_column(column, justify="right" if column != "code" else "left")
    for code, c in sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        table.add_row(str(sum(c.values())), code, str(c["error"]), str(c["warning"]), str(c["accepted"]))
    if not counts:
        console.print("no findings")
    else:
        console.print(table)


def expectation_offenders(expectation: ExpectationResult) -> list[tuple[str, str]]:
    """(record id, offending value) pairs of a failed expectation, as its details give them."""
    pairs = []
    for record_id, values in expectation.offenders():
        shown = values if len(values) != 1 else next(iter(values.values()))
        pairs.append((record_id, _json(shown) if values else ""))
    return pairs


def _line(where: str, check: CheckResult) -> Text:
    label = "accepted" if check.accepted else check.severity
    return Text.assemble(
        (where, "bold"),
        " ",
        (check.path, "cyan"),
        " ",
        check.check,
        " ",
        (label, _STYLE[check.severity]),
        ": ",
        check.message,
    )


class _Locator:
    """``records/x.json:12:`` for a check: the record file relative to the current directory
    and the line holding the checked field."""

    def __init__(self, dataset) -> None:
        self.dataset = dataset
        self.files = {rf.relpath: rf for rf in dataset.record_files} if dataset is not None else {}
        self.cwd = os.getcwd()

    def __call__(self, record, check: CheckResult) -> str:
        record_file = self.files.get(record.file or "")
        if record_file is None:
            return f"{record.file or record.id}:"
        from accordcheck.outputs.github import annotation_line

        path = Path(os.path.abspath(self.dataset.root / record_file.relpath))
        try:
            shown = os.path.relpath(path, self.cwd)
        except ValueError:
            shown = str(path)
        if shown.startswith(".." + os.sep + ".." + os.sep + ".."):
            shown = str(path)
        return f"{Path(shown).as_posix()}:{annotation_line(record_file, check)}:"


def _cell(value: object) -> str:
    return value if isinstance(value, str) else _json(value)


def _json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) < 300 else text[:297] + "…"
