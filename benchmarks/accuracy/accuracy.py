"""Per-field precision, recall and F1 of ``extract`` against a dataset's correct records.

    python benchmarks/accuracy/accuracy.py [DATASET] [--negatives DIR] [--show-errors]

Records of one source are paired with the extracted ones by instrument kind, title and
domains; every field is then scored as a set of items (a missing record costs recall on
each of its fields, an extra one costs precision). Articles in ``--negatives`` report no
signed agreement: anything extracted from them is a false record.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from accordcheck.dataset.loading import load_dataset  # noqa: E402
from accordcheck.extraction.extract import extract_source  # noqa: E402
from accordcheck.lang import fold  # noqa: E402
from accordcheck.model.record import AgreementRecord  # noqa: E402
from accordcheck.dataset.sources import read_source  # noqa: E402

FIELDS = [
    "records", "parties", "date", "place", "kind", "names", "titles",
    "people_countries", "roles", "domains", "visit_duration",
]


def _key(text: str | None) -> str:
    return fold(text or "").lower().strip()


def _person_key(person) -> str:
    return _key(person.name) if person.name else "∅" + _key(person.titles[0] if person.titles else "")


def items(record: AgreementRecord) -> dict[str, set]:
    people = record.people
    return {
        "parties": {p.country for p in record.parties},
        "date": {(record.signed.date, record.signed.precision.value)},
        "place": {(_key(record.place.city), record.place.country)} if record.place else set(),
        "kind": {record.instrument.kind.value},
        "names": {_key(p.name) for p in people if p.name},
        "titles": {(_person_key(p), _key(t)) for p in people for t in p.titles},
        "people_countries": {(_person_key(p), p.country) for p in people},
        "roles": {(_person_key(p), r.value) for p in people for r in p.roles},
        "domains": {d.code for d in record.domains},
        "visit_duration": {record.visit.duration_days} if record.visit and record.visit.duration_days else set(),
    }


def similarity(a: AgreementRecord, b: AgreementRecord) -> float:
    score = 0.0
    if a.instrument.kind == b.instrument.kind:
        score += 1
    ta, tb = set(_key(a.instrument.title).split()), set(_key(b.instrument.title).split())
    if ta and tb:
        score += 2 * len(ta & tb) / len(ta | tb)
    da, db = {d.code for d in a.domains}, {d.code for d in b.domains}
    if da or db:
        score += len(da & db) / len(da | db)
    return score


def pair(gold: list[AgreementRecord], found: list[AgreementRecord]):
    pairs, left = [], list(found)
    for g in sorted(gold, key=lambda r: r.id):
        if not left:
            pairs.append((g, None))
            continue
        best = max(left, key=lambda f: similarity(g, f))
        left.remove(best)
        pairs.append((g, best))
    pairs.extend((None, f) for f in left)
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(ROOT / "fixtures" / "dataset"))
    parser.add_argument("--negatives", default="fixtures/negatives")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    dataset = load_dataset(args.dataset)
    by_source: dict[str, list[AgreementRecord]] = defaultdict(list)
    for record in dataset.records:
        by_source[record.sources[0].path].append(record)
    counts = {f: [0, 0, 0] for f in FIELDS}  # tp, fp, fn
    spans_total = spans_exact = 0
    started = time.perf_counter()
    articles = 0

    def score(gold_records, found_records, label):
        nonlocal spans_total, spans_exact
        for g, f in pair(gold_records, found_records):
            if g is not None and f is not None:
                counts["records"][0] += 1
            elif g is not None:
                counts["records"][2] += 1
            else:
                counts["records"][1] += 1
            gi = items(g) if g else {k: set() for k in FIELDS[1:]}
            fi = items(f) if f else {k: set() for k in FIELDS[1:]}
            for field in FIELDS[1:]:
                tp = len(gi[field] & fi[field])
                counts[field][0] += tp
                counts[field][1] += len(fi[field] - gi[field])
                counts[field][2] += len(gi[field] - fi[field])
                if args.show_errors and gi[field] != fi[field]:
                    print(f"  {label} {field}: missing {sorted(map(str, gi[field] - fi[field]))} extra {sorted(map(str, fi[field] - gi[field]))}")

    for path, gold in sorted(by_source.items()):
        source = dataset.source(path)
        ref = gold[0].sources[0]
        found = extract_source(source, source_path=path, language=ref.language, published=ref.published)
        articles += 1
        for record in found:
            for _, span in record.iter_spans():
                spans_total += 1
                spans_exact += source.text[span.start : span.end] == span.text
        score(gold, found, Path(path).stem)

    negatives = sorted(Path(args.negatives).glob("*.txt")) if Path(args.negatives).is_dir() else []
    for path in negatives:
        source = read_source(path)
        found = extract_source(source, source_path=str(path))
        articles += 1
        score([], found, path.stem)
    elapsed = time.perf_counter() - started

    print(f"{articles} articles ({len(negatives)} negatives), {len(dataset.records)} correct records, {elapsed:.1f}s")
    print(f"{'field':<18}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for field in FIELDS:
        tp, fp, fn = counts[field]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{field:<18}{p:>10.3f}{r:>10.3f}{f1:>8.3f}{tp:>6}{fp:>6}{fn:>6}")
    share = spans_exact / spans_total if spans_total else 1.0
    print(f"spans exact: {spans_exact}/{spans_total} = {share:.3%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
