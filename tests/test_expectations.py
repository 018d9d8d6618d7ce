"""The Great Expectations suites over the whole dataset (issue 5).

Every expectation passes on ``fixtures/dataset`` and fails, alone, on a copy of it edited
to break it; the failure names the records at fault. One GX runner (ephemeral context,
pandas data source) serves the whole test session: importing GX costs seconds.

A few rules restate what the record schema already enforces (valid ISO party codes, two
distinct parties, domain codes in the vocabulary): the loader rejects a record file that
breaks them, so those tests break the loaded record in memory instead, as a dataset built
by code (``model_construct``, attribute assignment) could be.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from accordcheck.dataset.loading import Dataset, load_dataset
from accordcheck.expectations import run_expectations
from accordcheck.expectations.suites import builtin_suites, dataset_suites
from accordcheck.expectations.tables import TABLES, dataset_tables, is_diplomat, normalize_title
from accordcheck.model.results import ExpectationResult

from helpers import FIXTURE_DATASET, REPO_ROOT, SEED_ID

TODAY = dt.date(2026, 11, 29)
BUILTIN_NAMES = [spec.name for suite in builtin_suites() for spec in suite.expectations]


# ---------------------------------------------------------------------------- helpers


@pytest.fixture(scope="session")
def runner():
    """One GX ephemeral context for the session (importing GX takes ~2 s)."""
    from accordcheck.expectations import get_runner

    return get_runner()


@pytest.fixture(scope="session")
def fixture_results(runner) -> dict[str, ExpectationResult]:
    return _by_name(run_expectations(load_dataset(FIXTURE_DATASET), runner=runner, today=TODAY))


class Copy:
    """A throw-away copy of ``fixtures/dataset`` whose record JSON a test edits."""

    def __init__(self, tmp_path: Path) -> None:
        self.root = tmp_path / "dataset"
        shutil.copytree(FIXTURE_DATASET, self.root)

    def ids(self) -> list[str]:
        return sorted(p.stem for p in (self.root / "records").glob("*.json"))

    def read(self, record_id: str) -> dict:
        return json.loads((self.root / "records" / f"{record_id}.json").read_text(encoding="utf-8"))

    def write(self, record_id: str, data: dict, *, stem: str | None = None) -> None:
        path = self.root / "records" / f"{stem or record_id}.json"
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    def edit(self, record_id: str, change: Callable[[dict], object]) -> None:
        data = self.read(record_id)
        change(data)
        self.write(record_id, data)

    def load(self) -> Dataset:
        return load_dataset(self.root)


def _by_name(results: list[ExpectationResult]) -> dict[str, ExpectationResult]:
    by_name = {r.expectation: r for r in results}
    assert len(by_name) == len(results), "expectation names must be unique"
    return by_name


def _run(runner, dataset: Dataset | Path) -> dict[str, ExpectationResult]:
    if not isinstance(dataset, Dataset):
        dataset = load_dataset(dataset)
    return _by_name(run_expectations(dataset, runner=runner, today=TODAY))


def _failed(results: dict[str, ExpectationResult]) -> set[str]:
    return {name for name, r in results.items() if not r.success}


def _assert_only_failure(results: dict[str, ExpectationResult], name: str, record_ids: list[str]) -> ExpectationResult:
    result = results[name]
    assert not result.success, f"{name} should fail: {result.details}"
    assert "tool_error" not in result.details, result.details
    assert result.details["record_ids"] == sorted(record_ids)
    assert _failed(results) == {name}, {n: results[n].details for n in _failed(results)}
    return result


# ---------------------------------------------------------------------------- the fixtures pass


def test_all_expectations_pass_on_the_fixtures(fixture_results):
    assert len(fixture_results) >= 8
    assert list(fixture_results) == BUILTIN_NAMES
    for name, result in fixture_results.items():
        assert result.success, f"{name}: {result.details}"
        assert "tool_error" not in result.details
        assert result.details["record_ids"] == []


def test_every_result_is_json_and_says_what_gx_reports(fixture_results):
    for result in fixture_results.values():
        details = json.loads(json.dumps(result.details))  # plain JSON, nothing pandas/numpy
        assert {"record_ids", "type", "table", "suite", "threshold", "element_count"} <= set(details)
    assert fixture_results["share_with_date"].details["threshold"]["mostly"] == pytest.approx(0.8)
    assert fixture_results["signing_date_not_before_1945"].details["threshold"]["min_value"] == "1945-01-01"


def test_required_rules_are_all_there():
    required = {
        "ids_unique",
        "at_least_two_parties",
        "party_codes_valid",
        "no_duplicate_agreements",
        "signing_date_not_before_1945",
        "signing_date_not_after_publication",
        "publication_date_not_in_future",
        "languages_supported",
        "domain_codes_in_vocabulary",
        "party_names_not_blank",
        "person_names_not_blank",
        "person_titles_not_blank",
        "instrument_titles_not_blank",
        "no_orphan_sources",
        "people_countries_known",
        "share_with_date",
        "share_with_place",
        "share_with_people",
    }
    assert required <= set(BUILTIN_NAMES)


# ---------------------------------------------------------------------------- each one breaks


def test_ids_unique(runner, tmp_path):
    ds = Copy(tmp_path)
    data = ds.read(SEED_ID)
    ds.write(SEED_ID, data, stem="zz-copy-of-seed")  # a second file holding the same id
    results = _run(runner, ds.root)
    failed = _failed(results)
    assert {"ids_unique", "no_duplicate_agreements"} <= failed
    assert results["ids_unique"].details["record_ids"] == [SEED_ID]
    files = {row["file"] for row in results["ids_unique"].details["unexpected_rows"]}
    assert files == {f"records/{SEED_ID}.json", "records/zz-copy-of-seed.json"}


def test_the_same_agreement_twice(runner, tmp_path):
    ds = Copy(tmp_path)
    data = ds.read(SEED_ID)
    data["id"] = "ma-pk-2026-01-13-defence-mou-again"
    data["instrument"]["title"] = "Note de  Compréhension en matière de coopération défensive"  # case, spacing
    data["parties"].reverse()  # the same parties in another order
    ds.write(data["id"], data)
    results = _run(runner, ds.root)
    _assert_only_failure(results, "no_duplicate_agreements", [SEED_ID, data["id"]])


def test_same_parties_same_day_different_titles_are_not_duplicates(runner, tmp_path):
    ds = Copy(tmp_path)
    data = ds.read(SEED_ID)
    data["id"] = "ma-pk-2026-01-13-health-mou"
    data["instrument"]["title"] = "mémorandum d’entente dans le domaine de la santé militaire"
    ds.write(data["id"], data)
    assert _failed(_run(runner, ds.root)) == set()


def test_untitled_records_are_told_apart_by_their_domains(runner, tmp_path):
    ds = Copy(tmp_path)
    first = ds.read(SEED_ID)
    first["instrument"]["title"] = None
    ds.write(SEED_ID, first)
    other = json.loads(json.dumps(first))
    other["id"] = "ma-pk-2026-01-13-second-mou"
    other["domains"] = other["domains"][:1]
    ds.write(other["id"], other)
    assert _failed(_run(runner, ds.root)) == set()
    other["domains"] = first["domains"]
    ds.write(other["id"], other)
    _assert_only_failure(_run(runner, ds.root), "no_duplicate_agreements", [SEED_ID, other["id"]])


def test_signing_date_after_publication(runner, tmp_path):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, lambda r: r["signed"].update(date="2026-01-15"))  # published 2026-01-14
    result = _assert_only_failure(_run(runner, ds.root), "signing_date_not_after_publication", [SEED_ID])
    assert result.details["unexpected_rows"][0]["signed_date"] == "2026-01-15"
    assert result.details["unexpected_rows"][0]["published"] == "2026-01-14"


def test_signing_date_before_1945(runner, tmp_path):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, lambda r: r["signed"].update(date="1944-12-31"))
    result = _assert_only_failure(_run(runner, ds.root), "signing_date_not_before_1945", [SEED_ID])
    assert result.details["unexpected_values"] == ["1944-12-31"]


def test_publication_date_in_the_future(runner, tmp_path):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, lambda r: r["sources"][0].update(published="2026-11-30"))  # TODAY + 1
    result = _assert_only_failure(_run(runner, ds.root), "publication_date_not_in_future", [SEED_ID])
    assert result.details["threshold"]["max_value"] == TODAY.isoformat()


def test_unsupported_language(runner, tmp_path):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, lambda r: r["sources"][0].update(language="de"))  # ISO 639-1, not supported
    result = _assert_only_failure(_run(runner, ds.root), "languages_supported", [SEED_ID])
    assert result.details["unexpected_values"] == ["de"]


def test_orphan_source(runner, tmp_path):
    ds = Copy(tmp_path)
    (ds.root / "sources" / "uncited.fr.txt").write_text("---\npublished: 2026-01-02\nlanguage: fr\n---\nRien.\n", encoding="utf-8")
    result = _assert_only_failure(_run(runner, ds.root), "no_orphan_sources", [])
    assert [row["path"] for row in result.details["unexpected_rows"]] == ["sources/uncited.fr.txt"]


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("party_names_not_blank", lambda r: r["parties"][1].update(name="  ")),
        ("person_names_not_blank", lambda r: r["people"][0].update(name=" ")),
        ("person_titles_not_blank", lambda r: r["people"][2]["titles"].append("\u00a0")),
        ("instrument_titles_not_blank", lambda r: r["instrument"].update(title="")),
        ("place_cities_not_blank", lambda r: r["place"].update(city=" ")),
    ],
)
def test_blank_text(runner, tmp_path, name, change):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, change)
    assert all(rf.record is not None for rf in ds.load().record_files)  # the schema lets these through
    _assert_only_failure(_run(runner, ds.root), name, [SEED_ID])


def test_person_country_neither_party_nor_known_third_party(runner, tmp_path):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, lambda r: r["people"][2].update(country="USA"))  # a general, not a diplomat
    result = _assert_only_failure(_run(runner, ds.root), "people_countries_known", [SEED_ID])
    assert result.details["unexpected_rows"][0]["field"] == "people[2]"


def test_diplomats_and_the_signing_place_are_known_third_parties(runner, tmp_path):
    ds = Copy(tmp_path)

    def change(record: dict) -> None:
        record["people"][3]["country"] = "USA"  # "ambassadeur de ..." : a diplomat
        record["people"][3]["titles"] = ["ambassadeur des États-Unis au Maroc"]
        record["people"][2]["country"] = "FRA"  # a host official of the signing place
        record["place"] = {"city": "Paris", "country": "FRA", "evidence": []}

    ds.edit(SEED_ID, change)
    assert _failed(_run(runner, ds.root)) == set()


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("share_with_date", lambda r: r["signed"].update(date=None)),
        ("share_with_place", lambda r: r.update(place=None)),
        ("share_with_people", lambda r: r.update(people=[])),
    ],
)
def test_shares_below_their_thresholds(runner, tmp_path, name, change):
    ds = Copy(tmp_path)
    for record_id in ds.ids():
        ds.edit(record_id, change)
    result = _assert_only_failure(_run(runner, ds.root), name, ds.ids())
    assert 0 < result.details["threshold"]["mostly"] < 1


def test_a_share_tolerates_a_few_records_without(runner, tmp_path):
    ds = Copy(tmp_path)
    before = _run(runner, ds.root)["share_with_place"].details["unexpected_count"]
    ds.edit(SEED_ID, lambda r: r.update(place=None))
    results = _run(runner, ds.root)
    assert results["share_with_place"].success
    assert results["share_with_place"].details["unexpected_count"] == before + 1
    assert results["share_with_place"].details["record_ids"] == []  # tolerated, so not at fault


# The schema rejects these in a record file, so the loaded record is broken in memory.


def _break_in_memory(ds: Copy, change: Callable[[object], object]) -> Dataset:
    dataset = ds.load()
    record = next(rf.record for rf in dataset.record_files if rf.id == SEED_ID)
    change(record)
    return dataset


def test_party_code_not_iso(runner, tmp_path):
    dataset = _break_in_memory(Copy(tmp_path), lambda r: setattr(r.parties[1], "country", "PAQ"))
    result = _assert_only_failure(_run(runner, dataset), "party_codes_valid", [SEED_ID])
    assert result.details["unexpected_values"] == ["PAQ"]


def test_person_country_not_iso(runner, tmp_path):
    dataset = _break_in_memory(Copy(tmp_path), lambda r: setattr(r.people[2], "country", "XYZ"))
    results = _run(runner, dataset)
    assert _failed(results) == {"person_country_codes_valid", "people_countries_known"}
    assert results["person_country_codes_valid"].details["record_ids"] == [SEED_ID]


def test_fewer_than_two_parties(runner, tmp_path):
    dataset = _break_in_memory(Copy(tmp_path), lambda r: setattr(r.parties[1], "country", "MAR"))
    _assert_only_failure(_run(runner, dataset), "at_least_two_parties", [SEED_ID])


def test_domain_code_outside_the_vocabulary(runner, tmp_path):
    dataset = _break_in_memory(Copy(tmp_path), lambda r: setattr(r.domains[0], "code", "space"))
    result = _assert_only_failure(_run(runner, dataset), "domain_codes_in_vocabulary", [SEED_ID])
    assert result.details["unexpected_values"] == ["space"]


def test_domain_vocabulary_extended_by_the_dataset(runner, tmp_path):
    ds = Copy(tmp_path)
    (ds.root / "accordcheck.toml").write_text('[vocabulary]\ndomains = ["space"]\n', encoding="utf-8")
    ds.edit(SEED_ID, lambda r: r["domains"][0].update(code="space"))
    assert _failed(_run(runner, ds.root)) == set()


def test_every_builtin_expectation_has_a_breaking_test():
    source = Path(__file__).read_text(encoding="utf-8")
    section = source.split("- each one breaks\n", 1)[1].split("- the tables\n", 1)[0]
    untested = [name for name in BUILTIN_NAMES if f'"{name}"' not in section]
    assert untested == []


# ---------------------------------------------------------------------------- the tables


def test_tables_name_their_records_and_skip_invalid_ones(tmp_path):
    ds = Copy(tmp_path)
    (ds.root / "records" / "broken.json").write_text("{not json", encoding="utf-8")
    tables = dataset_tables(ds.load())
    assert set(tables) == set(TABLES)
    for name, frame in tables.items():
        assert list(frame.columns) == list(TABLES[name])
        assert "record_id" in frame.columns
    assert "broken" not in set(tables["agreements"]["record_id"])
    seed = tables["agreements"].set_index("record_id").loc[SEED_ID]
    assert seed["party_key"] == "MAR+PAK"
    assert seed["signed_date"] == dt.date(2026, 1, 13)
    assert seed["published"] == dt.date(2026, 1, 14)
    people = tables["people"][tables["people"]["record_id"] == SEED_ID]
    assert list(people["field"]) == ["people[0]", "people[1]", "people[2]", "people[3]"]
    assert list(people["diplomat"]) == [False, False, False, True]


def test_tables_of_an_empty_dataset(runner, tmp_path):
    root = tmp_path / "empty"
    (root / "records").mkdir(parents=True)
    tables = dataset_tables(load_dataset(root))
    assert all(len(frame) == 0 for frame in tables.values())
    results = _run(runner, root)
    assert all("tool_error" not in r.details for r in results.values())


def test_title_normalization_and_diplomats():
    assert normalize_title("Note  de Compréhension d’entente ") == normalize_title("note de compréhension d'entente")
    assert is_diplomat(["ambassadrice de France au Bénin"])
    assert is_diplomat(["Chargé d’affaires a.i."])
    assert not is_diplomat(["ministre pakistanais de la Défense"])


# ---------------------------------------------------------------------------- suites as JSON


def test_builtin_suites_are_gx_suites_in_json():
    import great_expectations as gx

    folder = REPO_ROOT / "src" / "accordcheck" / "expectations" / "suites"
    files = sorted(folder.glob("*.json"))
    assert {f.stem for f in files} == set(TABLES)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        suite = gx.ExpectationSuite(**data)  # GX 1.x reads the file as it is
        assert suite.meta["table"] == path.stem
        assert all(e.meta.get("name") for e in suite.expectations)
        assert all(e.description for e in suite.expectations)


def test_custom_expectations_are_real_map_expectations():
    from great_expectations.expectations.expectation import ColumnMapExpectation, ColumnPairMapExpectation

    from accordcheck.expectations import custom

    for cls, base in [
        (custom.ExpectColumnValuesToBeIsoCountryCodes, ColumnMapExpectation),
        (custom.ExpectColumnValuesToNotBeBlank, ColumnMapExpectation),
        (custom.ExpectColumnPairValuesAToBeAmongB, ColumnPairMapExpectation),
    ]:
        assert issubclass(cls, base)
        assert cls.map_metric.startswith(("column_values.accordcheck_", "column_pair_values.accordcheck_"))
        assert cls.__fields__["description"].default  # reports read well (GX models are pydantic v1)


# ---------------------------------------------------------------------------- a dataset's own suites


def _suite(ds: Copy, name: str, content: dict | str) -> None:
    folder = ds.root / "expectations"
    folder.mkdir(exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, indent=2)
    (folder / f"{name}.json").write_text(text, encoding="utf-8")


def test_a_dataset_suite_runs_and_names_the_records(runner, tmp_path):
    ds = Copy(tmp_path)
    _suite(
        ds,
        "team",
        {
            "name": "team.agreements",
            "meta": {"table": "agreements"},
            "expectations": [
                {
                    "type": "expect_column_values_to_be_in_set",
                    "kwargs": {"column": "kind", "value_set": ["agreement", "convention", "protocol", "treaty"]},
                    "meta": {"name": "no_memoranda"},
                },
                {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "visit_host", "mostly": 0.1}},
            ],
        },
    )
    results = _run(runner, ds.root)
    assert list(results)[: len(BUILTIN_NAMES)] == BUILTIN_NAMES
    allowed = {"agreement", "convention", "protocol", "treaty"}
    others = sorted(rf.id for rf in ds.load().record_files if rf.record.instrument.kind.value not in allowed)
    assert SEED_ID in others
    assert results["no_memoranda"].details["record_ids"] == others
    assert results["no_memoranda"].details["suite"] == "team.agreements"
    assert results["no_memoranda"].details["origin"] == "expectations/team.json"
    assert results["team.agreements.column_values_to_not_be_null(visit_host)"].success
    assert [s.name for s in dataset_suites(ds.root)] == ["team.agreements"]


def test_a_dataset_suite_overrides_ours_by_name(runner, tmp_path):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, lambda r: r["people"][2].update(country="USA"))
    _suite(
        ds,
        "people",
        {
            "name": "team.people",
            "meta": {"table": "people"},
            "expectations": [
                {
                    "type": "expect_column_pair_values_a_to_be_among_b",
                    "kwargs": {"column_A": "country", "column_B": "record_countries", "also_allowed": ["USA"]},
                    "meta": {"name": "people_countries_known"},
                }
            ],
        },
    )
    results = _run(runner, ds.root)
    assert list(results) == BUILTIN_NAMES
    assert results["people_countries_known"].success
    assert results["people_countries_known"].details["overrides"].endswith("suites/people.json")


def test_an_sql_expectation_is_refused_not_run(runner, tmp_path):
    ds = Copy(tmp_path)
    _suite(
        ds,
        "sql",
        {
            "name": "team.sql",
            "meta": {"table": "agreements"},
            "expectations": [
                {
                    "type": "unexpected_rows_expectation",
                    "kwargs": {"unexpected_rows_query": "SELECT * FROM {batch} WHERE party_count < 2"},
                    "meta": {"name": "sql_rule"},
                }
            ],
        },
    )
    results = _run(runner, ds.root)
    sql = results["suite expectations/sql.json"]
    assert not sql.success
    assert "'unexpected_rows_expectation' is not an allowed expectation type" in sql.details["tool_error"]
    assert "\n" not in sql.details["tool_error"]
    assert _failed(results) == {"suite expectations/sql.json"}  # the others still ran


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "not valid JSON"),
        ({"name": "x", "meta": {"table": "treaties"}, "expectations": []}, "meta.table"),
        ({"name": "x", "meta": {"table": "agreements"}, "expectations": [{"type": "expect_nothing_real", "kwargs": {}}]}, "not an allowed expectation type"),
        (
            {"name": "x", "meta": {"table": "agreements"}, "expectations": [{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "no_such_column"}}]},
            "no_such_column",
        ),
        (
            {"name": "x", "meta": {"table": "domains"}, "expectations": [{"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "code", "value_set": {"$PARAMETER": "codes"}}}]},
            "unknown $PARAMETER 'codes'",
        ),
    ],
)
def test_a_broken_dataset_suite_is_a_tool_error(runner, tmp_path, content, needle):
    ds = Copy(tmp_path)
    _suite(ds, "broken", content)
    results = _run(runner, ds.root)
    errors = [r for r in results.values() if "tool_error" in r.details]
    assert len(errors) == 1, [r.details for r in errors]
    assert needle in errors[0].details["tool_error"]
    assert "expectations/broken.json" in errors[0].details["tool_error"]
    assert _failed(results) == {errors[0].expectation}


def test_a_runner_that_breaks_is_a_tool_error_not_a_traceback(tmp_path):
    class Broken:
        def validate_table(self, table, frame, entries, parameters):
            raise RuntimeError("boom\nsecond line")

    results = run_expectations(load_dataset(FIXTURE_DATASET), runner=Broken())
    assert len(results) == 1 and not results[0].success
    assert results[0].details["tool_error"] == "the expectation suites could not run: RuntimeError: boom"


# ---------------------------------------------------------------------------- GX stays out of the way


def test_import_accordcheck_does_not_import_great_expectations():
    code = (
        "import sys, accordcheck, accordcheck.expectations, accordcheck.expectations.tables, "
        "accordcheck.expectations.suites, accordcheck.cli.commands\n"
        "accordcheck.load_dataset\n"
        "assert 'great_expectations' not in sys.modules, 'great_expectations imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_extract_does_not_import_great_expectations(tmp_path):
    shutil.copyfile(FIXTURE_DATASET / "sources" / "ma-pk-defence-mou.fr.txt", tmp_path / "article.fr.txt")
    code = (
        "import sys, contextlib, io\n"
        "from accordcheck.cli.commands import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(Exception):\n"
        "    main(['extract', 'article.fr.txt'])  # whatever extract finds, only the imports matter\n"
        "assert 'great_expectations' not in sys.modules, 'great_expectations imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_no_progress_bars_and_nothing_written(tmp_path):
    code = (
        "import sys\n"
        "from accordcheck.dataset.loading import load_dataset\n"
        "from accordcheck.expectations import run_expectations\n"
        f"results = run_expectations(load_dataset({str(FIXTURE_DATASET)!r}))\n"
        "assert results and all(r.success for r in results), [r for r in results if not r.success]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Calculating Metrics" not in done.stderr + done.stdout
    assert "%|" not in done.stderr
    assert list(tmp_path.iterdir()) == []  # no gx/ folder, no uncommitted/ left behind


# ---------------------------------------------------------------------------- through `accordcheck check`


def _check(root: Path, tmp_path: Path) -> tuple[int, dict]:
    from accordcheck.cli.commands import main

    out = tmp_path / "results.json"
    code = main(["check", str(root), "--json", str(out)])
    return code, json.loads(out.read_text(encoding="utf-8"))


def test_check_reports_the_expectations_of_the_fixtures(tmp_path):
    _, report = _check(FIXTURE_DATASET, tmp_path)  # the exit code also reflects the record checks
    expectations = report["expectations"]
    assert len(expectations) >= 8
    assert all(e["success"] for e in expectations), [e for e in expectations if not e["success"]]


def test_check_fails_on_the_same_agreement_twice(tmp_path):
    ds = Copy(tmp_path)
    data = ds.read(SEED_ID)
    data["id"] = "ma-pk-2026-01-13-defence-mou-twice"
    ds.write(data["id"], data)
    code, report = _check(ds.root, tmp_path)
    assert code == 1
    failed = {e["expectation"]: e for e in report["expectations"] if not e["success"]}
    assert failed["no_duplicate_agreements"]["details"]["record_ids"] == sorted([SEED_ID, data["id"]])


def test_check_fails_on_a_signing_date_after_publication(tmp_path):
    ds = Copy(tmp_path)
    ds.edit(SEED_ID, lambda r: r["signed"].update(date="2026-01-16"))
    code, report = _check(ds.root, tmp_path)
    assert code == 1
    failed = {e["expectation"]: e for e in report["expectations"] if not e["success"]}
    assert failed["signing_date_not_after_publication"]["details"]["record_ids"] == [SEED_ID]


def test_check_exits_2_when_an_expectation_cannot_run(tmp_path):
    ds = Copy(tmp_path)
    _suite(ds, "sql", {"name": "sql", "meta": {"table": "agreements"}, "expectations": [
        {"type": "unexpected_rows_expectation", "kwargs": {"unexpected_rows_query": "SELECT * FROM {batch}"}}
    ]})
    code, report = _check(ds.root, tmp_path)
    assert code == 2
    broken = [e for e in report["expectations"] if "tool_error" in e["details"]]
    assert [e["expectation"] for e in broken] == ["suite expectations/sql.json"]
