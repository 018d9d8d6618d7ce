"""How fast ``accordcheck check`` gates a 10,000-record dataset, in full and incrementally.

    python benchmarks/speed/gate.py [--records 10000] [--keep DIR]

Builds, in a temporary git repository, a dataset of N records made by copying the records
of ``fixtures/dataset`` under new ids (the copies cite the fixture sources, so the article
reading is shared as in a real corpus of many agreements per article), commits it, then
times, each as its own ``accordcheck`` process as CI would run it:

1. a full ``check`` on a cold document cache (a fresh ``ACCORDCHECK_CACHE_DIR``),
2. the same ``check`` again (warm: the article readings come from that cache),
3. ``check --changed-since HEAD`` after making one record's date wrong (exit 1 expected),

and breaks the incremental run into its phases (imports, loading, git, checking, the
expectation suites). Target: the incremental run under 3 s on 2 cores.

The copies repeat the same agreements, so the duplicate-agreement expectation fails on
every run: the exit codes are shown, the timings are what this measures.
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

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "dataset"
TARGET_SECONDS = 3.0

# Run in a fresh interpreter to time the incremental run phase by phase, as the CLI does it:
# Great Expectations is imported in a forked child while this process does the rest.
PHASES = r"""
import json, sys, time
t0 = time.perf_counter(); marks = {}
from accordcheck.expectations.background import BackgroundRunner
runner = BackgroundRunner.start()
from accordcheck.checking.runner import check_dataset
from accordcheck.dataset.loading import load_dataset
from accordcheck.checking.changes import changed_record_files
from accordcheck.cache.verdicts import VerdictCache
marks["import accordcheck"] = time.perf_counter() - t0; t = time.perf_counter()
dataset = load_dataset(sys.argv[1])
marks["load the dataset (record texts)"] = time.perf_counter() - t; t = time.perf_counter()
only = changed_record_files(dataset, "HEAD")
marks["git: what changed (+ record index)"] = time.perf_counter() - t; t = time.perf_counter()
report = check_dataset(dataset, only=only, expectations=False)
marks[f"check {len(only)} record(s)"] = time.perf_counter() - t; t = time.perf_counter()
from accordcheck.expectations import run_expectations
from accordcheck.expectations.tables import dataset_tables
dataset_tables(dataset)
marks["build the five tables"] = time.perf_counter() - t; t = time.perf_counter()
memo = VerdictCache(dataset).tables
counting = []
class Counting:
    def validate_table(self, table, *rest):
        counting.append(table)
        return runner.validate_table(table, *rest)
run_expectations(dataset, runner=Counting(), memo=memo)
marks["wait for GX, validate changed tables: " + ",".join(counting)] = time.perf_counter() - t
runner.close()
marks["total"] = time.perf_counter() - t0
print(json.dumps(marks))
"""

def build(repo: Path, count: int) -> Path:
    data = repo / "data"
    shutil.copytree(FIXTURES / "sources", data / "sources", copy_function=shutil.copyfile)
    (data / "records").mkdir(parents=True)
    originals = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "records").glob("*.json"))]
    for i in range(count):
        record = dict(originals[i % len(originals)])
        record["id"] = f"{record['id']}-c{i:05d}"
        (data / "records" / f"{record['id']}.json").write_text(
            json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", f"{count} records")
    return data


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True,
    )


def accordcheck_command() -> list[str]:
    """The ``accordcheck`` console script CI runs, beside this interpreter when installed."""
    script = Path(sys.executable).with_name("accordcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "accordcheck"]


def timed(repo: Path, env: dict[str, str], *args: str) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run([*accordcheck_command(), *args], cwd=repo, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"accordcheck {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return elapsed, done.returncode


def break_one_date(data: Path) -> str:
    for path in sorted((data / "records").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        date = (record.get("signed") or {}).get("date")
        if date and record["signed"].get("precision") == "day":
            text = path.read_text(encoding="utf-8")
            wrong = f"{int(date[:4]) + 1}{date[4:]}"
            path.write_text(text.replace(f'"date": "{date}"', f'"date": "{wrong}"', 1), encoding="utf-8")
            return f"{path.name}: signed.date {date} -> {wrong}"
    sys.exit("no dated record to change")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args()

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="accordcheck-gate-"))
    repo = workdir / "repo"
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    try:
        start = time.perf_counter()
        data = build(repo, args.records)
        print(f"{args.records} records in a git repository: built and committed in {time.perf_counter() - start:.1f} s")
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {repo}")
        print()
        env = {**os.environ, "ACCORDCHECK_CACHE_DIR": str(workdir / "document-cache")}
        rows = []
        cold, cold_rc = timed(repo, env, "check", "data", "--json", str(workdir / "full.json"))
        rows.append(("full check, cold document cache", cold, cold_rc, args.records))
        warm, warm_rc = timed(repo, env, "check", "data")
        rows.append(("full check again, warm cache", warm, warm_rc, args.records))
        changed = break_one_date(data)
        incremental, inc_rc = timed(repo, env, "check", "data", "--changed-since", "HEAD", "--json", str(workdir / "one.json"))
        checked = len(json.loads((workdir / "one.json").read_text(encoding="utf-8"))["records"])
        rows.append(("--changed-since HEAD, one record changed", incremental, inc_rc, checked))

        print(f"{'run':<42} {'seconds':>8} {'checked':>8} {'records/s':>10} {'exit':>5}")
        for name, seconds, rc, records in rows:
            print(f"{name:<42} {seconds:>8.2f} {records:>8} {records / seconds:>10.1f} {rc:>5}")
        print(f"(the change: {changed}; the incremental run checked {checked} record, expected exit 1)")
        verdict = "met" if incremental < TARGET_SECONDS else "NOT met"
        print(f"target: incremental run under {TARGET_SECONDS:.0f} s: {verdict} ({incremental:.2f} s)")
        print()

        break_one_date(data)  # another wrong year, so the suites have a new table to validate
        phases = subprocess.run(
            [sys.executable, "-c", PHASES, str(data)], cwd=repo, env=env, capture_output=True, text=True, check=True
        )
        print("an incremental run, phase by phase (one fresh process; GX loads in a child meanwhile):")
        for name, seconds in json.loads(phases.stdout.strip().splitlines()[-1]).items():
            print(f"  {name:<40} {seconds:>7.2f} s")
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
