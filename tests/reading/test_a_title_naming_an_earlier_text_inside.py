"""What follows a title that names another text in a complement tells of that text: "le
programme d’application 2026-2028 de l’accord de coopération touristique conclu en 1997" is
signed now, the 1997 accord is the earlier one (eval-fr-ad, seen failing once "conclu" ended
French titles: the programme was read as the earlier text and its agreement lost). A title
whose head follows a premodifier ("a similar agreement the two governments signed in 2024")
names no other text inside. The others are written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le Maroc et la Côte d’Ivoire ont signé jeudi une convention de partenariat sur la formation.\n\nCe vendredi "
           "15 mai, au siège du ministère du Tourisme et des Loisirs, l’ambassadeur Lahlou-Benslimane et la ministre du "
           "Tourisme et des Loisirs, Mme Mariam Sanogo Touré, ont signé le programme d’application 2026-2028 de l’accord de "
           "coopération touristique conclu en 1997 entre les deux pays. Cette signature est intervenue en dehors du "
           "programme de la visite ministérielle, M. Tazi El Idrissi ayant regagné Rabat dans la matinée.",
     "programme d’application"),
    ("fr", "Ce vendredi 15 mai, les deux ministres des Finances ont signé le protocole additionnel à la convention fiscale "
           "signée en 2005 entre les deux pays.", "protocole additionnel"),
    ("fr", "Le Maroc et le Sénégal ont signé jeudi un accord sur la pêche.\n\nVendredi, les deux ministres de la Culture "
           "ont signé le programme exécutif de l’accord culturel conclu en 1998 entre les deux pays.", "programme exécutif"),
]


@pytest.mark.parametrize("language, text, title", CASES)
def test_the_outer_text_is_signed_now(language, text, title):
    agreements = read_document(text, language, dt.date(2026, 5, 16)).agreements
    assert any(a.instrument is not None and a.instrument.title.startswith(title) for a in agreements), \
        [a.instrument.title if a.instrument else None for a in agreements]
