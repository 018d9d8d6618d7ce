"""Names from East and Southern Africa join a given name and a family name with a connective
particle written in lower case ("Ndeshi ya Nangolo", "Jean-Pierre Kabasele wa Mutombo",
"Njeri wa Kamau"), as "bin", "van" or "de" join others: the particle is inside the name. The
reader cut the name at it, or lost it."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    # eval-en-u's Namibia–Ukraine article and eval-fr-k's Belgium–DR Congo article (seen failing);
    # the others written for the class
    ("en", "The memorandum was signed in Windhoek in the presence of the Deputy Prime Minister and Minister of "
           "International Relations and Trade, Ndeshi ya Nangolo.", "Ndeshi ya Nangolo"),
    ("fr", "L’accord a été signé par le ministre d’État, ministre du Plan, Jean-Pierre Kabasele wa Mutombo, et "
           "l’ambassadeur de Belgique, Marc Dubois.", "Jean-Pierre Kabasele wa Mutombo"),
    ("en", "Kenya's Cabinet Secretary for Education, Njeri wa Kamau, signed the memorandum with Finland's Minister of "
           "Education, Anna Virtanen.", "Njeri wa Kamau"),
    ("fr", "La ministre namibienne des Mines, Helena ya Ndapewa, et son homologue angolais, Diamantino Azevedo, ont "
           "signé le protocole.", "Helena ya Ndapewa"),
]


@pytest.mark.parametrize("language, text, name", CASES)
def test_the_particle_is_inside_the_name(language, text, name):
    names = [p.name for p in read_document(text, language, dt.date(2026, 4, 30)).people]
    assert name in names, names
