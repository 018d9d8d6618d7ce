"""The pytest plugin (``pytest --accordcheck DATASET``), driven through ``pytester``.

Inert unless asked; one item per record (named after its id) and one per expectation suite;
a failing record shows each failed check; works with -k, -x, --junitxml, pytest-xdist,
``[tool.accordcheck]`` in pyproject.toml and ``--accordcheck-changed-since``. Last, the
judging scenario of issue 6 on a copy of ``fixtures/dataset``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accordcheck.checking.runner import check_dataset
from accordcheck.cli.commands import main
from accordcheck.expectations.suites import builtin_suites

from helpers import FIXTURE_DATASET, SEED_ID, build_dataset
from test_gate import corrupt_sha, edit, git, init_repo, three_records

pytest_plugins = ["pytester"]

SUITES = [suite.name for suite in builtin_suites()]  # one item each: accordcheck.agreements, …


@pytest.fixture(scope="module", autouse=True)
def warm(tmp_path_factory) -> Path:
    """Import and load what checking needs (spaCy, Great Expectations) in this process once:
    pytester's in-process runs drop the modules they import, so they would load it each time.
    Returns the dataset checked; the user's document cache now holds the seed article read."""
    dataset = build_dataset(tmp_path_factory.mktemp("warm"))
    check_dataset(dataset)
    return dataset


@pytest.fixture
def data(pytester, seed_record, seed_source_bytes) -> Path:
    return three_records(pytester.path, seed_record, seed_source_bytes)


RECORD_IDS = [SEED_ID, "ma-pk-twin", "other-copy"]


def node_ids() -> list[str]:
    return [f"data/records/{i}.json::{i}" for i in sorted(RECORD_IDS)] + [f"data::expectations[{s}]" for s in SUITES]


def run(pytester, *args: str):
    """An in-process run, without the hypothesis plugin: its terminal summary imports modules
    that pytester drops after each run, so pytest would import and rewrite them every time."""
    return pytester.runpytest("-p", "no:hypothesispytest", *args)


def collected(result) -> list[str]:
    return [line for line in result.outlines if "::" in line and not line.startswith(("=", "!"))]


# --- inert unless asked ------------------------------------------------------------------------------


def test_inert_without_a_dataset(pytester, data):
    pytester.makepyfile(test_own="def test_own():\n    pass\n")
    result = run(pytester, "-v")
    result.assert_outcomes(passed=1)
    assert "accordcheck: dataset" not in result.stdout.str()
    config = pytester.parseconfigure()
    assert config.pluginmanager.get_plugin("accordcheck-dataset") is None
    assert pytester.parseconfigure("--accordcheck", "data").pluginmanager.get_plugin("accordcheck-dataset") is not None


def test_the_plugin_module_imports_nothing_heavy():
    code = (
        "import sys, accordcheck.pytest_plugin\n"
        "heavy = [m for m in ('accordcheck.dataset.loading', 'accordcheck.checking.runner', 'pydantic', 'spacy', 'great_expectations', 'pandas') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_options_share_one_prefix(pytester):
    result = run(pytester, "--help")
    help_text = result.stdout.str()
    assert "accordcheck: fact-check a dataset" in help_text
    for option in ("--accordcheck=DATASET", "--accordcheck-changed-since=GITREV", "--accordcheck-fail-on"):
        assert option in help_text


def test_a_missing_or_non_dataset_folder_is_a_usage_error(pytester):
    result = run(pytester, "--accordcheck", "nope")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--accordcheck nope: no such directory*"])
    (pytester.path / "empty").mkdir()
    result = run(pytester, "--accordcheck", "empty")
    result.stderr.fnmatch_lines(["*--accordcheck empty: not a dataset (no records/ folder)*"])


def test_plugin_options_without_a_dataset_are_a_usage_error(pytester):
    result = run(pytester, "--accordcheck-changed-since", "HEAD")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--accordcheck-changed-since needs a dataset: --accordcheck DATASET or [[]tool.accordcheck] dataset*"])


# --- items, passing and failing --------------------------------------------------------------------


def test_one_item_per_record_named_after_its_id_and_one_per_suite(pytester, data):
    result = run(pytester, "--accordcheck", "data", "--collect-only", "-q")
    assert collected(result) == node_ids()


def test_a_correct_dataset_passes(pytester, data):
    result = run(pytester, "--accordcheck", "data")
    result.assert_outcomes(passed=len(RECORD_IDS) + len(SUITES), warnings=2)  # domains the copies omit
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["accordcheck: dataset data"])


def test_a_wrong_record_fails_with_its_id_and_each_failed_check(pytester, data):
    corrupt_sha(data / "records" / "ma-pk-twin.json")
    wrong_sha = json.loads((data / "records" / "ma-pk-twin.json").read_text(encoding="utf-8"))["sources"][0]["sha256"]
    result = run(pytester, "--accordcheck", "data")
    result.assert_outcomes(passed=len(RECORD_IDS) - 1 + len(SUITES), failed=1, warnings=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*_ accordcheck record ma-pk-twin _*",
            "record ma-pk-twin (data/records/ma-pk-twin.json): 1 error, 1 warning",
            "sources[0].sha256  (line 11)",
            "    check:      source_hash (error)",
            "    verdict:    contradicted",
            f'    record:     "{wrong_sha}"',
            "    message:    sources/ma-pk-defence-mou.fr.txt changed since the record was made: its sha256 is now *",
            '    suggestion: "*"',
            "*FAILED data/records/ma-pk-twin.json::ma-pk-twin*",
        ]
    )


def test_the_source_words_and_the_suggestion_of_a_wrong_fact(pytester, data):
    edit(data / "records" / f"{SEED_ID}.json", '"date": "2026-01-13"', '"date": "2026-01-14"')
    result = run(pytester, "--accordcheck", "data", "-k", SEED_ID)
    result.assert_outcomes(failed=1, deselected=len(RECORD_IDS) - 1 + len(SUITES))
    result.stdout.fnmatch_lines(
        [
            "signed.date  (line *)",
            "    check:      date_consistent (error)",
            "    verdict:    contradicted",
            '    record:     "2026-01-14"',
            "    message:    *ce mardi*2026-01-13*",
            "    source:     *ce mardi*",
            '    suggestion: "2026-01-13"',
        ]
    )


def test_warnings_pass_with_a_pytest_warning_unless_fail_on_warning(pytester, data):
    result = run(pytester, "--accordcheck", "data", "-k", "twin")
    result.assert_outcomes(passed=1, deselected=len(RECORD_IDS) - 1 + len(SUITES), warnings=1)
    result.stdout.fnmatch_lines(["*data/records/ma-pk-twin.json:*: AccordcheckWarning: ma-pk-twin: domains [[]domain_omitted]*"])
    result = run(pytester, "--accordcheck", "data", "-k", "twin", "--accordcheck-fail-on", "warning")
    result.assert_outcomes(failed=1, deselected=len(RECORD_IDS) - 1 + len(SUITES))
    result.stdout.fnmatch_lines(["    check:      domain_omitted (warning)"])


def test_warnings_turned_into_errors_by_W_show_the_checks_too(pytester, data):
    result = run(pytester, "--accordcheck", "data", "-k", "twin", "-W", "error::accordcheck.pytest_plugin.AccordcheckWarning")
    result.assert_outcomes(failed=1, deselected=len(RECORD_IDS) - 1 + len(SUITES))
    result.stdout.fnmatch_lines(["record ma-pk-twin (data/records/ma-pk-twin.json): 1 warning", "domains  (line *)"])


def test_a_fault_of_the_tool_is_a_short_traceback_not_a_record_failure(pytester, data, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the reader fell over")

    monkeypatch.setattr("accordcheck.checking.runner.check_dataset", broken)
    result = run(pytester, "--accordcheck", "data", "-k", "twin")
    result.assert_outcomes(failed=1, deselected=len(RECORD_IDS) - 1 + len(SUITES))
    result.stdout.fnmatch_lines(["*def runtest(self)*", "E*RuntimeError: the reader fell over"])
    assert "_pytest/runner.py" not in result.stdout.str()


def test_an_invalid_record_file_is_a_failing_item_named_after_its_file(pytester, data):
    (data / "records" / "broken.json").write_text('{\n  "id": "broken",\n  oops\n}\n', encoding="utf-8")
    result = run(pytester, "--accordcheck", "data", "-k", "broken")
    result.assert_outcomes(failed=1, deselected=len(RECORD_IDS) + len(SUITES))
    result.stdout.fnmatch_lines(["(file)  (line 3)", "    check:      record_json (error)", "    verdict:    invalid"])


def test_a_failed_expectation_fails_its_suite_item(pytester, data, seed_record):
    (data / "records" / "ma-pk-again.json").write_text(
        json.dumps({**seed_record, "id": "ma-pk-again"}, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    result = run(pytester, "--accordcheck", "data", "-k", "expectations")
    result.assert_outcomes(passed=len(SUITES) - 1, failed=1, deselected=len(RECORD_IDS) + 1)
    result.stdout.fnmatch_lines(
        [
            "*accordcheck expectation suite accordcheck.agreements*",
            "suite accordcheck.agreements: 1 dataset expectation failed",
            f"no_duplicate_agreements: failed for {SEED_ID}, ma-pk-again",
        ]
    )


# --- selection, -x, junitxml, xdist ------------------------------------------------------------------


def test_k_x_and_node_ids_select_records(pytester, data):
    corrupt_sha(data / "records" / "ma-pk-twin.json")
    corrupt_sha(data / "records" / "other-copy.json")
    result = run(pytester, "--accordcheck", "data", "-x", "-k", "not expectations")
    result.assert_outcomes(failed=1, passed=1, deselected=len(SUITES))  # stops after the first failure
    result = run(pytester, "--accordcheck", "data", "data/records/other-copy.json")
    result.assert_outcomes(failed=1)
    result = run(pytester, "--accordcheck", "data", f"data/records/{SEED_ID}.json::{SEED_ID}")
    result.assert_outcomes(passed=1)


def test_junitxml_holds_the_failure(pytester, data):
    corrupt_sha(data / "records" / "other-copy.json")
    result = run(pytester, "--accordcheck", "data", "--junitxml", "junit.xml")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    suite = ET.parse(pytester.path / "junit.xml").getroot().find("testsuite")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == set(RECORD_IDS) | {f"expectations[{s}]" for s in SUITES}
    failure = cases["other-copy"].find("failure")
    assert failure is not None and "sources[0].sha256" in failure.text and "source_hash (error)" in failure.text
    assert cases["other-copy"].get("classname") == "data.records.other-copy.json"
    assert [name for name, case in cases.items() if case.find("failure") is not None] == ["other-copy"]


def test_with_xdist(pytester, data, warm):
    corrupt_sha(data / "records" / "other-copy.json")
    # the workers find the seed article's reading in the user's document cache (the
    # `warm` fixture checked it): they need not load spaCy
    # (the suites left out: each worker running one would import Great Expectations)
    result = pytester.runpytest_subprocess(
        "--accordcheck", "data", "-n", "2", "-k", "not expectations", "-p", "no:cacheprovider", "-p", "no:hypothesispytest"
    )
    result.assert_outcomes(passed=len(RECORD_IDS) - 1, failed=1, warnings=1)  # xdist does not count deselected
    result.stdout.fnmatch_lines(["*FAILED data/records/other-copy.json::other-copy*"])


# --- pyproject.toml and beside the repository's own tests ---------------------------------------------


def test_pyproject_setting_collects_the_dataset_beside_the_own_tests(pytester, data):
    pytester.makepyprojecttoml('[tool.accordcheck]\ndataset = "data"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_own.py").write_text("def test_own():\n    pass\n", encoding="utf-8")
    result = run(pytester, "--collect-only", "-q")
    assert collected(result) == ["tests/test_own.py::test_own", *node_ids()]
    # named paths are honoured: the own tests alone, or one record alone
    result = run(pytester, "tests", "--collect-only", "-q")
    assert collected(result) == ["tests/test_own.py::test_own"]
    result = run(pytester, f"data/records/{SEED_ID}.json", "-q")
    result.assert_outcomes(passed=1)
    # the whole dataset when pytest walks into it
    result = run(pytester, ".", "--collect-only", "-q")
    assert collected(result) == [*node_ids(), "tests/test_own.py::test_own"]


def test_a_dataset_at_the_repository_root_keeps_the_repository_tests(pytester, seed_record):
    build_dataset(pytester.path, name=".")
    pytester.makepyfile(test_own="def test_own():\n    pass\n")
    pytester.makepyprojecttoml('[tool.accordcheck]\ndataset = "."\nfail_on = "warning"\n')
    result = run(pytester)
    result.assert_outcomes(passed=1 + 1 + len(SUITES))
    result.stdout.fnmatch_lines(["accordcheck: dataset ., failing on warnings"])
    assert run(pytester, "--co", "-q").outlines[:2] == [f"records/{SEED_ID}.json::{SEED_ID}", "test_own.py::test_own"]


def test_the_example_data_repository_passes_with_a_plain_pytest(pytester, repo_root):
    shutil.copytree(repo_root / "examples" / "data-repo", pytester.path, dirs_exist_ok=True, copy_function=shutil.copyfile)
    result = run(pytester)
    records = len(list((pytester.path / "data" / "records").glob("*.json")))
    assert result.ret == pytest.ExitCode.OK
    assert result.parseoutcomes()["passed"] == records + len(SUITES)
    result.stdout.fnmatch_lines(["accordcheck: dataset data"])


# --- --accordcheck-changed-since ----------------------------------------------------------------------


def test_changed_since_skips_the_unchanged_records(pytester, data):
    init_repo(pytester.path)
    corrupt_sha(data / "records" / "other-copy.json")
    result = run(pytester, "--accordcheck", "data", "--accordcheck-changed-since", "HEAD", "-rfs")
    result.assert_outcomes(failed=1, skipped=len(RECORD_IDS) - 1, passed=len(SUITES))
    result.stdout.fnmatch_lines(["*FAILED data/records/other-copy.json::other-copy*", "SKIPPED [[]1] data/records/ma-pk-twin.json: unchanged since HEAD"])
    result = run(pytester, "--accordcheck", "data", "--accordcheck-changed-since", "no-such-rev")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*accordcheck: --accordcheck-changed-since: unknown git revision 'no-such-rev'*"])


# --- the judging scenario of issue 6 -------------------------------------------------------------------


def test_judging_scenario_a_wrong_date_fails_the_gate_and_the_plugin_and_its_revert_passes(pytester, monkeypatch):
    """A throw-away repository holding fixtures/dataset, one record's date made wrong:
    ``check --changed-since HEAD --json r.json --junit j.xml`` exits 1 with that record alone in
    r.json and a failure in j.xml; ``pytest --accordcheck data`` exits 1 naming it; after the
    revert both exit 0."""
    repo = pytester.path
    shutil.copytree(FIXTURE_DATASET, repo / "data", copy_function=shutil.copyfile)
    init_repo(repo)
    monkeypatch.chdir(repo)
    record = Path("data/records") / f"{SEED_ID}.json"
    edit(record, '"date": "2026-01-13"', '"date": "2026-01-14"')

    gate = ["check", "data", "--changed-since", "HEAD", "--json", "r.json", "--junit", "j.xml"]
    assert main(gate) == 1
    results = json.loads(Path("r.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in results["records"]] == [SEED_ID]
    assert any(c["path"] == "signed.date" and c["severity"] == "error" for c in results["records"][0]["checks"])
    failures = ET.parse("j.xml").getroot().findall(".//failure")
    assert [f.get("message") for f in failures] == ["1 check failed: signed.date [date_consistent]"]
    plugin = run(pytester, "--accordcheck", "data", "-q")
    assert plugin.ret == pytest.ExitCode.TESTS_FAILED
    plugin.stdout.fnmatch_lines([f"FAILED data/records/{SEED_ID}.json::{SEED_ID}*"])
    assert plugin.parseoutcomes()["failed"] == 1

    git(repo, "checkout", "--", "data")
    assert main(gate) == 0
    assert json.loads(Path("r.json").read_text(encoding="utf-8"))["records"] == []
    assert ET.parse("j.xml").getroot().findall(".//failure") == []
    plugin = run(pytester, "--accordcheck", "data", "-q")
    assert plugin.ret == pytest.ExitCode.OK, plugin.stdout.str()[-3000:]
