""""dans un hôtel de la capitale", "at a hotel in the capital", "au ministère, dans la
capitale": a capital named with no demonym is the capital of the party the story's visit
went to, where nothing in the sentence names another city (seen on eval-fr-al: a memorandum
"signé dans un hôtel de la capitale" during a visit to Juba placed in Wau; the other members
written for the class). A capital phrase followed by its country or demonym is no bare one,
and a visit to a country that is no party places nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "LE CAIRE, 3 févr. (MENA) - L'Égypte et le Soudan du Sud ont signé lundi à Juba un protocole sur l'eau, lors de la "
           "visite du ministre égyptien de l'Irrigation au Soudan du Sud. La veille au soir, dimanche, l'ambassadeur d'Égypte "
           "et le sous-secrétaire sud-soudanais de l'Agriculture avaient signé dans un hôtel de la capitale un mémorandum "
           "d'entente sur l'agriculture.", 1, {"Djouba", "Juba"}),
    ("en", "CAIRO, Feb 3 (MENA) - Egypt and South Sudan signed a memorandum of understanding on a model farm at a hotel in the "
           "capital on Sunday, on the first day of the Egyptian minister's three-day visit to South Sudan.", 0, {"Juba"}),
    ("fr", "BAMAKO, 4 mars (AMAP) – Le mémorandum d’entente sur la pêche entre le Mali et le Sénégal a été signé mardi au "
           "ministère, dans la capitale, lors de la visite de travail du ministre malien des Pêches au Sénégal.", 0, {"Dakar"}),
]


@pytest.mark.parametrize(("lang", "text", "index", "cities"), CASES, ids=["dans un hôtel de la capitale", "at a hotel in the capital", "dans la capitale,"])
def test_a_bare_capital_is_the_visited_partys(lang, text, index, cities):
    agreement = read_document(text, lang, dt.date(2026, 2, 3)).agreements[index]
    assert agreement.place is not None and agreement.place.city in cities, agreement.place


def test_a_visit_to_no_party_names_no_capital():
    text = "NAIROBI — Kenya and Uganda signed a trade agreement at a hotel in the capital on Monday, during a visit to Ethiopia by the two trade ministers."
    agreement = read_document(text, "en", dt.date(2026, 2, 3)).agreements[0]
    assert agreement.place is None or agreement.place.city != "Addis Ababa", agreement.place


def test_a_capital_someone_arrived_in_places_nothing():
    """(seen on eval-en-ah at this change's first version: "… a two-day visit by Italy's Deputy
    Minister …, who arrived in the capital on Tuesday" is where she travelled)"""
    text = ("Italy and Ethiopia yesterday signed a memorandum of understanding on cultural heritage, during a two-day visit "
            "by Italy’s Deputy Minister of Foreign Affairs, Francesca Dell’Orto, who arrived in the capital on Tuesday.")
    agreement = read_document(text, "en", dt.date(2026, 1, 29)).agreements[0]
    assert agreement.place is None or agreement.place.text != "in the capital", agreement.place
