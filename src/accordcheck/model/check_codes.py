"""Every check code, once: its claim family, what it verifies, its severity on failure.

Codes never change meaning (like pydantic's error types); ``docs/checks.md`` has one
section per code with a failing example. A passing check is reported with severity
``info``; a failing one with the severity below, unless ``accordcheck.toml`` says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["CHECKS", "CheckCode", "CheckSpec", "severity_for"]

CheckCode = Literal[
    "record_json",
    "record_schema",
    "record_id",
    "source_readable",
    "source_hash",
    "source_metadata",
    "evidence_text",
    "evidence_support",
    "agreement_signed",
    "instrument_kind",
    "instrument_title",
    "party_country",
    "party_name",
    "date_consistent",
    "date_precision",
    "date_expression",
    "date_after_publication",
    "place_city",
    "place_country",
    "place_omitted",
    "person_name",
    "person_name_variant",
    "person_title",
    "person_country",
    "person_role",
    "person_omitted",
    "domain_supported",
    "domain_omitted",
    "visit_reported",
    "visit_host",
    "visit_visitor",
    "visit_duration",
    "visit_omitted",
    "source_conflict",
    "text_invisible",
    "text_normalization",
    "record_reviewed",
]


@dataclass(frozen=True)
class CheckSpec:
    code: str
    family: str
    summary: str
    severity: Literal["error", "warning"] = "error"
    # When the source is silent (not_found) some claims cannot be held against it.
    not_found_severity: Literal["error", "warning"] | None = None


CHECKS: dict[str, CheckSpec] = {
    spec.code: spec
    for spec in [
        CheckSpec("record_json", "record", "the record file is valid JSON"),
        CheckSpec("record_schema", "record", "the record matches the AgreementRecord schema"),
        CheckSpec("record_id", "record", "the record's id equals its file name stem"),
        CheckSpec("source_readable", "sources", "the source exists, stays inside the dataset and reads as UTF-8"),
        CheckSpec("source_hash", "sources", "the source's normalized text still has the recorded sha256"),
        CheckSpec("source_metadata", "sources", "url, publisher, title, published, language agree with the source"),
        CheckSpec("evidence_text", "evidence", "a span's text equals the source at its offsets"),
        CheckSpec("evidence_support", "evidence", "a span supports the field it is attached to", "error", "warning"),
        CheckSpec("agreement_signed", "instrument", "the source reports the agreement as signed, not planned"),
        CheckSpec("instrument_kind", "instrument", "the kind matches how the source names the instrument"),
        CheckSpec("instrument_title", "instrument", "the title occurs in the source, naming the instrument"),
        CheckSpec("party_country", "parties", "the country is a party to the signing in the source"),
        CheckSpec("party_name", "parties", "the display name names the party's country"),
        CheckSpec("date_consistent", "dates", "the date is what the source says of the signing"),
        CheckSpec("date_precision", "dates", "the precision claims no more than the source gives"),
        CheckSpec("date_expression", "dates", "the expression is the source's words for the signing date"),
        CheckSpec("date_after_publication", "dates", "the signing date is not after the publication date"),
        CheckSpec("place_city", "place", "the city is where the source says the signing took place"),
        CheckSpec("place_country", "place", "the place's country is the city's country", "error", "warning"),
        CheckSpec("place_omitted", "place", "a signing place the source names is in the record", "warning"),
        CheckSpec("person_name", "people", "the person is named in the source"),
        CheckSpec("person_name_variant", "people", "the name is spelt as in the source", "warning"),
        CheckSpec("person_title", "people", "each title is the source's title for that person"),
        CheckSpec("person_country", "people", "the person's country agrees with the source", "error", "warning"),
        CheckSpec("person_role", "people", "each role has its cue in the source", "error", "warning"),
        CheckSpec("person_omitted", "people", "officials the source ties to the agreement are in the record", "warning"),
        CheckSpec("domain_supported", "domains", "the agreement covers the domain in the source"),
        CheckSpec("domain_omitted", "domains", "domains the source lists are in the record", "warning"),
        CheckSpec("visit_reported", "visit", "the source reports the visit"),
        CheckSpec("visit_host", "visit", "the host country agrees with the source", "error", "warning"),
        CheckSpec("visit_visitor", "visit", "the visiting country agrees with the source", "error", "warning"),
        CheckSpec("visit_duration", "visit", "the duration agrees with the source"),
        CheckSpec("visit_omitted", "visit", "a visit the source reports is in the record", "warning"),
        CheckSpec("source_conflict", "sources", "the record's sources agree with each other on the claim"),
        CheckSpec("text_invisible", "text", "the record's strings hold no bidi controls or zero-width characters", "warning"),
        CheckSpec("text_normalization", "text", "the record's strings are in Unicode NFC, like the sources' text", "warning"),
        CheckSpec("record_reviewed", "provenance", "a record a machine wrote has been reviewed by a person", "warning"),
    ]
}

assert set(CHECKS) == set(CheckCode.__args__), "CheckCode and CHECKS disagree"  # type: ignore[attr-defined]


def severity_for(code: str, verdict: str, overrides: dict[str, str] | None = None, *, disagrees: bool = False) -> str:
    """``supported`` is info; ``unverified`` (real evidence the reader cannot interpret) a
    warning; the other verdicts the check's own severity. ``accordcheck.toml`` may set any
    failing verdict of a code to another severity."""
    if verdict == "supported":
        return "info"
    if overrides and code in overrides:
        return overrides[code]
    if verdict == "unverified":
        return "warning"
    spec = CHECKS[code]
    # ``disagrees``: the reader found another value but the source does not state it (an
    # inference): not_found, yet as grave as the claim's contradiction would be
    if verdict == "not_found" and spec.not_found_severity is not None and not disagrees:
        return spec.not_found_severity
    return spec.severity
