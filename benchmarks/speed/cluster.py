"""Records per second of a cold ``check`` through a Dask scheduler, against local processes.

    python benchmarks/speed/cluster.py [--records 50000] [--repeat 1] [--suites] [DATASET]

The corpus's records (default ``fixtures/dataset``) are repeated with new ids up to
``--records`` in a throw-away dataset (its sources copied once). Four runs, each in a fresh
process with an empty cache folder (cold: no remembered verdicts, no cached readings):

* ``--jobs 1`` and ``--jobs 2`` without Dask (``check_dataset(jobs=N)``);
* ``--cluster`` on a local scheduler with 1 and then 2 single-threaded worker processes on
  127.0.0.1 (started before the clock runs, as a user's cluster would be; their statistical
  profiler off, as in the README's commands).

Prints records/s for each and the overhead per record of going through the scheduler (wall
time per record on Dask minus wall time per record with as many local processes; and the same
for CPU time summed over every process of the run, which other load on the machine disturbs
far less than wall time). ``--repeat K`` runs the four modes K times, interleaved, and
reports medians. The
dataset-wide expectation suites are left out unless ``--suites`` (they run on the client
either way, and cost the same in both).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build(corpus: Path, count: int, into: Path) -> Path:
    """``corpus``'s records repeated with new ids up to ``count``; its sources copied."""
    root = into / "dataset"
    shutil.copytree(corpus / "sources", root / "sources")
    (root / "records").mkdir(parents=True)
    base = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((corpus / "records").glob("*.json"))]
    for n in range(count):
        record = dict(base[n % len(base)])
        round_ = n // len(base)
        if round_:
            record["id"] = f"{record['id']}-r{round_}"
        (root / "records" / f"{record['id']}.json").write_text(
            json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return root


def one(dataset: Path, mode: str, workers: int, suites: bool) -> dict:
    """One timed run in this (fresh) process."""
    from accordcheck.checking.runner import check_dataset
    from accordcheck.dataset.loading import load_dataset

    loaded = load_dataset(dataset)
    if mode == "local":
        before, started = os.times(), time.perf_counter()
        report = check_dataset(loaded, jobs=workers, expectations=suites)
        seconds, after = time.perf_counter() - started, os.times()
        # this process and its forked pool (reaped before check_dataset returns)
        cpu = sum(getattr(after, f) - getattr(before, f) for f in ("user", "system", "children_user", "children_system"))
        return {"seconds": seconds, "cpu": cpu, "records": len(report.records)}
    import dask
    import psutil
    from distributed import Client, LocalCluster

    # as the README starts them: without the statistical profiler, which costs the workers
    # 7-10% more CPU per task (sampling every thread's stack every 10 ms)
    dask.config.set({"distributed.worker.profile.enabled": False})
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, Client(cluster, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=120)
        # the worker processes, and this one (client, scheduler and nannies run in it)
        processes = [psutil.Process(pid) for pid in client.run(os.getpid).values()] + [psutil.Process()]
        before, started = [sum(p.cpu_times()[:2]) for p in processes], time.perf_counter()
        report = check_dataset(loaded, cluster=client, expectations=suites)
        seconds = time.perf_counter() - started
        cpu = sum(sum(p.cpu_times()[:2]) - b for p, b in zip(processes, before))
        return {"seconds": seconds, "cpu": cpu, "records": len(report.records)}


def _label(mode: str, workers: int) -> str:
    return f"--jobs {workers}" if mode == "local" else f"dask, {workers} worker{'s' if workers > 1 else ''}"


def run(dataset: Path, mode: str, workers: int, suites: bool, cache: Path) -> dict:
    cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, ACCORDCHECK_CACHE_DIR=str(cache))
    env.pop("ACCORDCHECK_CLUSTER", None)
    command = [sys.executable, __file__, "--one", mode, str(workers), str(dataset)] + (["--suites"] if suites else [])
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} {workers}: failed\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=ROOT / "fixtures" / "dataset")
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode, interleaved; medians reported")
    parser.add_argument("--suites", action="store_true", help="also run the dataset-wide expectation suites")
    parser.add_argument("--one", nargs=2, metavar=("MODE", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.dataset, args.one[0], int(args.one[1]), args.suites)))
        return 0
    with tempfile.TemporaryDirectory(prefix="accordcheck-cluster-bench-") as tmp:
        dataset = build(args.dataset, args.records, Path(tmp))
        print(f"{args.records:,} records ({args.dataset.name} repeated), cold, "
              f"suites {'on' if args.suites else 'off'}, {os.cpu_count()} cores")
        runs: dict[tuple[str, int], list[dict]] = {}
        # interleaved, so that a burst of load from elsewhere hits every mode alike
        for attempt in range(args.repeat):
            for mode, workers in (("local", 1), ("local", 2), ("dask", 1), ("dask", 2)):
                cache = Path(tmp) / f"cache-{mode}-{workers}-{attempt}"
                result = run(dataset, mode, workers, args.suites, cache)
                assert result["records"] == args.records, result
                runs.setdefault((mode, workers), []).append(result)
                print(f"  {_label(mode, workers):<18} {result['seconds']:8.1f} s  {args.records / result['seconds']:8.1f} records/s"
                      f"  {result['cpu'] / args.records * 1000:6.2f} ms CPU per record", flush=True)
        wall = {key: statistics.median(r["seconds"] for r in found) for key, found in runs.items()}
        cpu = {key: statistics.median(r["cpu"] for r in found) for key, found in runs.items()}
        print(f"medians of {args.repeat}:")
        for key in runs:
            print(f"  {_label(*key):<18} {wall[key]:8.1f} s  {args.records / wall[key]:8.1f} records/s"
                  f"  {cpu[key] / args.records * 1000:6.2f} ms CPU per record")
        for workers in (1, 2):
            local, dask = wall["local", workers], wall["dask", workers]
            print(f"  {workers} worker(s): dask reaches {local / dask:.0%} of --jobs {workers}; overhead "
                  f"{(dask - local) / args.records * 1000:+.2f} ms wall, "
                  f"{(cpu['dask', workers] - cpu['local', workers]) / args.records * 1000:+.2f} ms CPU per record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
