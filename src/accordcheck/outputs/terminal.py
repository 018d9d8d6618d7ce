"""The readable summary ``accordcheck check`` prints (rich)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accordcheck.results import CheckReport

__all__ = ["print_report"]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "green"}


def print_report(report: CheckReport, console: Console | None = None, *, verbose: bool = False, fail_on: str = "error") -> None:
    """Failing records with every failed check; warnings of passing records as counts per
    check code (each listed with ``verbose``, or when warnings fail the run)."""
    console = console or Console(highlight=False, soft_wrap=True)
    list_warnings = verbose or fail_on == "warning"
    quiet_warnings: Counter[str] = Counter()
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
        mark = Text("FAIL", "bold red") if record.status == "fail" else Text("pass", "green")
        console.print(Text.assemble(mark, " ", (record.id, "bold"), f"  ({record.file})" if record.file else ""))
        for check in problems:
            label = "accepted" if check.accepted else check.severity
            line = Text.assemble(
                "  ",
                (f"{label:<7}", _STYLE[check.severity]),
                " ",
                (check.path, "cyan"),
                f" [{check.check}] ",
                check.message,
            )
            if check.accepted is not None:
                line.append(f"  (accepted {check.accepted.on.isoformat()}: {check.accepted.reason})", "green")
            elif check.suggestion is not None:
                line.append(f"  → suggestion: {_short(check.suggestion)}", "magenta")
            console.print(line)
    if quiet_warnings:
        counts = ", ".join(f"{code} {n}" for code, n in quiet_warnings.most_common())
        console.print(Text(f"warnings on passing records (-v lists them): {counts}", "yellow"))
    failed_suites = report.failed_expectations()
    if report.expectations:
        table = Table(title="Dataset expectations", show_lines=False, title_justify="left")
        table.add_column("expectation")
        table.add_column("result")
        table.add_column("records")
        for exp in report.expectations:
            status = "error" if exp.details.get("exception") else ("pass" if exp.success else "FAIL")
            style = "green" if status == "pass" else "bold red"
            ids = exp.details.get("record_ids") or []
            table.add_row(exp.expectation, Text(status, style), ", ".join(map(str, ids[:5])) + (" …" if len(ids) > 5 else ""))
        if failed_suites or verbose:
            console.print(table)
    s = report.summary
    parts = [
        f"{s.records} records checked",
        f"{s.passed} passed",
        f"{s.failed} failed",
        f"{s.errors} errors",
        f"{s.warnings} warnings",
    ]
    if report.skipped:
        parts.insert(1, f"{len(report.skipped)} skipped (unchanged)")
    if report.expectations:
        ok = sum(e.success for e in report.expectations)
        parts.append(f"expectations {ok}/{len(report.expectations)} passed")
    style = "bold green" if report.passes() else "bold red"
    console.print(Text(", ".join(parts), style))


def _short(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) < 120 else text[:117] + "…"
