"""The command line (docs/format.md, Command line): exit codes, one-line errors, --json, output files,
start-up time, and that `check` never touches a source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from accordcheck import __version__
from accordcheck.cli.commands import main
from accordcheck.support.fileio import atomic_write_text

from helpers import FIXTURE_DATASET, REPO_ROOT, SEED_ID, build_dataset
from test_dataset_check import BAD_CASES, bad_dataset

RESULTS_SCHEMA = json.loads((REPO_ROOT / "schemas" / "check-results.schema.json").read_text(encoding="utf-8"))
SUMMARY_KEYS = {"records", "passed", "failed", "checks", "errors", "warnings"}
CHECK_KEYS = {"check", "path", "verdict", "severity", "message", "evidence", "suggestion", "accepted"}
SPAN_KEYS = {"source", "start", "end", "text"}


def run_cli(*args: str | Path, cwd: Path | None = None, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "accordcheck", *map(str, args)],
        capture_output=True, text=True, cwd=cwd or REPO_ROOT, timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def unreadable_only_dataset(tmp_path: Path, config: str | None = None) -> Path:
    """A dataset whose only record cites a missing source (so no fact-checking runs)."""
    case = next(c for c in BAD_CASES if c.stem == "missing-source")
    return build_dataset(tmp_path, records={case.stem: case.record}, seed=False, config=config)


def assert_contract_shape(results: dict) -> None:
    """docs/format.md, Check results, key by key, and the committed JSON Schema."""
    jsonschema.Draft202012Validator(RESULTS_SCHEMA).validate(results)
    assert set(results) == {"summary", "records", "expectations"}
    assert set(results["summary"]) == SUMMARY_KEYS
    assert all(isinstance(v, int) for v in results["summary"].values())
    for record in results["records"]:
        assert set(record) == {"id", "status", "checks"}
        assert record["status"] in ("pass", "fail")
        for check in record["checks"]:
            assert set(check) == CHECK_KEYS
            assert check["verdict"] in ("supported", "contradicted", "not_found", "unverified", "invalid")
            assert check["severity"] in ("error", "warning", "info")
            assert all(set(span) == SPAN_KEYS for span in check["evidence"])
        assert (record["status"] == "fail") == any(c["severity"] == "error" for c in record["checks"])
    for expectation in results["expectations"]:
        assert {"expectation", "success", "details"} <= set(expectation)
        assert isinstance(expectation["success"], bool)
    s = results["summary"]
    assert s["records"] == len(results["records"]) == s["passed"] + s["failed"]
    assert s["failed"] == sum(r["status"] == "fail" for r in results["records"])
    assert s["checks"] == sum(len(r["checks"]) for r in results["records"])
    assert s["errors"] == sum(c["severity"] == "error" for r in results["records"] for c in r["checks"])
    assert s["warnings"] == sum(c["severity"] == "warning" for r in results["records"] for c in r["checks"])


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


# --- check: the fixtures and the bad dataset ------------------------------------------------------


def test_check_fixtures_passes_with_json_in_contract_shape(tmp_path, capsys):
    out = tmp_path / "r.json"
    code = main(["check", str(FIXTURE_DATASET), "--json", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    results = json.loads(out.read_text(encoding="utf-8"))
    assert_contract_shape(results)
    assert results["summary"]["failed"] == 0
    seed = next(r for r in results["records"] if r["id"] == SEED_ID)
    assert seed["status"] == "pass"
    assert not [c for c in seed["checks"] if c["verdict"] == "invalid"]


def test_check_bad_dataset_lists_each_bad_record_and_passes_the_seed(tmp_path, capsys):
    root = bad_dataset(tmp_path, BAD_CASES)
    out = tmp_path / "results.json"
    code = main(["check", str(root), "--json", str(out)])
    captured = capsys.readouterr()
    assert code == 1, captured.out + captured.err
    assert "Traceback" not in captured.out + captured.err

    results = json.loads(out.read_text(encoding="utf-8"))
    assert_contract_shape(results)
    status = {r["id"]: r for r in results["records"]}
    assert status[SEED_ID]["status"] == "pass"
    assert not [c for c in status[SEED_ID]["checks"] if c["verdict"] == "invalid"]
    assert results["summary"]["failed"] == len(BAD_CASES)

    lines = captured.out.splitlines()
    for case in BAD_CASES:
        record_id = "another-id" if case.stem == "id-mismatch" else case.stem
        assert status[record_id]["status"] == "fail"
        codes = case.check if isinstance(case.check, tuple) else (case.check,)
        assert any(
            c["check"] in codes and c["path"] == case.path and c["severity"] == "error"
            for c in status[record_id]["checks"]
        ), case.stem
        # the terminal names the record file, then one line per problem with field and reason
        header = [i for i, line in enumerate(lines) if "FAIL" in line and f"({case.relpath})" in line]
        assert header, case.stem
        detail = [line for line in lines[header[0] + 1 :] if case.path in line and case.needles[0] in line]
        assert detail, (case.stem, lines[header[0] : header[0] + 6])
    assert not [line for line in lines if "FAIL" in line and SEED_ID in line]


def test_check_bad_dataset_in_a_subprocess_prints_no_traceback(tmp_path):
    root = bad_dataset(tmp_path, BAD_CASES)
    done = run_cli("check", root)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    for case in BAD_CASES:
        assert f"({case.relpath})" in done.stdout


@pytest.mark.parametrize("case", BAD_CASES, ids=[c.stem for c in BAD_CASES])
def test_each_bad_record_alone_exits_1(tmp_path, capsys, case):
    root = bad_dataset(tmp_path, [case])
    out = tmp_path / "r.json"
    assert main(["check", str(root), "--json", str(out)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    results = {r["id"]: r["status"] for r in json.loads(out.read_text())["records"]}
    assert results.pop(SEED_ID) == "pass"
    assert list(results.values()) == ["fail"]


def test_check_never_modifies_the_sources(tmp_path, capsys):
    root = bad_dataset(tmp_path, BAD_CASES)
    files = sorted(p for p in (root / "sources").rglob("*") if p.is_file() and not p.is_symlink())
    old = 1_600_000_000_000_000_000
    for p in files:
        os.utime(p, ns=(old, old))
    before = {p: p.read_bytes() for p in files}
    main(["check", str(root), "--json", str(tmp_path / "r.json")])
    capsys.readouterr()
    assert sorted(p for p in (root / "sources").rglob("*") if p.is_file() and not p.is_symlink()) == files
    for p in files:
        assert p.read_bytes() == before[p], p
        assert p.stat().st_mtime_ns == old, p


# --- exit 2: not a dataset, bad options --------------------------------------------------------------


def test_no_such_dir_is_one_line_exit_2(tmp_path):
    done = run_cli("check", "no-such-dir", cwd=tmp_path)
    assert done.returncode == 2
    assert "no-such-dir" in one_line(done.stderr)
    assert done.stdout == ""


@pytest.mark.parametrize("kind", ["file", "no-records", "bad-config"])
def test_not_a_dataset_is_one_line_exit_2(tmp_path, capsys, kind):
    if kind == "file":
        target = tmp_path / "a.txt"
        target.write_text("x")
    elif kind == "no-records":
        target = tmp_path / "empty"
        target.mkdir()
    else:
        target = build_dataset(tmp_path, config="[checks]\ndisabled = [\n")
    assert main(["check", str(target)]) == 2
    captured = capsys.readouterr()
    line = one_line(captured.err)
    assert line.startswith("accordcheck: ") and str(target) in line
    assert captured.out == ""


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["check"],
        ["frobnicate"],
        ["check", "fixtures/dataset", "--bogus"],
        ["check", "fixtures/dataset", "--fail-on", "never"],
        ["check", "fixtures/dataset", "--json"],
        ["extract", "x.txt", "--published", "14/01/2026"],
        ["extract", "x.txt", "--lang", "de"],
        ["extract"],
        ["add", "x.txt"],
        ["schema", "extra-arg"],
        ["--nope"],
    ],
    ids=lambda argv: " ".join(argv) or "(nothing)",
)
def test_bad_options_are_one_line_on_stderr_exit_2(capsys, argv):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert one_line(captured.err).startswith("accordcheck")
    assert captured.out == ""


def test_bad_options_in_a_subprocess(tmp_path):
    done = run_cli("check", tmp_path, "--fail-on", "never")
    assert done.returncode == 2
    assert "--fail-on" in one_line(done.stderr)
    assert done.stdout == ""


def test_fail_on_warning(tmp_path, capsys):
    # a near-miss spelling of a name is a warning: the record passes unless warnings fail
    record = json.loads((FIXTURE_DATASET / "records" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    record["people"][1]["name"] = "Abdellatif Loudiyi"
    root = build_dataset(tmp_path, records={SEED_ID: record})
    assert main(["check", str(root)]) == 0
    assert main(["check", str(root), "--fail-on", "warning"]) == 1
    assert "Traceback" not in capsys.readouterr().err


# --- output files -------------------------------------------------------------------------------------


def test_json_into_a_missing_directory_is_created(tmp_path, capsys):
    root = unreadable_only_dataset(tmp_path)
    out = tmp_path / "build" / "deep" / "results.json"
    assert main(["check", str(root), "--json", str(out)]) == 1
    results = json.loads(out.read_text(encoding="utf-8"))
    assert_contract_shape(results)
    assert results["records"][0]["id"] == "missing-source"
    assert [p.name for p in out.parent.iterdir()] == ["results.json"]


def test_failed_json_write_leaves_no_partial_file(tmp_path, capsys, monkeypatch):
    root = unreadable_only_dataset(tmp_path)
    out = tmp_path / "out" / "results.json"
    out.parent.mkdir()
    out.write_text("previous results\n")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("accordcheck.support.fileio.os.fsync", disk_full)
    try:
        main(["check", str(root), "--json", str(out)])
    except OSError:
        pass  # how the CLI reports it is another test; here: nothing half-written
    assert out.read_text() == "previous results\n"
    assert [p.name for p in out.parent.iterdir()] == ["results.json"]


@pytest.mark.parametrize("problem", ["parent-is-a-file", "disk-full"])
def test_unwritable_output_is_one_line_exit_2(tmp_path, capsys, monkeypatch, problem):
    root = unreadable_only_dataset(tmp_path)
    if problem == "parent-is-a-file":
        (tmp_path / "blocker").write_text("x")
        out = tmp_path / "blocker" / "results.json"
    else:
        out = tmp_path / "results.json"
        monkeypatch.setattr("accordcheck.support.fileio.os.fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space")))
    assert main(["check", str(root), "--json", str(out)]) == 2
    assert str(out) in one_line(capsys.readouterr().err)


def test_atomic_write_creates_parents_and_replaces(tmp_path):
    target = tmp_path / "a" / "b" / "r.json"
    atomic_write_text(target, "one\n")
    atomic_write_text(target, "two\n")
    assert target.read_bytes() == b"two\n"
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]


def test_atomic_write_keeps_newlines_and_utf8(tmp_path):
    target = tmp_path / "r.txt"
    atomic_write_text(target, "l’accord\nfin\n")
    assert target.read_bytes() == "l’accord\nfin\n".encode("utf-8")


@pytest.mark.parametrize("failure", ["encode", "replace"])
def test_atomic_write_failure_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch, failure):
    target = tmp_path / "r.json"
    target.write_text("old\n")
    text = "x" * 100_000
    if failure == "encode":
        text += "\udc80"  # a lone surrogate: fails while writing, after a first chunk
    else:
        monkeypatch.setattr("accordcheck.support.fileio.os.replace", lambda *a: (_ for _ in ()).throw(OSError("boom")))
    with pytest.raises((UnicodeEncodeError, OSError)):
        atomic_write_text(target, text)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_atomic_write_gives_the_usual_file_mode(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    target = tmp_path / "atomic.txt"
    atomic_write_text(target, "x")
    assert target.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777
    os.chmod(target, 0o640)
    atomic_write_text(target, "y")
    assert target.stat().st_mode & 0o777 == 0o640


# --- start-up: light import, fast --help ----------------------------------------------------------------


def test_help_imports_nothing_heavy():
    # speed is measured by scripts in benchmarks/, not by timed tests: what keeps --help
    # instant is that it loads none of spaCy, Great Expectations, pandas or Dask
    probe = (
        "import sys, runpy; sys.argv = ['accordcheck', '--help']\n"
        "try:\n    runpy.run_module('accordcheck', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'great_expectations', 'pandas', 'dask', 'distributed', 'trafilatura') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout, done.stdout[-300:]
    for command in ("init", "check", "extract", "add", "review", "accept", "schema"):
        assert command in done.stdout


def test_console_script_help():
    script = Path(sys.executable).with_name("accordcheck")
    if not script.exists():
        pytest.skip("console script not installed next to this interpreter")
    done = subprocess.run([str(script), "check", "--help"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0
    for option in ("--json", "--report", "--junit", "--changed-since", "--fail-on"):
        assert option in done.stdout


def test_version():
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"accordcheck {__version__}"


def test_import_is_light():
    code = (
        "import json, sys\n"
        "import accordcheck, accordcheck.cli.commands\n"
        "accordcheck.cli.commands.build_parser()\n"
        "accordcheck.load_dataset, accordcheck.check_dataset, accordcheck.AgreementRecord\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout)
    heavy = [m for m in modules if m.split(".")[0] in ("spacy", "great_expectations", "thinc", "torch")]
    assert heavy == []


class _Payload:
    """Unpickling this runs a shell command (what a hostile dataset could plant)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_check_runs_no_code_planted_in_the_dataset_or_the_cache(tmp_path):
    """Readings are cached outside the dataset, under an HMAC: a planted pickle never loads."""
    import pickle

    root = build_dataset(tmp_path)
    cache = tmp_path / "cache"
    env = {"ACCORDCHECK_CACHE_DIR": str(cache)}
    assert run_cli("check", root, env=env).returncode == 0
    assert not list(root.rglob("*.pickle")), "the cache must not be written into the dataset"
    entries = list(cache.glob("*.pickle"))
    assert entries, "the first check fills the cache"
    marker = tmp_path / "pwned"
    (root / ".accordcheck-cache").mkdir()
    for path in [*entries, root / ".accordcheck-cache" / "planted.pickle"]:
        path.write_bytes(pickle.dumps(_Payload(marker)))
    done = run_cli("check", root, env=env)
    assert not marker.exists(), "a planted pickle ran"
    assert done.returncode == 0
