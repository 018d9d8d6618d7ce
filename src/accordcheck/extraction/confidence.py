"""How sure the reader is of each field it extracted.

The extractor attaches a :class:`FieldConfidence` to every field it fills (kept on the
record in memory, never written to the record file): a score in [0, 1] and, below
:data:`LOW`, the reason the reader is unsure. ``accordcheck add`` lists the low ones, and the
``record_reviewed`` check names them in its warning on an unreviewed extracted record.

The scores are the reader's own judgement of its reading, not probabilities: a field the
article states next to the signing scores high; a field the reader had to take from
elsewhere in the article (the dateline, another sentence), or could not fill (an official
left unnamed), scores low.
"""

from __future__ import annotations

from dataclasses import dataclass

from accordcheck.reading.document import AgreementReading, Document

__all__ = ["LOW", "FieldConfidence", "low_confidence", "reading_confidence"]

#: Below this score a field is "low confidence": listed by ``add`` and named by ``check``.
LOW = 0.6


@dataclass(frozen=True)
class FieldConfidence:
    path: str
    score: float
    reason: str = ""

    @property
    def low(self) -> bool:
        return self.score < LOW

    def describe(self) -> str:
        return f"{self.path} ({self.reason})" if self.reason else self.path


def low_confidence(confidences: list[FieldConfidence]) -> list[FieldConfidence]:
    """The low-confidence fields, least sure first (ties in record order)."""
    order = {c.path: i for i, c in enumerate(confidences)}
    return sorted((c for c in confidences if c.low), key=lambda c: (c.score, order[c.path]))


def reading_confidence(document: Document, reading: AgreementReading, *, people: list | None = None) -> list[FieldConfidence]:
    """One :class:`FieldConfidence` per field the extractor fills from ``reading``.

    ``people`` are the readings of the record's people in record order (default: all of
    ``reading.people``).
    """
    near = set(reading.sentences)
    if reading.signing is not None:
        near.add(reading.signing.sentence)
    out: list[FieldConfidence] = []

    def add(path: str, score: float, reason: str = "") -> None:
        out.append(FieldConfidence(path, round(score, 2), reason if score < LOW else ""))

    instrument = reading.instrument
    if instrument is None:
        add("instrument.kind", 0.2, "no instrument named, kind set to 'other'")
        add("instrument.title", 0.2, "no title found")
    else:
        anaphoric = instrument.anaphoric
        add("instrument.kind", 0.5 if anaphoric else 0.9, "named only by a back-reference such as 'the agreement'")
        add("instrument.title", 0.5 if anaphoric else 0.85, "named only by a back-reference such as 'the agreement'")
    for i, party in enumerate(reading.parties):
        if party.kind in ("capital", "demonym"):
            add(f"parties[{i}].country", 0.55, f"the article names this side only by '{party.text}'")
        else:
            add(f"parties[{i}].country", 0.9)
    date = reading.date
    if date is None or date.date is None:
        add("signed.date", 0.2, "no date found for the signing")
    else:
        sentence = document.sentence_of(date.start)
        if near and sentence not in near:
            add("signed.date", 0.45, f"'{date.expression}' is not in a sentence about the signing")
        elif date.relative:
            add("signed.date", 0.7)
        else:
            add("signed.date", 0.9)
        if date.precision != "day":
            add("signed.precision", 0.65)
    place = reading.place
    if place is not None:
        sentence = document.sentence_of(place.start)
        if sentence == 0 and 0 not in near:
            add("place.city", 0.5, f"'{place.text}' comes from the dateline, not from the signing")
        elif near and sentence not in near:
            add("place.city", 0.5, f"'{place.text}' is not in a sentence about the signing")
        else:
            add("place.city", 0.85)
    for i, person in enumerate(reading.people if people is None else people):
        if person.name is None:
            add(f"people[{i}].name", 0.3, "left unnamed where the reader found this official: is the name elsewhere?")
        elif len(person.name.split()) < 2:
            add(f"people[{i}].name", 0.5, f"only one word of the name ('{person.name}')")
        else:
            add(f"people[{i}].name", 0.9)
        if not person.titles:
            add(f"people[{i}].titles", 0.4, "no title found")
        else:
            short = [t.text for t in person.titles if len(t.text.split()) < 2]
            add(f"people[{i}].titles", 0.55 if short else 0.85, f"title '{short[0]}' may be cut short" if short else "")
        if person.country is None:
            add(f"people[{i}].country", 0.4, "no country found for this official")
        else:
            add(f"people[{i}].country", 0.85)
        if not person.role_names():
            add(f"people[{i}].roles", 0.4, "no role cue found, role set to 'other'")
        else:
            add(f"people[{i}].roles", 0.8)
    for i, domain in enumerate(reading.domains):
        if near and domain.sentence not in near:
            add(f"domains[{i}].code", 0.5, f"'{domain.text}' is not in a sentence about the agreement")
        else:
            add(f"domains[{i}].code", 0.8)
    visit = reading.visit
    if visit is not None and visit.host and visit.visitor and visit.host != visit.visitor:
        add("visit", 0.7)
    return out
