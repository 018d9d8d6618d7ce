"""A dateline in the visitor's country is the reporter's city when the signing was part of a
visit to the other country, where the text places it ("SANTIAGO — … the centrepiece of a
four-day visit to India …. Last week in New Delhi …"): cited for the signing place it backs
nothing. Seen missed on eval-en-y (an LLM's dateline city taken as supported); others
written for the class. A dateline in the host's country still counts where the text names
only the visitor's arrival elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document
from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("en", "SANTIAGO — Chile and India signed a memorandum of understanding on geology last Thursday, the centrepiece of a "
           "four-day visit to India by Chile's Mining Minister, Aurora Valdés. Last week in New Delhi it was about rocks.",
     ("CHL", "Chile", "Chile"), ("IND", "India", "India"), "2026-03-05", "last Thursday",
     "memorandum of understanding on geology", "Santiago", "CHL", "SANTIAGO"),
    ("fr", "DAKAR, 11 mars (APS) – Le Sénégal et le Maroc ont signé mardi un accord sur la pêche, lors d'une visite de "
           "travail de trois jours au Maroc du ministre sénégalais de la Pêche. Le ministre a été reçu à Rabat par son "
           "homologue.", ("MAR", "Maroc", "Maroc"), ("SEN", "Sénégal", "Sénégal"), "2026-03-10", "mardi",
     "accord sur la pêche", "Dakar", "SEN", "DAKAR"),
    ("en", "ACCRA, March 11 (GNA) – Ghana and Turkey signed a defence cooperation agreement on Tuesday during an official "
           "visit to Turkey by Ghana's Defence Minister, Kwame Asante. The minister was received in Ankara by his counterpart.",
     ("GHA", "Ghana", "Ghana"), ("TUR", "Turkey", "Turkey"), "2026-03-10", "on Tuesday",
     "defence cooperation agreement", "Accra", "GHA", "ACCRA"),
    ("fr", "TUNIS, 11 mars – La Tunisie et le Portugal ont signé mardi un mémorandum d'entente sur le tourisme, lors d'une "
           "visite officielle de deux jours de la ministre tunisienne du Tourisme au Portugal. Elle a été reçue à Lisbonne "
           "par son homologue.", ("PRT", "Portugal", "Portugal"), ("TUN", "Tunisie", "Tunisie"), "2026-03-10", "mardi",
     "mémorandum d'entente sur le tourisme", "Tunis", "TUN", "TUNIS"),
]


def _record(text, language, a, b, date, expression, title, city, country, words):
    kind = "memorandum_of_understanding" if "memorandum" in title or "mémorandum" in title else "agreement"
    return record_of(text, language, "2026-03-11", parties=[a, b], date=date, expression=expression, kind=kind,
                     title=title, place=(city, country, words))


@pytest.mark.parametrize("case", CASES, ids=[c[7] for c in CASES])
def test_the_visitors_dateline_is_no_signing_place(tmp_path, case):
    language, text, *rest = case
    found = claim_at(check_one(tmp_path, text, _record(text, language, *rest)), "place.city")
    assert found.severity == "error", found


def test_a_dateline_in_the_hosts_country_still_counts(tmp_path):
    text = ("SUVA, March 11 (FBC) – Fiji and Solomon Islands signed an air services agreement on Tuesday during a three-day "
            "visit to Fiji by the Prime Minister of Solomon Islands, who arrived in Nadi on Monday.")
    record = _record(text, "en", ("FJI", "Fiji", "Fiji"), ("SLB", "Solomon Islands", "Solomon Islands"), "2026-03-10",
                     "on Tuesday", "air services agreement", "Suva", "FJI", "SUVA")
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.verdict == "supported", found


@pytest.mark.parametrize("case", CASES, ids=[c[7] for c in CASES])
def test_the_reader_does_not_place_the_signing_at_the_visitors_dateline(case):
    language, text, *_rest, city, _country, _words = case
    [agreement] = read_document(text, language, dt.date(2026, 3, 11)).agreements
    assert agreement.place is None or agreement.place.city != city, agreement.place


# a dateline read as the story's only item dateline (below a headline and a standfirst), and
# the signing placed through a counted lead ("les deux documents"): seen missed on eval-fr-m
_FEATURE = ("Défense : entre Abidjan et Varsovie, un partenariat qui prend corps\n\nFormation des officiers, recherche : la "
            "mission de la ministre en Pologne s’est soldée par deux textes. Récit.\n\nABIDJAN — Il aura fallu cinq ans entre "
            "l’accord-cadre signé à Abidjan en juin 2021 et les deux documents que la délégation ivoirienne a rapportés de "
            "Pologne.\n\nArrivée mardi soir à Varsovie pour une visite officielle de quatre jours, la ministre de la Défense, "
            "Aya Gnamien, a été reçue par son homologue polonais. Jeudi, les deux ministres ont signé un accord de "
            "coopération dans le domaine de l'industrie de défense.")


def test_a_features_dateline_below_its_standfirst(tmp_path):
    record = record_of(_FEATURE, "fr", "2026-05-04", parties=[("CIV", "Côte d'Ivoire", "ivoirienne"), ("POL", "Pologne", "Pologne")],
                       date="2026-04-30", expression="Jeudi", kind="agreement",
                       title="accord de coopération dans le domaine de l'industrie de défense", place=("Abidjan", "CIV", "ABIDJAN"))
    found = claim_at(check_one(tmp_path, _FEATURE, record), "place.city")
    assert found.severity == "error", found
