"""The AgreementRecord model (docs/format.md, The record, issue 2 item 2)."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from pydantic import ValidationError

from accordcheck.dataset.loading import format_loc, load_record_file
from accordcheck.model.record import AgreementRecord, InstrumentKind, Precision, Role, Span
from accordcheck.model.vocabulary import DOMAIN_CODES

from helpers import SEED_ID, SEED_RECORD_FILE

CONTRACT_FIELDS = {
    AgreementRecord: ["id", "sources", "instrument", "parties", "signed", "place", "people", "domains", "visit", "provenance"],
    "SourceRef": ["path", "url", "publisher", "title", "published", "language", "sha256"],
    "Instrument": ["kind", "title", "evidence"],
    "Party": ["country", "name", "evidence"],
    "Signed": ["date", "precision", "expression", "evidence"],
    "Place": ["city", "country", "evidence"],
    "Person": ["name", "titles", "country", "roles", "evidence"],
    "Domain": ["code", "evidence"],
    "Visit": ["host", "visitor", "duration_days", "evidence"],
    "Span": ["source", "start", "end", "text"],
}

CONTRACT_DOMAINS = {
    "military_training", "joint_exercises", "cybersecurity", "defence_industry",
    "military_health", "expertise_exchange", "capacity_building", "monitoring_mechanism",
    "intelligence_sharing", "counter_terrorism", "maritime_security", "border_security",
    "peacekeeping", "research_development", "equipment_procurement",
    "energy", "trade", "investment", "health", "education", "agriculture", "water",
    "transport", "digital", "science_technology", "culture", "tourism", "justice",
    "migration", "other",
}


def errors_of(data: dict, **kwargs) -> dict[str, str]:
    """Validate and return {contract path: message} of every error (fails if valid)."""
    with pytest.raises(ValidationError) as caught:
        AgreementRecord.model_validate(data, **kwargs)
    return {format_loc(e["loc"]): e["msg"] for e in caught.value.errors()}


# --- the seed record -------------------------------------------------------------------


def test_seed_record_is_valid(seed_record):
    record = AgreementRecord.model_validate(seed_record)
    assert record.id == SEED_ID
    assert [p.country for p in record.parties] == ["MAR", "PAK"]
    assert record.signed.date == dt.date(2026, 1, 13)
    assert record.signed.precision is Precision.day
    assert record.instrument.kind is InstrumentKind.memorandum_of_understanding
    assert record.people[0].roles == [Role.visitor]
    assert record.people[3].name is None
    assert record.visit is not None and record.visit.duration_days == 3


def test_to_json_reproduces_the_record_file_byte_for_byte():
    text = SEED_RECORD_FILE.read_text(encoding="utf-8")
    assert AgreementRecord.model_validate_json(text).to_json() == text


def test_to_json_round_trips(seed_record):
    record = AgreementRecord.model_validate(seed_record)
    again = AgreementRecord.model_validate_json(record.to_json())
    assert again == record
    assert json.loads(record.to_json()) == seed_record


@pytest.mark.parametrize("model, fields", CONTRACT_FIELDS.items(), ids=lambda v: getattr(v, "__name__", str(v)))
def test_field_names_and_order_are_the_contracts(model, fields):
    if isinstance(model, str):
        import accordcheck.model.record as m

        model = getattr(m, model)
    assert list(model.model_fields) == fields


def test_dumped_key_order_follows_the_contract(seed_record):
    shuffled = {key: seed_record[key] for key in reversed(list(seed_record))}
    shuffled["sources"] = [dict(reversed(list(s.items()))) for s in seed_record["sources"]]
    dumped = json.loads(AgreementRecord.model_validate(shuffled).to_json())
    # provenance (v1.1) is optional: absent means written by a person, and stays absent
    assert list(dumped) == [f for f in CONTRACT_FIELDS[AgreementRecord] if f != "provenance"]
    shuffled = {"provenance": {"reviewed": False, "method": "human"}, **shuffled}
    dumped = json.loads(AgreementRecord.model_validate(shuffled).to_json())
    assert list(dumped) == CONTRACT_FIELDS[AgreementRecord]
    assert list(dumped["provenance"]) == ["method", "reviewed", "reviewed_on"]
    assert list(dumped["sources"][0]) == CONTRACT_FIELDS["SourceRef"]


def test_optional_sections_default_to_null_and_empty(seed_record):
    for key in ("place", "people", "domains", "visit"):
        del seed_record[key]
    for key in ("url", "publisher", "title", "published", "sha256"):
        del seed_record["sources"][0][key]
    record = AgreementRecord.model_validate(seed_record)
    assert record.place is None and record.visit is None
    assert record.people == [] and record.domains == []
    assert record.sources[0].sha256 is None
    dumped = json.loads(record.to_json())
    assert dumped["place"] is None and dumped["people"] == []


# --- unknown fields and types ------------------------------------------------------------


@pytest.mark.parametrize(
    "where, expected",
    [
        (lambda r: r, "colour"),
        (lambda r: r["sources"][0], "sources[0].colour"),
        (lambda r: r["parties"][1], "parties[1].colour"),
        (lambda r: r["people"][2], "people[2].colour"),
        (lambda r: r["people"][2]["evidence"][0], "people[2].evidence[0].colour"),
        (lambda r: r["visit"], "visit.colour"),
        (lambda r: r["signed"], "signed.colour"),
    ],
)
def test_unknown_fields_are_rejected_at_their_location(seed_record, where, expected):
    where(seed_record)["colour"] = "blue"
    errors = errors_of(seed_record)
    assert list(errors) == [expected]
    assert "Extra inputs are not permitted" in errors[expected]


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda r: r["visit"].__setitem__("duration_days", "three"), "visit.duration_days"),
        (lambda r: r["signed"].__setitem__("date", "13 janvier 2026"), "signed.date"),
        (lambda r: r.__setitem__("sources", {"path": "sources/x.txt"}), "sources"),
        (lambda r: r["people"][0].__setitem__("titles", "ministre"), "people[0].titles"),
        (lambda r: r["instrument"]["evidence"][0].__setitem__("start", [439]), "instrument.evidence[0].start"),
        (lambda r: r.__setitem__("parties", None), "parties"),
        (lambda r: r["people"][1].__setitem__("name", 42), "people[1].name"),
    ],
)
def test_wrong_types_are_rejected(seed_record, mutate, expected):
    mutate(seed_record)
    assert expected in errors_of(seed_record)


def test_missing_required_fields(seed_record):
    del seed_record["signed"]
    del seed_record["sources"][0]["language"]
    errors = errors_of(seed_record)
    assert set(errors) == {"signed", "sources[0].language"}
    assert all(msg == "Field required" for msg in errors.values())


# --- codes and enums ------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["MAR", "PAK", "FRA", "XKX"])
def test_valid_country_codes(seed_record, code):
    seed_record["people"][0]["country"] = code
    AgreementRecord.model_validate(seed_record)


@pytest.mark.parametrize("code", ["ABC", "XXX", "mar", "MA", "MARO", "", "504"])
def test_invalid_country_codes(seed_record, code):
    seed_record["parties"][1]["country"] = code
    seed_record["place"]["country"] = code
    seed_record["people"][2]["country"] = code
    seed_record["visit"]["host"] = code
    errors = errors_of(seed_record)
    assert {"parties[1].country", "place.country", "people[2].country", "visit.host"} <= set(errors)


@pytest.mark.parametrize("code", ["fr", "en", "ar", "ur"])
def test_valid_language_codes(seed_record, code):
    seed_record["sources"][0]["language"] = code
    AgreementRecord.model_validate(seed_record)


@pytest.mark.parametrize("code", ["xx", "FR", "fra", "french", "f", "", "fr-FR"])
def test_invalid_language_codes(seed_record, code):
    seed_record["sources"][0]["language"] = code
    assert "sources[0].language" in errors_of(seed_record)


def test_language_error_names_the_code(seed_record):
    seed_record["sources"][0]["language"] = "xx"
    assert "'xx' is not an ISO 639-1 language code" in errors_of(seed_record)["sources[0].language"]


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda r: r["instrument"].__setitem__("kind", "mou"), "instrument.kind"),
        (lambda r: r["signed"].__setitem__("precision", "week"), "signed.precision"),
        (lambda r: r["people"][0].__setitem__("roles", ["signer"]), "people[0].roles[0]"),
    ],
)
def test_enums_are_closed(seed_record, mutate, expected):
    mutate(seed_record)
    assert expected in errors_of(seed_record)


@pytest.mark.parametrize("kind", [k.value for k in InstrumentKind])
def test_every_instrument_kind_of_the_contract_is_accepted(seed_record, kind):
    seed_record["instrument"]["kind"] = kind
    assert AgreementRecord.model_validate(seed_record).instrument.kind.value == kind


def test_instrument_kinds_roles_precisions_are_the_contracts():
    assert {k.value for k in InstrumentKind} == {
        "memorandum_of_understanding", "agreement", "protocol", "treaty", "convention",
        "declaration", "letter_of_intent", "action_plan", "other",
    }
    assert {r.value for r in Role} == {"signatory", "host", "visitor", "witness", "other"}
    assert {p.value for p in Precision} == {"day", "month", "year"}


def test_domain_vocabulary_is_the_contracts():
    assert set(DOMAIN_CODES) == CONTRACT_DOMAINS


def test_unknown_domain_code_is_rejected(seed_record):
    seed_record["domains"][0]["code"] = "space"
    assert "not in the domain vocabulary" in errors_of(seed_record)["domains[0].code"]


def test_domain_vocabulary_extension_through_context(seed_record):
    seed_record["domains"][0]["code"] = "space"
    record = AgreementRecord.model_validate(seed_record, context={"domain_codes": {"space"}})
    assert record.domains[0].code == "space"
    # the extension is per call, not global
    assert "domains[0].code" in errors_of(seed_record)


# --- structural rules -------------------------------------------------------------------------


def test_at_least_two_parties(seed_record):
    seed_record["parties"] = seed_record["parties"][:1]
    assert "parties" in errors_of(seed_record)


def test_two_parties_of_the_same_country_are_not_enough(seed_record):
    seed_record["parties"][1] = copy.deepcopy(seed_record["parties"][0])
    assert "at least two distinct" in errors_of(seed_record)["parties"]


def test_three_parties_two_distinct_is_fine(seed_record):
    seed_record["parties"].append(copy.deepcopy(seed_record["parties"][0]))
    assert len(AgreementRecord.model_validate(seed_record).parties) == 3


def test_at_least_one_source(seed_record):
    seed_record["sources"] = []
    assert "sources" in errors_of(seed_record)


def test_duplicate_roles_are_rejected(seed_record):
    seed_record["people"][0]["roles"] = ["visitor", "signatory", "visitor"]
    assert "must not repeat" in errors_of(seed_record)["people[0].roles"]


def test_person_needs_a_name_or_a_title(seed_record):
    seed_record["people"][3]["titles"] = []
    assert "people[3]" in errors_of(seed_record)
    seed_record["people"][3]["name"] = "Un Nom"
    AgreementRecord.model_validate(seed_record)


@pytest.mark.parametrize(
    "precision, date, ok",
    [
        ("day", "2026-01-13", True),
        ("month", "2026-01-01", True),
        ("month", "2026-01-13", False),
        ("year", "2026-01-01", True),
        ("year", "2026-03-01", False),
        ("year", "2026-01-13", False),
        ("month", None, True),
    ],
)
def test_precision_and_date_agree(seed_record, precision, date, ok):
    seed_record["signed"].update(precision=precision, date=date)
    if ok:
        AgreementRecord.model_validate(seed_record)
    else:
        assert "signed" in errors_of(seed_record)


@pytest.mark.parametrize("value", ["Bad_ID", "-leading-dash", "UPPER", "has space", "", "é-accent"])
def test_id_pattern(seed_record, value):
    seed_record["id"] = value
    assert "id" in errors_of(seed_record)


@pytest.mark.parametrize("value", ["A" * 64, "abc", "g" * 64, "a" * 63, "a" * 65])
def test_sha256_must_be_a_lowercase_hex_digest(seed_record, value):
    seed_record["sources"][0]["sha256"] = value
    assert "sources[0].sha256" in errors_of(seed_record)


@pytest.mark.parametrize("path", ["sources/a.txt", "sources/sub/a.md", "a.html", "sources/a..b.txt"])
def test_plain_relative_source_paths_are_fine(seed_record, path):
    # (a path that leaves the dataset fails `check`: see test_dataset_check.py)
    seed_record["sources"][0]["path"] = path
    assert AgreementRecord.model_validate(seed_record).sources[0].path == path


def test_source_path_must_not_be_empty(seed_record):
    seed_record["sources"][0]["path"] = ""
    assert "sources[0].path" in errors_of(seed_record)


def test_visit_duration_must_be_positive(seed_record):
    seed_record["visit"]["duration_days"] = 0
    assert "visit.duration_days" in errors_of(seed_record)
    seed_record["visit"]["duration_days"] = None
    AgreementRecord.model_validate(seed_record)


# --- spans ------------------------------------------------------------------------------------------


def test_span_defaults_to_source_zero():
    assert Span(start=0, end=3, text="abc").source == 0


@pytest.mark.parametrize(
    "start, end, text",
    [(5, 5, "x"), (6, 5, "x"), (-1, 2, "abc"), (0, 3, "ab"), (0, 2, "abc"), (0, 1, "")],
)
def test_bad_spans(start, end, text):
    with pytest.raises(ValidationError):
        Span(start=start, end=end, text=text)


def test_span_text_length_counts_code_points_not_bytes():
    span = Span(start=10, end=23, text="cybersécurité")
    assert span.end - span.start == len("cybersécurité") != len("cybersécurité".encode())


def test_span_pointing_at_a_missing_source_is_rejected(seed_record):
    seed_record["domains"][1]["evidence"][0]["source"] = 1
    (message,) = errors_of(seed_record).values()
    assert "domains[1].evidence[0].source = 1" in message


def test_span_may_point_at_a_second_source(seed_record):
    seed_record["sources"].append(dict(seed_record["sources"][0], path="sources/other.txt"))
    seed_record["domains"][1]["evidence"][0]["source"] = 1
    AgreementRecord.model_validate(seed_record)


def test_iter_spans_names_every_evidence_path(seed_record):
    record = AgreementRecord.model_validate(seed_record)
    paths = [path for path, _ in record.iter_spans()]
    assert paths[:4] == [
        "instrument.evidence[0]",
        "parties[0].evidence[0]",
        "parties[1].evidence[0]",
        "signed.evidence[0]",
    ]
    assert "people[3].evidence[0]" in paths
    assert "domains[7].evidence[0]" in paths
    assert paths[-1] == "visit.evidence[0]"
    assert len(paths) == sum(1 for _ in _all_spans(seed_record))


def _all_spans(node):
    if isinstance(node, dict):
        if set(node) == {"source", "start", "end", "text"}:
            yield node
        for value in node.values():
            yield from _all_spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_spans(value)


# --- errors name the file and the JSON path ---------------------------------------------------


def test_format_loc():
    assert format_loc(("people", 2, "country")) == "people[2].country"
    assert format_loc(("people", 0, "titles", 1)) == "people[0].titles[1]"
    assert format_loc(("signed",)) == "signed"
    assert format_loc(()) == "(record)"


def test_validation_error_of_a_file_names_file_and_path(tmp_path, seed_record):
    seed_record["people"][2]["country"] = "ABC"
    path = tmp_path / f"{SEED_ID}.json"
    path.write_text(json.dumps(seed_record, indent=2), encoding="utf-8")
    loaded = load_record_file(path, f"records/{SEED_ID}.json")
    assert loaded.record is None
    (problem,) = loaded.problems
    assert problem.code == "record_schema"
    assert problem.path == "people[2].country"
    assert problem.message.startswith(f"records/{SEED_ID}.json: people[2].country: ")
    assert "'ABC'" in problem.message
    assert "\n" not in problem.message
    assert loaded.line_of("people[2].country") == _line_containing(path, '"ABC"')


def _line_containing(path, needle: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)
