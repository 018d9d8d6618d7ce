"""init, add, review: provenance says where a record came from and whether a person read it."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from accordcheck.cli import main
from accordcheck.model import AgreementRecord

from conftest import FIXTURE_DATASET, SEED_ID, SEED_SOURCE, build_dataset


def test_init_creates_an_empty_dataset_that_checks(tmp_path, capsys):
    root = tmp_path / "data"
    assert main(["init", str(root)]) == 0
    assert (root / "sources").is_dir() and (root / "records").is_dir()
    assert "[severity]" in (root / "accordcheck.toml").read_text(encoding="utf-8")
    assert main(["check", str(root)]) == 0


@pytest.mark.parametrize("existing", ["records", "sources", "accordcheck.toml"])
def test_init_leaves_an_existing_dataset_alone(tmp_path, capsys, existing):
    root = tmp_path / "data"
    root.mkdir()
    (root / existing).mkdir() if existing != "accordcheck.toml" else (root / existing).write_text("", encoding="utf-8")
    assert main(["init", str(root)]) == 2
    err = capsys.readouterr().err
    assert existing in err and err.count("\n") == 1
    assert sorted(p.name for p in root.iterdir()) == [existing]


def _added(tmp_path):
    root = tmp_path / "data"
    assert main(["init", str(root)]) == 0
    article = tmp_path / "ma-pk-defence-mou.fr.txt"
    shutil.copyfile(FIXTURE_DATASET / SEED_SOURCE, article)
    assert main(["add", str(article), "--dataset", str(root)]) == 0
    [record_file] = sorted((root / "records").glob("*.json"))
    return root, record_file


def test_add_writes_an_unreviewed_extractor_record_and_check_says_so(tmp_path, capsys):
    root, record_file = _added(tmp_path)
    data = json.loads(record_file.read_text(encoding="utf-8"))
    assert data["provenance"]["method"].startswith("accordcheck-extract ")
    assert data["provenance"]["reviewed"] is False
    capsys.readouterr()
    out = tmp_path / "r.json"
    assert main(["check", str(root), "--json", str(out), "-v"]) == 0
    checks = json.loads(out.read_text(encoding="utf-8"))["records"][0]["checks"]
    [review] = [c for c in checks if c["check"] == "record_reviewed"]
    assert (review["path"], review["verdict"], review["severity"]) == ("provenance.reviewed", "not_found", "warning")
    assert "same reading that wrote them" in review["message"]
    assert main(["check", str(root), "--require-reviewed"]) == 1


def test_review_marks_the_record_and_keeps_the_rest(tmp_path, capsys):
    root, record_file = _added(tmp_path)
    before = json.loads(record_file.read_text(encoding="utf-8"))
    record_id = before["id"]
    assert main(["review", str(root), record_id]) == 0
    after = json.loads(record_file.read_text(encoding="utf-8"))
    assert after["provenance"]["reviewed"] is True
    assert after["provenance"]["reviewed_on"] == dt.date.today().isoformat()
    assert list(after) == list(before)
    assert {k: v for k, v in after.items() if k != "provenance"} == {k: v for k, v in before.items() if k != "provenance"}
    assert main(["check", str(root), "--require-reviewed"]) == 0


def test_review_refuses_what_it_cannot_find(tmp_path, capsys):
    root = build_dataset(tmp_path)
    assert main(["review", str(root), "no-such-record"]) == 2
    assert "no record 'no-such-record'" in capsys.readouterr().err


def test_a_hand_written_record_owes_no_review_and_gets_human_provenance(tmp_path, capsys):
    root = build_dataset(tmp_path)
    out = tmp_path / "r.json"
    assert main(["check", str(root), "--require-reviewed", "--json", str(out)]) == 0
    checks = json.loads(out.read_text(encoding="utf-8"))["records"][0]["checks"]
    assert not [c for c in checks if c["check"] == "record_reviewed"]
    assert main(["review", str(root), SEED_ID]) == 0
    data = json.loads((root / "records" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    assert data["provenance"]["method"] == "human"


def test_provenance_is_optional_and_left_out_when_absent(seed_record):
    record = AgreementRecord.model_validate(seed_record)
    assert record.provenance is None
    assert "provenance" not in json.loads(record.to_json())
    seed_record["provenance"] = {"method": "llm:some-model", "reviewed": False, "reviewed_on": None}
    again = AgreementRecord.model_validate(seed_record)
    assert json.loads(again.to_json())["provenance"]["method"] == "llm:some-model"
    seed_record["provenance"] = {"method": "", "reviewed": False}
    with pytest.raises(ValueError):
        AgreementRecord.model_validate(seed_record)
