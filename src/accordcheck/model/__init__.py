"""The record model: what an agreement record is, and what ``check`` says about one.

- ``record.py`` — the AgreementRecord and its parts (docs/format.md, The record);
- ``vocabulary.py`` — closed vocabularies: domain codes, country and language codes;
- ``results.py`` — check results and their summary (docs/format.md, Check results);
- ``schema.py`` — the JSON Schemas published in ``schemas/``.

The bottom of the package above ``support/``: it imports nothing else of ours. ``accordcheck.model``
exports the record's names, as the module it replaced did.
"""

from __future__ import annotations

from accordcheck.model.record import (
    RECORD_ID_PATTERN,
    AgreementRecord,
    CountryCode,
    Domain,
    DomainCode,
    Evidence,
    Instrument,
    InstrumentKind,
    LanguageCode,
    NonEmptyStr,
    Party,
    Person,
    Place,
    Precision,
    Provenance,
    Role,
    Signed,
    SourceRef,
    Span,
    Visit,
    record_json_schema,
)

__all__ = [
    "RECORD_ID_PATTERN",
    "AgreementRecord",
    "CountryCode",
    "Domain",
    "DomainCode",
    "Evidence",
    "Instrument",
    "InstrumentKind",
    "LanguageCode",
    "NonEmptyStr",
    "Party",
    "Person",
    "Place",
    "Precision",
    "Provenance",
    "Role",
    "Signed",
    "SourceRef",
    "Span",
    "Visit",
    "record_json_schema",
]
