"""Provenance and review (issue 14, item 1): `add` writes an unreviewed extractor record with
the reader's confidence per field; `check` warns about it (record_reviewed), naming the fields
the reader was least sure of; `--require-reviewed` makes it an error; `review` marks it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from accordcheck import __version__
from accordcheck.workflow.add import add_article_records
from accordcheck.checking.runner import check_dataset
from accordcheck.cli.commands import main
from accordcheck.extraction.confidence import FieldConfidence, low_confidence
from accordcheck.model.record import AgreementRecord, Provenance
from accordcheck.workflow.review import ReviewError, review_record

from helpers import REPO_ROOT, SEED_ID, SEED_RECORD_FILE, build_dataset

EN_ARTICLE = REPO_ROOT / "fixtures" / "dataset-en" / "sources" / "br-ao-agriculture-letter-of-intent.en.txt"


def _added(tmp_path: Path):
    dataset = tmp_path / "ds"
    dataset.mkdir()
    added = add_article_records(EN_ARTICLE, dataset)
    assert len(added) == 1
    return dataset, added[0]


def test_provenance_is_optional_and_absent_stays_absent():
    data = json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))
    record = AgreementRecord.model_validate(data)
    assert record.provenance is None
    assert "provenance" not in json.loads(record.to_json())
    record = AgreementRecord.model_validate({**data, "provenance": {"method": "llm:some-model", "reviewed": False}})
    assert list(json.loads(record.to_json())["provenance"]) == ["method", "reviewed", "reviewed_on"]
    with pytest.raises(ValueError):
        AgreementRecord.model_validate({**data, "provenance": {"method": "human", "by": "me"}})


def test_schema_has_provenance():
    schema = json.loads((REPO_ROOT / "schemas" / "agreement-record.schema.json").read_text(encoding="utf-8"))
    assert "provenance" in schema["properties"]
    assert set(schema["$defs"]["Provenance"]["properties"]) == {"method", "reviewed", "reviewed_on"}
    assert "provenance" not in schema.get("required", [])


def test_add_writes_unreviewed_extractor_provenance_and_confidence(tmp_path):
    dataset, added = _added(tmp_path)
    data = json.loads(added.path.read_text(encoding="utf-8"))
    assert data["provenance"] == {"method": f"accordcheck-extract {__version__}", "reviewed": False, "reviewed_on": None}
    assert list(data)[-1] == "provenance"
    # every extracted field carries the reader's confidence, in memory only
    confidences = added.record.confidence
    assert confidences and all(isinstance(c, FieldConfidence) and 0 <= c.score <= 1 for c in confidences)
    assert "confidence" not in added.path.read_text(encoding="utf-8")
    low = added.low_confidence
    assert low == low_confidence(confidences)
    assert all(c.low and c.reason for c in low)
    # the article leaves one official unnamed: the reader says so
    assert any(c.path.endswith(".name") and "unnamed" in c.reason for c in low)


def test_add_cli_lists_low_confidence_fields(tmp_path, capsys):
    dataset = tmp_path / "ds"
    dataset.mkdir()
    assert main(["add", str(EN_ARTICLE), "--dataset", str(dataset)]) == 0
    out = capsys.readouterr().out
    assert "(unreviewed)" in out
    assert "least sure of" in out and "unnamed" in out
    assert f"accordcheck review {dataset} " in out


def test_check_warns_about_unreviewed_extractor_record_naming_unsure_fields(tmp_path):
    dataset, added = _added(tmp_path)
    report = check_dataset(dataset, expectations=False, cache=False)
    (record,) = report.records
    found = [c for c in record.checks if c.check == "record_reviewed"]
    assert len(found) == 1
    check = found[0]
    assert (check.path, check.verdict, check.severity) == ("provenance.reviewed", "unverified", "warning")
    assert "not reviewed" in check.message and f"accordcheck-extract {__version__}" in check.message
    for field in added.low_confidence:
        assert field.path in check.message
    assert "accordcheck review DATASET" in check.message


def test_require_reviewed_makes_it_an_error_and_review_clears_it(tmp_path, capsys):
    dataset, added = _added(tmp_path)
    record_id = added.record.id
    assert main(["check", str(dataset), "--require-reviewed"]) == 1
    out = capsys.readouterr().out
    assert "record_reviewed" in out and "FAIL" in out
    before = json.loads(added.path.read_text(encoding="utf-8"))
    assert main(["review", str(dataset), record_id]) == 0
    after = json.loads(added.path.read_text(encoding="utf-8"))
    assert after["provenance"] == {**before["provenance"], "reviewed": True, "reviewed_on": dt.date.today().isoformat()}
    assert list(after) == list(before)  # key order kept
    assert {k: v for k, v in after.items() if k != "provenance"} == {k: v for k, v in before.items() if k != "provenance"}
    assert not list(added.path.parent.glob(".*.tmp"))
    capsys.readouterr()
    assert main(["check", str(dataset), "--require-reviewed"]) == 0
    report = check_dataset(dataset, expectations=False, cache=False)
    (check,) = [c for c in report.records[0].checks if c.check == "record_reviewed"]
    assert (check.verdict, check.severity) == ("supported", "info")


def test_hand_written_record_is_not_concerned(tmp_path):
    dataset = build_dataset(tmp_path)
    report = check_dataset(dataset, expectations=False, cache=False, require_reviewed=True)
    assert not [c for r in report.records for c in r.checks if c.check == "record_reviewed"]


def test_review_of_a_hand_written_record_adds_human_provenance(tmp_path):
    dataset = build_dataset(tmp_path)
    path = review_record(dataset, SEED_ID, today=dt.date(2026, 2, 1))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["provenance"] == {"method": "human", "reviewed": True, "reviewed_on": "2026-02-01"}
    assert list(data)[-1] == "provenance"
    AgreementRecord.model_validate(data)


def test_review_errors_are_one_line(tmp_path, capsys):
    dataset = build_dataset(tmp_path, records={"broken": "{not json"})
    assert main(["review", str(dataset), "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no record 'nope'" in err
    assert main(["review", str(dataset), "broken"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not valid" in err
    with pytest.raises(ReviewError):
        review_record(dataset, "broken")


def test_llm_record_unreviewed_is_warned_too(tmp_path):
    data = json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))
    data["provenance"] = {"method": "llm:some-model", "reviewed": False, "reviewed_on": None}
    dataset = build_dataset(tmp_path, records={SEED_ID: data})
    report = check_dataset(dataset, expectations=False, cache=False)
    (check,) = [c for c in report.records[0].checks if c.check == "record_reviewed"]
    assert check.severity == "warning" and "llm:some-model" in check.message
