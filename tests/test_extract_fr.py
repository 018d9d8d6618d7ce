"""French extraction (issue 3): the seed field for field, and one snippet per case.

spaCy is loaded once per process (``reading.ner`` caches the pipeline), so the whole module
pays for it once.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from accordcheck.extraction.extract import extract_source, extract_text
from accordcheck.reading.reader import read_document
from accordcheck.dataset.sources import read_source

from helpers import FIXTURE_DATASET, SEED_RECORD_FILE, SEED_SOURCE, only_record, person_named

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def _strip_evidence(value):
    if isinstance(value, dict):
        return {k: _strip_evidence(v) for k, v in value.items() if k != "evidence"}
    if isinstance(value, list):
        return [_strip_evidence(v) for v in value]
    return value


def extract(text: str, published: dt.date = PUBLISHED):
    return extract_text(text, language="fr", published=published)


def one(text: str, published: dt.date = PUBLISHED):
    return only_record(text, language="fr", published=published)


person = person_named


# --------------------------------------------------------------------------- seed
def test_seed_record_field_for_field():
    gold = json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))
    source = read_source(FIXTURE_DATASET / SEED_SOURCE)
    records = extract_source(source, source_path=SEED_SOURCE, language="fr")
    assert len(records) == 1
    got = json.loads(records[0].model_dump_json())
    for field in gold:
        assert _strip_evidence(got[field]) == _strip_evidence(gold[field]), field
    for _, span in records[0].iter_spans():
        assert source.text[span.start : span.end] == span.text


# --------------------------------------------------------------------------- parties
def test_parties_by_name():
    record = one("Le Maroc et le Pakistan ont signé ce mardi à Rabat un accord de coopération militaire.")
    assert [p.country for p in record.parties] == ["MAR", "PAK"]


def test_parties_by_long_form():
    record = one("Le Royaume d’Arabie saoudite et la République islamique du Pakistan ont signé mardi un protocole d’accord.")
    assert {p.country for p in record.parties} == {"SAU", "PAK"}


def test_parties_by_capital_metonym():
    record = one("Rabat et Islamabad ont signé mardi un accord de coopération.")
    assert {p.country for p in record.parties} == {"MAR", "PAK"}


def test_parties_from_demonyms_of_signatories():
    record = one(
        "Un accord a été signé mardi par le ministre pakistanais de la Défense, Khawaja Asif, "
        "et par le ministre marocain de l’Intérieur, Abdelouafi Laftit."
    )
    assert {p.country for p in record.parties} == {"MAR", "PAK"}


def test_background_countries_are_not_parties():
    record = one(
        "Le Kenya et l’Éthiopie ont signé mercredi à Addis-Abeba une note de compréhension sur la sécurité frontalière.\n"
        "La menace des shebab, actifs en Somalie voisine, reste au cœur des préoccupations."
    )
    assert {p.country for p in record.parties} == {"KEN", "ETH"}


# --------------------------------------------------------------------------- people and titles
TWO_SIGNERS = (
    "Le Tchad et le Cameroun ont signé mardi à N’Djamena une convention relative à la gestion des eaux du Logone.\n"
    "La convention a été signée par le ministre camerounais de l’Eau et de l’Énergie, Jean Ebode, "
    "et par la ministre tchadienne de l’Eau et de l’Assainissement, Achta Moussa. "
    "Le ministre camerounais, arrivé la veille pour une visite de travail, avait été accueilli par son homologue."
)


def test_coordinated_portfolios_and_feminine_titles():
    record = one(TWO_SIGNERS)
    assert person(record, "Jean Ebode").titles == ["ministre camerounais de l’Eau et de l’Énergie"]
    assert person(record, "Achta Moussa").titles == ["ministre tchadienne de l’Eau et de l’Assainissement"]
    assert person(record, "Achta Moussa").country == "TCD"


def test_comma_coordinated_portfolios():
    record = one(
        "Le Maroc et le Sénégal ont signé lundi à Dakar un accord dans le domaine de l’énergie.\n"
        "L’accord a été signé par le ministre sénégalais de l’Énergie, du Pétrole et des Mines, Birame Faye, "
        "et par la ministre marocaine de la Transition énergétique, Leila Benjelloun."
    )
    assert person(record, "Birame Faye").titles == ["ministre sénégalais de l’Énergie, du Pétrole et des Mines"]


def test_roles_signatory_host_visitor_and_anaphora():
    record = one(TWO_SIGNERS)
    assert set(person(record, "Jean Ebode").roles) >= {"signatory", "visitor"}
    assert set(person(record, "Achta Moussa").roles) >= {"signatory", "host"}
    # "Le ministre camerounais" and "son homologue" are the same two people, not new ones
    assert len(record.people) == 2


def test_several_titles_before_a_name_and_unnamed_official():
    record = one(
        "Le Maroc et le Nigeria ont signé hier à Abuja un accord de coopération militaire.\n"
        "L’accord a été signé par l’inspecteur général des Forces armées royales, le général de corps d’armée "
        "Mohammed Benslimane, et par le chef d’état-major nigérian de la Défense, le général Olufemi Adeyemi. "
        "La cérémonie s’est déroulée en présence de l’ambassadeur du Maroc au Nigeria."
    )
    assert person(record, "Mohammed Benslimane").titles == ["inspecteur général des Forces armées royales", "général de corps d’armée"]
    ambassador = next(p for p in record.people if p.name is None)
    assert ambassador.titles == ["ambassadeur du Maroc au Nigeria"]
    assert ambassador.country == "MAR"
    assert ambassador.roles == ["witness"]


def test_title_after_the_name():
    record = one(
        "Le Pakistan et le Maroc ont signé mardi à Rabat un mémorandum d’entente.\n"
        "Khawaja Asif, ministre pakistanais de la Défense, a signé le mémorandum avec son homologue marocain."
    )
    asif = person(record, "Khawaja Asif")
    assert asif.titles == ["ministre pakistanais de la Défense"]
    assert "signatory" in asif.roles


def test_premier_ministre_capitalised_and_received():
    record = one(
        "L’Espagne et la Mauritanie ont signé mardi à Nouakchott un accord de coopération en matière de migration.\n"
        "L’accord a été signé par la ministre espagnole des Migrations, Elena Ruiz, en visite à Nouakchott, "
        "qui a été reçue en audience par le Premier ministre mauritanien."
    )
    pm = next(p for p in record.people if p.name is None)
    assert pm.titles == ["Premier ministre mauritanien"]
    assert pm.roles == ["host"]


# --------------------------------------------------------------------------- instruments
@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("une note de compréhension", "memorandum_of_understanding"),
        ("un mémorandum d’entente", "memorandum_of_understanding"),
        ("un protocole d’accord", "memorandum_of_understanding"),
        ("un accord-cadre", "agreement"),
        ("une convention", "convention"),
        ("un traité", "treaty"),
        ("une lettre d’intention", "letter_of_intent"),
        ("un plan d’action", "action_plan"),
        ("une feuille de route", "other"),
    ],
)
def test_instrument_kinds(phrase, kind):
    record = one(f"Le Maroc et le Sénégal ont signé mardi à Dakar {phrase} sur la pêche.")
    assert record.instrument.kind == kind


def test_anaphora_is_not_a_second_agreement():
    records = extract(
        "Le Maroc et le Pakistan ont signé ce mardi à Rabat une note de compréhension en matière de coopération défensive.\n"
        "Ce protocole a été signé lors de la visite du ministre pakistanais de la Défense."
    )
    assert len(records) == 1


def test_instrument_title_takes_adjectives():
    record = one("Le Maroc et le Nigeria ont signé hier à Abuja un accord de coopération militaire, a-t-on appris.")
    assert record.instrument.title == "accord de coopération militaire"


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    "expression, expected, precision",
    [
        ("ce mardi", dt.date(2026, 1, 13), "day"),
        ("mardi", dt.date(2026, 1, 13), "day"),
        ("mardi dernier", dt.date(2026, 1, 13), "day"),
        ("hier", dt.date(2026, 1, 13), "day"),
        ("avant-hier", dt.date(2026, 1, 12), "day"),
        ("aujourd’hui", dt.date(2026, 1, 14), "day"),
        ("le 13 janvier 2026", dt.date(2026, 1, 13), "day"),
        ("le 13 janvier", dt.date(2026, 1, 13), "day"),
        ("le 13/01/2026", dt.date(2026, 1, 13), "day"),
        ("lundi 12 janvier", dt.date(2026, 1, 12), "day"),
        ("en décembre 2025", dt.date(2025, 12, 1), "month"),
    ],
)
def test_signing_dates(expression, expected, precision):
    record = one(f"Le Maroc et le Pakistan ont signé {expression} à Rabat un accord de coopération.")
    assert record.signed.date == expected
    assert record.signed.precision.value == precision
    assert record.signed.expression == expression


def test_date_is_the_one_tied_to_the_signing():
    record = one(
        "La convention que le Mexique et le Guatemala ont signée en mai 2024 à Tapachula est entrée en vigueur lundi 17 juin.",
        published=dt.date(2024, 6, 18),
    )
    assert record.signed.date == dt.date(2024, 5, 1)
    assert record.signed.precision.value == "month"


# --------------------------------------------------------------------------- place
def test_place_from_the_signing_clause():
    record = one("Le Maroc et le Pakistan ont signé mardi à Rabat un accord de coopération.")
    assert (record.place.city, record.place.country) == ("Rabat", "MAR")


def test_place_from_the_dateline():
    record = one("TUNIS, 20 nov. (AMI) – L’Algérie et la Tunisie ont signé aujourd’hui un plan d’action.", published=dt.date(2024, 11, 20))
    assert (record.place.city, record.place.country) == ("Tunis", "TUN")


def test_place_the_saudi_capital():
    record = one("L’Égypte et l’Arabie saoudite ont signé ce lundi, dans la capitale saoudienne, un protocole d’accord.")
    assert (record.place.city, record.place.country) == ("Riyad", "SAU")


def test_capitals_as_metonyms_are_no_place():
    record = one("Le Maroc et le Pakistan ont signé mardi un accord. Il renforce les liens entre Rabat et Islamabad.")
    assert record.place is None


# --------------------------------------------------------------------------- domains
def test_domains():
    record = one(
        "Le Maroc et le Pakistan ont signé mardi à Rabat une note de compréhension. "
        "La note couvre la formation militaire, l’organisation d’exercices communs et la cybersécurité."
    )
    assert [d.code for d in record.domains] == ["military_training", "joint_exercises", "cybersecurity"]


# --------------------------------------------------------------------------- visit
@pytest.mark.parametrize(
    "duration, days",
    [("de trois jours", 3), ("de deux jours", 2), ("de 48 heures", 2), ("du 12 au 14 janvier", 3)],
)
def test_visit_durations(duration, days):
    record = one(
        "Le Maroc et le Pakistan ont signé mardi à Rabat un accord de coopération.\n"
        f"Le ministre pakistanais de la Défense, Khawaja Asif, effectue une visite de travail {duration} au Maroc."
    )
    assert record.visit is not None
    assert (record.visit.host, record.visit.visitor, record.visit.duration_days) == ("MAR", "PAK", days)


def test_no_visit_on_summit_sidelines():
    record = one("Le Kenya et l’Éthiopie ont signé mercredi une note de compréhension, en marge du sommet de l’Union africaine.")
    assert record.visit is None


# --------------------------------------------------------------------------- how many agreements
def test_several_agreements_in_one_article():
    records = extract(
        "Le Maroc et le Sénégal ont signé lundi à Dakar un accord de coopération dans le domaine de l’énergie, "
        "un mémorandum d’entente sur l’enseignement supérieur et un protocole d’accord relatif au tourisme."
    )
    assert sorted(r.instrument.kind.value for r in records) == ["agreement", "memorandum_of_understanding", "memorandum_of_understanding"]
    by_kind = {r.instrument.title: [d.code for d in r.domains] for r in records}
    assert by_kind["accord de coopération dans le domaine de l’énergie"] == ["energy"]
    assert by_kind["protocole d’accord relatif au tourisme"] == ["tourism"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Maroc et le Pakistan devraient signer un accord de coopération militaire.",
        "Le Maroc et le Pakistan signeront un accord de coopération militaire en mars.",
        "Le Maroc prévoit la signature d’un accord de coopération militaire avec le Pakistan.",
        "Un accord de coopération entre le Maroc et le Pakistan est en cours de finalisation.",
    ],
)
def test_planned_agreements_give_no_record(sentence):
    assert extract(sentence) == []


def test_document_structure_is_shared():
    document = read_document("Le Maroc et le Pakistan ont signé mardi à Rabat un accord.", "fr", PUBLISHED)
    assert document.signed_agreements and document.agreements[0].parties
