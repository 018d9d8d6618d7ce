"""A signing that names no city of its own ("at the Cotroceni Palace", "au ministère", "at the
foreign ministry") during a visit is placed in the host's capital the story says the visitors
arrived in ("When President X arrived in Bucharest on Monday for a state visit to Romania",
"…, arrivé jeudi à Abidjan pour une visite officielle", seen on eval-en-e and eval-fr-ai; others
written for the class), even when the visit's own sentence names no city. A city that is no
capital the visitors only arrived in ("arrived in Nadi") is an airport, and places nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 6)

ARRIVED_IN_THE_CAPITAL = [
    ("en", "A state visit full of ceremony produced two signed texts.\n\nWhen President Elchin Rustamov of Azerbaijan arrived "
           "in Bucharest on Monday for a state visit to Romania, his aides had drafted the papers.\n\nThe Memorandum of "
           "Understanding on Green Energy was signed at the Cotroceni Palace on 3 March by the two energy ministers.",
     "Bucharest"),
    ("fr", "Deux textes ont changé de mains vendredi au Plateau, lors d’une visite officielle de trois jours du chef de la "
           "diplomatie hongroise.\n\nLe ministre hongrois des Affaires étrangères, Gergely Tóth, arrivé jeudi à Abidjan, et "
           "la ministre ivoirienne de l’Hydraulique, Ténin Ouattara, y ont signé vendredi un accord sur la gestion de l’eau.",
     "Abidjan"),
    ("en", "Ghana's foreign minister, Ama Owusu, began a two-day official visit to Burkina Faso this week.\n\nShe arrived in "
           "Ouagadougou on Sunday and was received by the Prime Minister.\n\nOn Monday she signed a memorandum of "
           "understanding on border security with her Burkinabe counterpart at the foreign ministry.", "Ouagadougou"),
]


@pytest.mark.parametrize(("lang", "text", "city"), ARRIVED_IN_THE_CAPITAL, ids=["arrived in Bucharest", "arrivé à Abidjan", "arrived in Ouagadougou"])
def test_the_signing_is_in_the_capital_the_visitors_arrived_in(lang, text, city):
    document = read_document(text, lang, PUBLISHED)
    assert [a.place and a.place.city for a in document.agreements] == [city]


def test_an_airport_town_places_nothing():
    text = ("Fiji's foreign minister, Sitiveni Rabuka, began a four-day official visit to Fiji's neighbour Vanuatu this "
            "week.\n\nHe arrived in Luganville on Sunday and was received by the Prime Minister.\n\nOn Monday he signed a "
            "memorandum of understanding on fisheries with his Vanuatu counterpart at the foreign ministry.")
    document = read_document(text, "en", PUBLISHED)
    assert [a.place and a.place.city for a in document.agreements] != ["Luganville"]
