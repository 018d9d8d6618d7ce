"""The CI outputs of ``check``: JUnit XML (``--junit``) and GitHub annotations (``--format github``)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from accordcheck.checking.runner import check_dataset
from accordcheck.dataset.loading import load_dataset
from accordcheck.outputs.github import escape_data, escape_property, github_annotations, workflow_command
from accordcheck.outputs.junit import render_junit
from accordcheck.model.results import CheckReport, CheckResult, ExpectationResult, RecordResult

from helpers import SEED_ID, build_dataset


def finding(path: str, check: str = "date_consistent", severity: str = "error", **extra) -> CheckResult:
    verdict = "supported" if severity == "info" else extra.pop("verdict", "contradicted")
    return CheckResult(
        check=check, path=path, verdict=verdict, severity=severity,
        message=extra.pop("message", f"{path} is wrong"), suggestion=extra.pop("suggestion", None), **extra,
    )


def sample_report(dataset: str | None = "data") -> CheckReport:
    failing = RecordResult.from_checks(
        "bad-one",
        [
            finding("signed.date", message="record says 2026-01-14 (a Wednesday); source says 'ce mardi' = 2026-01-13", suggestion="2026-01-13"),
            finding("people[0].name", check="person_name_variant", severity="warning", verdict="not_found", message="source spells it 'Loudiyi'"),
            finding("parties[0].country", severity="info"),
        ],
        "records/bad-one.json",
    )
    warned = RecordResult.from_checks("warned", [finding("place", check="place_omitted", severity="warning", verdict="not_found")], "records/warned.json")
    passing = RecordResult.from_checks("good", [finding("signed.date", severity="info")], "records/good.json")
    expectations = [
        ExpectationResult(expectation="ids_unique", success=True, details={"record_ids": []}),
        ExpectationResult(expectation="no_duplicate_agreements", success=False, details={"record_ids": ["bad-one", "good"]}),
        ExpectationResult(expectation="custom_rows", success=False, details={"record_ids": [], "tool_error": "no pandas provider"}),
    ]
    return CheckReport.build([failing, warned, passing], expectations, skipped=["untouched"], dataset=dataset)


# --- JUnit ---------------------------------------------------------------------------------------


def test_junit_parses_with_one_testcase_per_record_skipped_and_expectation():
    root = ET.fromstring(render_junit(sample_report()))
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and len(suites) == 1
    suite = suites[0]
    cases = {(c.get("classname"), c.get("name")): c for c in suite.findall("testcase")}
    assert list(cases) == [
        ("records.bad-one", "bad-one"),
        ("records.warned", "warned"),
        ("records.good", "good"),
        ("records.untouched", "untouched"),
        ("expectations", "ids_unique"),
        ("expectations", "no_duplicate_agreements"),
        ("expectations", "custom_rows"),
    ]
    assert {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "7", "failures": "2", "errors": "1", "skipped": "1",
    }
    assert cases[("records.bad-one", "bad-one")].get("file") == "data/records/bad-one.json"
    assert cases[("records.untouched", "untouched")].find("skipped") is not None
    assert cases[("expectations", "custom_rows")].find("error").get("message") == "could not run: no pandas provider"
    assert "2 records break it: bad-one, good" in cases[("expectations", "no_duplicate_agreements")].find("failure").get("message")
    assert cases[("records.good", "good")].find("*") is None


def test_a_junit_failure_names_each_failed_check_with_message_and_suggestion():
    suite = ET.fromstring(render_junit(sample_report())).find("testsuite")
    failure = suite.find("testcase[@name='bad-one']/failure")
    assert failure.get("message") == "1 check failed: signed.date [date_consistent]"
    assert failure.get("type") == "error"
    text = failure.text
    assert "error: signed.date [date_consistent] contradicted" in text
    assert "source says 'ce mardi' = 2026-01-13" in text
    assert 'suggestion: "2026-01-13"' in text
    assert "warning: people[0].name [person_name_variant] not_found" in text  # warnings listed too
    assert "parties[0].country" not in text  # passing checks are not
    warned = suite.find("testcase[@name='warned']")
    assert warned.find("failure") is None and "place_omitted" in warned.find("system-out").text


def test_junit_with_fail_on_warning_fails_records_with_warnings():
    suite = ET.fromstring(render_junit(sample_report(), fail_on="warning")).find("testsuite")
    failure = suite.find("testcase[@name='warned']/failure")
    assert failure is not None and failure.get("type") == "warning"
    assert suite.get("failures") == "3"


def test_junit_escapes_markup_and_drops_what_xml_cannot_hold():
    nasty = 'a <b> & "c" \x00\x1b ]]> \ud800 é'
    record = RecordResult.from_checks("odd", [finding("instrument.title", message=nasty, suggestion=nasty)], "records/odd.json")
    xml = render_junit(CheckReport.build([record], dataset=None))
    failure = ET.fromstring(xml).find("testsuite/testcase/failure")
    assert 'a <b> & "c" \\x00\\x1b ]]> \\xd800 é' in failure.text
    assert ET.fromstring(xml).find("testsuite/testcase").get("file") == "records/odd.json"


def test_junit_of_an_empty_report():
    root = ET.fromstring(render_junit(CheckReport.build([], dataset="data")))
    assert root.find("testsuite").get("tests") == "0"


# --- GitHub annotations ---------------------------------------------------------------------------


def test_escaping_follows_the_workflow_command_rules():
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert escape_property("C:\\a,b%\n") == "C%3A\\a%2Cb%25%0A"
    assert workflow_command("error", {"file": "a,b:c.json", "line": "3", "title": "x"}, "m: 1%") == (
        "::error file=a%2Cb%3Ac.json,line=3,title=x::m: 1%25"
    )
    assert workflow_command("warning", {}, "plain") == "::warning::plain"


def line_holding(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.fixture
def dataset(tmp_path, seed_record):
    return build_dataset(tmp_path, records={"broken": '{\n  "id": "broken",\n  oops\n}\n'}, name="data")


def report_for(record_checks: dict[str, list[CheckResult]]) -> CheckReport:
    return CheckReport.build(
        [RecordResult.from_checks(rid, checks, f"records/{rid}.json") for rid, checks in record_checks.items()],
        dataset="data",
    )


def test_annotations_point_at_the_line_holding_the_field(dataset, tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    text = (dataset / "records" / f"{SEED_ID}.json").read_text(encoding="utf-8")
    report = report_for({
        SEED_ID: [
            finding("signed.date", suggestion="2026-01-13", message="record says 2026-01-14, source says 'ce mardi', 2026-01-13"),
            finding("people[2].titles[1]", check="person_title", severity="warning", verdict="not_found"),
            finding("visit.duration_days", severity="info"),
        ],
        "broken": [finding("(file)", check="record_json", verdict="invalid", message="records/broken.json: not valid JSON, line 3 column 3: Expecting property name")],
    })
    date_line, title_line = line_holding(text, '"date"'), line_holding(text, "commandant de la zone sud")
    lines = github_annotations(report, load_dataset(dataset))
    assert lines == [
        f"::error file=data/records/{SEED_ID}.json,line={date_line},title=date_consistent::"
        f"{SEED_ID}: signed.date contradicted: record says 2026-01-14, source says 'ce mardi', 2026-01-13%0Asuggestion: \"2026-01-13\"",
        f"::warning file=data/records/{SEED_ID}.json,line={title_line},title=person_title::"
        f"{SEED_ID}: people[2].titles[1] not_found: people[2].titles[1] is wrong",
        "::error file=data/records/broken.json,line=3,title=record_json::"
        "broken: (file) invalid: records/broken.json: not valid JSON, line 3 column 3: Expecting property name",
    ]


def test_annotation_paths_are_relative_to_the_github_workspace(dataset, tmp_path, monkeypatch):
    report = report_for({SEED_ID: [finding("id")]})
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    monkeypatch.chdir(dataset / "records")
    (line,) = github_annotations(report, load_dataset(".."))
    assert line.startswith(f"::error file=data/records/{SEED_ID}.json,line=2,title=date_consistent::")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (line,) = github_annotations(report, load_dataset(dataset), base=elsewhere)
    assert f"file={escape_property((dataset / 'records' / f'{SEED_ID}.json').as_posix())}," in line


def test_failed_expectations_are_annotated_without_a_file(dataset):
    report = CheckReport.build(
        [],
        [
            ExpectationResult(expectation="ids_unique", success=True),
            ExpectationResult(expectation="no_duplicate_agreements", success=False, details={"record_ids": ["a", "b"]}),
            ExpectationResult(expectation="rows", success=False, details={"tool_error": "no pandas provider"}),
        ],
    )
    assert github_annotations(report, load_dataset(dataset)) == [
        "::error title=no_duplicate_agreements::dataset expectation failed for: a, b",
        "::error title=rows::dataset expectation could not run: no pandas provider",
    ]


def test_annotations_of_a_real_check(tmp_path, seed_record, monkeypatch):
    """End to end: a corrupted hash and a shifted span, each annotated on its own line."""
    seed_record["sources"][0]["sha256"] = "0" * 64
    seed_record["place"]["evidence"][0]["start"] += 1
    seed_record["place"]["evidence"][0]["end"] += 1
    root = build_dataset(tmp_path, records={SEED_ID: seed_record}, name="data")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    dataset = load_dataset("data")
    report = check_dataset(dataset, expectations=False)
    text = (root / "records" / f"{SEED_ID}.json").read_text(encoding="utf-8")
    lines = github_annotations(report, dataset)
    sha_line = line_holding(text, '"sha256"')
    assert any(a.startswith(f"::error file=data/records/{SEED_ID}.json,line={sha_line},title=source_hash::") for a in lines)
    # the span's opening brace, the line after place's "evidence": [
    span_line = next(i for i, line in enumerate(text.splitlines(), 1) if i > line_holding(text, '"place"') and '"evidence"' in line) + 1
    assert any(a.startswith(f"::error file=data/records/{SEED_ID}.json,line={span_line},title=evidence_text::") for a in lines)
    failure = ET.fromstring(render_junit(report)).find(f"testsuite/testcase[@name='{SEED_ID}']/failure")
    assert "sources[0].sha256 [source_hash]" in failure.get("message")
    assert json.loads(report.to_json())["records"][0]["status"] == "fail"


def test_a_failed_expectation_names_its_records_and_values_in_every_output(tmp_path, seed_record, monkeypatch, capsys):
    """One real run (Great Expectations included): the terminal, the annotations, the JSON and
    the JUnit XML each name the record that breaks the suite and the value that breaks it."""
    from accordcheck.cli.commands import main as cli_main

    seed_record["signed"]["date"] = "2026-01-15"  # the article was published on 2026-01-14
    build_dataset(tmp_path, records={SEED_ID: seed_record}, name="data")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    code = cli_main(["check", "data", "--format", "github", "--json", "out.json", "--junit", "out.xml"])
    out = capsys.readouterr().out
    assert code == 1
    name = "signing_date_not_after_publication"
    # terminal: the suite, then a table of its rows
    block = out[out.index(f"expectation {name} FAILED") :].splitlines()
    assert block[1].split() == ["record", "published", "signed_date"]
    assert block[2].split() == [SEED_ID, "2026-01-14", "2026-01-15"]
    # annotation: one line, record and value
    note = next(line for line in out.splitlines() if line.startswith(f"::error title={name}::"))
    assert SEED_ID in note and "signed_date=2026-01-15" in note
    # JSON: the same rows, machine-readable
    failed = next(e for e in json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["expectations"] if e["expectation"] == name)
    assert failed["details"]["record_ids"] == [SEED_ID]
    assert failed["details"]["unexpected_rows"][0]["record_id"] == SEED_ID
    assert failed["details"]["unexpected_rows"][0]["signed_date"] == "2026-01-15"
    # JUnit: the failure's message and its text
    failure = ET.parse(tmp_path / "out.xml").getroot().find(f"testsuite/testcase[@name='{name}']/failure")
    assert SEED_ID in failure.get("message") and "signed_date=2026-01-15" in failure.get("message")
    assert failure.text.splitlines()[0].startswith(f"{SEED_ID}: ") and "2026-01-15" in failure.text.splitlines()[0]


def test_offenders_read_rows_ids_with_values_or_bare_values():
    rows = ExpectationResult(expectation="e", success=False, details={"record_ids": ["a"], "unexpected_rows": [{"record_id": "a", "file": "records/a.json", "signed_date": "1944-12-31"}]})
    assert rows.offenders() == [("a", {"signed_date": "1944-12-31"})]  # the usual file name adds nothing
    twice = ExpectationResult(expectation="e", success=False, details={"record_ids": ["a"], "unexpected_rows": [{"record_id": "a", "file": "records/a.json"}, {"record_id": "a", "file": "records/copy.json"}]})
    assert twice.offenders() == [("a", {}), ("a", {"file": "records/copy.json"})]
    paired = ExpectationResult(expectation="e", success=False, details={"record_ids": ["a", "b"], "unexpected_values": ["de", "xx"]})
    assert paired.offenders_text() == "a (value=de); b (value=xx)"
    uncited = ExpectationResult(expectation="e", success=False, details={"record_ids": [], "unexpected_rows": [{"path": "sources/x.txt", "cited_by": 0}]})
    assert uncited.offenders_text() == "path=sources/x.txt, cited_by=0"
    many = ExpectationResult(expectation="e", success=False, details={"record_ids": [str(i) for i in range(12)]})
    assert many.offenders_text(limit=3) == "0, 1, 2, and 9 more"
    assert ExpectationResult(expectation="e", success=True, details={"record_ids": ["a"]}).offenders() == []


def test_a_wrong_name_is_one_annotation_with_what_follows_from_it(dataset):
    record = RecordResult.from_checks(
        "bad-one",
        [
            finding("people[0].name", check="person_name", verdict="not_found", message="'Asif Nazrul Khan' is not named in the source"),
            finding("people[0].country", check="person_country", severity="warning", verdict="unverified"),
            finding("people[0].roles[0]", check="person_role", severity="warning", verdict="unverified"),
            finding("signed.date"),
        ],
        "records/bad-one.json",
    )
    lines = github_annotations(CheckReport.build([record]), load_dataset(dataset))
    assert [line.split("title=")[1].split("::")[0] for line in lines] == ["person_name", "date_consistent"]
    assert lines[0].endswith("%0Afollows from it (2): people[0].country person_country, people[0].roles[0] person_role")
