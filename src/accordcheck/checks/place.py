"""Place checks: the city of the signing and its country."""

from __future__ import annotations

from collections.abc import Iterator

from accordcheck.checks.context import SourceReading
from accordcheck.checks.outcome import Outcome
from accordcheck.lang import fold
from accordcheck.model import AgreementRecord

__all__ = ["check_place"]


def check_place(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    found = reading.agreement.place if reading.agreement else None
    place = record.place
    if place is None or place.city is None:
        if found is not None:
            yield Outcome(
                "place_omitted", "place", "not_found",
                f"the source names where it was signed: '{found.text}'",
                [reading.span(found.start, found.end)],
                suggestion={"city": found.city, "country": found.country},
            )
        return
    city = fold(place.city).lower()
    if found is not None and fold(found.city).lower() == city:
        yield Outcome("place_city", "place.city", "supported", f"signed in '{found.text}'", [reading.span(found.start, found.end)])
    elif found is not None:
        yield Outcome(
            "place_city", "place.city", "contradicted",
            f"record says {place.city}; the source says it was signed in '{found.text}' ('{reading.quote(*reading.sentence_span(found.start), limit=120)}')",
            [reading.span(found.start, found.end)], suggestion=found.city,
        )
    else:
        occurrences = reading.find(place.city)
        if occurrences:
            yield Outcome(
                "place_city", "place.city", "supported",
                f"'{place.city}' occurs in the source, which names no other place of signing", [reading.span(*occurrences[0])],
            )
        else:
            yield Outcome("place_city", "place.city", "not_found", f"'{place.city}' does not occur in the source")

    if place.country is None:
        return
    gazetteer = reading.pack.gazetteer.get(fold(place.city))
    expected = gazetteer[0] if gazetteer else (found.country if found and fold(found.city).lower() == city else None)
    if expected is None:
        yield Outcome("place_country", "place.country", "not_found", f"no gazetteer entry for '{place.city}'")
    elif expected == place.country:
        yield Outcome("place_country", "place.country", "supported", f"{place.city} is in {expected}")
    else:
        yield Outcome("place_country", "place.country", "contradicted", f"{place.city} is in {expected}, not {place.country}", suggestion=expected)
