"""Extraction: an article's :class:`Document` turned into AgreementRecords with evidence.

One record per agreement the article reports as signed; none for a planned one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from accordcheck.model.record import (
    AgreementRecord,
    Domain,
    Instrument,
    Party,
    Person,
    Place,
    Role,
    Signed,
    SourceRef,
    Span,
    Visit,
)
from accordcheck.cache.documents import read_source_document
from accordcheck.reading.document import AgreementReading, Document
from accordcheck.reading.language import detect_language
from accordcheck.dataset.sources import SourceText, read_source, source_from_text
from accordcheck.model.vocabulary import DOMAIN_FAMILIES

__all__ = ["EXTRACT_METHOD", "extract_file", "extract_source", "extract_text", "records_from_document"]


def _method() -> str:
    from accordcheck._version import __version__

    return f"accordcheck-extract {__version__}"


#: ``provenance.method`` of the records ``add`` writes.
EXTRACT_METHOD = _method()

_ROLE_ORDER = tuple(role.value for role in Role)
_DEFENCE_CODES = DOMAIN_FAMILIES["defence"]
KIND_SLUG = {
    "memorandum_of_understanding": "mou",
    "agreement": "agreement",
    "protocol": "protocol",
    "treaty": "treaty",
    "convention": "convention",
    "declaration": "declaration",
    "letter_of_intent": "letter-of-intent",
    "action_plan": "action-plan",
    "other": "instrument",
}


def extract_file(path: Path | str, *, language: str | None = None, published: dt.date | None = None) -> list[AgreementRecord]:
    """Records of the agreements signed in the article at ``path`` (``sources[0].path`` = path as given)."""
    source = read_source(path)
    return extract_source(source, source_path=str(path), language=language, published=published)


def extract_text(text: str, *, language: str | None = None, published: dt.date | None = None, source_path: str = "article.txt") -> list[AgreementRecord]:
    """Records from raw article text (front matter allowed)."""
    return extract_source(source_from_text(text, path=source_path), source_path=source_path, language=language, published=published)


def extract_source(source: SourceText, *, source_path: str, language: str | None = None, published: dt.date | None = None) -> list[AgreementRecord]:
    meta = source.metadata
    language = language or meta.language or detect_language(source.text)
    published = meta.published or published
    document = read_source_document(source.text, language, published)
    ref = SourceRef.model_validate(
        {
            "path": source_path,
            "url": meta.url,
            "publisher": meta.publisher,
            "title": meta.title,
            "published": published,
            "language": language,
            "sha256": source.sha256,
        },
        context={"source_path_as_given": True},
    )
    return records_from_document(document, ref)


def records_from_document(document: Document, source: SourceRef) -> list[AgreementRecord]:
    records: list[AgreementRecord] = []
    ids: set[str] = set()
    for reading in document.signed_agreements:
        record = _record(document, reading, source)
        if record is None:
            continue
        base = record.id
        n = 2
        while record.id in ids:
            record = record.model_copy(update={"id": f"{base}-{n}"})
            n += 1
        ids.add(record.id)
        records.append(record)
    return records


def span(document: Document, start: int, end: int, source: int = 0) -> Span:
    return Span(source=source, start=start, end=end, text=document.text[start:end])


def _record(document: Document, reading: AgreementReading, source: SourceRef) -> AgreementRecord | None:
    from accordcheck.lang import get_pack

    pack = get_pack(document.language)
    parties = []
    for mention in reading.parties:
        parties.append(Party(country=mention.country, name=pack.display_name(mention.country), evidence=[span(document, mention.start, mention.end)]))
    if len({p.country for p in parties}) < 2:
        return None
    instrument = reading.instrument
    if instrument is not None:
        instr = Instrument(kind=instrument.kind, title=instrument.title, evidence=[span(document, instrument.start, instrument.end)])
    else:
        instr = Instrument(kind="other", title=None, evidence=[])
    clause = reading.signing
    date = reading.date
    if date is not None and clause is not None:
        if date.start >= clause.start:
            s, e = clause.start, date.end
        else:
            s, e = date.start, clause.end
        if e - s > 200:
            s, e = date.start, date.end
        signed = Signed(
            date=date.date,
            precision=date.precision,
            expression=date.expression,
            evidence=[span(document, s, e)],
        )
    else:
        signed = Signed(date=None, precision="day", expression=None, evidence=[span(document, clause.start, clause.end)] if clause else [])
    place = None
    if reading.place is not None:
        p = reading.place
        # a city other countries' cities are named like is the party's that has one ("St. John's"
        # of a Canada–Ireland signing), not the gazetteer's ("St. John's" of Antigua)
        shared = sorted(pack.homonym_countries(p.city) & {x.country for x in parties}) if p.country not in {x.country for x in parties} else []
        place = Place(city=p.city, country=shared[0] if len(shared) == 1 else p.country, evidence=[span(document, p.start, p.end)])
    people = []
    for person in reading.people:
        roles = person.role_names() or ["other"]
        roles = sorted(set(roles), key=_ROLE_ORDER.index)
        mention = next((m for m in person.mentions if m.titles and m.name), None) or next((m for m in person.mentions if m.titles), person.mentions[0])
        people.append(
            Person(
                name=person.name,
                titles=[t.text for t in person.titles],
                country=person.country,
                roles=roles,
                evidence=[span(document, mention.start, mention.end)],
            )
        )
    domains = [Domain(code=d.code, evidence=[span(document, d.start, d.end)]) for d in reading.domains]
    visit = None
    if reading.visit is not None and reading.visit.host and reading.visit.visitor and reading.visit.host != reading.visit.visitor:
        v = reading.visit
        visit = Visit(host=v.host, visitor=v.visitor, duration_days=v.duration_days, evidence=[span(document, v.start, v.end)])
    record_id = _record_id(parties, signed, instr.kind, [d.code for d in domains])
    record = AgreementRecord(
        id=record_id,
        sources=[source],
        instrument=instr,
        parties=parties,
        signed=signed,
        place=place,
        people=people,
        domains=domains,
        visit=visit,
    )
    from accordcheck.extraction.confidence import reading_confidence

    record._confidence = reading_confidence(document, reading)
    return record


def _record_id(parties: list[Party], signed: Signed, kind: str, domains: list[str]) -> str:
    import pycountry

    codes = []
    for party in parties:
        country = pycountry.countries.get(alpha_3=party.country)
        codes.append((country.alpha_2 if country else party.country[:2]).lower())
    when = signed.date.isoformat() if signed.date else "undated"
    if not domains:
        topic = ""
    elif domains[0] in _DEFENCE_CODES:
        topic = "defence"
    else:
        topic = domains[0].replace("_", "-")
    parts = ["-".join(codes), when, topic, KIND_SLUG[kind]]
    return re.sub(r"-+", "-", "-".join(p for p in parts if p))
