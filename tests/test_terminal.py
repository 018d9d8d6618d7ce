"""Terminal output (issue 14, item 3): ruff-style `file:line: path code severity: message`
lines, suggestions as JSON, findings that follow from a wrong name folded under it (in human
outputs only), failed expectations naming records and values, --fail-on warning in the
summary, --statistics, help with examples and exit codes, a progress bar only on a tty."""

from __future__ import annotations

import io
import json
import os

import pytest
from rich.console import Console

from accordcheck.checking.runner import check_dataset
from accordcheck.cli.commands import build_parser, main
from accordcheck.dataset.loading import load_dataset
from accordcheck.outputs.folding import fold_checks
from accordcheck.outputs.terminal import expectation_offenders, print_report
from accordcheck.model.results import CheckReport, CheckResult, ExpectationResult, RecordResult

from helpers import SEED_ID, SEED_RECORD_FILE, build_dataset


def _render(report, **kwargs) -> str:
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, width=400, highlight=False, soft_wrap=True, color_system=None), **kwargs)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def wrong_name(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wrong")
    data = json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))
    index = next(i for i, p in enumerate(data["people"]) if p["name"] == "Khawaja Mohammad Asif")
    data["people"][index]["name"] = "Ali Khan"
    dataset = build_dataset(tmp, records={SEED_ID: data})
    loaded = load_dataset(dataset)
    return dataset, loaded, check_dataset(loaded, expectations=False, cache=False), index


def test_finding_lines_name_file_line_path_code_severity(wrong_name, monkeypatch):
    dataset, loaded, report, index = wrong_name
    monkeypatch.chdir(dataset.parent)
    out = _render(report, dataset=loaded)
    rf = loaded.record_files[0]
    line = rf.line_of(f"people[{index}].name")
    expected = f"dataset/records/{SEED_ID}.json:{line}: people[{index}].name person_name error: "
    assert any(l.startswith(expected) for l in out.splitlines()), out


def test_suggestions_are_printed_as_json(wrong_name):
    _, loaded, report, _ = wrong_name
    out = _render(report, dataset=loaded)
    suggestions = [l.split("suggestion: ", 1)[1] for l in out.splitlines() if l.strip().startswith("suggestion: ")]
    assert suggestions
    for text in suggestions:
        json.loads(text)  # JSON, not a Python repr
    assert any("Khawaja Mohammad Asif" in s for s in suggestions)


def test_findings_that_follow_a_wrong_name_are_folded_in_the_terminal_not_in_json(wrong_name):
    _, loaded, report, index = wrong_name
    checks = report.records[0].checks
    followers = [c for c in checks if c.path.startswith(f"people[{index}].") and c.failed and c.check != "person_name"]
    assert followers  # the JSON keeps them, unchanged in shape
    assert all("folded_under" not in c.model_dump() for c in checks)
    out = _render(report, dataset=loaded)
    assert "follows from it" in out
    for follower in followers:
        assert not any(f": {follower.path} {follower.check} " in l for l in out.splitlines())


def _check(check, path, severity="error", verdict="not_found"):
    return CheckResult(check=check, path=path, verdict=verdict, severity=severity, message="m")


def test_fold_checks_groups_person_findings_under_the_name():
    checks = [
        _check("person_title", "people[1].titles[0]"),
        _check("person_name", "people[1].name"),
        _check("person_country", "people[1].country", "warning"),
        _check("person_title", "people[0].titles[0]"),
        _check("date_consistent", "signed.date"),
    ]
    folded = fold_checks(checks)
    assert [(root.path, [c.path for c in under]) for root, under in folded] == [
        ("people[1].name", ["people[1].titles[0]", "people[1].country"]),
        ("people[0].titles[0]", []),
        ("signed.date", []),
    ]


def test_fail_on_warning_counts_records_with_warnings_as_failed_in_the_summary():
    records = [
        RecordResult.from_checks("a", [_check("domain_omitted", "domains", "warning")]),
        RecordResult.from_checks("b", [_check("date_consistent", "signed.date", "info", "supported")]),
    ]
    report = CheckReport.build(records)
    assert "2 passed, 0 failed" in _render(report)
    out = _render(report, fail_on="warning")
    assert "1 passed, 1 failed" in out and "FAIL a" in out


def test_statistics_summarise_by_code():
    records = [
        RecordResult.from_checks("a", [_check("domain_omitted", "domains", "warning"), _check("person_name", "people[0].name")]),
        RecordResult.from_checks("b", [_check("domain_omitted", "domains", "warning")]),
    ]
    out = _render(CheckReport.build(records), statistics=True)
    rows = [l.split() for l in out.splitlines() if "domain_omitted" in l and l.split()[0].isdigit()]
    assert rows == [["2", "domain_omitted", "0", "2", "0"]]


def test_failed_expectation_names_offending_records_and_values():
    expectation = ExpectationResult(
        expectation="records.expect_column_values_to_be_unique(agreement_key)",
        success=False,
        details={"record_ids": ["x-1", "x-2"], "unexpected_rows": [{"agreement_key": "MAR-PAK-2026", "record_id": "x-1"}, {"agreement_key": "MAR-PAK-2026", "record_id": "x-2"}]},
    )
    assert expectation_offenders(expectation) == [("x-1", '"MAR-PAK-2026"'), ("x-2", '"MAR-PAK-2026"')]
    out = _render(CheckReport.build([], [expectation]))
    assert "FAILED" in out and "x-1" in out and "x-2" in out and "MAR-PAK-2026" in out
    passing = ExpectationResult(expectation="records.expect_table_row_count_to_be_between", success=True)
    out = _render(CheckReport.build([], [passing] * 20))
    assert "dataset expectations: 20/20 passed" in out and out.count("expect_table_row_count") == 0


def test_every_option_has_help_and_check_help_has_examples_and_exit_codes():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in subparsers.choices.items():
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
    for name in ("check", "add", "extract"):
        epilog = subparsers.choices[name].epilog
        assert "examples:" in epilog and "exit codes:" in epilog
    assert "0  every record" in subparsers.choices["check"].format_help()


