"""Does the gate hold on writing it was never tuned on? One row of figures per evaluation set.

    python benchmarks/accuracy/generalization.py SET [SET ...] [--per-record N] [--seed N] [--details]

A SET is a dataset folder (``sources/``, ``records/``) written apart from the rules, with
optional ``llm/<id>.json`` records (an LLM-style copy of the correct record ``<id>`` with
planted errors) listed in ``llm/PLANTED.json`` as ``{"<id>.json": [{"path", "kind"}]}``.
For each set it prints, all in one check run per set:

* **correct records**: how many fail ``check`` (as written, and with all evidence emptied),
  their errors by verdict (``contradicted`` / ``not_found`` / other) and the ``unverified``
  warnings;
* **corruptions** (the single-fact kinds of ``benchmarks/accuracy/mutations.py``): caught on their
  field, with the record's evidence kept and emptied;
* **LLM-style records**: planted errors flagged (an ``error`` on the planted path or inside
  it) and other errors (an ``error`` on a path that holds no planted error). A dateline's city
  given as the signing place comes with the dateline's country: an error on ``place.country``
  there is the planted error's, not another one.

A set holding a file named ``SEALED`` is measured like any other, but ``--details`` (which
lists the failing checks of correct records) refuses it: a sealed set is only ever read in
aggregate. The script always exits 0: it is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


from mutations import EMPTIED, KEPT, _inside, build, empty_evidence, score  # noqa: E402

from accordcheck.checking.runner import check_dataset  # noqa: E402


@dataclass
class SetFigures:
    name: str
    records: int = 0
    failing: dict = field(default_factory=lambda: {KEPT: 0, EMPTIED: 0})
    errors: dict = field(default_factory=lambda: {KEPT: Counter(), EMPTIED: Counter()})
    unverified: dict = field(default_factory=lambda: {KEPT: 0, EMPTIED: 0})
    corruptions: dict = field(default_factory=lambda: {KEPT: [0, 0], EMPTIED: [0, 0]})  # caught, generated
    planted: list = field(default_factory=lambda: [0, 0])  # flagged, planted
    llm_other_errors: int = 0
    llm_records: int = 0
    details: list = field(default_factory=list)


def measure(root: Path, seed: int, per_record: int, details: bool) -> SetFigures:
    figures = SetFigures(root.name)
    _dataset, originals, mutations, modes, _skipped = build(root, seed, per_record)
    llm = _llm_records(root)
    with tempfile.TemporaryDirectory(prefix="accordcheck-generalization-") as tmp:
        bench = Path(tmp) / "bench"
        (bench / "records").mkdir(parents=True)
        shutil.copytree(root / "sources", bench / "sources")
        if (root / "accordcheck.toml").is_file():
            shutil.copyfile(root / "accordcheck.toml", bench / "accordcheck.toml")

        def write(stem: str, data: dict) -> str:
            data = dict(data, id=stem)
            text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
            (bench / "records" / f"{stem}.json").write_text(text, encoding="utf-8")
            return stem

        base = {}
        for k, (rid, raw) in enumerate(originals):
            for mode in (KEPT, EMPTIED):
                base[(rid, mode)] = write(f"b{k:03d}-{mode[0]}-{rid}", raw if mode == KEPT else empty_evidence(raw))
        muts = [
            write(f"m{k:04d}-{m.kind.replace('_', '-')}-{m.record['id']}",
                  m.record if mode == KEPT else empty_evidence(m.record, m.keep_only_span))
            for k, (m, mode) in enumerate(zip(mutations, modes))
        ]
        llms = [(write(f"l{k:03d}-{rid}", data), rid, planted) for k, (rid, data, planted) in enumerate(llm)]
        report = check_dataset(bench, expectations=False, cache=False)
    by_stem = {Path(r.file).stem: r for r in report.records}

    figures.records = len(originals)
    baseline = {}
    for (rid, mode), stem in base.items():
        checks = by_stem[stem].checks
        baseline[(rid, mode)] = {(c.check, c.path, c.verdict, c.severity) for c in checks if c.severity != "info"}
        errors = [c for c in checks if c.severity == "error"]
        figures.failing[mode] += bool(errors)
        figures.errors[mode].update(c.verdict if c.verdict in ("contradicted", "not_found") else "other" for c in errors)
        figures.unverified[mode] += sum(c.verdict == "unverified" for c in checks)
        if details:
            figures.details += [f"[{mode}] {rid} {c.check} {c.path} {c.verdict}: {c.message[:150]}" for c in errors]
    for mutation, mode, stem in zip(mutations, modes, muts):
        outcome, _ = score(mutation, mode, by_stem[stem].checks, baseline[(mutation.record["id"], mode)])
        figures.corruptions[mode][0] += outcome == "caught"
        figures.corruptions[mode][1] += 1
        if details and outcome != "caught":
            figures.details.append(f"[missed {mode}] {mutation.record['id']} {mutation.kind} ({outcome})")
    for stem, rid, planted in llms:
        figures.llm_records += 1
        errors = [c for c in by_stem[stem].checks if c.severity == "error"]
        for item in planted:
            figures.planted[1] += 1
            flagged = any(_inside(c.path, item["path"]) for c in errors)
            figures.planted[0] += flagged
            if details and not flagged:
                said = [f"{c.check} {c.verdict}/{c.severity}" for c in by_stem[stem].checks if _inside(c.path, item["path"])]
                figures.details.append(f"[llm missed] {rid} {item['path']} {item['kind']}: {said or 'no check'}")
        other = [c for c in errors if not any(_inside(c.path, _site(item)) for item in planted)]
        figures.llm_other_errors += len(other)
        if details:
            figures.details += [f"[llm] {rid} planted {[p['path'] for p in planted]}; other error {c.check} {c.path}: {c.message[:120]}" for c in other]
    return figures


def _site(item: dict) -> str:
    """Where a planted error lies: its path, or the whole place for a dateline given as the
    place of signing (its country is the dateline's too)."""
    return "place" if item["kind"] == "dateline_place" else item["path"]


def _llm_records(root: Path) -> list[tuple[str, dict, list]]:
    manifest = root / "llm" / "PLANTED.json"
    if not manifest.is_file():
        return []
    planted = json.loads(manifest.read_text(encoding="utf-8"))
    found = []
    for name, items in sorted(planted.items()):
        data = json.loads((root / "llm" / name).read_text(encoding="utf-8"))
        found.append((data["id"], data, items))
    return found


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "–"


def report(all_figures: list[SetFigures]) -> None:
    head = (f"{'set':<14} {'recs':>4} {'fail':>4} {'contr':>5} {'notf':>4} {'oth':>3} {'unver':>5} | "
            f"{'fail∅':>5} {'contr∅':>6} {'notf∅':>5} {'unver∅':>6} | {'caught kept':>17} {'caught emptied':>17} | "
            f"{'LLM flagged':>15} {'other':>5}")
    print(head)
    print("-" * len(head))
    total = SetFigures("TOTAL")
    for f in all_figures:
        _row(f)
        total.records += f.records
        for mode in (KEPT, EMPTIED):
            total.failing[mode] += f.failing[mode]
            total.errors[mode].update(f.errors[mode])
            total.unverified[mode] += f.unverified[mode]
            total.corruptions[mode] = [a + b for a, b in zip(total.corruptions[mode], f.corruptions[mode])]
        total.planted = [a + b for a, b in zip(total.planted, f.planted)]
        total.llm_other_errors += f.llm_other_errors
        total.llm_records += f.llm_records
    if len(all_figures) > 1:
        print("-" * len(head))
        _row(total)
    print("\nfail = correct records failing check; contr/notf/oth = their errors by verdict; unver = unverified "
          "warnings; ∅ = with all evidence emptied; caught = corruptions caught on their field; LLM flagged = "
          "planted errors with an error on their path; other = errors elsewhere on the LLM-style records.")


def _row(f: SetFigures) -> None:
    k, e = f.errors[KEPT], f.errors[EMPTIED]
    print(f"{f.name:<14} {f.records:>4} {f.failing[KEPT]:>4} {k['contradicted']:>5} {k['not_found']:>4} {k['other']:>3} "
          f"{f.unverified[KEPT]:>5} | {f.failing[EMPTIED]:>5} {e['contradicted']:>6} {e['not_found']:>5} "
          f"{f.unverified[EMPTIED]:>6} | {_pct(*f.corruptions[KEPT]):>17} {_pct(*f.corruptions[EMPTIED]):>17} | "
          f"{_pct(*f.planted):>15} {f.llm_other_errors:>5}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", help="evaluation set folders")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--per-record", type=int, default=1, help="corruptions of each kind per record (default 1)")
    parser.add_argument("--details", action="store_true", help="list the errors on correct and LLM-style records (refused on sealed sets)")
    args = parser.parse_args(argv)
    roots = [Path(s).resolve() for s in args.sets]
    if args.details and any((r / "SEALED").exists() for r in roots):
        parser.error("--details would show the inside of a sealed set; measure sealed sets in aggregate only")
    figures = [measure(root, args.seed, args.per_record, args.details) for root in roots]
    report(figures)
    for f in figures:
        for line in f.details:
            print(f"{f.name}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
