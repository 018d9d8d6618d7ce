"""Mutation benchmark of the fact-checker: single-fact corruptions of correct records.

    python benchmarks/accuracy/mutations.py [DATASET] [--seed N] [--per-record N] [--show-missed N]
                                   [--no-timing] [--keep DIR]

Every record of DATASET (default ``fixtures/dataset``) is taken as correct. For each one the
script makes single-fact corruptions of the kinds in :data:`KINDS` (``--per-record`` of each
kind, where the kind applies), half keeping the record's evidence and half with all of it
emptied (a deterministic alternation; the random choices come from ``--seed``). All of them,
plus every uncorrupted record as-is and with its evidence emptied, go into ONE temporary
dataset (the original sources copied beside them) that is checked once, in process, with
``check_dataset(..., expectations=False)``.

A corruption is

* **caught** when a failing check (severity ``error``; for the spelling kind ``warning`` is
  enough) has the corrupted field as its ``path``, or a path inside it
  (``signed.date``, ``parties[1].country``, ``people[2].titles[1]``, ``parties[0].evidence[0]``);
* **caught elsewhere only** when it is not caught but some *new* failing check (one the same
  uncorrupted record, in the same evidence mode, does not have) appears on another path;
* **missed** otherwise.

A failure the uncorrupted record already has (same check, path, verdict and severity) is not
counted as catching anything.

**False alarms** are the checks of severity ``error`` on the uncorrupted records.

Choices made where the kinds leave room:

* ``date_day`` applies only to ``day`` precision (a ``month``/``year`` date must stay on the 1st);
  ``weekday`` moves the date by 2 to 5 days, and applies only when the expression has a weekday
  and no number ("ce mardi", "mardi dernier", not "mardi 17 février").
* ``party`` changes ``country`` and ``name`` together (a coherent wrong party), to a country the
  text names outside the record's parties, people, place and visit when there is one, else to one
  it never names (nor any of its cities).
* ``city`` also sets ``place.country`` to the new city's country, so only the city is wrong.
* ``title_moved`` removes the title from its holder (unless it was an unnamed official's only one).
* ``domain_added`` and ``signatory`` append (the new item has no evidence of its own).
* ``span_shift`` with evidence emptied keeps the shifted span alone (now ``evidence[0]``).

Before that, the checking of DATASET is timed in fresh processes on a copy of it: cold (its
an empty document cache) and warm (run again). The fixtures are never modified.

The script always exits 0: it is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from accordcheck.checking.runner import check_dataset  # noqa: E402
from accordcheck.dataset.loading import load_dataset  # noqa: E402
from accordcheck.lang import get_pack  # noqa: E402

CACHE_DIR = ".accordcheck-cache"
KEPT, EMPTIED = "kept", "emptied"

# The corruption kinds are the public strategies' own (accordcheck.testing): one definition
# serves the property tests and this benchmark.
from accordcheck.testing._corruptions import KINDS, Context, Mutation, empty_evidence  # noqa: E402


def _inside(path: str, target: str) -> bool:
    return path == target or path.startswith(target + ".") or path.startswith(target + "[")


def _failing(checks, spelling: bool) -> list:
    levels = ("error", "warning") if spelling else ("error",)
    return [c for c in checks if c.severity in levels]


@dataclass
class Tally:
    generated: int = 0
    caught: int = 0
    elsewhere: int = 0
    missed: int = 0
    by_mode: Counter = field(default_factory=Counter)  # (mode, outcome) -> n
    misses: list[str] = field(default_factory=list)


def score(mutation: Mutation, mode: str, checks, baseline: set) -> tuple[str, str]:
    spelling = mutation.kind == "name_spelling"
    failing = _failing(checks, spelling)
    new = [c for c in failing if (c.check, c.path, c.verdict, c.severity) not in baseline]
    if any(_inside(c.path, mutation.target) for c in new):
        return "caught", ""
    elsewhere = [c for c in new if not _inside(c.path, mutation.target)]
    at_target = [c for c in checks if _inside(c.path, mutation.target)]
    seen = "; ".join(f"{c.check}={c.verdict}/{c.severity}" for c in at_target) or "no check on the field"
    if elsewhere:
        where = ", ".join(sorted({f"{c.check}@{c.path}" for c in elsewhere}))
        return "elsewhere", f"on field: {seen}; new failures elsewhere: {where}"
    return "missed", f"on field: {seen}"


# --------------------------------------------------------------------------- timing

_TIMER = r"""
import sys, time, json
t0 = time.perf_counter()
from accordcheck.checking.runner import check_dataset
t1 = time.perf_counter()
report = check_dataset({root!r}, expectations=False)
t2 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "check": t2 - t1, "records": report.summary.records}}))
"""


def time_dataset(dataset: Path, workdir: Path) -> dict:
    copy_root = workdir / "timing"
    shutil.copytree(dataset, copy_root, ignore=shutil.ignore_patterns(CACHE_DIR))
    code = _TIMER.format(root=str(copy_root))
    runs = {}
    # a document cache of its own, empty for the cold run (the user's cache is left alone)
    cache = workdir / "document-cache"
    os.environ["ACCORDCHECK_CACHE_DIR"] = str(cache)
    for label in ("cold", "warm"):
        before = set(cache.glob("*")) if cache.is_dir() else set()
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"{label} run failed:\n{proc.stderr[-2000:]}")
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        data["wall"] = wall
        # Entries the run had to write: for a warm run, a sign the reader changed meanwhile.
        data["new_cache_entries"] = len(set(cache.glob("*")) - before) if cache.is_dir() else 0
        runs[label] = data
    runs["cache"] = cache
    return runs


# --------------------------------------------------------------------------- main


def build(dataset_root: Path, seed: int, per_record: int):
    dataset = load_dataset(dataset_root)
    rng = random.Random(seed)
    originals: list[tuple[str, dict]] = []
    mutations: list[Mutation] = []
    skipped_records: list[str] = []
    counters: Counter = Counter()
    modes: list[str] = []
    for rf in dataset.record_files:
        if rf.record is None:
            skipped_records.append(rf.relpath)
            continue
        raw = json.loads(rf.text or rf.path.read_text(encoding="utf-8"))
        try:
            texts = [dataset.source(ref.path).text for ref in rf.record.sources]
        except Exception:
            skipped_records.append(rf.relpath)
            continue
        language = rf.record.sources[0].language
        try:
            pack = get_pack(language)
        except KeyError:
            skipped_records.append(rf.relpath)
            continue
        originals.append((rf.record.id, raw))
        for kind_index, (kind, _label, generator) in enumerate(KINDS):
            seen: set[str] = set()
            for n in range(per_record):
                ctx = Context(raw, texts, pack, random.Random(rng.random()))
                mutation = None
                for _attempt in range(5):
                    mutation = generator(ctx, n)
                    if mutation is None:
                        break
                    key = json.dumps(mutation.record, sort_keys=True)
                    if key not in seen:
                        seen.add(key)
                        break
                    mutation = None
                if mutation is None:
                    continue
                mode = (KEPT, EMPTIED)[(counters[kind] + kind_index) % 2]
                counters[kind] += 1
                if mode == EMPTIED and mutation.keep_only_span:
                    # Emptied evidence keeps only the shifted span, now the owner's first one.
                    mutation.target = re.sub(r"\[\d+\]$", "[0]", mutation.target)
                mutation.description = f"{raw['id']}: {mutation.description}"
                mutations.append(mutation)
                modes.append(mode)
    return dataset, originals, mutations, modes, skipped_records


def run(args) -> None:
    dataset_root = Path(args.dataset).resolve()
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="accordcheck-mutations-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"dataset: {dataset_root}")
    try:
        timing = None
        if not args.no_timing:
            try:
                timing = time_dataset(dataset_root, workdir)
            except Exception as exc:  # a measurement reports, it does not stop
                print(f"timing failed: {exc}", file=sys.stderr)

        t0 = time.perf_counter()
        _dataset, originals, mutations, modes, skipped = build(dataset_root, args.seed, args.per_record)
        if skipped:
            print(f"skipped (not loadable or no language pack): {', '.join(skipped)}")

        bench = workdir / "mutated"
        (bench / "records").mkdir(parents=True)
        shutil.copytree(dataset_root / "sources", bench / "sources")
        if (dataset_root / "accordcheck.toml").is_file():
            shutil.copyfile(dataset_root / "accordcheck.toml", bench / "accordcheck.toml")

        def write(stem: str, data: dict) -> None:
            data = dict(data, id=stem)
            (bench / "records" / f"{stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

        base_stems: dict[tuple[str, str], str] = {}
        for k, (rid, raw) in enumerate(originals):
            for mode in (KEPT, EMPTIED):
                stem = f"b{k:03d}-{mode[0]}-{rid}"
                base_stems[(rid, mode)] = stem
                write(stem, raw if mode == KEPT else empty_evidence(raw))
        mut_stems = []
        for k, (mutation, mode) in enumerate(zip(mutations, modes)):
            stem = f"m{k:04d}-{mutation.kind.replace('_', '-')}-{mutation.record['id']}"
            data = mutation.record if mode == KEPT else empty_evidence(mutation.record, mutation.keep_only_span)
            write(stem, data)
            mut_stems.append(stem)
        t1 = time.perf_counter()

        report = check_dataset(bench, expectations=False)
        t2 = time.perf_counter()
        by_id = {r.id: r for r in report.records}
        by_file = {Path(r.file).stem if r.file else r.id: r for r in report.records}

        def result(stem: str):
            return by_file.get(stem) or by_id.get(stem)

        # Baselines and false alarms.
        baseline: dict[tuple[str, str], set] = {}
        alarms: dict[str, Counter] = {KEPT: Counter(), EMPTIED: Counter()}
        alarm_records: dict[str, int] = {KEPT: 0, EMPTIED: 0}
        warned: dict[str, Counter] = {KEPT: Counter(), EMPTIED: Counter()}
        alarm_examples: dict[str, list[str]] = {KEPT: [], EMPTIED: []}
        for (rid, mode), stem in base_stems.items():
            res = result(stem)
            checks = res.checks if res else []
            baseline[(rid, mode)] = {(c.check, c.path, c.verdict, c.severity) for c in checks if c.severity != "info"}
            errors = [c for c in checks if c.severity == "error"]
            if errors:
                alarm_records[mode] += 1
            warned[mode].update(c.check for c in checks if c.severity == "warning")
            for c in errors:
                alarms[mode][c.check] += 1
                alarm_examples[mode].append(f"{rid} {c.check} {c.path}: {c.message[:110]}")

        tallies = {kind: Tally() for kind, _, _ in KINDS}
        for mutation, mode, stem in zip(mutations, modes, mut_stems):
            res = result(stem)
            rid = mutation.record["id"]
            t = tallies[mutation.kind]
            t.generated += 1
            outcome, why = score(mutation, mode, res.checks if res else [], baseline[(rid, mode)])
            if res is None:
                outcome, why = "missed", "no result"
            setattr(t, outcome, getattr(t, outcome) + 1)
            t.by_mode[(mode, outcome)] += 1
            if outcome != "caught":
                t.misses.append(f"[{mode}] {mutation.description} @ {mutation.target} — {outcome}: {why}")

        _print(args, originals, tallies, (alarms, warned), alarm_records, alarm_examples, timing, t1 - t0, t2 - t1, len(report.records))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def _print(args, originals, tallies, found, alarm_records, alarm_examples, timing, build_s, check_s, n_checked):
    print()
    print(f"{len(originals)} correct records; seed {args.seed}; {args.per_record} corruption(s) per kind per record")
    print(f"{'kind':<40} {'gen':>5} {'caught':>7} {'elsewh':>7} {'missed':>7}   caught kept/emptied")
    total = Tally()
    for kind, label, _ in KINDS:
        t = tallies[kind]
        total.generated += t.generated
        total.caught += t.caught
        total.elsewhere += t.elsewhere
        total.missed += t.missed
        kept = f"{t.by_mode[(KEPT, 'caught')]}/{sum(v for (m, _), v in t.by_mode.items() if m == KEPT)}"
        emptied = f"{t.by_mode[(EMPTIED, 'caught')]}/{sum(v for (m, _), v in t.by_mode.items() if m == EMPTIED)}"
        print(f"{kind + ' (' + label + ')':<40.40} {t.generated:>5} {t.caught:>7} {t.elsewhere:>7} {t.missed:>7}   {kept:>7} {emptied:>7}")
    rate = f"{100 * total.caught / total.generated:.1f}%" if total.generated else "-"
    print(f"{'TOTAL':<40} {total.generated:>5} {total.caught:>7} {total.elsewhere:>7} {total.missed:>7}   ({rate} caught on the field)")

    print()
    alarms, warned = found
    print("false alarms (checks of severity error on uncorrupted records):")
    for mode, label in ((KEPT, "as written"), (EMPTIED, "evidence emptied")):
        codes = ", ".join(f"{code} {n}" for code, n in alarms[mode].most_common()) or "none"
        print(f"  {label:<17} {sum(alarms[mode].values()):>4} errors on {alarm_records[mode]:>3}/{len(originals)} records   [{codes}]")
    print("warnings on uncorrupted records (not false alarms, for information):")
    for mode, label in ((KEPT, "as written"), (EMPTIED, "evidence emptied")):
        codes = ", ".join(f"{code} {n}" for code, n in warned[mode].most_common()) or "none"
        print(f"  {label:<17} {sum(warned[mode].values()):>4} warnings   [{codes}]")
    if args.show_alarms:
        for mode in (KEPT, EMPTIED):
            for line in alarm_examples[mode][: args.show_alarms]:
                print(f"    [{mode}] {line}")

    if args.show_missed:
        print()
        print(f"not caught on the field (first {args.show_missed} per kind):")
        for kind, _, _ in KINDS:
            for line in tallies[kind].misses[: args.show_missed]:
                print(f"  {kind}: {line}")

    print()
    print(f"mutation run: {n_checked} records checked in {check_s:.2f}s ({n_checked / check_s:.0f} records/s, cache warm); built in {build_s:.2f}s")
    if timing:
        n = timing["cold"]["records"]
        for label in ("cold", "warm"):
            r = timing[label]
            print(
                f"{label:>4}: check_dataset {r['check']:.2f}s for {n} records "
                f"({n / r['check']:.0f} records/s); import {r['import']:.2f}s; process wall {r['wall']:.2f}s; "
                f"{r['new_cache_entries']} documents read and cached"
            )
        if timing["warm"]["new_cache_entries"]:
            print("      (the warm run was not warm: the reader or a language pack changed between the two runs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", nargs="?", default=str(ROOT / "fixtures" / "dataset"))
    parser.add_argument("--seed", type=int, default=20260113)
    parser.add_argument("--per-record", type=int, default=2, help="corruptions of each kind per record (default 2)")
    parser.add_argument("--show-missed", type=int, default=3, metavar="N", help="list N uncaught corruptions per kind")
    parser.add_argument("--show-alarms", type=int, default=0, metavar="N", help="list N false alarms per evidence mode")
    parser.add_argument("--no-timing", action="store_true", help="skip the cold/warm timing")
    parser.add_argument("--keep", metavar="DIR", help="build the temporary datasets in DIR and keep them")
    args = parser.parse_args(argv)
    try:
        run(args)
    except Exception:  # a measurement: report the failure, exit 0
        traceback.print_exc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
