"""The rows one valid record contributes to the expectation tables, and the tables' columns
(the tables themselves, over a whole dataset, are built in :mod:`accordcheck.expectations.tables`).

Pure functions of a record: the record index caches these rows per file without knowing
anything of datasets or suites.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.model.record import AgreementRecord

__all__ = [
    "AGREEMENT_COLUMNS",
    "DOMAIN_COLUMNS",
    "INDEX_COLUMNS",
    "PARTY_COLUMNS",
    "PEOPLE_COLUMNS",
    "SOURCE_COLUMNS",
    "TABLES",
    "is_diplomat",
    "normalize_path",
    "normalize_title",
    "record_rows",
]


AGREEMENT_COLUMNS = (
    "record_id",      # the record's id
    "file",           # the record file, relative to the dataset
    "kind",           # instrument.kind
    "title",          # instrument.title as written (null when the record has none)
    "title_key",      # what tells agreements apart: normalized title, or the domains when untitled
    "party_codes",    # tuple of the distinct party codes, sorted
    "party_key",      # the same joined with "+": "MAR+PAK"
    "party_count",    # number of distinct party codes
    "signed_date",    # signed.date (null when unknown)
    "precision",      # signed.precision
    "published",      # earliest publication date among the record's sources (null when none known)
    "place",          # "city, COUNTRY" of the signing (null when the record names no place)
    "place_city",
    "place_country",
    "people_count",
    "domain_count",
    "source_count",
    "visit_host",
    "visit_visitor",
)
PARTY_COLUMNS = ("record_id", "field", "country", "name")
PEOPLE_COLUMNS = (
    "record_id",
    "field",
    "name",              # null for an unnamed official
    "titles",            # tuple of titles as written
    "country",           # null when the record gives none
    "roles",             # tuple of roles
    "record_countries",  # tuple: the parties, the signing place's country, the visit's host and visitor
    "diplomat",          # True when a title makes the person a diplomat (ambassador, consul, envoy…)
)
DOMAIN_COLUMNS = ("record_id", "field", "code")
SOURCE_COLUMNS = (
    "record_id",   # the citing record (null for a file no record cites)
    "field",       # "sources[i]" (null for an uncited file)
    "path",        # dataset-relative POSIX path of the file
    "published",   # the record's sources[i].published, else the file's own publication date
    "language",    # the record's sources[i].language (the file's own for an uncited file)
    "cited_by",    # how many records cite this file
)

TABLES: dict[str, tuple[str, ...]] = {
    "agreements": AGREEMENT_COLUMNS,
    "parties": PARTY_COLUMNS,
    "people": PEOPLE_COLUMNS,
    "domains": DOMAIN_COLUMNS,
    "sources": SOURCE_COLUMNS,
}

#: The columns each failing row is reported by (GX ``unexpected_index_column_names``).
INDEX_COLUMNS: dict[str, list[str]] = {
    "agreements": ["record_id", "file"],
    "parties": ["record_id", "field"],
    "people": ["record_id", "field"],
    "domains": ["record_id", "field"],
    "sources": ["record_id", "field", "path"],
}

_DIPLOMAT = re.compile(
    r"ambassad(?:eur|rice|or)|charg[ée]e?\s+d[’']affaires|\bconsul|\benvoy|\bdiplomat",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"', "“": '"', "”": '"'})


def is_diplomat(titles: list[str] | tuple[str, ...]) -> bool:
    """Whether one of the titles makes the person a diplomat of their country.

    An accredited diplomat (ambassador, chargé d'affaires, consul, envoy) may attend a
    signing between two other countries; such a person is a *known third party*.
    """
    return any(_DIPLOMAT.search(title) for title in titles)


def normalize_title(title: str) -> str:
    """A title compared for duplicates: NFKC, case-folded, one kind of apostrophe, spaces collapsed."""
    text = unicodedata.normalize("NFKC", title).translate(_APOSTROPHES).casefold()
    return " ".join(text.split())


def normalize_path(path: str) -> str:
    """A ``sources[].path`` as the dataset-relative POSIX path of the file."""
    return posixpath.normpath(path.replace("\\", "/"))


def record_rows(record: AgreementRecord, relpath: str) -> dict[str, tuple[dict[str, Any], ...]]:
    """A record's rows in the tables, except what depends on its source files or on other
    records (the ``published`` and ``cited_by`` columns, and the ``sources`` table)."""
    rid = record.id
    countries = _record_countries(record)
    return {
        "agreements": (_agreement_row(record, relpath),),
        "parties": tuple(
            {"record_id": rid, "field": f"parties[{i}]", "country": party.country, "name": party.name}
            for i, party in enumerate(record.parties)
        ),
        "people": tuple(
            {
                "record_id": rid,
                "field": f"people[{i}]",
                "name": person.name,
                "titles": tuple(person.titles),
                "country": person.country,
                "roles": tuple(role.value for role in person.roles),
                "record_countries": countries,
                "diplomat": is_diplomat(person.titles),
            }
            for i, person in enumerate(record.people)
        ),
        "domains": tuple(
            {"record_id": rid, "field": f"domains[{i}]", "code": domain.code} for i, domain in enumerate(record.domains)
        ),
    }


def _agreement_row(record: AgreementRecord, relpath: str) -> dict[str, Any]:
    """The record's row in ``agreements``, without ``published`` (it may come from the files)."""
    codes = tuple(sorted({party.country for party in record.parties}))
    title = record.instrument.title
    if title is not None:
        title_key = normalize_title(title)
    else:
        # An untitled record is told apart from another by what it covers: several
        # untitled MoUs signed the same day between the same two countries are common.
        title_key = "(untitled) " + " ".join(sorted({d.code for d in record.domains}))
    place = record.place
    place_text = None
    if place is not None and (place.city is not None or place.country is not None):
        place_text = ", ".join(part for part in (place.city, place.country) if part is not None)
    return {
        "record_id": record.id,
        "file": relpath,
        "kind": record.instrument.kind.value,
        "title": title,
        "title_key": title_key,
        "party_codes": codes,
        "party_key": "+".join(codes),
        "party_count": len(codes),
        "signed_date": record.signed.date,
        "precision": record.signed.precision.value,
        "place": place_text,
        "place_city": place.city if place is not None else None,
        "place_country": place.country if place is not None else None,
        "people_count": len(record.people),
        "domain_count": len(record.domains),
        "source_count": len(record.sources),
        "visit_host": record.visit.host if record.visit is not None else None,
        "visit_visitor": record.visit.visitor if record.visit is not None else None,
    }


def _record_countries(record: AgreementRecord) -> tuple[str, ...]:
    """Every country the record itself ties to the agreement: parties, signing place, visit."""
    countries = {party.country for party in record.parties}
    if record.place is not None and record.place.country is not None:
        countries.add(record.place.country)
    if record.visit is not None:
        countries.update((record.visit.host, record.visit.visitor))
    return tuple(sorted(countries))
