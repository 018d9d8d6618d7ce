"""What a run after a small change redoes, and that what it reuses is what it would compute.

The record index (outlines of unchanged records) and the per-table suite memo exist only
for speed: every test here compares the reused answer with one computed from scratch.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from accordcheck.checking.runner import check_dataset
from accordcheck.dataset.loading import load_dataset
from accordcheck.expectations import get_runner, run_expectations
from accordcheck.expectations.tables import dataset_tables
from helpers import FIXTURE_DATASET, SEED_ID


@pytest.fixture
def dataset_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACCORDCHECK_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "data"
    shutil.copytree(FIXTURE_DATASET, root)
    return root


def _edit(root: Path, record_id: str, change) -> str:
    path = root / "records" / f"{record_id}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return f"records/{record_id}.json"


def _shift_year(record: dict) -> None:
    record["signed"]["date"] = "2025" + record["signed"]["date"][4:]


def _drop_people_evidence(record: dict) -> None:
    for person in record["people"]:
        person["evidence"] = []


class SpyRunner:
    """The real GX runner, noting which tables it was asked to validate."""

    def __init__(self) -> None:
        self.tables: list[str] = []

    def validate_table(self, table, frame, entries, parameters):
        self.tables.append(table)
        return get_runner().validate_table(table, frame, entries, parameters)


class DictMemo(dict):
    def put(self, key, results):
        self[key] = results


def _as_json(results) -> list[dict]:
    return [r.model_dump(mode="json") for r in results]


def test_unchanged_records_are_not_validated_again(dataset_copy, monkeypatch):
    dataset_tables(load_dataset(dataset_copy))  # fills the index
    changed = _edit(dataset_copy, SEED_ID, _shift_year)

    again = load_dataset(dataset_copy)
    reused = dataset_tables(again)
    assert [rf.relpath for rf in again.record_files if rf.validated] == [changed]
    assert again.record_files[0].id == again.record_files[0].path.stem  # ids come from the index

    monkeypatch.setenv("ACCORDCHECK_CACHE_DIR", "off")
    fresh = dataset_tables(load_dataset(dataset_copy))
    for name in fresh:
        pd.testing.assert_frame_equal(reused[name], fresh[name])
    assert reused["agreements"].set_index("record_id").loc[SEED_ID, "signed_date"].year == 2025


def test_an_invalid_record_stays_out_of_the_tables_and_still_fails(dataset_copy):
    dataset_tables(load_dataset(dataset_copy))
    changed = _edit(dataset_copy, SEED_ID, lambda r: r["signed"].update(date="13/01/2026"))
    dataset = load_dataset(dataset_copy)
    assert SEED_ID not in set(dataset_tables(dataset)["agreements"]["record_id"])
    report = check_dataset(dataset, only={changed}, expectations=False)
    assert [c.check for c in report.records[0].checks if c.verdict != "supported"][:1] == ["record_schema"]


def test_suites_revalidate_only_the_tables_a_change_touches(dataset_copy):
    memo, spy = DictMemo(), SpyRunner()
    run_expectations(load_dataset(dataset_copy), runner=spy, memo=memo)
    assert sorted(spy.tables) == ["agreements", "domains", "parties", "people", "sources"]

    spy.tables.clear()
    _edit(dataset_copy, SEED_ID, _drop_people_evidence)  # no table shows evidence
    run_expectations(load_dataset(dataset_copy), runner=spy, memo=memo)
    assert spy.tables == []

    _edit(dataset_copy, SEED_ID, _shift_year)
    reused = run_expectations(load_dataset(dataset_copy), runner=spy, memo=memo)
    assert spy.tables == ["agreements"]
    assert _as_json(reused) == _as_json(run_expectations(load_dataset(dataset_copy)))


def test_a_failing_expectation_is_remembered_as_failing(dataset_copy):
    memo = DictMemo()
    duplicate = json.loads((dataset_copy / "records" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    duplicate["id"] = f"{SEED_ID}-again"
    (dataset_copy / "records" / f"{SEED_ID}-again.json").write_text(json.dumps(duplicate), encoding="utf-8")
    first = run_expectations(load_dataset(dataset_copy), memo=memo)
    spy = SpyRunner()
    second = run_expectations(load_dataset(dataset_copy), runner=spy, memo=memo)
    assert spy.tables == [] and _as_json(second) == _as_json(first)
    assert not all(r.success for r in second)


def test_a_check_after_one_change_matches_a_check_from_scratch(dataset_copy, monkeypatch):
    check_dataset(dataset_copy)
    changed = _edit(dataset_copy, SEED_ID, _shift_year)
    incremental = check_dataset(load_dataset(dataset_copy), only={changed})
    assert [r.id for r in incremental.records] == [SEED_ID] and incremental.records[0].status == "fail"
    monkeypatch.setenv("ACCORDCHECK_CACHE_DIR", "off")
    scratch = check_dataset(load_dataset(dataset_copy), only={changed}, cache=False)
    assert incremental.model_dump(mode="json") == scratch.model_dump(mode="json")


# ------------------------------------------------------------- GX imported in a child


def test_the_background_runner_gives_what_the_runner_here_gives(dataset_copy):
    from accordcheck.expectations.background import BackgroundRunner

    runner = BackgroundRunner.start()
    if runner is None:
        pytest.skip("no fork on this platform")
    with runner:
        there = run_expectations(load_dataset(dataset_copy), runner=runner)
        assert runner._process.is_alive()
    assert not runner._process.is_alive()
    assert _as_json(there) == _as_json(run_expectations(load_dataset(dataset_copy)))


def test_a_dead_child_is_replaced_by_the_runner_here(dataset_copy):
    from accordcheck.expectations.background import BackgroundRunner

    runner = BackgroundRunner.start()
    if runner is None:
        pytest.skip("no fork on this platform")
    runner._process.kill()
    runner._process.join()
    with runner:
        results = run_expectations(load_dataset(dataset_copy), runner=runner)
    assert not any(r.details.get("tool_error") for r in results) and all(r.success for r in results)


def test_an_unused_child_is_stopped_at_once():
    import time

    from accordcheck.expectations.background import BackgroundRunner

    runner = BackgroundRunner.start()
    if runner is None:
        pytest.skip("no fork on this platform")
    started = time.perf_counter()
    runner.close()  # most likely still importing Great Expectations
    assert not runner._process.is_alive() and time.perf_counter() - started < 2
