"""A dataset's expectation suite is data, never code (issue: hostile pull requests).

Every payload here would, if Great Expectations saw it, run Python, hang, or read outside the
table. Each must be refused before GX runs, with one line naming the file, the expectation and
the key, and ``check`` must exit 2 without the payload having run.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from accordcheck.expectations.guard import SuiteRefused, check_expectation, resolve_parameter
from accordcheck.expectations.suites import parse_suite
from accordcheck.expectations.tables import TABLES

from helpers import build_dataset

AGREEMENTS = TABLES["agreements"]


def _pwn(marker: Path) -> str:
    """Python that leaves ``marker`` behind if anything evaluates it."""
    return f"__import__('pathlib').Path({str(marker)!r}).write_text('ran')"


def _suite(*expectations: dict, table: str = "agreements") -> str:
    return json.dumps({"name": "team.hostile", "meta": {"table": table}, "expectations": list(expectations)})


def _hostile_payloads(marker: Path) -> list[tuple[str, dict, str]]:
    code = _pwn(marker)
    return [
        (
            "pandas string condition",
            {"type": "expect_column_values_to_not_be_null",
             "kwargs": {"column": "kind", "row_condition": f"kind == kind and {code} == ''", "condition_parser": "pandas"}},
            "kwargs.row_condition",
        ),
        (
            "pass-through condition",
            {"type": "expect_column_values_to_not_be_null",
             "kwargs": {"column": "kind", "row_condition": {"type": "pass_through", "pass_through_filter": code}}},
            "row_condition.type",
        ),
        (
            "column name that is code",
            {"type": "expect_column_values_to_not_be_null",
             "kwargs": {"column": "kind",
                        "row_condition": {"type": "comparison", "column": {"name": code}, "operator": "==", "parameter": 1}}},
            "row_condition.column.name",
        ),
        (
            "condition parameter that is an object",
            {"type": "expect_column_values_to_not_be_null",
             "kwargs": {"column": "kind",
                        "row_condition": {"type": "comparison", "column": {"name": "kind"}, "operator": "==",
                                          "parameter": {"$PARAMETER": code}}}},
            "row_condition.parameter",
        ),
        (
            "unknown operator",
            {"type": "expect_column_values_to_not_be_null",
             "kwargs": {"column": "kind",
                        "row_condition": {"type": "comparison", "column": {"name": "kind"}, "operator": ") or (",
                                          "parameter": 1}}},
            "row_condition.operator",
        ),
        (
            "SQL expectation",
            {"type": "unexpected_rows_expectation", "kwargs": {"unexpected_rows_query": "SELECT 1"}},
            "type:",
        ),
        (
            "an argument outside the allow-list",
            {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "kind", "condition_parser": "pandas"}},
            "kwargs.condition_parser",
        ),
        (
            "catastrophic regex",
            {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "title", "regex": "^(a+)+$"}},
            "kwargs.regex",
        ),
    ]


@pytest.mark.parametrize("index", range(8))
def test_a_hostile_expectation_refuses_its_suite(tmp_path, index):
    marker = tmp_path / "pwned"
    label, expectation, key = _hostile_payloads(marker)[index]
    parsed = parse_suite(_suite(expectation), "expectations/hostile.json")
    assert parsed.error is not None, label
    assert parsed.error.startswith("expectations/hostile.json: expectations[0]"), parsed.error
    assert key in parsed.error, parsed.error
    assert "\n" not in parsed.error
    assert parsed.expectations == []
    assert not marker.exists()


@pytest.mark.parametrize(
    "expression",
    ["9^9^9^9", "today * 99999999", "now()", "__import__('os')", "today - 9999999", "today +", "", "a" * 100],
)
def test_a_parameter_is_a_name_or_bounded_arithmetic(expression):
    with pytest.raises(SuiteRefused):
        resolve_parameter(expression, {"today": dt.date(2026, 12, 4), "domain_codes": ["energy"]})


def test_parameter_arithmetic_is_computed_here():
    parameters = {"today": dt.date(2026, 12, 4), "limit": 10, "codes": ["energy"]}
    assert resolve_parameter("today", parameters) == ("today", dt.date(2026, 12, 4))
    assert resolve_parameter("today - 30", parameters) == ("today_minus_30", dt.date(2026, 11, 4))
    assert resolve_parameter(" today+1 ", parameters) == ("today_plus_1", dt.date(2026, 12, 5))
    assert resolve_parameter("limit + 5", parameters) == ("limit_plus_5", 15)
    with pytest.raises(SuiteRefused, match="neither a date nor a number"):
        resolve_parameter("codes + 1", parameters)
    with pytest.raises(SuiteRefused, match="unknown \\$PARAMETER 'nope'"):
        resolve_parameter("nope", parameters)


def test_our_own_suites_pass_the_guard():
    from accordcheck.expectations.suites import builtin_suites

    for suite in builtin_suites():
        assert suite.error is None, suite.error
        assert suite.expectations


def test_structured_conditions_over_our_columns_are_allowed():
    condition = {
        "type": "and",
        "conditions": [
            {"type": "comparison", "column": {"name": "kind"}, "operator": "IN", "parameter": ["treaty", "protocol"]},
            {"type": "nullity", "column": {"name": "place"}, "is_null": False},
        ],
    }
    check_expectation("expect_column_values_to_not_be_null", {"column": "signed_date", "row_condition": condition}, AGREEMENTS)
    with pytest.raises(SuiteRefused, match="more than 20 conditions"):
        deep = {"type": "nullity", "column": {"name": "place"}, "is_null": False}
        for _ in range(25):
            deep = {"type": "or", "conditions": [deep]}
        check_expectation("expect_column_values_to_not_be_null", {"column": "kind", "row_condition": deep}, AGREEMENTS)


def test_check_exits_2_and_runs_nothing(tmp_path):
    from accordcheck.cli.commands import main

    marker = tmp_path / "pwned"
    root = build_dataset(tmp_path)
    (root / "expectations").mkdir()
    for i, (_, expectation, _) in enumerate(_hostile_payloads(marker)):
        (root / "expectations" / f"h{i}.json").write_text(_suite(expectation), encoding="utf-8")
    # A well-formed suite beside them still runs, with a computed date parameter.
    good = {"type": "expect_column_values_to_be_between",
            "kwargs": {"column": "signed_date", "max_value": {"$PARAMETER": "today + 1"}},
            "meta": {"name": "not_in_the_future"}}
    (root / "expectations" / "ok.json").write_text(_suite(good), encoding="utf-8")
    results = tmp_path / "r.json"
    code = main(["check", str(root), "--json", str(results)])
    assert code == 2
    assert not marker.exists()
    data = json.loads(results.read_text(encoding="utf-8"))
    by_name = {e["expectation"]: e for e in data["expectations"]}
    refused = [e for name, e in by_name.items() if name.startswith("suite expectations/h")]
    assert len(refused) == 8
    assert by_name["not_in_the_future"]["success"] is True, by_name["not_in_the_future"]


def test_no_suite_code_runs_under_pytest_either(tmp_path):
    import subprocess

    marker = tmp_path / "pwned"
    root = build_dataset(tmp_path)
    (root / "expectations").mkdir()
    label, expectation, _ = _hostile_payloads(marker)[0]
    (root / "expectations" / "h.json").write_text(_suite(expectation), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--accordcheck", str(root), str(root)],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )
    assert done.returncode != 0, done.stdout
    assert not marker.exists()
