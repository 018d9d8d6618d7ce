"""Party checks: each country is a party to the signing, not a country met in passing."""

from __future__ import annotations

from collections.abc import Iterator

from accordcheck.checks.context import SourceReading
from accordcheck.checks.outcome import Outcome
from accordcheck.lang import fold
from accordcheck.model.record import AgreementRecord

__all__ = ["check_parties"]


def _tied_countries(reading: SourceReading) -> dict[str, tuple[int, int]]:
    """Countries the source ties to the signing, with where it says so."""
    agreement = reading.agreement
    tied: dict[str, tuple[int, int]] = {}
    if agreement is None:
        return tied
    for mention in agreement.parties:
        tied.setdefault(mention.country, (mention.start, mention.end))
    for person in agreement.people:
        if person.country and {"signatory", "host", "visitor"} & set(person.role_names()):
            mention = person.mentions[0]
            tied.setdefault(person.country, (mention.start, mention.end))
    visit = agreement.visit
    if visit is not None:
        for code in (visit.host, visit.visitor):
            if code:
                tied.setdefault(code, (visit.start, visit.end))
    return tied


def check_parties(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    tied = _tied_countries(reading)
    claimed = {p.country for p in record.parties}
    missing = [code for code in (m.country for m in (reading.agreement.parties if reading.agreement else [])) if code not in claimed]
    for i, party in enumerate(record.parties):
        path = f"parties[{i}].country"
        where = tied.get(party.country)
        if where is not None:
            yield Outcome("party_country", path, "supported", f"'{reading.quote(*where)}' is a party to the signing", [reading.span(*where)])
        else:
            passing = [m for m in reading.document.countries if m.country == party.country]
            suggestion = missing[0] if len(missing) == 1 else None
            if passing:
                m = passing[0]
                message = f"{party.country} is only mentioned in passing ('{reading.quote(*reading.sentence_span(m.start), limit=120)}'), not as a party"
                evidence = [reading.span(m.start, m.end)]
            else:
                message = f"the source never mentions {party.country} ({party.name})"
                evidence = []
            if suggestion:
                message += f"; the source's parties include {suggestion}"
            yield Outcome("party_country", path, "not_found", message, evidence, suggestion=suggestion)
        form = reading.pack.country_of_form(fold(party.name))
        if form is not None and form[0] != party.country:
            yield Outcome(
                "party_name", f"parties[{i}].name", "contradicted",
                f"'{party.name}' names {form[0]}, not {party.country}",
                suggestion=reading.pack.display_name(party.country),
            )
