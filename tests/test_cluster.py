"""``check --cluster`` and ``extract --cluster`` on a real Dask scheduler with two worker
processes on 127.0.0.1 (no dashboard): identical results to local runs, a worker killed
mid-run, a record whose check raises, an unreachable scheduler, shards and ``--resume``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from accordcheck.cluster import check as cluster_module  # noqa: E402
from accordcheck.checking.runner import check_dataset  # noqa: E402
from accordcheck.cli.commands import main  # noqa: E402
from accordcheck.dataset.loading import load_dataset  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATASET_EN = REPO / "fixtures" / "dataset-en"
MULTI = "ma-pk-2026-01-13-defence-mou-two-sources"


@pytest.fixture(scope="module")
def scheduler():
    """A scheduler and two single-threaded worker processes on loopback."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
    ) as cluster, distributed.Client(cluster, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)
        yield cluster.scheduler_address, client


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """dataset-en (one record cites two sources) plus records that fail in every way a file can."""
    root = tmp_path_factory.mktemp("cluster") / "mixed"
    shutil.copytree(DATASET_EN, root)
    record = json.loads((root / "records" / f"{MULTI}.json").read_text(encoding="utf-8"))
    (root / "records" / "broken.json").write_text('{"id": "broken", ', encoding="utf-8")
    single = json.loads((root / "records" / "ar-cl-2025-11-04-extradition-treaty.json").read_text(encoding="utf-8"))
    missing = dict(single, id="cites-a-missing-source")
    missing["sources"] = [dict(single["sources"][0], path="sources/gone.txt")]
    (root / "records" / "cites-a-missing-source.json").write_text(json.dumps(missing, indent=2), encoding="utf-8")
    (root / "sources" / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    html = dict(record, id="cites-an-empty-page")
    html["sources"] = [dict(record["sources"][0], path="sources/empty.html"), record["sources"][1]]
    (root / "records" / "cites-an-empty-page.json").write_text(json.dumps(html, indent=2), encoding="utf-8")
    return root


def _rows(report) -> list[tuple]:
    return [
        (r.id, r.file, [(c.check, c.path, c.verdict, c.severity, c.message, [e.model_dump() for e in c.evidence], c.suggestion) for c in r.checks])
        for r in report.records
    ]


def _spy(monkeypatch) -> list[int]:
    """How many records each call of check_on_cluster was given."""
    calls: list[int] = []
    real = cluster_module.check_on_cluster

    def spy(dataset, todo, *args, **kwargs):
        calls.append(len(todo))
        return real(dataset, todo, *args, **kwargs)

    monkeypatch.setattr(cluster_module, "check_on_cluster", spy)
    return calls


def test_check_on_the_cluster_equals_a_local_run(scheduler, mixed, tmp_path, monkeypatch):
    address, _ = scheduler
    local_json, cluster_json = tmp_path / "local.json", tmp_path / "cluster.json"
    local_junit, cluster_junit = tmp_path / "local.xml", tmp_path / "cluster.xml"
    # no remembered verdicts on either side (the readings cache stays, on both)
    from accordcheck.outputs.junit import render_junit

    local = check_dataset(load_dataset(mixed), jobs=1, cache=False)
    local_json.write_text(local.to_json(), encoding="utf-8")
    local_junit.write_text(render_junit(local, fail_on="error"), encoding="utf-8")
    monkeypatch.setenv("ACCORDCHECK_CACHE_DIR", str(tmp_path / "client-cache"))
    calls = _spy(monkeypatch)
    assert main(["check", str(mixed), "--cluster", address, "--json", str(cluster_json), "--junit", str(cluster_junit)]) == 1
    assert calls == [13]
    assert cluster_json.read_text(encoding="utf-8") == local_json.read_text(encoding="utf-8")
    assert cluster_junit.read_text(encoding="utf-8") == local_junit.read_text(encoding="utf-8")
    results = json.loads(cluster_json.read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in results["records"]}
    assert {c["path"] for c in by_id[MULTI]["checks"]} >= {"sources[0].path", "sources[1].path"}
    assert any(c["check"] == "record_json" for c in by_id["broken"]["checks"])
    assert any(c["check"] == "source_readable" and c["verdict"] == "invalid" for c in by_id["cites-a-missing-source"]["checks"])
    assert any("no article text" in c["message"] for c in by_id["cites-an-empty-page"]["checks"])


def _slow_check(dataset, record_file):
    import time as _time

    from accordcheck.checking.runner import check_record

    _time.sleep(0.08)
    return check_record(dataset, record_file)


def _raising_check(dataset, record_file):
    from accordcheck.checking.runner import check_record

    if record_file.relpath.endswith("ar-cl-2025-11-04-extradition-treaty.json") or "boom" in record_file.relpath:
        raise ValueError("the reader tripped")
    return check_record(dataset, record_file)


def _repeated(root: Path, times: int) -> Path:
    """``root``'s records ``times`` over, with new ids (sources shared)."""
    for path in sorted((root / "records").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "id" not in data:
            continue
        for n in range(1, times):
            copy = dict(data, id=f"{data['id']}-copy{n}")
            (root / "records" / f"{copy['id']}.json").write_text(json.dumps(copy, indent=2), encoding="utf-8")
    return root


def test_a_worker_killed_mid_run_costs_no_record(scheduler, tmp_path):
    address, client = scheduler
    root = _repeated(shutil.copytree(DATASET_EN, tmp_path / "big"), 6)
    dataset = load_dataset(root)
    local = check_dataset(dataset, cache=False, jobs=1, expectations=False)
    before = client.run(os.getpid)
    victim = sorted(before.values())[0]
    killed = []

    def advance(count: int) -> None:
        if not killed:  # the first task is back: the others are running; kill one worker
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    todo = load_dataset(root).record_files
    results, _ = cluster_module.check_on_cluster(load_dataset(root), todo, address, advance=advance, check=_slow_check)
    assert killed
    assert [_rows_of(r) for r in results] == [_rows_of(r) for r in local.records]
    client.wait_for_workers(2, timeout=60)  # the nanny starts a new worker
    assert victim not in client.run(os.getpid).values()


def _rows_of(result) -> tuple:
    return _rows(type("R", (), {"records": [result]}))[0]


def test_a_check_that_raises_fails_its_record_only(scheduler, mixed):
    address, _ = scheduler
    dataset = load_dataset(mixed)
    local = {r.id: r for r in check_dataset(dataset, cache=False, jobs=1, expectations=False).records}
    dataset = load_dataset(mixed)
    results, _ = cluster_module.check_on_cluster(dataset, dataset.record_files, address, check=_raising_check)
    raised = [r for r in results if r.checks[0].check == "check_failed"]
    assert [r.id for r in raised] == ["ar-cl-2025-11-04-extradition-treaty"]
    (failure,) = raised[0].checks
    assert failure.verdict == "invalid" and failure.severity == "error" and raised[0].status == "fail"
    assert "ValueError: the reader tripped" in failure.message
    assert [_rows_of(r) for r in results if r.id != raised[0].id] == [_rows_of(local[r.id]) for r in results if r.id != raised[0].id]


def test_an_unreachable_scheduler_is_one_line_and_exit_2(mixed, monkeypatch, capsys):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1.0)
    started = time.monotonic()
    monkeypatch.setenv("ACCORDCHECK_CLUSTER", "tcp://127.0.0.1:9")  # the scheduler named by the environment
    assert main(["check", str(mixed)]) == 2
    monkeypatch.delenv("ACCORDCHECK_CLUSTER")
    assert main(["extract", str(DATASET_EN / "sources" / "ma-pk-defence-mou.en.txt"), "--cluster", "tcp://127.0.0.1:9", "-o", str(mixed.parent / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("accordcheck: cannot reach the Dask scheduler at tcp://127.0.0.1:9") for line in err)
    assert time.monotonic() - started < 30


def _lines(paths) -> list[str]:
    return sorted(line for path in paths for line in Path(path).read_text(encoding="utf-8").splitlines() if line)


def test_extract_on_the_cluster_writes_shards_equal_to_a_local_run_and_resumes(scheduler, tmp_path, capsys):
    address, _ = scheduler
    articles = sorted(str(p) for p in (DATASET_EN / "sources").glob("*.txt"))
    unreadable = str(tmp_path / "nowhere.txt")
    local = tmp_path / "local.jsonl"
    assert main(["extract", *articles, "-o", str(local)]) == 0
    out = tmp_path / "shards"
    # first run: half the articles, and one that cannot be read
    assert main(["extract", *articles[:5], unreadable, "--cluster", address, "-o", str(out)]) == 2
    assert f"accordcheck: {unreadable}:" in capsys.readouterr().err
    first = sorted(out.glob("part-*.jsonl"))
    assert first and all(p.with_suffix(".done").is_file() for p in first)
    stamps = {p: p.stat().st_mtime_ns for p in first}
    assert main(["extract", *articles, "--cluster", address, "-o", str(out)]) == 2  # shards there: --resume needed
    assert "--resume" in capsys.readouterr().err
    # a shard cut short (no .done list) is dropped and its articles extracted again
    (out / "part-09999.jsonl").write_text('{"half": ', encoding="utf-8")
    assert main(["extract", *articles, "--cluster", address, "-o", str(out), "--resume"]) == 0
    shards = sorted(out.glob("part-*.jsonl"))
    assert not (out / "part-09999.jsonl").exists()
    assert all(p.stat().st_mtime_ns == stamp for p, stamp in stamps.items())  # kept, not redone
    assert _lines(shards) == _lines([local])
    done = [line for p in shards for line in p.with_suffix(".done").read_text(encoding="utf-8").splitlines()]
    assert sorted(done) == articles
    # everything done: a resumed run has nothing left to do
    assert main(["extract", *articles, "--cluster", address, "-o", str(out), "--resume"]) == 0
    assert sorted(out.glob("part-*.jsonl")) == shards


def test_local_runs_never_import_dask(tmp_path):
    root = tmp_path / "one"
    (root / "records").mkdir(parents=True)
    (root / "sources").mkdir()
    shutil.copy(REPO / "fixtures" / "dataset" / "records" / "ma-pk-2026-01-13-defence-mou.json", root / "records")
    shutil.copy(REPO / "fixtures" / "dataset" / "sources" / "ma-pk-defence-mou.fr.txt", root / "sources")
    code = (
        "import sys; from accordcheck.cli.commands import main; rc = main(['check', sys.argv[1], '--jobs', '1']);"
        "print('DASK' if {'dask', 'distributed'} & set(sys.modules) else 'NO-DASK', rc)"
    )
    env = {k: v for k, v in os.environ.items() if k != "ACCORDCHECK_CLUSTER"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.strip().splitlines()[-1] == "NO-DASK 0", done.stderr


def test_the_progress_bar_is_quiet_off_a_terminal_and_for_short_runs():
    from accordcheck.support.progress import PROGRESS_THRESHOLD, _quiet, progress_bar

    with progress_bar(10 * PROGRESS_THRESHOLD, "records", enabled=False) as advance:
        assert advance is _quiet
    with progress_bar(PROGRESS_THRESHOLD - 1, "records", enabled=True) as advance:
        assert advance is _quiet
    with progress_bar(PROGRESS_THRESHOLD, "records", enabled=True) as advance:
        assert advance is not _quiet
        advance(PROGRESS_THRESHOLD)


def test_tasks_are_source_articles_with_the_records_citing_them(tmp_path, monkeypatch):
    root = _repeated(shutil.copytree(DATASET_EN, tmp_path / "plan"), 3)
    dataset = load_dataset(root)
    todo = dataset.record_files
    tasks = cluster_module.plan_tasks(dataset, todo, threads=1)
    assert sorted(i for task in tasks for i in task) == list(range(len(todo)))
    first = {i: todo[i].source_paths[0] for i in range(len(todo))}
    # every source's records in one task, the two-source record with its first source
    for source in set(first.values()):
        assert len({n for n, task in enumerate(tasks) if any(first[i] == source for i in task)}) == 1
    monkeypatch.setattr(cluster_module, "MAX_TASK_RECORDS", 2)
    small = cluster_module.plan_tasks(dataset, todo, threads=1)
    assert max(len(task) for task in small) == 2 and sorted(i for task in small for i in task) == list(range(len(todo)))


def _models_in_memory() -> int:
    from accordcheck.reading.ner import _pipeline  # one cached model per language: NER and parser

    return _pipeline.cache_info().currsize


def test_every_worker_loads_its_models_before_its_first_check(scheduler):
    _, client = scheduler
    futures = cluster_module.warm_workers(client)
    assert [f.result(timeout=180) for f in futures] == [None, None]
    assert [f.status for f in futures] == ["finished", "finished"]
    ran_on = sorted(worker for holders in client.who_has(futures).values() for worker in holders)
    assert ran_on == sorted(client.scheduler_info()["workers"])  # one each, none twice
    assert all(count >= 1 for count in client.run(_models_in_memory).values())
