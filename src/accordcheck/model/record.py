"""The AgreementRecord: one international agreement, as docs/format.md, The record fixes it.

Every model forbids unknown fields, so a misspelt key is an error at its location, and
field order here is the order of the JSON a record is written in.

Domain codes come from ``data/vocabulary.toml``; a dataset may extend them through
``accordcheck.toml``. Pass the extension as validation context::

    AgreementRecord.model_validate(data, context={"domain_codes": {"space"}})
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from accordcheck.model.vocabulary import (
    DOMAIN_CODES,
    is_country_code,
    is_language_code,
)

__all__ = [
    "AgreementRecord",
    "CountryCode",
    "Domain",
    "Instrument",
    "InstrumentKind",
    "LanguageCode",
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
]

RECORD_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class InstrumentKind(str, Enum):
    memorandum_of_understanding = "memorandum_of_understanding"
    agreement = "agreement"
    protocol = "protocol"
    treaty = "treaty"
    convention = "convention"
    declaration = "declaration"
    letter_of_intent = "letter_of_intent"
    action_plan = "action_plan"
    other = "other"


class Precision(str, Enum):
    day = "day"
    month = "month"
    year = "year"


class Role(str, Enum):
    signatory = "signatory"
    host = "host"
    visitor = "visitor"
    witness = "witness"
    other = "other"


def _check_country(code: str) -> str:
    if not is_country_code(code):
        raise ValueError(f"'{code}' is not an ISO 3166-1 alpha-3 country code")
    return code


def _check_language(code: str) -> str:
    if not is_language_code(code):
        raise ValueError(f"'{code}' is not an ISO 639-1 language code")
    return code


def _check_domain(code: str, info: ValidationInfo) -> str:
    extra = (info.context or {}).get("domain_codes", ())
    if code not in DOMAIN_CODES and code not in extra:
        raise ValueError(f"'{code}' is not in the domain vocabulary")
    return code


CountryCode = Annotated[
    str,
    Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 country code"),
    AfterValidator(_check_country),
]
LanguageCode = Annotated[
    str,
    Field(pattern=r"^[a-z]{2}$", description="ISO 639-1 language code"),
    AfterValidator(_check_language),
]
DomainCode = Annotated[
    str,
    AfterValidator(_check_domain),
    WithJsonSchema(
        {
            "type": "string",
            "enum": sorted(DOMAIN_CODES),
            "description": "Domain vocabulary v1 (docs/format.md, Domain vocabulary); "
            "a dataset may extend it in accordcheck.toml",
        }
    ),
]
NonEmptyStr = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Span(_Strict):
    """A stretch of a source's normalized text: ``text == normalized[start:end]``."""

    source: int = Field(0, ge=0, description="index into the record's sources")
    start: int = Field(ge=0)
    end: int = Field(ge=1)
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _offsets_fit_text(self) -> Span:
        if self.start >= self.end:
            raise ValueError(f"start ({self.start}) must be less than end ({self.end})")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"end - start = {self.end - self.start} but text has {len(self.text)} characters"
            )
        return self


Evidence = Annotated[list[Span], Field(default_factory=list)]


class SourceRef(_Strict):
    path: NonEmptyStr = Field(description="relative to the dataset, must stay inside it")
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: LanguageCode
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None

    @field_validator("path")
    @classmethod
    def _relative_inside(cls, path: str, info: ValidationInfo) -> str:
        # `extract` reports the path exactly as the user gave it (docs/format.md, Command line).
        if (info.context or {}).get("source_path_as_given"):
            return path
        parts = re.split(r"[\\/]", path)
        if path.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", path):
            raise ValueError("must be relative to the dataset")
        if ".." in parts:
            raise ValueError("must stay inside the dataset (no '..')")
        return path


class Instrument(_Strict):
    kind: InstrumentKind
    title: str | None = None
    evidence: Evidence


class Party(_Strict):
    country: CountryCode
    name: NonEmptyStr
    evidence: Evidence


class Signed(_Strict):
    date: dt.date | None = None
    precision: Precision = Precision.day
    expression: str | None = None
    evidence: Evidence

    @model_validator(mode="after")
    def _date_fits_precision(self) -> Signed:
        if self.date is None:
            return self
        if self.precision is Precision.month and self.date.day != 1:
            raise ValueError("with precision 'month' the date must be the first of the month")
        if self.precision is Precision.year and (self.date.month, self.date.day) != (1, 1):
            raise ValueError("with precision 'year' the date must be the first of January")
        return self


class Place(_Strict):
    city: str | None = None
    country: CountryCode | None = None
    evidence: Evidence


class Person(_Strict):
    name: str | None = Field(None, min_length=1)
    titles: list[NonEmptyStr] = Field(default_factory=list)
    country: CountryCode | None = None
    roles: list[Role] = Field(default_factory=list)
    evidence: Evidence

    @field_validator("roles")
    @classmethod
    def _roles_unique(cls, roles: list[Role]) -> list[Role]:
        if len(set(roles)) != len(roles):
            raise ValueError("roles must not repeat")
        return roles

    @model_validator(mode="after")
    def _named_or_titled(self) -> Person:
        if self.name is None and not self.titles:
            raise ValueError("a person needs a name or at least one title")
        return self


class Domain(_Strict):
    code: DomainCode
    evidence: Evidence


class Visit(_Strict):
    host: CountryCode
    visitor: CountryCode
    duration_days: int | None = Field(None, ge=1)
    evidence: Evidence


class Provenance(_Strict):
    """Where a record came from and whether a person has read it against its sources.

    Absent from a record: a person wrote it. ``accordcheck add`` writes
    ``{"method": "accordcheck-extract <version>", "reviewed": false}``;
    ``accordcheck review`` sets ``reviewed`` and ``reviewed_on``.
    """

    method: NonEmptyStr = Field(
        description='how the record was made: "human", "accordcheck-extract <version>", "llm:<model name>", …'
    )
    reviewed: bool = Field(False, description="a person has read the record against its sources")
    reviewed_on: dt.date | None = Field(None, description="when it was reviewed")

    @property
    def by_machine(self) -> bool:
        return self.method.strip().lower() != "human"


class AgreementRecord(_Strict):
    """One agreement, with the evidence of each of its fields in its sources."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"$id": "https://accordcheck.dev/schemas/agreement-record.schema.json"},
        title="AgreementRecord",
    )

    id: Annotated[str, Field(pattern=RECORD_ID_PATTERN, description="equals the file name stem")]
    sources: Annotated[list[SourceRef], Field(min_length=1)]
    instrument: Instrument
    parties: Annotated[list[Party], Field(min_length=2)]
    signed: Signed
    place: Place | None = None
    people: list[Person] = Field(default_factory=list)
    domains: list[Domain] = Field(default_factory=list)
    visit: Visit | None = None
    provenance: Provenance | None = Field(
        None, description="where the record came from (optional; absent means written by a person)"
    )
    # The extractor's confidence in each field it filled (accordcheck.extraction.confidence); in
    # memory only, never part of the record file.
    _confidence: list = PrivateAttr(default_factory=list)

    def __eq__(self, other: object) -> bool:
        # the reader's confidence is a by-product of extraction, not part of the record
        if not isinstance(other, AgreementRecord):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    @property
    def confidence(self) -> list:
        """The reader's :class:`~accordcheck.extraction.confidence.FieldConfidence` per extracted field
        (empty for a record that was not just extracted)."""
        return self._confidence

    @field_validator("parties")
    @classmethod
    def _two_distinct_countries(cls, parties: list[Party]) -> list[Party]:
        if len({p.country for p in parties}) < 2:
            raise ValueError("needs at least two distinct party countries")
        return parties

    @model_validator(mode="after")
    def _spans_point_at_sources(self) -> AgreementRecord:
        for path, span in self.iter_spans():
            if span.source >= len(self.sources):
                raise ValueError(
                    f"{path}.source = {span.source} but the record has {len(self.sources)} source(s)"
                )
        return self

    def iter_spans(self) -> list[tuple[str, Span]]:
        """Every evidence span with the contract path of the field it backs."""
        found: list[tuple[str, Span]] = []

        def add(path: str, evidence: list[Span]) -> None:
            found.extend((f"{path}.evidence[{i}]", span) for i, span in enumerate(evidence))

        add("instrument", self.instrument.evidence)
        for i, party in enumerate(self.parties):
            add(f"parties[{i}]", party.evidence)
        add("signed", self.signed.evidence)
        if self.place is not None:
            add("place", self.place.evidence)
        for i, person in enumerate(self.people):
            add(f"people[{i}]", person.evidence)
        for i, domain in enumerate(self.domains):
            add(f"domains[{i}]", domain.evidence)
        if self.visit is not None:
            add("visit", self.visit.evidence)
        return found

    def to_json(self) -> str:
        """Pretty JSON in contract key order, as record files are written."""
        # an absent provenance stays absent (it means "written by a person")
        exclude = {"provenance"} if self.provenance is None else None
        return self.model_dump_json(indent=2, exclude=exclude) + "\n"


def record_json_schema() -> dict[str, Any]:
    schema = AgreementRecord.model_json_schema(mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return schema
