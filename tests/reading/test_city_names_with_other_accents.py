"""A city the text writes with accents the gazetteer leaves out ("Iași" for "Iasi", "Cần Thơ"
for "Can Tho", "N’Djaména" for "N'Djamena") is that city: the reader finds it and places the
signing there (seen on eval-fr-ak, eval-en-ac and eval-fr-aj: the signing placed in the
dateline's or another city; others written for the class). Finding more cities must not
let an old text's city, or one named before the signing's own words, place it: an accord
the parties have been "bound since 2012 by … signed in N’Djaména" is an earlier one, and the
capital the signing verb names ("signed in the Moldovan capital") beats a city told before
it in the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 2)

ACCENTED = [
    ("fr", "Jeudi dernier, à Iași, le ministre moldave de l’Énergie et son homologue roumaine ont signé un accord sur la "
           "ligne électrique.", "ROU"),
    ("en", "Guyana and Vietnam signed a memorandum of understanding on rice research in Cần Thơ on Thursday.", "VNM"),
    ("fr", "Le Tchad et le Soudan ont signé jeudi à N’Djaména un accord sur la sécurité frontalière.", "TCD"),
    ("en", "Romania and Moldova signed an agreement on power lines in Timișoara on Thursday.", "ROU"),
]


@pytest.mark.parametrize(("lang", "text", "country"), ACCENTED, ids=["Iași", "Cần Thơ", "N’Djaména", "Timișoara"])
def test_a_city_with_other_accents_places_the_signing(lang, text, country):
    document = read_document(text, lang, PUBLISHED)
    assert [a.place and a.place.country for a in document.agreements] == [country]


def test_an_accord_in_force_since_an_earlier_year_places_nothing():
    text = ("Le ministre tchadien est rentré mardi soir à N’Djaména au terme d’une visite de travail de deux jours à Niamey.\n\n"
            "Lundi, les deux chefs d’état-major ont signé à l’état-major des Forces armées nigériennes un accord de coopération "
            "dans le domaine de la formation militaire.\n\nLes deux pays sont liés depuis 2012 par un accord de coopération "
            "militaire signé à N’Djaména, resté largement théorique.")
    document = read_document(text, "fr", PUBLISHED)
    assert [a.place and a.place.city for a in document.agreements] == ["Niamey"]


def test_the_capital_the_signing_verb_names_comes_first():
    text = ("CHIȘINĂU — Romanian helicopters will fly patients to hospitals in Iași or Chișinău under a memorandum of "
            "understanding signed in the Moldovan capital on Wednesday.")
    document = read_document(text, "en", PUBLISHED)
    assert [(a.place.city, a.place.country) for a in document.agreements if a.place] == [("Chișinău", "MDA")]
