"""A record that cites a capital named by a phrase — "dans la capitale guinéenne", "in the
Indian capital" — for that capital city is backed by its words (pack cue ``capital_phrase``).
Seen on eval-fr-w's first reading (two correct records failing: Conakry cited as "dans la
capitale guinéenne" and "au palais Mohammed-V"); others written for the class. The phrase
backs only the capital the gazetteer gives that country."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "Une délégation de Côte d'Ivoire a passé 48 heures dans la capitale guinéenne. Mardi, au palais Mohammed-V, la "
           "Guinée et la Côte d'Ivoire ont signé un accord sur la sécurité transfrontalière.", ("CIV", "Côte d'Ivoire", "Côte d'Ivoire"),
     ("GIN", "Guinée", "Guinée"), "Mardi", "agreement", "accord sur la sécurité transfrontalière",
     "Conakry", "GIN", "dans la capitale guinéenne"),
    ("en", "The Chilean minister spent four days in the Indian capital. On Thursday, at Shastri Bhawan, Chile and India signed a "
           "memorandum of understanding on geology.",
     ("CHL", "Chile", "Chile"), ("IND", "India", "India"), "On Thursday", "memorandum_of_understanding",
     "memorandum of understanding on geology", "New Delhi", "IND", "in the Indian capital"),
    ("fr", "La délégation de Mauritanie a séjourné deux jours dans la capitale sénégalaise. Jeudi, au Building administratif, "
           "le Sénégal et la Mauritanie ont signé un accord sur la pêche.", ("MRT", "Mauritanie", "Mauritanie"),
     ("SEN", "Sénégal", "Sénégal"), "Jeudi", "agreement", "accord sur la pêche", "Dakar", "SEN", "dans la capitale sénégalaise"),
]


def _record(text, language, a, b, expression, kind, title, city, country, words):
    date = "2026-03-05"
    return record_of(text, language, "2026-03-06", parties=sorted([a, b]), date=date, expression=expression, kind=kind,
                     title=title, place=(city, country, words))


@pytest.mark.parametrize("case", CASES, ids=[c[7] for c in CASES])
def test_the_capital_phrase_backs_the_capital(tmp_path, case):
    language, text, *rest = case
    found = claim_at(check_one(tmp_path, text, _record(text, language, *rest)), "place.city")
    assert found.verdict == "supported", found


def test_it_backs_no_other_city(tmp_path):
    language, text, a, b, expression, kind, title, _city, _country, words = CASES[0]
    found = claim_at(check_one(tmp_path, text, _record(text, language, a, b, expression, kind, title, "Kankan", "GIN", words)),
                     "place.city")
    assert found.verdict != "supported", found
