"""``record_reviewed``: a record a machine wrote has been read by a person.

Fact-checking a record against the same reading that extracted it is no independent
verification: whatever the extractor misread, the checker misreads the same way. So a record
whose ``provenance.method`` is not ``"human"`` and which is not ``reviewed`` gets a warning
(an error with ``check --require-reviewed``) naming the fields the reader was least sure of,
so the reviewer starts there. A record without ``provenance`` was written by a person and is
not concerned; a reviewed one is ``supported``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from accordcheck.checks.outcome import Outcome
from accordcheck.extraction.confidence import FieldConfidence, low_confidence
from accordcheck.model.record import AgreementRecord
from accordcheck.dataset.sources import SourceText

__all__ = ["CODE", "PATH", "check_review", "least_sure", "require_reviewed"]

CODE = "record_reviewed"
PATH = "provenance.reviewed"
_SHOWN = 5


def check_review(record: AgreementRecord, texts: list[SourceText | None], *, cache_dir: Path | None = None) -> Iterator[Outcome]:
    provenance = record.provenance
    if provenance is None:
        return
    if provenance.reviewed:
        on = f" on {provenance.reviewed_on.isoformat()}" if provenance.reviewed_on else ""
        yield Outcome(CODE, PATH, "supported", f"reviewed by a person{on}")
        return
    if not provenance.by_machine:
        return
    unsure = least_sure(record, texts, cache_dir=cache_dir)
    # (no possessive apostrophes: quotes in messages are paired by tidy_message)
    message = (
        f"not reviewed by a person (written by {provenance.method}): checking a machine reading "
        "against the same reading is no independent verification"
    )
    if unsure:
        shown = "; ".join(c.describe() for c in unsure[:_SHOWN])
        more = f"; and {len(unsure) - _SHOWN} more" if len(unsure) > _SHOWN else ""
        message += f"; the reader was least sure of: {shown}{more}"
    message += f". Read it against its sources, then run: accordcheck review DATASET {record.id}"
    yield Outcome(CODE, PATH, "unverified", message)


def least_sure(record: AgreementRecord, texts: list[SourceText | None], *, cache_dir: Path | None = None) -> list[FieldConfidence]:
    """The record's fields the reader is least sure of: the reader's confidence in its own
    reading of the first source, for the fields the record still holds."""
    if record.confidence:
        return low_confidence(record.confidence)
    if not texts or texts[0] is None:
        return []
    from accordcheck.extraction.extract import records_from_document
    from accordcheck.cache.documents import read_source_document

    ref = record.sources[0]
    try:
        document = read_source_document(texts[0].text, ref.language, ref.published, cache_dir)
        extracted = records_from_document(document, ref)
    except Exception:  # a language without a pack, an article the reader cannot read
        return []
    match = _same_agreement(record, extracted)
    if match is None:
        return []
    present = _paths(record)
    return [c for c in low_confidence(match.confidence) if c.path in present or c.path.split(".")[0] in present]


def require_reviewed(report):
    """The report with every unreviewed machine-written record's ``record_reviewed`` check
    raised to an error (``check --require-reviewed``); accepted checks stay accepted."""
    from accordcheck.model.results import CheckReport, RecordResult

    records = []
    for result in report.records:
        if any(c.check == CODE and c.verdict == "unverified" and c.severity == "warning" and c.accepted is None for c in result.checks):
            checks = [
                c.model_copy(update={"severity": "error"})
                if c.check == CODE and c.verdict == "unverified" and c.accepted is None else c
                for c in result.checks
            ]
            result = RecordResult.from_checks(result.id, checks, result.file)
        records.append(result)
    return CheckReport.build(records, report.expectations, skipped=report.skipped, dataset=report.dataset)


def _same_agreement(record: AgreementRecord, extracted: list[AgreementRecord]) -> AgreementRecord | None:
    for candidate in extracted:
        if candidate.id == record.id:
            return candidate
    countries = {p.country for p in record.parties}
    for candidate in extracted:
        if {p.country for p in candidate.parties} == countries and candidate.signed.date == record.signed.date:
            return candidate
    return None


def _paths(record: AgreementRecord) -> set[str]:
    """The field paths the record holds (``people[1].name``, ``place.city``, …)."""
    paths = {"instrument.kind", "instrument.title", "signed.date", "signed.precision"}
    paths |= {f"parties[{i}].country" for i in range(len(record.parties))}
    if record.place is not None:
        paths.add("place.city")
    for i in range(len(record.people)):
        paths |= {f"people[{i}].{key}" for key in ("name", "titles", "country", "roles")}
    paths |= {f"domains[{i}].code" for i in range(len(record.domains))}
    if record.visit is not None:
        paths.add("visit")
    return paths
