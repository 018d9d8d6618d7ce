"""Extraction and fact-checking over generated articles, per phrasing class.

    python benchmarks/accuracy/properties.py [--examples N] [--corruptions N] [--seed S]
                                    [--exclude PATTERN ...] [--show N]

Draws N articles from ``accordcheck.testing.cases(language="fr")`` (random draws from
``--seed``) and extracts each: an article is *recovered* when extraction gives its record,
every field (``accordcheck.testing.record_differences``). Prints the recovery rate of every
phrasing class the articles used, worst first, and the fields that went wrong.

Then draws ``--corruptions`` corrupted records (one per article, every kind of
``accordcheck.testing.CORRUPTION_KINDS``, evidence kept or emptied) and checks each with
``check_dataset(..., expectations=False)``: a corruption is caught when a failing check has
its path (a warning counts for a near-miss spelling). Prints the catch rate per kind.

Documents are not cached on disk (``ACCORDCHECK_CACHE_DIR=off``). The script always exits 0:
it is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("ACCORDCHECK_CACHE_DIR", "off")

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from accordcheck.checking.runner import check_dataset  # noqa: E402
from accordcheck.extraction.extract import extract_text  # noqa: E402
from accordcheck.testing import cases, corruptions, record_differences  # noqa: E402


def _settings(n: int) -> settings:
    return settings(max_examples=n, database=None, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate])


def extraction(args) -> None:
    used: Counter = Counter()
    missed: Counter = Counter()
    fields: Counter = Counter()
    examples: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    total = [0, 0]

    @seed(args.seed)
    @_settings(args.examples)
    @given(cases(language="fr", exclude=args.exclude))
    def run(case):
        records = extract_text(case.text, language="fr", published=case.published)
        diffs = [f"records: {len(records)}"] if len(records) != 1 else record_differences(case.record, records[0])
        total[0] += 1
        total[1] += bool(diffs)
        for phrasing in case.phrasings:
            used[phrasing] += 1
            missed[phrasing] += bool(diffs)
        for diff in diffs:
            field = re.split(r"[:\[]", diff, maxsplit=1)[0]
            fields[field] += 1
            examples[field].append((len(case.text), diff, case.text))

    t0 = time.perf_counter()
    run()
    elapsed = time.perf_counter() - t0
    n, bad = total
    print(f"{n} generated articles, {n - bad} recovered field for field ({100 * (n - bad) / max(n, 1):.1f}%), {elapsed:.1f}s")
    print()
    print(f"{'phrasing class':<52} {'missed':>7} {'used':>6}")
    for phrasing in sorted(used, key=lambda p: (-missed[p] / used[p], p)):
        if missed[phrasing]:
            print(f"{phrasing:<52} {missed[phrasing]:>7} {used[phrasing]:>6}   {100 * missed[phrasing] / used[phrasing]:5.1f}%")
    clean = sorted(p for p in used if not missed[p])
    print(f"({len(clean)} other classes never missed)")
    if fields:
        print()
        print("fields that went wrong: " + ", ".join(f"{f} {k}" for f, k in fields.most_common()))
    for field, items in examples.items():
        for _, diff, text in sorted(items)[: args.show]:
            print()
            print(f"  [{field}] {diff}")
            print("    " + text.strip().replace("\n", "\n    "))


def checking(args) -> None:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, list[str]] = defaultdict(list)
    workdir = Path(tempfile.mkdtemp(prefix="accordcheck-properties-"))
    count = [0]

    @seed(args.seed)
    @_settings(args.corruptions)
    @given(st.data())
    def run(data):
        case = data.draw(cases(language="fr", exclude=args.exclude))
        corruption = data.draw(corruptions(case))
        count[0] += 1
        root = workdir / f"d{count[0]}"
        case.write(root)
        corruption.write(root)
        (result,) = check_dataset(root, expectations=False).records
        levels = ("error",) if corruption.severity == "error" else ("error", "warning")
        path = corruption.path
        caught = [c for c in result.checks if c.severity in levels and (c.path == path or c.path.startswith((path + ".", path + "[")))]
        tally[corruption.kind][0] += 1
        if not caught:
            tally[corruption.kind][1] += 1
            misses[corruption.kind].append(f"{corruption!r} in: {case.text.strip()[:300]}")

    t0 = time.perf_counter()
    run()
    print()
    print(f"{sum(t for t, _ in tally.values())} corruptions checked in {time.perf_counter() - t0:.1f}s")
    print(f"{'kind':<16} {'caught':>7} {'drawn':>6}")
    for kind in sorted(tally):
        drawn, missed = tally[kind]
        print(f"{kind:<16} {drawn - missed:>7} {drawn:>6}")
    for kind, lines in misses.items():
        for line in lines[: args.show]:
            print(f"  missed {kind}: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="generated articles to extract (default 1000)")
    parser.add_argument("--corruptions", type=int, default=300, help="corrupted records to check (default 300)")
    parser.add_argument("--seed", type=int, default=20260113)
    parser.add_argument("--exclude", action="append", default=[], metavar="PATTERN", help="phrasing classes to leave out (repeatable)")
    parser.add_argument("--show", type=int, default=2, metavar="N", help="examples shown per wrong field / missed kind")
    args = parser.parse_args(argv)
    try:
        extraction(args)
        if args.corruptions:
            checking(args)
    except Exception:  # a measurement: report the failure, exit 0
        traceback.print_exc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
