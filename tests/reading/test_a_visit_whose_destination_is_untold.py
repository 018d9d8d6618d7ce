"""A visit whose destination the story never names ("En visite officielle, un ministre d’État
émirien a conclu avec le gouvernement …", "Arrivé la veille pour une visite officielle de trois
jours, M. Al Zaabi …") went to the agreement's other party, when the agreement has two and the
visitor is one: the record gets the visit, and "au cœur de la capitale" is that party's capital.
Seen on eval-fr-an (a Chad–UAE financing agreement read with no visit and no place); the other
members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "En visite officielle, le ministre d’État émirien, Saeed Al Zaabi, a signé samedi, au cœur de la capitale, "
           "avec le ministre tchadien des Finances, Abdelkerim Mahamat, un accord de financement sur l’énergie.",
     ("TCD", "ARE"), "N’Djamena"),
    ("en", "On an official visit, the Emirati Minister of State, Saeed Al Zaabi, signed a financing agreement on energy "
           "with Chad's Minister of Finance, Abdelkerim Mahamat, on Saturday in the heart of the capital.",
     ("TCD", "ARE"), "N'Djamena"),
    ("en", "The visiting Japanese trade minister, Kenji Sato, signed a memorandum of understanding on trade with Kenya's "
           "trade minister, Mary Wanjiku, on Monday.", ("KEN", "JPN"), None),
    ("fr", "Arrivé la veille pour une visite de trois jours, le ministre turc de l’Énergie, Ahmet Yilmaz, a signé lundi "
           "avec son homologue gabonais, Paul Ndong, un accord sur l’énergie.", ("GAB", "TUR"), None),
]


@pytest.mark.parametrize(("lang", "text", "sides", "city"), CASES, ids=["au cœur de la capitale", "in the heart of the capital", "the visiting minister", "arrivé la veille"])
def test_a_visit_whose_destination_is_untold_went_to_the_other_party(lang, text, sides, city):
    agreement = read_document(text, lang, dt.date(2026, 4, 14)).agreements[0]
    assert agreement.visit is not None and (agreement.visit.host, agreement.visit.visitor) == sides, agreement.visit
    if city is not None:
        assert agreement.place is not None and agreement.place.city == city and not agreement.place.country_stated, agreement.place
