"""Visit checks: whether there was a visit, who hosted whom, and for how long."""

from __future__ import annotations

from collections.abc import Iterator

from accordcheck.checks.context import SourceReading, about_this_record
from accordcheck.checks.outcome import Outcome
from accordcheck.model.record import AgreementRecord

__all__ = ["check_visit"]


def _of_this_visit(offset: int, record: AgreementRecord, reading: SourceReading) -> bool:
    sentence = reading.document.sentence_of(offset)
    agreement = reading.agreement
    return (agreement is not None and sentence in agreement.sentences) or about_this_record(sentence, record, reading)


def check_visit(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    found = reading.agreement.visit if reading.agreement else None
    visit = record.visit
    if visit is None:
        if found is not None and found.host and found.visitor and found.host != found.visitor:
            yield Outcome(
                "visit_omitted", "visit", "not_found",
                f"the source reports a visit: '{reading.quote(found.start, found.end)}'",
                [reading.span(found.start, found.end)],
                suggestion={"host": found.host, "visitor": found.visitor, "duration_days": found.duration_days},
            )
        return
    if found is None:
        yield Outcome("visit_reported", "visit", "not_found", "the source reports no visit tied to the signing")
        return
    evidence = [reading.span(found.start, found.end)]
    yield Outcome("visit_reported", "visit", "supported", f"'{reading.quote(found.start, found.end)}'", evidence)
    for field, claimed, actual in (("host", visit.host, found.host), ("visitor", visit.visitor, found.visitor)):
        code = f"visit_{field}"
        if actual is None:
            yield Outcome(code, f"visit.{field}", "not_found", f"the source does not say who the {field} is")
        elif actual == claimed:
            yield Outcome(code, f"visit.{field}", "supported", f"{field}: {actual}", evidence)
        else:
            yield Outcome(code, f"visit.{field}", "contradicted", f"record says {claimed}; the source makes {actual} the {field}", evidence, suggestion=actual, stated=False)
    if visit.duration_days is None:
        return
    if found.duration_days is None:
        yield Outcome("visit_duration", "visit.duration_days", "not_found", "the source does not say how long the visit lasts")
    elif found.duration_days == visit.duration_days:
        span = [reading.span(*found.duration_span)] if found.duration_span else evidence
        yield Outcome("visit_duration", "visit.duration_days", "supported", f"'{reading.quote(*found.duration_span)}'" if found.duration_span else "duration agrees", span)
    else:
        span = [reading.span(*found.duration_span)] if found.duration_span else evidence
        words = reading.quote(*found.duration_span) if found.duration_span else str(found.duration_days)
        yield Outcome(
            "visit_duration", "visit.duration_days", "contradicted",
            f"record says {visit.duration_days} days; the source says '{words}' = {found.duration_days}",
            span, suggestion=found.duration_days,
            # the duration of *this* visit when its sentence names a party of the record
            stated=found.duration_span is not None and _of_this_visit(found.duration_span[0], record, reading),
        )
