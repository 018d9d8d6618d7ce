"""``check --format github``: GitHub Actions workflow commands, one per failed check.

Each line is ``::error file=…,line=…,title=…::message`` (``::warning`` for a warning),
pointing at the line of the record file that holds the checked field, so the finding shows
on that line of the pull request's diff. ``file`` is relative to ``$GITHUB_WORKSPACE``
(the repository checkout) when set, else to the working directory. A failed dataset
expectation has no single line to point at; it is annotated without a file.

Escaping follows GitHub's rules for workflow commands (``actions/toolkit`` ``command.ts``):
``%``, ``\\r`` and ``\\n`` in the message, and also ``:`` and ``,`` in properties.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from accordcheck.dataset.loading import Dataset, RecordFile
from accordcheck.outputs.folding import fold_checks
from accordcheck.model.results import CheckReport, CheckResult

__all__ = ["annotation_line", "escape_data", "escape_property", "github_annotations", "workflow_command"]

_JSON_LINE = re.compile(r"\bline (\d+)\b")


def github_annotations(report: CheckReport, dataset: Dataset, *, base: str | Path | None = None) -> list[str]:
    """One workflow command per failed check (``error`` and ``warning`` severities),
    the checks that follow from a wrong name folded into its own (outputs/folding.py)."""
    base = Path(base if base is not None else os.environ.get("GITHUB_WORKSPACE") or os.getcwd())
    by_path = {rf.relpath: rf for rf in dataset.record_files}
    by_id = {rf.id: rf for rf in dataset.record_files}
    lines: list[str] = []
    for record in report.records:
        record_file = by_path.get(record.file or "") or by_id.get(record.id)
        # one annotation per wrong fact: what follows from a wrong name rides on its annotation
        for check, folded in fold_checks([c for c in record.checks if c.failed]):
            properties: dict[str, str] = {}
            if record_file is not None:
                properties["file"] = _display_path(dataset.root / record_file.relpath, base)
                properties["line"] = str(annotation_line(record_file, check))
            properties["title"] = check.check
            message = _message(record.id, check)
            if folded:
                message += f"\nfollows from it ({len(folded)}): " + ", ".join(f"{c.path} {c.check}" for c in folded)
            lines.append(workflow_command(_level(check), properties, message))
    for expectation in report.expectations:
        problem = expectation.details.get("tool_error") or expectation.details.get("exception")
        if expectation.success and not problem:
            continue
        if problem:
            message = f"dataset expectation could not run: {problem}"
        else:
            offenders = expectation.offenders_text(limit=20)
            message = "dataset expectation failed" + (f" for: {offenders}" if offenders else "")
        lines.append(workflow_command("error", {"title": expectation.expectation}, message))
    return lines


def workflow_command(command: str, properties: dict[str, str], message: str) -> str:
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{command}{' ' + props if props else ''}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _level(check: CheckResult) -> str:
    return "error" if check.severity == "error" else "warning"


def annotation_line(record_file: RecordFile, check: CheckResult) -> int:
    """The 1-based line of ``record_file`` a failed check is about."""
    if check.check == "record_json":  # the field cannot be located in broken JSON; the error can
        found = _JSON_LINE.search(check.message)
        if found:
            return int(found.group(1))
    return record_file.line_of(check.path)


def _message(record_id: str, check: CheckResult) -> str:
    text = f"{record_id}: {check.path} {check.verdict}: {check.message}"
    if check.suggestion is not None:
        text += f"\nsuggestion: {json.dumps(check.suggestion, ensure_ascii=False, default=str)}"
    return text


def _display_path(path: Path, base: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(os.path.abspath(base)).as_posix()
    except ValueError:
        return absolute.as_posix()
