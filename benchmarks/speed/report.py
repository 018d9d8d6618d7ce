"""Benchmark of the HTML report at scale, and the README screenshot.

    .venv/bin/python benchmarks/speed/report.py                 # 5,000 records, synthetic verdicts
    .venv/bin/python benchmarks/speed/report.py --records 20000 --keep /tmp/big
    .venv/bin/python benchmarks/speed/report.py --real          # the real checker (slow: spaCy)
    .venv/bin/python benchmarks/speed/report.py --screenshot docs/report.png

The dataset is generated from the fixture records: every record gets its own copy of its
article (a distinct source per record, the worst case for size), shifted by a dateline so
its offsets differ. Unless ``--real``, the verdicts are synthetic but shaped like the
checker's: the real integrity checks, one fact check per claim, one ``evidence_support``
per span, and one record in seven corrupted (a contradicted date with its suggestion, a
domain not found, an omitted official). The numbers measure the report, not the checker.

Measured: time to render and write the file, its size, and in Chromium (headless, from
``file://``) the time until the page is loaded and interactive, then the time for the
status filter, the id search, and opening a record near the end (its source drawn lazily).
Exit 1 when a budget is broken: 2 s to open, 2 s per interaction, 30 MB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from accordcheck.checks.integrity import check_evidence_text, check_record_file, load_sources  # noqa: E402
from accordcheck.model.check_codes import severity_for  # noqa: E402
from accordcheck.dataset.loading import Dataset, load_dataset  # noqa: E402
from accordcheck.support.fileio import atomic_write_text  # noqa: E402
from accordcheck.model.record import Span  # noqa: E402
from accordcheck.report import render_report  # noqa: E402
from accordcheck.model.results import CheckReport, CheckResult, ExpectationResult, RecordResult  # noqa: E402
from accordcheck.dataset.sources import read_source, text_sha256  # noqa: E402

FIXTURES = ROOT / "fixtures" / "dataset"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-gpu",
    "--disable-sync",
]
OPEN_BUDGET_S = 2.0
ACT_BUDGET_S = 2.0
SIZE_BUDGET_MB = 30.0

# leaf field → the check code that judges it (the shape of the real checker's output)
CODE_FOR = {
    "instrument.kind": "instrument_kind",
    "instrument.title": "instrument_title",
    "country": "party_country",
    "name": "party_name",
    "signed.date": "date_consistent",
    "signed.precision": "date_precision",
    "signed.expression": "date_expression",
    "place.city": "place_city",
    "place.country": "place_country",
    "people.name": "person_name",
    "people.titles": "person_title",
    "people.country": "person_country",
    "people.roles": "person_role",
    "domains.code": "domain_supported",
    "visit.host": "visit_host",
    "visit.visitor": "visit_visitor",
    "visit.duration_days": "visit_duration",
}


# --------------------------------------------------------------------------- the dataset


def _templates() -> list[tuple[dict, str, str]]:
    """(record JSON, source file text, normalized text) of every usable fixture record."""
    out = []
    for path in sorted((FIXTURES / "records").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if len(data.get("sources", [])) != 1:
            continue
        source = FIXTURES / data["sources"][0]["path"]
        if not source.is_file() or source.suffix not in (".txt", ".md"):
            continue
        raw = source.read_text(encoding="utf-8")
        out.append((data, raw, read_source(source).text))
    if not out:
        raise SystemExit(f"no usable fixture record under {FIXTURES}")
    return out


def _shift(value, by: int):
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            return {**value, "start": value["start"] + by, "end": value["end"] + by}
        return {k: _shift(v, by) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, by) for v in value]
    return value


def write_dataset(root: Path, count: int) -> Path:
    (root / "records").mkdir(parents=True)
    (root / "sources").mkdir()
    templates = _templates()
    for i in range(count):
        data, raw, text = templates[i % len(templates)]
        dateline = f"(Dépêche n° {i:05d}) "
        if raw.startswith("---\n"):
            end = raw.index("\n---", 4) + len("\n---\n")
            new_raw = raw[:end] + dateline + raw[end:]
        else:
            new_raw = dateline + raw
        name = f"sources/a{i:05d}{Path(data['sources'][0]['path']).suffix}"
        (root / name).write_text(new_raw, encoding="utf-8")
        record = _shift(json.loads(json.dumps(data)), len(dateline))
        record["id"] = f"{data['id']}-{i:05d}"
        record["sources"][0]["path"] = name
        record["sources"][0]["sha256"] = text_sha256(dateline + text)
        (root / "records" / f"{record['id']}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return root


# --------------------------------------------------------------------------- synthetic verdicts


def _result(check, path, verdict, message, evidence=(), suggestion=None) -> CheckResult:
    return CheckResult(
        check=check,
        path=path,
        verdict=verdict,
        severity=severity_for(check, verdict),
        message=message,
        evidence=list(evidence),
        suggestion=suggestion,
    )


def _code_for(path: str) -> str | None:
    plain = "".join(part.split("[")[0] + "." for part in path.split("."))[:-1]
    if plain in CODE_FOR:
        return CODE_FOR[plain]
    if plain.startswith("parties."):
        return CODE_FOR.get(plain.split(".", 1)[1])
    return None


def synthetic_report(dataset: Dataset) -> CheckReport:
    results = []
    for n, rf in enumerate(dataset.record_files):
        checks = [_result(o.check, o.path, o.verdict, o.message, o.evidence, o.suggestion) for o in check_record_file(rf)]
        record = rf.record
        if record is not None:
            texts, outcomes = load_sources(dataset, record)
            outcomes += list(check_evidence_text(record, texts))
            checks += [_result(o.check, o.path, o.verdict, o.message, o.evidence, o.suggestion) for o in outcomes]
            corrupt = n % 7 == 3
            evidence_of = {}
            for path, span in record.iter_spans():
                entity = path.rsplit(".evidence", 1)[0]
                evidence_of.setdefault(entity, []).append(span)
                checks.append(_result("evidence_support", path, "supported", f"'{span.text[:40]}' supports {entity}", [span]))
            data = record.model_dump(mode="json")
            for entity, value in data.items():
                items = value if isinstance(value, list) else [value]
                for i, item in enumerate(items):
                    if not isinstance(item, dict) or entity == "sources":
                        continue
                    base = f"{entity}[{i}]" if isinstance(value, list) else entity
                    for key, leaf in item.items():
                        if key == "evidence" or leaf is None:
                            continue
                        leaves = leaf if isinstance(leaf, list) else [leaf]
                        for j, one in enumerate(leaves):
                            path = f"{base}.{key}[{j}]" if isinstance(leaf, list) else f"{base}.{key}"
                            code = _code_for(path)
                            if code is None:
                                continue
                            spans = evidence_of.get(base, [])[:1]
                            if corrupt and path == "signed.date":
                                checks.append(_result(code, path, "contradicted",
                                    f"record says {one}; source says '{record.signed.expression}' = a day earlier",
                                    spans, "2026-01-13"))
                            else:
                                checks.append(_result(code, path, "supported", f"{one!r} agrees with the source", spans))
            if corrupt:
                checks.append(_result("domain_supported", f"domains[{len(record.domains)}].code", "not_found",
                                      "nothing in the source says the agreement covers maritime_security"))
                first = next(iter(evidence_of.values()), [])[:1]
                checks.append(_result("person_omitted", "people", "not_found",
                                      "the source ties an official to the agreement who is not in the record",
                                      first, {"name": "A. N. Other", "titles": ["ministre"]}))
        results.append(RecordResult.from_checks(rf.id, checks, rf.relpath))
    failing = [r.id for r in results if r.status == "fail"]
    expectations = [
        ExpectationResult(expectation="expect_column_values_to_be_unique(id)", success=True, details={"record_ids": []}),
        ExpectationResult(expectation="expect_signing_date_not_after_publication", success=not failing,
                          details={"record_ids": failing, "unexpected_count": len(failing)}),
    ]
    return CheckReport.build(results, expectations, dataset=str(dataset.root))


# --------------------------------------------------------------------------- measuring


def _launch(playwright):
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} not found: apt-get install chromium")
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def measure_browser(report_path: Path, last_id: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    url = report_path.resolve().as_uri()
    timings: dict[str, float] = {}
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t0 = time.perf_counter()
        page.goto(url, wait_until="load", timeout=60_000)
        page.wait_for_selector("html[data-ready]", state="attached")
        # the first paint of the page with its rows laid out
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))")
        timings["open_s"] = time.perf_counter() - t0
        nav = page.evaluate(
            "() => { const n = performance.getEntriesByType('navigation')[0];"
            " return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}; }"
        )
        timings["dom_content_loaded_s"] = nav["dcl"] / 1000
        timings["load_event_s"] = nav["load"] / 1000

        def act(script: str) -> float:
            # run an interaction, then wait for the frame that shows its result
            return page.evaluate(
                "async (code) => { const t = performance.now(); (new Function(code))();"
                " await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));"
                " return (performance.now() - t) / 1000; }",
                script,
            )

        timings["filter_failed_s"] = act(
            "const s = document.getElementById('ac_f_status'); s.value = 'fail';"
            " s.dispatchEvent(new Event('change'));"
        )
        shown = page.locator("details.rec:not([hidden])").count()
        timings["filter_failed_rows"] = shown
        timings["filter_reset_s"] = act(
            "const s = document.getElementById('ac_f_status'); s.value = '';"
            " s.dispatchEvent(new Event('change'));"
        )
        timings["search_s"] = act(
            "const s = document.getElementById('ac_f_search'); s.value = "
            + json.dumps(last_id[-5:])
            + "; s.dispatchEvent(new Event('input'));"
        )
        act("const s = document.getElementById('ac_f_search'); s.value = ''; s.dispatchEvent(new Event('input'));")
        t1 = time.perf_counter()
        page.evaluate("id => { location.hash = id; }", last_id)
        page.locator(f"details.rec[id='{last_id}'] pre.src mark.hl").first.wait_for()
        timings["open_record_s"] = time.perf_counter() - t1
        # a fresh load straight onto a record's anchor
        t2 = time.perf_counter()
        page.goto(url + "#" + last_id, wait_until="load", timeout=60_000)
        page.locator(f"details.rec[id='{last_id}'] pre.src mark.hl").first.wait_for()
        timings["open_anchor_s"] = time.perf_counter() - t2
        timings["dom_nodes"] = page.evaluate("() => document.getElementsByTagName('*').length")
        if errors:
            raise SystemExit("page errors: " + "; ".join(errors))
        browser.close()
    return timings


def run_benchmark(args: argparse.Namespace) -> int:
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="accordcheck-bench-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    try:
        t = time.perf_counter()
        write_dataset(work / "dataset", args.records)
        dataset = load_dataset(work / "dataset")
        t_load = time.perf_counter() - t
        t = time.perf_counter()
        if args.real:
            from accordcheck.checking.runner import check_dataset

            result = check_dataset(dataset, expectations=False)
        else:
            result = synthetic_report(dataset)
        t_check = time.perf_counter() - t
        out = work / "report.html"
        t = time.perf_counter()
        html = render_report(result, dataset)
        t_render = time.perf_counter() - t
        atomic_write_text(out, html)
        t_write = time.perf_counter() - t
        size_mb = out.stat().st_size / 1e6
        last_id = result.records[-1].id
        browser = measure_browser(out, last_id)
        numbers = {
            "records": result.summary.records,
            "failed": result.summary.failed,
            "checks": result.summary.checks,
            "verdicts": "real checker" if args.real else "synthetic",
            "dataset_write_and_load_s": round(t_load, 2),
            "check_s": round(t_check, 2),
            "render_s": round(t_render, 2),
            "render_and_write_s": round(t_write, 2),
            "size_mb": round(size_mb, 2),
            **{k: (round(v, 3) if isinstance(v, float) else v) for k, v in browser.items()},
        }
        print(json.dumps(numbers, indent=2))
        broken = []
        if size_mb > SIZE_BUDGET_MB:
            broken.append(f"size {size_mb:.1f} MB > {SIZE_BUDGET_MB} MB")
        if browser["open_s"] > OPEN_BUDGET_S:
            broken.append(f"open {browser['open_s']:.2f} s > {OPEN_BUDGET_S} s")
        for key in ("filter_failed_s", "filter_reset_s", "search_s", "open_record_s"):
            if browser[key] > ACT_BUDGET_S:
                broken.append(f"{key} {browser[key]:.2f} s > {ACT_BUDGET_S} s")
        if broken:
            print("over budget: " + "; ".join(broken), file=sys.stderr)
            return 1
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------------------- the screenshot


def run_screenshot(args: argparse.Namespace) -> int:
    """The fixtures' report, with the seed record open and a highlight focused."""
    from playwright.sync_api import sync_playwright

    dataset = load_dataset(args.dataset)
    try:
        from accordcheck.checking.runner import check_dataset

        result = check_dataset(dataset, expectations=args.expectations)
        how = "checker"
    except ImportError as exc:  # the fact-checker is not there yet: integrity checks only
        print(f"(real checker unavailable: {exc}; showing synthetic verdicts)", file=sys.stderr)
        result = synthetic_report(dataset)
        how = "synthetic"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        atomic_write_text(out, render_report(result, dataset))
        def worth_showing(r):  # a failing record, else one with warnings, else any
            return (r.status != "fail", not any(c.severity == "warning" for c in r.checks))

        target = args.record or min(result.records, key=worth_showing).id
        with sync_playwright() as p:
            browser = _launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1150}, device_scale_factor=1)
            page.goto(out.as_uri() + "#" + target, wait_until="load")
            det = page.locator(f"details.rec[id='{target}']")
            det.locator("pre.src mark.hl").first.wait_for()
            for mark in (det.locator("pre.src mark.hl.f-place"), det.locator("pre.src mark.hl.f-parties")):
                if mark.count():
                    mark.first.focus()
                    break
            # the record's line just under the sticky filters, the tooltip where it belongs
            det.evaluate("e => e.scrollIntoView({block: 'start'})")
            page.mouse.move(0, 0)
            if mark.count():
                mark.first.evaluate("e => { e.blur(); e.focus({preventScroll: true}); }")
            Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=args.screenshot)
            browser.close()
    print(f"wrote {args.screenshot} ({how} verdicts, record {target})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--keep", metavar="DIR", help="keep the generated dataset and report here")
    parser.add_argument("--real", action="store_true", help="run the real checker instead of synthetic verdicts")
    parser.add_argument("--screenshot", metavar="PNG", help="write a screenshot of the fixtures' report instead")
    parser.add_argument("--dataset", default=str(FIXTURES), help="dataset for --screenshot")
    parser.add_argument("--record", help="record to open for --screenshot (default: the first failing one)")
    parser.add_argument("--expectations", action="store_true", help="run the expectation suites for --screenshot")
    args = parser.parse_args(argv)
    if args.screenshot:
        return run_screenshot(args)
    return run_benchmark(args)


if __name__ == "__main__":
    sys.exit(main())
