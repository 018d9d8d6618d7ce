"""The fact-check (issue 4): a verdict for every claim of a record, against its sources.

Every test works on copies of the seed record (``ma-pk-2026-01-13-defence-mou``, signed on
Tuesday 13 January 2026 in Rabat, article published 2026-01-14) in a throw-away dataset,
checked with ``check_dataset(..., expectations=False)``. Each single-fact corruption of
``benchmarks/accuracy/mutations.py`` must fail on the corrupted field itself (``path`` equal to the
field or inside it), with its evidence kept and with all evidence emptied.

Messages are not pinned (they are still being tuned); codes, paths, verdicts, severities
and suggestions are.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest

from accordcheck.checking.runner import check_dataset
from accordcheck.model.results import CheckResult, RecordResult
from accordcheck.dataset.sources import read_source, source_from_text, text_sha256

from helpers import FIXTURE_DATASET, SEED_ID, SEED_RECORD_FILE, SEED_SOURCE

SEED = json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))
SEED_RAW = (FIXTURE_DATASET / SEED_SOURCE).read_text(encoding="utf-8")
SEED_TEXT = read_source(FIXTURE_DATASET / SEED_SOURCE).text
SOURCE_PATH = SEED["sources"][0]["path"]

# People of the seed record, by index.
ASIF, LOUDIYI, BERRID, AMBASSADOR = 0, 1, 2, 3


# --------------------------------------------------------------------------- helpers


def empty_evidence(record: dict) -> dict:
    out = copy.deepcopy(record)
    holders = [out["instrument"], *out["parties"], out["signed"], *out["people"], *out["domains"]]
    holders += [x for x in (out.get("place"), out.get("visit")) if x]
    for holder in holders:
        holder["evidence"] = []
    return out


def run(make_dataset, tmp_path, record: dict, **kwargs) -> RecordResult:
    """Check ``record`` (as the seed's file) in a fresh dataset; its RecordResult."""
    root = make_dataset(tmp_path, records={SEED_ID: record}, **kwargs)
    report = check_dataset(root, expectations=False)
    [result] = [r for r in report.records if r.id == SEED_ID]
    return result


def inside(path: str, field: str) -> bool:
    return path == field or path.startswith(field + ".") or path.startswith(field + "[")


def failing(result: RecordResult, field: str, severities=("error",)) -> list[CheckResult]:
    return [c for c in result.checks if inside(c.path, field) and c.severity in severities]


def errors(result: RecordResult) -> list[str]:
    return [f"{c.check} {c.path}: {c.message}" for c in result.checks if c.severity == "error"]


def show(result: RecordResult, field: str) -> str:
    return "\n".join(f"{c.check} {c.path} {c.verdict}/{c.severity}: {c.message}" for c in result.checks if inside(c.path, field)) or "(no check)"


def suggestions(checks: list[CheckResult]) -> list:
    return [c.suggestion for c in checks]


# --------------------------------------------------------------------------- the seed


@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_seed_record_passes(make_dataset, tmp_path, evidence):
    record = SEED if evidence == "kept" else empty_evidence(SEED)
    result = run(make_dataset, tmp_path, record)
    assert errors(result) == []
    assert result.status == "pass"


def test_evidence_emptied_checker_returns_the_support(make_dataset, tmp_path):
    result = run(make_dataset, tmp_path, empty_evidence(SEED))
    claims = [
        "instrument.kind", "parties[0].country", "parties[1].country", "signed.date", "place.city",
        "people[0].name", "people[1].name", "people[2].name", "visit.duration_days",
        *(f"domains[{i}].code" for i in range(len(SEED["domains"]))),
    ]
    for claim in claims:
        supported = [c for c in result.checks if c.path == claim and c.verdict == "supported"]
        assert supported, f"{claim} not supported:\n{show(result, claim)}"
        # The claim's own check quotes the source (date_after_publication, say, has nothing to quote).
        assert any(c.evidence for c in supported), f"{claim}: supported without evidence:\n{show(result, claim)}"
        for check in supported:
            for span in check.evidence:
                assert span.source == 0
                assert SEED_TEXT[span.start : span.end] == span.text, f"{claim}: span {span} is not the source's text"


def test_found_support_quotes_what_it_supports(make_dataset, tmp_path):
    result = run(make_dataset, tmp_path, empty_evidence(SEED))
    by_path = {c.path: c for c in result.checks if c.verdict == "supported" and c.evidence}
    assert any("Rabat" in s.text for s in by_path["place.city"].evidence)
    assert any("Loudiyi" in s.text for s in by_path["people[1].name"].evidence)
    assert any("mardi" in s.text for s in by_path["signed.date"].evidence)
    assert any("trois jours" in s.text for s in by_path["visit.duration_days"].evidence)


# --------------------------------------------------------------------------- corruptions


def _set(path: Callable[[dict], dict], key: str, value) -> Callable[[dict], None]:
    def change(record: dict) -> None:
        path(record)[key] = value

    return change


def _move_title(src: int, index: int, dst: int) -> Callable[[dict], None]:
    def change(record: dict) -> None:
        title = record["people"][src]["titles"].pop(index)
        record["people"][dst]["titles"].append(title)

    return change


def _add_role(person: int, role: str) -> Callable[[dict], None]:
    def change(record: dict) -> None:
        record["people"][person]["roles"].append(role)

    return change


def _add_domain(code: str) -> Callable[[dict], None]:
    def change(record: dict) -> None:
        record["domains"].append({"code": code, "evidence": []})

    return change


def _city(city: str, country: str) -> Callable[[dict], None]:
    def change(record: dict) -> None:
        record["place"]["city"] = city
        record["place"]["country"] = country

    return change


def _party(index: int, code: str, name: str) -> Callable[[dict], None]:
    def change(record: dict) -> None:
        record["parties"][index]["country"] = code
        record["parties"][index]["name"] = name

    return change


# (id, change, corrupted field, suggestion expected on a failing check of that field or None)
CORRUPTIONS = [
    ("date-day-later", _set(lambda r: r["signed"], "date", "2026-01-14"), "signed.date", "2026-01-13"),
    ("date-day-earlier", _set(lambda r: r["signed"], "date", "2026-01-12"), "signed.date", "2026-01-13"),
    ("date-year-earlier", _set(lambda r: r["signed"], "date", "2025-01-13"), "signed.date", "2026-01-13"),
    ("date-year-later", _set(lambda r: r["signed"], "date", "2027-01-13"), "signed.date", "2026-01-13"),
    # "ce mardi" in an article of Wednesday 14 January: the Wednesday before is wrong too.
    ("wednesday-for-ce-mardi", _set(lambda r: r["signed"], "date", "2026-01-07"), "signed.date", "2026-01-13"),
    ("party-never-mentioned", _party(1, "DZA", "Algérie"), "parties[1].country", None),
    ("title-of-berrid-moved-to-loudiyi", _move_title(BERRID, 1, LOUDIYI), "people[1].titles[1]", None),
    ("title-of-loudiyi-moved-to-asif", _move_title(LOUDIYI, 0, ASIF), "people[0].titles[1]", None),
    ("title-of-asif-moved-to-berrid", _move_title(ASIF, 0, BERRID), "people[2].titles[3]", None),
    ("name-absent", _set(lambda r: r["people"][LOUDIYI], "name", "Youssef El Amrani"), "people[1].name", None),
    ("city-other-capital", _city("Islamabad", "PAK"), "place.city", "Rabat"),
    ("city-not-in-text", _city("Casablanca", "MAR"), "place.city", "Rabat"),
    ("domain-added", _add_domain("maritime_security"), "domains[8].code", None),
    ("domain-added-civil", _add_domain("tourism"), "domains[8].code", None),
    ("visit-length-4", _set(lambda r: r["visit"], "duration_days", 4), "visit.duration_days", 3),
    ("visit-length-2", _set(lambda r: r["visit"], "duration_days", 2), "visit.duration_days", 3),
    ("signatory-berrid", _add_role(BERRID, "signatory"), "people[2].roles[1]", None),
    ("signatory-ambassador", _add_role(AMBASSADOR, "signatory"), "people[3].roles[1]", None),
    # "Ce protocole a été signé lors de la visite de travail du ministre pakistanais ..., Khawaja
    # Mohammad Asif": signed during his visit, not by him.
    ("signatory-asif", _add_role(ASIF, "signatory"), "people[0].roles[1]", None),
    ("kind-agreement", _set(lambda r: r["instrument"], "kind", "agreement"), "instrument.kind", None),
    ("kind-treaty", _set(lambda r: r["instrument"], "kind", "treaty"), "instrument.kind", None),
]


@pytest.mark.parametrize("evidence", ["kept", "emptied"])
@pytest.mark.parametrize(("name", "change", "field", "suggestion"), CORRUPTIONS, ids=[c[0] for c in CORRUPTIONS])
def test_corruption_caught_on_its_field(make_dataset, tmp_path, name, change, field, suggestion, evidence):
    record = copy.deepcopy(SEED)
    change(record)
    if evidence == "emptied":
        record = empty_evidence(record)
    result = run(make_dataset, tmp_path, record)
    found = failing(result, field)
    assert found, f"{name}: no error on {field}:\n{show(result, field)}"
    assert result.status == "fail"
    if suggestion is not None:
        assert suggestion in suggestions(found), f"{name}: suggestions {suggestions(found)}:\n{show(result, field)}"


@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_party_only_mentioned_in_background(make_dataset, tmp_path, evidence):
    # The seed article plus one background sentence naming France (appended: offsets stay).
    raw = SEED_RAW.rstrip("\n") + (
        "\nLe Maroc entretient par ailleurs une coopération militaire ancienne avec la France,"
        " son premier partenaire en matière d’équipements.\n"
    )
    name = "ma-pk-background.fr.txt"
    record = copy.deepcopy(SEED)
    record["sources"][0]["path"] = f"sources/{name}"
    record["sources"][0]["sha256"] = text_sha256(source_from_text(raw).text)
    _party(0, "FRA", "France")(record)
    if evidence == "emptied":
        record = empty_evidence(record)
    result = run(make_dataset, tmp_path, record, sources={name: raw})
    found = failing(result, "parties[0].country")
    assert found, show(result, "parties[0].country")
    # The real parties are still parties.
    assert not failing(result, "parties[1].country"), show(result, "parties[1]")


@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_near_miss_spelling_is_a_warning_naming_the_source_spelling(make_dataset, tmp_path, evidence):
    record = copy.deepcopy(SEED)
    record["people"][LOUDIYI]["name"] = "Abdellatif Loudiyi"
    if evidence == "emptied":
        record = empty_evidence(record)
    result = run(make_dataset, tmp_path, record)
    warned = failing(result, "people[1].name", ("warning",))
    assert warned, show(result, "people[1].name")
    assert any("Abdelatif Loudiyi" in c.message for c in warned), show(result, "people[1].name")
    assert "Abdelatif Loudiyi" in suggestions(warned)
    assert not failing(result, "people[1].name"), "a spelling variant is not an error by default"


@pytest.mark.parametrize("swap", ["Abdelatif Loudyi", "Abdelaitf Loudiyi", "Khawaja Mohamad Asif"])
def test_other_near_misses_are_warnings(make_dataset, tmp_path, swap):
    person = ASIF if swap.startswith("Khawaja") else LOUDIYI
    record = copy.deepcopy(SEED)
    record["people"][person]["name"] = swap
    result = run(make_dataset, tmp_path, record)
    field = f"people[{person}].name"
    assert failing(result, field, ("warning", "error")), show(result, field)


def test_severity_override_makes_spelling_variants_fail(make_dataset, tmp_path):
    record = copy.deepcopy(SEED)
    record["people"][LOUDIYI]["name"] = "Abdellatif Loudiyi"
    config = '[severity]\nperson_name_variant = "error"\n'
    result = run(make_dataset, tmp_path, record, config=config)
    found = [c for c in failing(result, "people[1].name") if c.check == "person_name_variant"]
    assert found, show(result, "people[1].name")
    assert result.status == "fail"


def test_disabled_check_is_not_run(make_dataset, tmp_path):
    record = copy.deepcopy(SEED)
    record["people"][LOUDIYI]["name"] = "Abdellatif Loudiyi"
    config = '[checks]\ndisabled = ["person_name_variant"]\n'
    result = run(make_dataset, tmp_path, record, config=config)
    assert not [c for c in result.checks if c.check == "person_name_variant"]


@pytest.mark.parametrize("delta", [1, -2, 3])
def test_shifted_span_fails_on_that_span(make_dataset, tmp_path, delta):
    record = copy.deepcopy(SEED)
    span = record["parties"][0]["evidence"][0]
    span["start"] += delta
    span["end"] += delta
    result = run(make_dataset, tmp_path, record)
    found = failing(result, "parties[0].evidence[0]")
    assert found, show(result, "parties[0].evidence")
    assert any(c.check == "evidence_text" for c in found)


def test_shifted_span_with_all_other_evidence_emptied(make_dataset, tmp_path):
    record = empty_evidence(SEED)
    span = copy.deepcopy(SEED["people"][LOUDIYI]["evidence"][0])
    span["start"] -= 3
    span["end"] -= 3
    record["people"][LOUDIYI]["evidence"] = [span]
    result = run(make_dataset, tmp_path, record)
    assert failing(result, "people[1].evidence[0]"), show(result, "people[1].evidence")


def test_correct_quote_on_the_wrong_claim_is_an_error(make_dataset, tmp_path):
    record = copy.deepcopy(SEED)
    # "Pakistan" (a correct quote) attached to the party MAR.
    record["parties"][0]["evidence"] = copy.deepcopy(SEED["parties"][1]["evidence"])
    result = run(make_dataset, tmp_path, record)
    found = [c for c in failing(result, "parties[0].evidence[0]") if c.check == "evidence_support"]
    assert found, show(result, "parties[0].evidence")


# --------------------------------------------------------------------------- dates


def test_signing_date_after_publication_is_an_error(make_dataset, tmp_path):
    record = copy.deepcopy(SEED)
    record["signed"]["date"] = "2026-01-15"
    result = run(make_dataset, tmp_path, record)
    found = [c for c in failing(result, "signed.date") if c.check == "date_after_publication"]
    assert found, show(result, "signed.date")


def test_ce_mardi_without_publication_date_must_be_a_tuesday(make_dataset, tmp_path):
    # The seed article without its front matter: nothing says when it was published.
    raw = SEED_RAW.split("---\n", 2)[2]
    name = "ma-pk-undated.fr.txt"
    assert source_from_text(raw).text == SEED_TEXT
    record = copy.deepcopy(SEED)
    record["sources"][0]["path"] = f"sources/{name}"
    record["sources"][0]["published"] = None
    record["signed"]["date"] = "2026-01-14"  # a Wednesday
    result = run(make_dataset, tmp_path, record, sources={name: raw})
    assert failing(result, "signed.date"), show(result, "signed.date")

    record["signed"]["date"] = "2026-01-06"  # a Tuesday: nothing more can be said
    result = run(make_dataset, tmp_path, record, sources={name: raw}, name="tuesday")
    assert not failing(result, "signed.date"), show(result, "signed.date")


# --------------------------------------------------------------------------- two sources

SECOND_NAME = "ma-pk-defence-mou-lundi.fr.txt"
# A second, short report of the seed event that dates the signing to Monday 12 January.
SECOND_SOURCE = """---
published: 2026-01-14
language: fr
publisher: Dépêche de test
---
Rabat – Le Maroc et le Pakistan ont signé lundi à Rabat une note de compréhension en matière de coopération défensive.
Le texte a été signé lors de la visite de travail de trois jours du ministre pakistanais de la Défense, Khawaja Mohammad Asif, au Maroc. Il a été accueilli par le ministre délégué chargé de la gestion de la défense nationale, Abdelatif Loudiyi.
La note de compréhension porte notamment sur la formation militaire, les exercices communs et la cybersécurité.
"""


def _two_sources() -> dict:
    record = copy.deepcopy(SEED)
    record["sources"].append(
        {
            "path": f"sources/{SECOND_NAME}",
            "url": None,
            "publisher": "Dépêche de test",
            "title": None,
            "published": "2026-01-14",
            "language": "fr",
            "sha256": text_sha256(source_from_text(SECOND_SOURCE).text),
        }
    )
    return record


def test_two_sources_that_disagree_on_the_date_conflict(make_dataset, tmp_path):
    result = run(make_dataset, tmp_path, _two_sources(), sources={SECOND_NAME: SECOND_SOURCE})
    conflicts = [c for c in result.checks if c.check == "source_conflict" and c.path == "signed.date"]
    assert conflicts, show(result, "signed.date")
    conflict = conflicts[0]
    assert conflict.severity == "error"
    assert SOURCE_PATH in conflict.message and f"sources/{SECOND_NAME}" in conflict.message
    assert {s.source for s in conflict.evidence} == {0, 1}


def test_two_sources_agree_elsewhere(make_dataset, tmp_path):
    result = run(make_dataset, tmp_path, _two_sources(), sources={SECOND_NAME: SECOND_SOURCE})
    # Only the date is disputed; claims the second source is silent on stay supported.
    disputed = {c.path for c in result.checks if c.check == "source_conflict"}
    assert disputed == {"signed.date"}, "\n".join(errors(result))
    others = [e for e in errors(result) if not e.startswith("source_conflict")]
    assert others == []


# ------------------------------------------------- findings of the mutation benchmark


def _fixture_result(make_dataset, tmp_path, record_id: str, change, *, evidence: str = "kept") -> RecordResult:
    """Check a changed copy of a fixture record, beside its own source."""
    record = json.loads((FIXTURE_DATASET / "records" / f"{record_id}.json").read_text(encoding="utf-8"))
    change(record)
    if evidence == "emptied":
        record = empty_evidence(record)
    source = record["sources"][0]["path"]
    root = make_dataset(
        tmp_path, records={record_id: record}, seed=False,
        sources={source.removeprefix("sources/"): (FIXTURE_DATASET / source).read_bytes()},
    )
    [result] = check_dataset(root, expectations=False).records
    return result


def _person(record: dict, name: str) -> dict:
    return next(p for p in record["people"] if p["name"] == name)


@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_present_at_the_signing_as_m_name_is_no_signatory(make_dataset, tmp_path, evidence):
    # "... signé par le vice-ministre ..., et par le ministre somalien, en présence de M. Karaoğlu."
    def add_signatory(record):
        _person(record, "Yaşar Karaoğlu")["roles"].append("signatory")

    result = _fixture_result(make_dataset, tmp_path, "tr-so-2026-01-20-maritime-security-mou", add_signatory, evidence=evidence)
    [wrong] = failing(result, "people[2].roles")
    # the record's own span ("en présence de M. Karaoğlu") states another role; without it the
    # reader's reading is an inference: not_found, still an error (checks/verdict.py)
    expected = "contradicted" if evidence == "kept" else "not_found"
    assert (wrong.check, wrong.verdict, wrong.severity) == ("person_role", expected, "error"), show(result, "people[2]")


@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_a_title_of_someone_present_beside_the_name_is_not_theirs(make_dataset, tmp_path, evidence):
    # "... l’amiral Vikram Singh Rathore, en présence de l’ambassadeur de l’Inde à Oman."
    def move_title(record):
        _person(record, "Vikram Singh Rathore")["titles"].append("ambassadeur de l’Inde à Oman")

    result = _fixture_result(make_dataset, tmp_path, "om-in-2025-12-10-maritime-cooperation-roadmap", move_title, evidence=evidence)
    [wrong] = failing(result, "people[1].titles[2]")
    # whose title it is, is the reader's attribution: not_found (an error), never contradicted
    assert (wrong.check, wrong.verdict, wrong.severity) == ("person_title", "not_found", "error"), show(result, "people[1]")


def test_other_stands_where_the_source_says_what_the_agreement_covers(make_dataset, tmp_path):
    # "protocole modifiant la convention tendant à éviter la double imposition": no vocabulary code
    result = _fixture_result(make_dataset, tmp_path, "pt-cv-2025-03-06-double-taxation-protocol", lambda r: None, evidence="emptied")
    assert errors(result) == []
    [other] = [c for c in result.checks if c.path == "domains[0].code"]
    assert other.verdict == "supported" and other.evidence


def test_other_beside_vocabulary_domains_needs_its_own_evidence(make_dataset, tmp_path):
    record = copy.deepcopy(SEED)
    record["domains"].append({"code": "other", "evidence": []})
    result = run(make_dataset, tmp_path, record)
    wrong = failing(result, f"domains[{len(record['domains']) - 1}]")
    assert [(c.check, c.verdict) for c in wrong] == [("domain_supported", "not_found")]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("la formation d’officiers omanais à l’Académie navale indienne", "military_training"),
        ("la formation d’unités mozambicaines par des instructeurs rwandais", "military_training"),
        ("la formation de techniciens boliviens dans les universités argentines", "capacity_building"),
        ("la formation des pilotes et des techniciens de l’armée de l’air", "military_training"),
    ],
)
def test_training_phrases_name_their_domain(phrase, code):
    from accordcheck.extraction.extract import extract_text

    [record] = extract_text(f"La Tunisie et le Maroc ont signé ce lundi à Tunis un accord. L’accord prévoit {phrase}.\n", language="fr")
    assert [d.code for d in record.domains] == [code]
