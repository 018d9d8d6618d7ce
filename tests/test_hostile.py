"""A pull request is hostile input (issue 15): no code run, nothing read or written outside
the dataset and the named outputs, no traceback, no hang, no orphan process, no lost gate.

One hostile dataset (deep, huge, symlinked, FIFO and invisible-character records; a 20 MB
source and a FIFO source) goes through one ``accordcheck check`` with every output; the
other cases are each their own small run. The attacks that were already handled stay here
too (YAML tags, escaping source paths, forged cache entries, markup in the report) so they
stay handled. The last test fuzzes record files with Hypothesis.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordcheck.cli.commands import main
from accordcheck.dataset.config import ConfigError, load_config
from accordcheck.dataset.loading import load_dataset
from accordcheck.support.display import MESSAGE_LIMIT, escape_invisible, shown, tidy_message
from accordcheck.support.fileio import FileRefused, atomic_write_text, read_regular_bytes
from accordcheck.support.limits import MAX_RECORD_DEPTH, json_depth
from accordcheck.dataset.sources import SourceError, read_source

from helpers import FIXTURE_DATASET, REPO_ROOT, SEED_ID, SEED_RECORD_FILE, SEED_SOURCE, build_dataset

SEED = json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))
SECRET = "SECRET-OUTSIDE-7f3a9c"  # text of files outside the dataset: must never show up
INVISIBLE = {chr(c) for c in (0x202E, 0x202D, 0x2066, 0x2067, 0x200B, 0x200D, 0xFEFF)}


def run_cli(*args, env=None, timeout=300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "accordcheck", *map(str, args)],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=timeout,
        env={**os.environ, **(env or {})}, **kwargs,
    )


def variant(stem: str, change=None) -> dict:
    record = copy.deepcopy(SEED)
    record["id"] = stem
    if change is not None:
        change(record)
    return record


def no_traceback(text: str) -> None:
    assert "Traceback" not in text and "Error:" not in text.replace("accordcheck:", ""), text[-2000:]


# ---------------------------------------------------------------- one hostile dataset, one run


def _nfd(record: dict) -> None:
    title = unicodedata.normalize("NFD", record["instrument"]["title"])  # looks the same, is not
    record["instrument"]["title"] = title
    span = record["instrument"]["evidence"][0]
    span.update(text=title, end=span["start"] + len(title))


HOSTILE_RECORDS = {
    "deep-10000": "[" * 10_000 + "]" * 10_000,
    "deep-objects": '{"a":' * 5_000 + "1" + "}" * 5_000,
    "deep-1000": "[" * 1_000 + "]" * 1_000,  # the RecursionError of the issue
    "deep-300": "[" * 300 + "]" * 300,  # reported as "not valid JSON" before
    "huge": '{"id": "huge", "pad": "' + "a" * (1_100_000) + '"}',
    "long-title": variant("long-title", lambda r: r["instrument"].update(title="T" * 300_000)),
    "bidi": variant("bidi", lambda r: r["parties"][0].update(name="Maroc\u202e\u200b")),
    "nfd": variant("nfd", _nfd),
    "big-source": variant("big-source", lambda r: r["sources"][0].update(path="sources/big.txt", sha256=None)),
    "fifo-source": variant("fifo-source", lambda r: r["sources"][0].update(path="sources/fifo.txt", sha256=None)),
}


def _build_hostile(base: Path) -> Path:
    root = build_dataset(base, records=HOSTILE_RECORDS)
    outside = base / "outside"
    outside.mkdir()
    leaked = variant("leak", lambda r: r["instrument"].update(title=SECRET))
    (outside / "leak.json").write_text(json.dumps(leaked), encoding="utf-8")
    (root / "records" / "leak.json").symlink_to(outside / "leak.json")
    os.mkfifo(root / "records" / "fifo-record.json")
    (root / "records" / "folder.json").mkdir()
    (root / "sources" / "big.txt").write_bytes(b"x" * (20 << 20))
    os.mkfifo(root / "sources" / "fifo.txt")
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, worker_id):
    """The one run of the hostile dataset, shared by the pytest-xdist workers (a lock and a
    folder in their common temporary folder: the first worker runs it, the others read it)."""
    import fcntl

    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    base = shared / "hostile-run"
    with open(shared / "hostile-run.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (base / "done.json").exists():
            base.mkdir(exist_ok=True)
            root = _build_hostile(base)
            out = base / "out"
            started = time.monotonic()
            done = run_cli(
                "check", root, "--json", out / "r.json", "--junit", out / "j.xml", "--report", out / "r.html",
                "--jobs", "1000", env={"ACCORDCHECK_CACHE_DIR": str(base / "cache")}, timeout=600,
            )
            elapsed = time.monotonic() - started
            summary = {"returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr, "elapsed": elapsed}
            (base / "done.json").write_text(json.dumps(summary))
    summary = json.loads((base / "done.json").read_text())
    out = base / "out"
    done = subprocess.CompletedProcess([], summary["returncode"], summary["stdout"], summary["stderr"])
    results = json.loads((out / "r.json").read_text(encoding="utf-8")) if (out / "r.json").exists() else None
    by_id = {r["id"]: r for r in results["records"]} if results else {}
    return {"root": base / "dataset", "out": out, "done": done, "results": results, "by_id": by_id, "elapsed": summary["elapsed"]}


def _record_checks(hostile, stem):
    return hostile["by_id"][stem]["checks"]


def test_the_run_ends_with_exit_1_every_output_and_no_traceback(hostile):
    done = hostile["done"]
    assert done.returncode == 1, done.stderr[-3000:]
    no_traceback(done.stderr)
    no_traceback(done.stdout)
    out = hostile["out"]
    assert hostile["results"] is not None
    ET.parse(out / "j.xml")
    assert (out / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in out.iterdir()) == ["j.xml", "r.html", "r.json"]  # no stray temporary file
    assert hostile["elapsed"] < 240, f"took {hostile['elapsed']:.0f} s"


def test_every_other_record_is_still_checked(hostile):
    seed = hostile["by_id"][SEED_ID]
    assert seed["status"] == "pass", [c["message"] for c in seed["checks"] if c["severity"] == "error"]
    expected = set(HOSTILE_RECORDS) | {SEED_ID, "leak", "fifo-record", "folder"}
    assert set(hostile["by_id"]) == expected


@pytest.mark.parametrize(
    "stem, words",
    [
        ("deep-10000", ["records/deep-10000.json", "nested 10,000 levels deep", f"limit of {MAX_RECORD_DEPTH}"]),
        ("deep-objects", ["records/deep-objects.json", "nested 5,000 levels deep"]),
        ("deep-1000", ["records/deep-1000.json", "nested 1,000 levels deep"]),
        ("deep-300", ["records/deep-300.json", "nested 300 levels deep"]),
        ("huge", ["records/huge.json", "bytes, over the limit of 1,048,576", "limits.record_bytes"]),
        ("leak", ["records/leak.json", "path leaves the dataset"]),
        ("fifo-record", ["records/fifo-record.json", "FIFO", "not a regular file"]),
        ("folder", ["records/folder.json", "directory"]),
    ],
)
def test_an_unusable_record_file_is_one_failing_check_naming_it(hostile, stem, words):
    record = hostile["by_id"][stem]
    assert record["status"] == "fail"
    [check] = record["checks"]
    assert (check["check"], check["verdict"], check["severity"]) == ("record_json", "invalid", "error")
    for word in words:
        assert word in check["message"]
    assert len(check["message"]) < 300


def test_a_record_linked_out_of_the_dataset_is_never_shown(hostile):
    out = hostile["out"]
    for text in [hostile["done"].stdout, hostile["done"].stderr, *(p.read_text(encoding="utf-8") for p in out.iterdir())]:
        assert SECRET not in text


@pytest.mark.parametrize(
    "stem, words",
    [
        ("big-source", ["sources/big.txt", "20,971,520 bytes", "over the limit of 2,097,152", "limits.source_bytes"]),
        ("fifo-source", ["sources/fifo.txt", "FIFO", "not opened"]),
    ],
)
def test_an_unusable_source_is_a_failing_record_naming_it(hostile, stem, words):
    record = hostile["by_id"][stem]
    assert record["status"] == "fail"
    readable = [c for c in record["checks"] if c["check"] == "source_readable"]
    assert [c["verdict"] for c in readable] == ["invalid"]
    for word in words:
        assert word in readable[0]["message"]


def test_long_strings_are_cut_in_every_message_with_their_length(hostile):
    messages = [c["message"] for r in hostile["results"]["records"] for c in r["checks"]]
    assert max(map(len, messages)) <= MESSAGE_LIMIT + 60
    title = [c for c in _record_checks(hostile, "long-title") if c["path"] == "instrument.title" and c["verdict"] != "supported"]
    assert title and all("300,000 characters" in c["message"] for c in title)
    assert (hostile["out"] / "r.html").stat().st_size < 2_000_000


def test_invisible_characters_are_flagged_naming_field_and_code_point(hostile):
    flagged = [c for c in _record_checks(hostile, "bidi") if c["check"] == "text_invisible"]
    assert [c["path"] for c in flagged] == ["parties[0].name"]
    assert flagged[0]["severity"] == "warning"
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in flagged[0]["message"]
    assert "U+200B ZERO WIDTH SPACE" in flagged[0]["message"]
    assert "\\u202e" in flagged[0]["message"]
    assert flagged[0]["suggestion"] == "Maroc"


def test_no_message_carries_a_raw_invisible_character(hostile):
    for record in hostile["results"]["records"]:
        for check in record["checks"]:
            assert not INVISIBLE & set(check["message"]), check


def test_normalization_differences_are_said(hostile):
    checks = _record_checks(hostile, "nfd")
    unnormalized = [c for c in checks if c["check"] == "text_normalization"]
    assert {c["path"] for c in unnormalized} >= {"instrument.title", "instrument.evidence[0].text"}
    assert unnormalized[0]["suggestion"] == unicodedata.normalize("NFC", unnormalized[0]["suggestion"])
    assert all(c["message"].count("Unicode normalization") == 1 for c in unnormalized)
    [title] = [c for c in checks if c["check"] == "instrument_title"]
    assert title["verdict"] != "supported"
    assert "the quoted strings differ only by Unicode normalization" in title["message"]


def test_jobs_are_capped_at_the_cores_with_a_notice(hostile):
    from accordcheck.support.limits import usable_cores

    assert f"--jobs 1000 capped at {usable_cores()}" in hostile["done"].stderr


# ------------------------------------------------------------------------- measured limits


def test_a_20_mb_source_is_refused_in_well_under_a_second(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (20 << 20))
    started = time.perf_counter()
    with pytest.raises(SourceError, match="20,971,520 bytes, over the limit"):
        read_source(big)
    assert time.perf_counter() - started < 0.5


def test_a_10000_deep_record_is_refused_in_well_under_a_second(tmp_path):
    root = build_dataset(tmp_path, records={"deep": "[" * 10_000 + "]" * 10_000}, seed=False)
    started = time.perf_counter()
    [record_file] = load_dataset(root).record_files
    assert "nested 10,000 levels deep" in record_file.problems[0].message
    assert time.perf_counter() - started < 0.5


def test_json_depth_ignores_brackets_in_strings_and_never_recurses():
    assert json_depth('{"a": "[[[[{{{{", "b": [1, {"c": "]]]"}]}') == 3
    assert json_depth(r'["\"[[[", []]') == 2
    assert json_depth("[" * 100_000) == 100_000
    assert json_depth("1") == 0


def test_the_source_limit_is_configurable_and_bounded(tmp_path):
    root = build_dataset(tmp_path, config="[limits]\nsource_bytes = 100\n")
    result = _check(root)
    [readable] = [c for c in result.records[0].checks if c.check == "source_readable"]
    assert readable.verdict == "invalid" and "over the limit of 100 (limits.source_bytes" in readable.message
    (root / "accordcheck.toml").write_text("[limits]\nsource_bytes = 1000000000000\n")
    with pytest.raises(ConfigError, match="limits.source_bytes"):
        load_config(root)


def _check(root, **kwargs):
    from accordcheck.checking.runner import check_dataset

    return check_dataset(root, expectations=False, cache=False, **kwargs)


def test_special_files_are_refused_by_type_before_opening(tmp_path):
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    for path, kind in [(fifo, "FIFO"), (Path("/dev/zero"), "character device"), (tmp_path, "directory")]:
        with pytest.raises(FileRefused, match=kind):
            read_regular_bytes(path, 10)


def test_a_fifo_config_or_suite_does_not_hang(tmp_path):
    root = build_dataset(tmp_path)
    os.mkfifo(root / "accordcheck.toml")
    with pytest.raises(ConfigError, match="FIFO"):
        load_config(root)
    (root / "accordcheck.toml").unlink()
    (root / "expectations").mkdir()
    os.mkfifo(root / "expectations" / "x.json")
    from accordcheck.expectations.suites import dataset_suites

    [suite] = dataset_suites(root)
    assert "FIFO" in suite.error


def test_a_deep_suite_file_is_refused_not_a_recursion_error(tmp_path):
    from accordcheck.expectations.suites import parse_suite

    suite = parse_suite("[" * 5000 + "]" * 5000, "expectations/deep.json")
    assert "nested 5,000 levels deep" in suite.error


def test_workers_never_exceed_the_cores():
    from accordcheck.checking.runner import _workers
    from accordcheck.support.limits import usable_cores

    assert _workers(1000, 100_000) == usable_cores()
    assert _workers(None, 100_000) <= usable_cores()


# ------------------------------------------------------------------------------- messages


def test_shown_and_tidy_message_bound_and_escape():
    assert shown("a" * 500) == "'" + "a" * 200 + "…' (500 characters)"
    assert escape_invisible("a\u202eb\u200bc\nd\te") == "a\\u202eb\\u200bc\nd\te"
    message = tidy_message("record says '" + "x" * 10_000 + "'; source says 'y'")
    assert "(10,000 characters)" in message and len(message) < 400
    assert len(tidy_message("z" * 50_000)) <= MESSAGE_LIMIT + 60
    note = tidy_message("span reads 'Mar\u00e9' not 'Mare\u0301'")
    assert "differ only by Unicode normalization" in note
    assert tidy_message("'Maroc' and 'Pakistan'") == "'Maroc' and 'Pakistan'"


@pytest.mark.parametrize("code", ["", "x y", "<script>", "Space", "1abc", "a-b", "é"])
def test_junk_domain_codes_in_the_settings_are_a_usage_error(tmp_path, capsys, code):
    root = build_dataset(tmp_path, config=f"[vocabulary]\ndomains = ['space', {json.dumps(code)}]\n")
    assert main(["check", str(root)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "vocabulary.domains[1]" in err and "not a domain code" in err


def test_a_good_domain_code_extension_still_works(tmp_path):
    root = build_dataset(tmp_path, config="[vocabulary]\ndomains = ['space', 'fisheries_2']\n")
    assert load_config(root).vocabulary.domains == ["space", "fisheries_2"]


# ---------------------------------------------------------------------------------- writes


@pytest.fixture
def small(tmp_path):
    """A dataset whose one record cites a missing source: checked in no time."""
    record = variant("missing-source", lambda r: r["sources"][0].update(path="sources/nope.txt"))
    return build_dataset(tmp_path, records={"missing-source": record}, seed=False)


def test_json_through_a_symlink_writes_the_target_and_keeps_the_link(small, tmp_path, capsys):
    target = tmp_path / "real" / "results.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert main(["check", str(small), "--json", str(link)]) == 1
    assert link.is_symlink() and link.resolve() == target
    assert json.loads(target.read_text())["summary"]["records"] == 1
    assert sorted(p.name for p in target.parent.iterdir()) == ["results.json"]


def test_json_to_a_pipe_and_to_dev_stdout_is_a_plain_write(small, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    done = run_cli("check", small, "--json", fifo, env={"ACCORDCHECK_CACHE_DIR": "off"})
    reader.join(timeout=60)
    assert done.returncode == 1, done.stderr
    assert json.loads(received[0])["summary"]["records"] == 1
    assert fifo.exists() and not fifo.is_file()  # still the pipe
    done = run_cli("check", small, "--json", "/dev/stdout", env={"ACCORDCHECK_CACHE_DIR": "off"})
    assert done.returncode == 1
    assert '"summary"' in done.stdout
    assert Path("/dev/stdout").exists()


def test_dash_means_stdout_and_keeps_it_parseable(small, capsys):
    assert main(["check", str(small), "--json", "-"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["summary"]["records"] == 1
    assert "missing-source" in captured.err  # the human report went to stderr
    assert main(["check", str(small), "--junit", "-"]) == 1
    ET.fromstring(capsys.readouterr().out)
    # --format json and --json - are the same document: written once
    assert main(["check", str(small), "--format", "json", "--json", "-"]) == 1
    assert json.loads(capsys.readouterr().out)["summary"]["records"] == 1


@pytest.mark.parametrize(
    "options",
    [["--json", "-", "--junit", "-"], ["--report", "-", "--json", "-"], ["--format", "json", "--junit", "-"], ["--format", "github", "--json", "-"]],
)
def test_two_documents_on_stdout_are_a_usage_error(small, capsys, options):
    assert main(["check", str(small), *options]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "would both write to stdout" in captured.err and len(captured.err.strip().splitlines()) == 1


@pytest.mark.parametrize("where", ["records/missing-source.json", "records/new.json", "sources/x.html", "expectations/a.json", "accordcheck.toml"])
@pytest.mark.parametrize("option", ["--json", "--junit", "--report"])
def test_an_output_inside_the_dataset_is_a_usage_error(small, capsys, where, option):
    before = (small / "records" / "missing-source.json").read_bytes()
    assert main(["check", str(small), option, str(small / where)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "inside the dataset" in err
    assert (small / "records" / "missing-source.json").read_bytes() == before
    assert not (small / "records" / "new.json").exists()


def test_an_output_linked_into_the_dataset_is_a_usage_error(small, tmp_path, capsys):
    link = tmp_path / "innocent.json"
    link.symlink_to(small / "records" / "missing-source.json")
    assert main(["check", str(small), "--json", str(link)]) == 2
    assert "inside the dataset" in capsys.readouterr().err


# ------------------------------------------------------------------------------------- add


ARTICLE = (FIXTURE_DATASET / SEED_SOURCE)


def test_add_into_an_unwritable_records_folder_copies_nothing(tmp_path, monkeypatch, capsys):
    dataset = tmp_path / "data"
    (dataset / "records").mkdir(parents=True)
    real_access = os.access
    monkeypatch.setattr(
        "accordcheck.workflow.add.os.access", lambda p, mode: False if Path(p).name == "records" else real_access(p, mode)
    )
    assert main(["add", str(ARTICLE), "--dataset", str(dataset)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "records: not writable; nothing was added" in err
    assert not any((dataset / "sources").iterdir())


def test_add_undoes_the_copy_when_writing_the_record_fails(tmp_path, monkeypatch, capsys):
    dataset = tmp_path / "data"
    (dataset / "records").mkdir(parents=True)

    def refuse(path, text):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("accordcheck.workflow.add.atomic_write_text", refuse)
    assert main(["add", str(ARTICLE), "--dataset", str(dataset)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Permission denied" in err and "Traceback" not in err
    assert list((dataset / "sources").iterdir()) == []
    assert list((dataset / "records").iterdir()) == []


def test_add_refuses_a_fifo_article(tmp_path, capsys):
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    dataset = tmp_path / "data"
    (dataset / "records").mkdir(parents=True)
    assert main(["add", str(fifo), "--dataset", str(dataset)]) == 2
    assert "FIFO" in capsys.readouterr().err


# ----------------------------------------------------------------------------------- cache


def test_a_short_key_is_replaced(tmp_path):
    from accordcheck.cache.signed_store import load_signed, store_signed

    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    (cache / "hmac.key").write_bytes(b"")
    os.chmod(cache / "hmac.key", 0o600)
    store_signed(cache, "x.pickle", {"a": 1})
    assert len((cache / "hmac.key").read_bytes()) == 32
    assert load_signed(cache, "x.pickle") == {"a": 1}
    (cache / "hmac.key").write_bytes(b"short")
    assert load_signed(cache, "x.pickle") is None  # signed under the old key: not trusted
    assert len((cache / "hmac.key").read_bytes()) == 32


@pytest.mark.parametrize("what", ["folder-group-writable", "folder-other-writable", "key-group-writable", "key-owned-by-another", "folder-owned-by-another"])
def test_an_untrusted_cache_is_not_used_with_one_warning(small, tmp_path, what):
    from accordcheck.cache.signed_store import store_signed

    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    store_signed(cache, "probe.pickle", 1)
    key = cache / "hmac.key"
    if what == "folder-group-writable":
        os.chmod(cache, 0o770)
    elif what == "folder-other-writable":
        os.chmod(cache, 0o703)
    elif what == "key-group-writable":
        os.chmod(key, 0o620)
    else:
        if os.geteuid() != 0:
            pytest.skip("needs root to give a file away")
        os.chown(key if what.startswith("key") else cache, 65534, 65534)
    before = sorted(p.name for p in cache.iterdir())
    done = run_cli("check", small, env={"ACCORDCHECK_CACHE_DIR": str(cache)})
    assert done.returncode == 1
    warnings = [line for line in done.stderr.splitlines() if "warning: cache" in line]
    assert len(warnings) == 1, done.stderr
    assert "running without the cache" in warnings[0]
    assert sorted(p.name for p in cache.iterdir()) == before  # nothing written into it


def test_a_forged_cache_entry_is_neither_unpickled_nor_trusted(tmp_path):
    import hashlib
    import hmac
    import pickle

    from accordcheck.cache.signed_store import load_signed, store_signed

    cache = tmp_path / "cache"
    store_signed(cache, "entry.pickle", "genuine")
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Payload(marker))
    forged = hmac.new(b"k" * 32, payload, hashlib.sha256).digest() + payload
    (cache / "entry.pickle").write_bytes(forged)
    assert load_signed(cache, "entry.pickle") is None
    assert not marker.exists()


class _Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


# ------------------------------------------------------------------- already handled, kept so


def test_yaml_tags_in_front_matter_are_inert(tmp_path):
    marker = tmp_path / "pwned"
    source = f'---\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n---\nTexte.\n'
    root = build_dataset(tmp_path, records={"yaml": variant("yaml", lambda r: r["sources"][0].update(path="sources/yaml.txt"))},
                         sources={"yaml.txt": source}, seed=False)
    result = _check(root)
    assert not marker.exists()
    assert result.records[0].status == "fail"


@pytest.mark.parametrize("path", ["../outside/secret.txt", "sources/../../outside/secret.txt", "/OUTSIDE/secret.txt", "sources/link.txt"])
def test_a_source_path_leaving_the_dataset_is_never_read(tmp_path, path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    path = path.replace("/OUTSIDE", str(outside))
    root = build_dataset(tmp_path, records={"esc": variant("esc", lambda r: r["sources"][0].update(path=path))}, seed=False)
    (root / "sources" / "link.txt").symlink_to(outside / "secret.txt")
    with _watch_opens(outside) as opened:
        result = _check(root)
    assert opened == []
    assert result.records[0].status == "fail"
    assert SECRET not in result.to_json()


def test_markup_in_a_record_is_inert_in_the_report(tmp_path):
    from accordcheck.report import render_report

    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    root = build_dataset(tmp_path, records={"xss": variant("xss", lambda r: r["parties"][0].update(name=payload))}, seed=False,
                         sources={Path(SEED_SOURCE).name: (FIXTURE_DATASET / SEED_SOURCE).read_bytes()})
    result = _check(root)
    html = render_report(result, load_dataset(root))
    assert "<script>alert(1)" not in html and "<img src=x" not in html


# ---------------------------------------------------------------------- signals and children


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next(line for line in status.splitlines() if line.startswith("State:"))
    return "Z" not in state.split()[1]


def _slow_dataset(tmp_path: Path) -> Path:
    # the seed and a few more of the fixtures' articles, read with no cache: the parent is busy
    # for seconds after forking the GX child, also on a loaded machine where the child starts late
    root = build_dataset(tmp_path)
    for record_file in sorted((FIXTURE_DATASET / "records").glob("*.json"))[:8]:
        source = json.loads(record_file.read_text(encoding="utf-8"))["sources"][0]["path"]
        (root / source).parent.mkdir(parents=True, exist_ok=True)
        (root / source).write_bytes((FIXTURE_DATASET / source).read_bytes())
        (root / "records" / record_file.name).write_bytes(record_file.read_bytes())
    return root


def _start(root: Path, tmp_path: Path, *extra) -> tuple[subprocess.Popen, int]:
    if not Path("/proc/self/task").exists() or (os.cpu_count() or 1) < 2:
        pytest.skip("needs /proc and two cores (the GX child is started only then)")
    proc = subprocess.Popen(
        [sys.executable, "-m", "accordcheck", "check", str(root), *map(str, extra)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO_ROOT, start_new_session=True,
        env={**os.environ, "ACCORDCHECK_CACHE_DIR": "off"},
        # a terminal's shell starts the command with Ctrl-C at its default; a test runner's
        # worker may ignore it, and an ignored signal stays ignored across exec
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        children = _children(proc.pid)
        if children:
            time.sleep(0.3)
            return proc, children[0]
        time.sleep(0.05)
    proc.kill()
    pytest.fail("no Great Expectations child appeared")


def _read_all(stream, timeout: float) -> bytes | None:
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(stream.read()), daemon=True)
    reader.start()
    reader.join(timeout)
    return got[0] if got else None


def _gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.1)
    return False


def test_sigkill_of_check_leaves_no_orphan_and_releases_stdout(tmp_path):
    proc, child = _start(_slow_dataset(tmp_path), tmp_path)
    proc.kill()
    proc.wait(timeout=30)
    assert _read_all(proc.stdout, 30) is not None, "a child still holds stdout"
    assert _read_all(proc.stderr, 30) is not None, "a child still holds stderr"
    assert _gone(child), "the Great Expectations child outlived its parent"


def test_sigterm_of_check_unwinds_quietly_and_leaves_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    proc, child = _start(_slow_dataset(tmp_path), tmp_path, "--json", out / "r.json")
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()[-3000:]
    assert "Traceback" not in err.decode() and "terminated" in err.decode()
    assert _gone(child)
    assert list(out.iterdir()) == []


class _SwallowsATermination:
    """Sends SIGTERM from ``__del__``: the handler's exception is raised where Python can only
    print it as "ignored" — as when the signal lands in a regex compiled for pydantic's core."""

    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(10_000):  # bytecodes, between which the handler runs
            pass


def test_a_swallowed_termination_commits_no_output_and_prints_nothing(tmp_path, capsys):
    from accordcheck.support.termination import Terminated, catch_termination

    restore = catch_termination()
    try:
        _SwallowsATermination()  # gone at once: the signal is handled inside its __del__
        with pytest.raises(Terminated) as raised:
            atomic_write_text(tmp_path / "out.json", "{}")
        assert raised.value.code == 128 + signal.SIGTERM
        assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary
    finally:
        restore()
    assert capsys.readouterr().err == ""  # no "Exception ignored" traceback


def test_a_swallowed_termination_during_check_still_ends_it_as_terminated(tmp_path, monkeypatch, capsys):
    import accordcheck.checking.runner as runner

    real = runner.check_record
    sent: list[bool] = []

    def check_one(dataset, record_file):
        if not sent:
            sent.append(True)
            _SwallowsATermination()
        return real(dataset, record_file)

    monkeypatch.setattr(runner, "check_record", check_one)
    out = tmp_path / "out"
    out.mkdir()
    code = main(["check", str(build_dataset(tmp_path / "data")), "--jobs", "1", "--json", str(out / "r.json")])
    err = capsys.readouterr().err
    assert sent and code == 128 + signal.SIGTERM, err
    assert err.strip() == "accordcheck: terminated"
    assert list(out.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is not None  # handlers put back


def test_ctrl_c_of_check_is_one_line_from_the_parent_only(tmp_path):
    proc, child = _start(_slow_dataset(tmp_path), tmp_path)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends: the whole process group
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    # 130 from our handler, or death by SIGINT itself (what a shell expects of Ctrl-C)
    assert proc.returncode in (130, -signal.SIGINT), text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text
    assert text.strip() == "accordcheck: interrupted"
    assert _gone(child)


def test_a_killed_atomic_write_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "r.json"
    code = (
        "import signal, sys\n"
        "from accordcheck.cli import commands as cli\nfrom accordcheck.support import fileio\n"
        "def slow(fd):\n    import os; os.kill(os.getpid(), signal.SIGTERM)\n"
        "fileio.os.fsync = slow\n"
        f"sys.exit(cli.main(['check', {str(tmp_path / 'dataset')!r}, '--json', {str(out)!r}]))\n"
    )
    build_dataset(tmp_path, records={"m": variant("m", lambda r: r["sources"][0].update(path="sources/nope.txt"))}, seed=False)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
                          env={**os.environ, "ACCORDCHECK_CACHE_DIR": "off"})
    assert done.returncode == 143, done.stderr
    assert list(tmp_path.glob("*.tmp")) == [] and list(tmp_path.glob(".r.json*")) == []
    assert not out.exists()


# --------------------------------------------------------------------------- record fuzzing


class _Opens:
    """Every file opened under the watched folders (``sys.addaudithook``; one per process)."""

    watched: list[str] = []
    seen: list[str] = []
    installed = False

    @classmethod
    def hook(cls, event, args):
        if event == "open" and cls.watched and args and isinstance(args[0], (str, bytes, os.PathLike)):
            path = os.fsdecode(args[0])
            if any(path.startswith(w) for w in cls.watched):
                cls.seen.append(path)


class _watch_opens:
    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)

    def __enter__(self) -> list[str]:
        if not _Opens.installed:
            sys.addaudithook(_Opens.hook)
            _Opens.installed = True
        _Opens.watched = [self.folder, os.path.realpath(self.folder)]
        _Opens.seen = []
        return _Opens.seen

    def __exit__(self, *exc) -> None:
        _Opens.watched = []


_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
_json = st.recursive(_json_leaf, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=30)
_HOSTILE_PATHS = ["../outside/secret.txt", "/OUTSIDE/secret.txt", "sources/link.txt", "sources/../../outside/secret.txt",
                  "sources/fifo.txt", "sources/ma-pk-defence-mou.fr.txt", "", "sources/\u202e.txt"]


@st.composite
def record_files(draw) -> bytes:
    kind = draw(st.sampled_from(["bytes", "json", "deep", "seed-mutated", "seed-path"]))
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    if kind == "json":
        return json.dumps(draw(_json)).encode()
    if kind == "deep":
        depth = draw(st.integers(1, 20_000))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        inner = "1" if opener.startswith("{") else ""
        return (opener * depth + inner + closer * draw(st.integers(0, depth))).encode()
    record = variant("fuzz")
    if kind == "seed-path":
        record["sources"][0]["path"] = draw(st.sampled_from(_HOSTILE_PATHS))
        return json.dumps(record).encode()
    # replace one field of the seed with random JSON
    key = draw(st.sampled_from(sorted(record)))
    record[key] = draw(_json)
    return json.dumps(record, ensure_ascii=draw(st.booleans())).encode()


@pytest.fixture(scope="module")
def fuzz_place(tmp_path_factory):
    base = tmp_path_factory.mktemp("fuzz")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    root = build_dataset(base)
    (root / "sources" / "link.txt").symlink_to(outside / "secret.txt")
    os.mkfifo(root / "sources" / "fifo.txt")
    return base, root, outside


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(content=record_files())
def test_fuzzed_record_files_never_stop_the_gate(fuzz_place, content):
    from accordcheck.checking.runner import check_dataset
    from accordcheck.outputs.junit import render_junit
    from accordcheck.report import render_report

    base, root, outside = fuzz_place
    content = content.replace(b"/OUTSIDE", str(outside).encode())
    (root / "records" / "fuzz.json").write_bytes(content)
    out = base / "out"
    with _watch_opens(outside) as opened:
        dataset = load_dataset(root)
        result = check_dataset(dataset, expectations=False)
        atomic_write_text(out / "r.json", result.to_json())
        atomic_write_text(out / "j.xml", render_junit(result))
        atomic_write_text(out / "r.html", render_report(result, dataset))
    assert opened == [], "a file outside the dataset was opened"
    by_file = {r.file: r for r in result.records}
    assert set(by_file) == {f"records/{SEED_ID}.json", "records/fuzz.json"}
    assert by_file[f"records/{SEED_ID}.json"].status == "pass"
    assert by_file["records/fuzz.json"].checks  # it was looked at
    for name in ("r.json", "j.xml", "r.html"):
        assert SECRET not in (out / name).read_text(encoding="utf-8")
    json.loads((out / "r.json").read_text(encoding="utf-8"))
    ET.parse(out / "j.xml")
    assert sorted(p.name for p in base.iterdir()) == ["dataset", "out", "outside"]
    assert sorted(p.name for p in out.iterdir()) == ["j.xml", "r.html", "r.json"]
    assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]


def test_a_deep_record_is_a_failing_item_under_the_pytest_plugin(tmp_path):
    """The plugin aborted collection on a deep record; now it is one failing item."""
    missing = variant("missing-source", lambda r: r["sources"][0].update(path="sources/nope.txt"))
    build_dataset(tmp_path, records={"deep": "[" * 5_000 + "]" * 5_000, "missing-source": missing}, seed=False, name="data")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", "--accordcheck", "data", "-q", "-k", "deep or missing"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300, env={**os.environ, "ACCORDCHECK_CACHE_DIR": "off"},
    )
    output = done.stdout + done.stderr
    assert "INTERNALERROR" not in output and "RecursionError" not in output, output[-3000:]
    assert "2 failed" in output, output[-3000:]
    assert "nested 5,000 levels deep" in output
