"""One record checked against its sources: the checks of the record file, its text, its
facts and its review, each outcome weighed into a result. The unit of work that a local run
(:mod:`accordcheck.checking.runner`), a ``--jobs`` child and a cluster worker all run, with the
compact tuple form results travel in between processes.
"""

from __future__ import annotations

from collections.abc import Iterable

from accordcheck.checks.integrity import check_evidence_text, check_record_file, load_sources
from accordcheck.checks.outcome import Outcome
from accordcheck.model.check_codes import severity_for
from accordcheck.dataset.config import Config
from accordcheck.dataset.loading import Dataset, RecordFile
from accordcheck.model.record import Span
from accordcheck.model.results import CheckResult, RecordResult, trusted

__all__ = ["as_tuple", "check_record", "from_tuple"]


def as_tuple(result: RecordResult) -> tuple:
    return (
        result.id,
        result.file,
        [
            (c.check, c.path, c.verdict, c.severity, c.message, [(e.source, e.start, e.end, e.text) for e in c.evidence], c.suggestion)
            for c in result.checks
        ],
    )


def from_tuple(row: tuple) -> RecordResult:
    record_id, file, checks = row
    return RecordResult.from_checks(
        record_id,
        [
            trusted(
                CheckResult, check=check, path=path, verdict=verdict, severity=severity, message=message,
                evidence=[trusted(Span, source=a, start=b, end=c, text=d) for a, b, c, d in evidence],
                suggestion=suggestion, accepted=None,
            )
            for check, path, verdict, severity, message, evidence, suggestion in checks
        ],
        file,
    )


def check_record(dataset: Dataset, record_file: RecordFile) -> RecordResult:
    outcomes = list(check_record_file(record_file))
    record = record_file.record
    if record is not None:
        from accordcheck.checks.hygiene import check_text_hygiene

        outcomes += check_text_hygiene(record)
        texts, source_outcomes = load_sources(dataset, record)
        outcomes += source_outcomes
        outcomes += check_evidence_text(record, texts)
        if all(t is not None for t in texts):
            from accordcheck.checks.facts import check_facts

            from accordcheck.cache.documents import default_cache_dir

            outcomes += check_facts(record, texts, dataset.config, cache_dir=default_cache_dir())
        if record.provenance is not None:
            from accordcheck.checks.review import check_review
            from accordcheck.cache.documents import default_cache_dir

            outcomes += check_review(record, texts, cache_dir=default_cache_dir())
    return RecordResult.from_checks(record_file.id, _finalize(outcomes, dataset.config), record_file.relpath)


def _finalize(outcomes: Iterable[Outcome], config: Config) -> list[CheckResult]:
    from accordcheck.support.display import tidy_message

    disabled = set(config.checks.disabled)
    # Outcomes are made by our own checks: build results without validating them again.
    # Their messages quote the record and the sources: every output shows them bounded,
    # with invisible characters escaped (tidy_message).
    return [
        trusted(
            CheckResult,
            check=o.check,
            path=o.path,
            verdict=o.verdict,
            severity=severity_for(o.check, o.verdict, config.severity, disagrees=not o.stated),
            message=tidy_message(o.message),
            evidence=o.evidence,
            suggestion=o.suggestion,
            accepted=None,
        )
        for o in outcomes
        if o.check not in disabled
    ]
