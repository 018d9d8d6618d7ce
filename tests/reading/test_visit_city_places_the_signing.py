"""A signing of a visit that names only a venue ("au Palais de la Présidence", "at the Quai
d'Orsay") took place in the city the visit's own sentence names in the host country ("une visite
de travail à Lomé du 2 au 4 mars", "the visit of the Mongolian minister to Paris") — before a
dateline, which counts only where the text names no other place. A city the visitors only
arrived in places no signing. Seen on eval-fr-a, eval-fr-i, eval-fr-j and eval-fr-m (records
without a place); the English members were written for the class and failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Une délégation ministérielle du Burkina Faso a effectué une visite de travail à Lomé du 2 au 4 mars. Le Burkina "
     "Faso et le Togo y ont trouvé un terrain d'entente. Mardi, les deux ministres ont signé un accord sur le transit au "
     "Palais de la Présidence.", "Lomé"),
    ("fr", "La visite officielle de Batjargalyn Solongo, la ministre mongole des Affaires étrangères, à Paris, du 6 au 8 mai, "
     "devait en apporter la preuve. Jeudi, la France et la Mongolie ont signé un plan d'action au Quai d'Orsay.", "Paris"),
    ("en", "The Kenyan trade minister's three-day visit to Hanoi ended on Friday. On Thursday, Kenya and Vietnam signed a "
     "protocol on avocado exports at the agriculture ministry.", "Hanoi"),
    ("en", "Luxembourg's development minister paid an official visit to Vientiane from 2 to 6 February. On Wednesday, Laos and "
     "Luxembourg signed two conventions at the Ministry of Planning and Investment.", "Vientiane"),
]


@pytest.mark.parametrize(("language", "text", "city"), CASES, ids=[c[2] for c in CASES])
def test_the_visits_city_places_a_signing_that_names_none(language, text, city):
    agreement = read_document(text, language, dt.date(2026, 3, 6)).agreements[0]
    assert agreement.place is not None and agreement.place.city == city, agreement.place


def test_a_city_the_visitors_only_arrived_in_places_no_signing():
    text = ("SUVA — Fiji and Solomon Islands yesterday signed an air services agreement at Suvavou House. The Prime "
            "Minister of Solomon Islands arrived in Nadi on Tuesday for a four-day official visit.")
    agreement = read_document(text, "en", dt.date(2025, 8, 14)).agreements[0]
    assert agreement.place is not None and agreement.place.city == "Suva", agreement.place
