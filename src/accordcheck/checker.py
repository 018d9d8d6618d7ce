"""Checking a dataset: every record against its sources, then the dataset-wide suites.

This is the library function under ``accordcheck check``; the CLI, the pytest plugin and
the CI gate all call :func:`check_dataset`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path

from accordcheck.checks.integrity import check_evidence_text, check_record_file, load_sources
from accordcheck.checks.outcome import Outcome
from accordcheck.checks.registry import severity_for
from accordcheck.config import Config
from accordcheck.dataset import Dataset, RecordFile, load_dataset
from accordcheck.results import CheckReport, CheckResult, RecordResult

__all__ = ["check_dataset", "check_record"]


def check_dataset(
    dataset: Dataset | str | Path,
    *,
    only: Collection[str] | None = None,
    expectations: bool = True,
) -> CheckReport:
    """Check every record of ``dataset`` (or only the record files in ``only``).

    ``only`` holds dataset-relative record paths (``records/x.json``); the others are
    reported as skipped. Dataset-wide expectation suites always see the whole table.
    """
    if not isinstance(dataset, Dataset):
        dataset = load_dataset(dataset)
    selected = [rf for rf in dataset.record_files if only is None or rf.relpath in only]
    skipped = [rf.id for rf in dataset.record_files if only is not None and rf.relpath not in only]
    results = [check_record(dataset, rf) for rf in selected]
    suite_results = []
    if expectations:
        from accordcheck.expectations import run_expectations

        suite_results = run_expectations(dataset)
    return CheckReport.build(results, suite_results, skipped=skipped, dataset=str(dataset.root))


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
    return [
        CheckResult(
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
