"""Checking a dataset: every record against its sources, then the dataset-wide suites.

This is the library function under ``accordcheck check``; the CLI, the pytest plugin and
the CI gate all call :func:`check_dataset`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Collection, Iterable
from pathlib import Path

from accordcheck.checks.integrity import check_evidence_text, check_record_file, load_sources
from accordcheck.checks.outcome import Outcome
from accordcheck.checks.registry import severity_for
from accordcheck.config import Config
from accordcheck.dataset import Dataset, RecordFile, load_dataset
from accordcheck.results import CheckReport, CheckResult, RecordResult

__all__ = ["check_dataset", "check_record"]


# Below this many records a second process costs more than it saves.
PARALLEL_THRESHOLD = 400


def check_dataset(
    dataset: Dataset | str | Path,
    *,
    only: Collection[str] | None = None,
    expectations: bool = True,
    jobs: int | None = None,
) -> CheckReport:
    """Check every record of ``dataset`` (or only the record files in ``only``).

    ``only`` holds dataset-relative record paths (``records/x.json``); the others are
    reported as skipped. Dataset-wide expectation suites always see the whole table.
    ``jobs`` processes check the records (default: one per core for large datasets), while
    this process runs the expectation suites.
    """
    if not isinstance(dataset, Dataset):
        dataset = load_dataset(dataset)
    selected = [rf for rf in dataset.record_files if only is None or rf.relpath in only]
    skipped = [rf.id for rf in dataset.record_files if only is not None and rf.relpath not in only]
    workers = _workers(jobs, len(selected))
    if workers > 1:
        results, suite_results = _check_in_parallel(dataset, selected, workers, expectations)
    else:
        results = [check_record(dataset, rf) for rf in selected]
        suite_results = _run_suites(dataset) if expectations else []
    return CheckReport.build(results, suite_results, skipped=skipped, dataset=str(dataset.root))


def _run_suites(dataset: Dataset):
    from accordcheck.expectations import run_expectations

    return run_expectations(dataset)


def _workers(jobs: int | None, count: int) -> int:
    if jobs is not None:
        return max(1, min(jobs, count))
    if count < PARALLEL_THRESHOLD or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, count // (PARALLEL_THRESHOLD // 2)))


_SHARED: tuple[Dataset, list[RecordFile]] | None = None


def _check_chunk(bounds: tuple[int, int]) -> list[RecordResult]:
    dataset, selected = _SHARED  # inherited from the parent at fork
    return [check_record(dataset, rf) for rf in selected[bounds[0] : bounds[1]]]


def _check_in_parallel(dataset: Dataset, selected: list[RecordFile], workers: int, expectations: bool):
    global _SHARED
    if "fork" not in multiprocessing.get_all_start_methods():
        return [check_record(dataset, rf) for rf in selected], (_run_suites(dataset) if expectations else [])
    _SHARED = (dataset, selected)
    size = max(1, -(-len(selected) // (workers * 4)))
    chunks = [(i, min(i + size, len(selected))) for i in range(0, len(selected), size)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pending = pool.map_async(_check_chunk, chunks)
            suite_results = _run_suites(dataset) if expectations else []
            results = [r for chunk in pending.get() for r in chunk]
    finally:
        _SHARED = None
    return results, suite_results


def check_record(dataset: Dataset, record_file: RecordFile) -> RecordResult:
    outcomes = list(check_record_file(record_file))
    record = record_file.record
    if record is not None:
        texts, source_outcomes = load_sources(dataset, record)
        outcomes += source_outcomes
        outcomes += check_evidence_text(record, texts)
        if all(t is not None for t in texts):
            from accordcheck.checks.facts import check_facts

            from accordcheck.reading.cache import default_cache_dir

            outcomes += check_facts(record, texts, dataset.config, cache_dir=default_cache_dir())
    return RecordResult.from_checks(record_file.id, _finalize(outcomes, dataset.config), record_file.relpath)


def _finalize(outcomes: Iterable[Outcome], config: Config) -> list[CheckResult]:
    disabled = set(config.checks.disabled)
    # Outcomes are made by our own checks: build results without validating them again.
    return [
        CheckResult.model_construct(
            check=o.check,
            path=o.path,
            verdict=o.verdict,
            severity=severity_for(o.check, o.verdict, config.severity),
            message=o.message,
            evidence=o.evidence,
            suggestion=o.suggestion,
        )
        for o in outcomes
        if o.check not in disabled
    ]
