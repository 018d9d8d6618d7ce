"""How long the dataset-wide expectation suites add to ``accordcheck check``.

Builds throw-away datasets of N records by copying the records of ``fixtures/dataset``
under new ids (and a numbered title, so they are not duplicates of each other) into a
temporary folder, then times :func:`accordcheck.expectations.run_expectations` on each:

* ``import + context``: importing Great Expectations and creating the ephemeral context,
  paid once per ``check`` run whatever the size;
* ``tables``: flattening the records into the five DataFrames;
* ``suites``: validating every suite (warm: the best of ``--repeat`` runs).

Loading the dataset (JSON + pydantic) is ``check``'s own cost and is shown apart.

    python benchmarks/speed/expectations.py                 # 100 and 10,000 records
    python benchmarks/speed/expectations.py --sizes 100 1000 50000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures" / "dataset"


def build(root: Path, size: int) -> Path:
    """A dataset of ``size`` records cycling through the fixture records."""
    templates = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "records").glob("*.json"))]
    target = root / f"dataset-{size}"
    shutil.copytree(FIXTURES / "sources", target / "sources")
    (target / "records").mkdir(parents=True)
    for i in range(size):
        record = json.loads(json.dumps(templates[i % len(templates)]))
        record["id"] = f"{record['id']}-{i:06d}"
        title = record["instrument"].get("title")
        record["instrument"]["title"] = f"{title} n° {i}" if title else None
        if title is None:  # untitled: told apart by domains, so give each copy its own
            record["domains"] = record["domains"][: 1 + i % max(1, len(record["domains"]))]
        (target / "records" / f"{record['id']}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per size (the best is shown)")
    args = parser.parse_args(argv)

    from accordcheck.dataset.loading import load_dataset
    from accordcheck.expectations import get_runner, run_expectations
    from accordcheck.expectations.tables import dataset_tables

    started = time.perf_counter()
    runner = get_runner()  # imports great_expectations, creates the ephemeral context
    setup = time.perf_counter() - started
    print(f"import great_expectations + ephemeral context: {setup:6.2f} s (once per check run)")
    print(f"{'records':>8} {'load':>8} {'tables':>8} {'suites':>8} {'added':>8}  results")
    with tempfile.TemporaryDirectory(prefix="accordcheck-bench-") as tmp:
        for size in args.sizes:
            root = build(Path(tmp), size)
            t0 = time.perf_counter()
            dataset = load_dataset(root)
            load = time.perf_counter() - t0
            tables_best = suites_best = float("inf")
            results = []
            for _ in range(max(1, args.repeat)):
                t0 = time.perf_counter()
                dataset_tables(dataset)
                t1 = time.perf_counter()
                results = run_expectations(dataset, runner=runner)  # builds the tables again, then validates
                t2 = time.perf_counter()
                tables_best = min(tables_best, t1 - t0)
                suites_best = min(suites_best, (t2 - t1) - (t1 - t0))
            passed = sum(r.success for r in results)
            failed = [r.expectation for r in results if not r.success]
            added = tables_best + suites_best
            note = f"{passed}/{len(results)} passed" + (f" (failed: {', '.join(failed)})" if failed else "")
            print(f"{size:>8} {load:>7.2f}s {tables_best:>7.2f}s {suites_best:>7.2f}s {added:>7.2f}s  {note}")
            shutil.rmtree(root)
    print(f"time the suites add to one `check` run = import/context ({setup:.2f} s) + 'added'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
