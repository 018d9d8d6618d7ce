"""Whether a person has read a machine-written record against its sources.

A record our extractor wrote and our checker passes has been verified by nothing but the
reading that wrote it; one an LLM wrote, by nothing but our reading. ``provenance`` says
where a record came from; this check says, as a warning (an error with
``check --require-reviewed``), which such records no person has reviewed yet
(``accordcheck review DATASET RECORD_ID`` marks one reviewed).
"""

from __future__ import annotations

from collections.abc import Iterator

from accordcheck.checks.outcome import Outcome
from accordcheck.model import AgreementRecord

__all__ = ["check_review"]

#: Provenance methods written by a person (no review is owed).
HUMAN_METHODS = frozenset({"human", "hand", "manual"})


def check_review(record: AgreementRecord) -> Iterator[Outcome]:
    provenance = record.provenance
    if provenance is None or provenance.method.strip().lower() in HUMAN_METHODS:
        return
    if provenance.reviewed:
        on = f" on {provenance.reviewed_on.isoformat()}" if provenance.reviewed_on else ""
        yield Outcome("record_reviewed", "provenance.reviewed", "supported", f"written by {provenance.method}, reviewed{on}")
        return
    same_reading = provenance.method.startswith("accordcheck-extract")
    why = (
        "its claims were checked against the same reading that wrote them"
        if same_reading else "its claims were checked only against our reading of the sources"
    )
    yield Outcome(
        "record_reviewed", "provenance.reviewed", "not_found",
        f"written by {provenance.method} and not reviewed by a person: {why} "
        f"(accordcheck review DATASET {record.id} when a person has read it)",
        suggestion=True,
    )
