"""The published JSON Schemas: `accordcheck schema` output, the committed `schemas/`, and
that real records and results validate against them (jsonschema)."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from accordcheck.checking.runner import check_dataset
from accordcheck.cli.commands import main
from accordcheck.model.schema import SCHEMA_FILES, schema_documents

from helpers import FIXTURE_DATASET, REPO_ROOT, build_dataset
from test_dataset_check import BAD_CASES, UNREADABLE

SCHEMAS = REPO_ROOT / "schemas"


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --- drift ----------------------------------------------------------------------------------------


def test_committed_schemas_equal_the_model():
    documents = schema_documents()
    assert sorted(documents) == sorted(SCHEMA_FILES)
    for name, text in documents.items():
        committed = (SCHEMAS / name).read_text(encoding="utf-8")
        assert committed == text, f"schemas/{name} drifted from the model: run `make schema`"


def test_schema_command_writes_exactly_the_committed_files(tmp_path, capsys):
    out = tmp_path / "new" / "schemas"
    assert main(["schema", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(SCHEMA_FILES)
    for name in SCHEMA_FILES:
        assert (out / name).read_bytes() == (SCHEMAS / name).read_bytes()
    printed = capsys.readouterr().out
    for name in SCHEMA_FILES:
        assert str(out / name) in printed


def test_schema_command_default_directory(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["schema"]) == 0
    assert sorted(p.name for p in (tmp_path / "schemas").iterdir()) == sorted(SCHEMA_FILES)


def test_schema_documents_are_valid_json_schemas():
    for name in SCHEMA_FILES:
        validator(name)


def test_record_schema_lists_the_contract_fields():
    schema = json.loads((SCHEMAS / "agreement-record.schema.json").read_text(encoding="utf-8"))
    assert list(schema["properties"]) == [
        "id", "sources", "instrument", "parties", "signed", "place", "people", "domains", "visit", "provenance",
    ]
    assert schema["additionalProperties"] is False
    assert all(d.get("additionalProperties") is False for d in schema["$defs"].values() if d.get("type") == "object")


# --- records against the record schema ------------------------------------------------------------------


def test_every_fixture_record_validates():
    v = validator("agreement-record.schema.json")
    files = sorted((FIXTURE_DATASET / "records").glob("*.json"))
    assert files
    for path in files:
        v.validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: r.update(colour="blue"),
        lambda r: r["parties"][0].update(colour="blue"),
        lambda r: r["instrument"].update(kind="mou"),
        lambda r: r["signed"].update(precision="week"),
        lambda r: r["people"][0].update(roles=["signer"]),
        lambda r: r["domains"][0].update(code="space"),
        lambda r: r["parties"].pop(),
        lambda r: r.update(sources=[]),
        lambda r: r.update(id="Bad_ID"),
        lambda r: r["sources"][0].update(language="french"),
        lambda r: r["parties"][0].update(country="mar"),
        lambda r: r["sources"][0].update(sha256="XYZ"),
        lambda r: r["visit"].update(duration_days="three"),
        lambda r: r["instrument"]["evidence"][0].update(start=-1),
        lambda r: r["instrument"]["evidence"][0].pop("text"),
        lambda r: r.pop("signed"),
    ],
)
def test_record_schema_rejects_structurally_bad_records(seed_record, mutate):
    v = validator("agreement-record.schema.json")
    mutate(seed_record)
    assert list(v.iter_errors(seed_record))


def test_the_bad_cases_that_break_structure_fail_the_schema_too():
    """Where the model says "schema error" for a plain structural reason, so does the file."""
    v = validator("agreement-record.schema.json")
    structural = {"unknown-field", "wrong-type"}
    for case in BAD_CASES:
        if case.stem in structural:
            assert list(v.iter_errors(copy.deepcopy(case.record))), case.stem


# --- results against the results schema -----------------------------------------------------------------


def test_results_of_a_failing_dataset_validate(tmp_path):
    root = build_dataset(tmp_path, records={c.stem: c.record for c in UNREADABLE}, seed=False)
    report = check_dataset(root, expectations=False)
    results = json.loads(report.to_json())
    validator("check-results.schema.json").validate(results)
    assert results["summary"]["failed"] == len(UNREADABLE)


def test_results_schema_rejects_a_wrong_verdict():
    v = validator("check-results.schema.json")
    results = {
        "summary": {"records": 1, "passed": 0, "failed": 1, "checks": 1, "errors": 1, "warnings": 0},
        "records": [{"id": "x", "status": "fail", "checks": [{
            "check": "record_json", "path": "(file)", "verdict": "invalid", "severity": "error",
            "message": "records/x.json: not valid JSON", "evidence": [], "suggestion": None,
        }]}],
        "expectations": [],
    }
    v.validate(results)
    results["records"][0]["checks"][0]["verdict"] = "wrong"
    assert list(v.iter_errors(results))
    results["records"][0]["checks"][0]["verdict"] = "invalid"
    results["summary"]["extra"] = 1
    assert list(v.iter_errors(results))
