"""Records per second of a cold ``check`` through a Dask scheduler, against local processes.

    python benchmarks/cluster.py [--records 50000] [--suites] [DATASET]

The corpus's records (default ``fixtures/dataset``) are repeated with new ids up to
``--records`` in a throw-away dataset (its sources copied once). Four runs, each in a fresh
process with an empty cache folder (cold: no remembered verdicts, no cached readings):

* ``--jobs 1`` and ``--jobs 2`` without Dask (``check_dataset(jobs=N)``);
* ``--cluster`` on a local scheduler with 1 and then 2 single-threaded worker processes on
  127.0.0.1 (started before the clock runs, as a user's cluster would be).

Prints records/s for each and the overhead per record of going through the scheduler (wall
time per record on Dask minus wall time per record with as many local processes). The
dataset-wide expectation suites are left out unless ``--suites`` (they run on the client
either way, and cost the same in both).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


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
    sys.path.insert(0, str(SRC))
    from accordcheck.checker import check_dataset
    from accordcheck.dataset import load_dataset

    loaded = load_dataset(dataset)
    if mode == "local":
        started = time.perf_counter()
        report = check_dataset(loaded, jobs=workers, expectations=suites)
        return {"seconds": time.perf_counter() - started, "records": len(report.records)}
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, Client(cluster, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=120)
        started = time.perf_counter()
        report = check_dataset(loaded, cluster=client, expectations=suites)
        return {"seconds": time.perf_counter() - started, "records": len(report.records)}


def run(dataset: Path, mode: str, workers: int, suites: bool, cache: Path) -> dict:
    cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, ACCORDCHECK_CACHE_DIR=str(cache), PYTHONPATH=str(SRC))
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
        figures = {}
        for mode, workers in (("local", 1), ("local", 2), ("dask", 1), ("dask", 2)):
            result = run(dataset, mode, workers, args.suites, Path(tmp) / f"cache-{mode}-{workers}")
            assert result["records"] == args.records, result
            figures[mode, workers] = result["seconds"]
            label = f"--jobs {workers}" if mode == "local" else f"dask, {workers} worker{'s' if workers > 1 else ''}"
            print(f"  {label:<18} {result['seconds']:8.1f} s  {args.records / result['seconds']:8.1f} records/s", flush=True)
        for workers in (1, 2):
            local, dask = figures["local", workers], figures["dask", workers]
            overhead = (dask - local) / args.records * 1000
            print(f"  {workers} worker(s): dask reaches {local / dask:.0%} of --jobs {workers}; "
                  f"overhead {overhead:+.2f} ms per record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
