"""A release opens on the ceremony, then gives each text its own numbered section ("Le
mercredi 10 décembre 2025 s’est tenue, … à Yaoundé, la cérémonie de signature de deux
instruments … / 1. Accord de coopération financière / Ont signé l’Accord … :", eval-fr-ag, seen
failing: neither text had a date or a place). A ceremony told before the first signing, naming
no text, with only the texts' headings between, dates and places each of them."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 12, 11)

RELEASES = [
    ("fr", "Le mercredi 10 décembre 2025 s'est tenue, dans la salle des conférences du ministère à Yaoundé, la cérémonie "
           "de signature de deux instruments de coopération entre le Cameroun et l'Allemagne.\n\n1. Accord de coopération "
           "financière\n\nOnt signé l'Accord de coopération financière : le ministre de l'Économie et l'ambassadeur "
           "d'Allemagne.\n\n2. Déclaration d'intention conjointe\n\nLa Déclaration d'intention conjointe relative à la "
           "formation a été signée par le ministre de l'Emploi et l'ambassadeur d'Allemagne.", "Yaoundé", dt.date(2025, 12, 10)),
    ("en", "The signing ceremony for two cooperation instruments between Ghana and Germany took place on Wednesday "
           "10 December 2025 at the Ministry of Finance in Accra.\n\n1. Financial Cooperation Agreement\n\nThe Financial "
           "Cooperation Agreement was signed by the Minister of Finance and the German Ambassador.\n\n2. Joint Declaration "
           "of Intent\n\nThe Joint Declaration of Intent on vocational training was signed by the Minister of Labour and "
           "the German Ambassador.", "Accra", dt.date(2025, 12, 10)),
]


@pytest.mark.parametrize("language, text, city, day", RELEASES)
def test_the_ceremony_dates_and_places_each_text(language, text, city, day):
    agreements = read_document(text, language, PUBLISHED).agreements
    assert len(agreements) == 2
    assert all(a.place is not None and a.place.city == city and a.date is not None and a.date.date == day for a in agreements), \
        [(a.instrument.title, a.place, a.date) for a in agreements]


def test_a_ceremony_still_to_come_dates_nothing():
    text = ("COMMUNIQUÉ DE PRESSE\n\nLa cérémonie de signature de deux instruments aura lieu jeudi 11 décembre à Dakar.\n\n"
            "1. Accord de coopération financière\n\nOnt signé l'Accord de coopération financière : le ministre de "
            "l'Économie et l'ambassadeur d'Allemagne.")
    agreements = read_document(text, "fr", PUBLISHED).agreements
    assert all(a.date is None or a.date.date != dt.date(2025, 12, 11) for a in agreements)
