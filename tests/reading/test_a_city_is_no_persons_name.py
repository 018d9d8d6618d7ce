"""A city the name model takes for a person after a title ("le ministre délégué a fait étape à
Hô Chi Minh-Ville") is no official: a name that is a city of the gazetteer, whole, names
no one (seen on eval-fr-al: "Hô Chi Minh-Ville" a French visitor; the other members written
for the class, which the name model reads right: they guard the rule, the seen one alone
failed before it)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Quatre jours, trois villes, deux signatures : la visite du ministre délégué français chargé du Commerce extérieur a "
           "d’abord servi à relancer un chantier que l’on croyait enlisé.\n\nJeudi, le ministre délégué a fait étape à Hô Chi "
           "Minh-Ville, où il a rencontré une cinquantaine de chefs d’entreprise français installés dans le Sud.", "Hô Chi Minh-Ville"),
    ("fr", "Trois jours, deux villes, une signature : la visite de la secrétaire d’État luxembourgeoise à la Coopération a "
           "d’abord servi à relancer un projet que l’on croyait oublié.\n\nMercredi, la secrétaire d’État a fait étape à "
           "Bobo-Dioulasso, où elle a visité un hôpital de district.", "Bobo-Dioulasso"),
    ("fr", "Deux jours, deux villes, trois accords : la visite du ministre délégué belge au Commerce extérieur a d’abord servi à "
           "relancer un dossier que l’on croyait clos.\n\nVendredi, le ministre délégué a fait étape à Pointe-Noire, où il a "
           "rencontré des armateurs.", "Pointe-Noire"),
    ("en", "Vietnam and France signed an agreement on rail on Thursday. France's Minister for Foreign Trade, Bertrand Le Goff, "
           "was on a visit to Vietnam. On Friday the minister stopped over in Ho Chi Minh City, where he met business leaders.",
     "Ho Chi Minh City"),
    ("en", "Tanzania and Poland signed an agreement on tourism on Thursday. Poland's Deputy Minister of Sport and Tourism, Anna "
           "Nowak, was on a visit to Tanzania. On Friday the Deputy Minister flew to Dar es Salaam, where she met tour operators.",
     "Dar es Salaam"),
]


@pytest.mark.parametrize(("lang", "text", "city"), CASES, ids=[c[2] for c in CASES])
def test_a_city_is_no_officials_name(lang, text, city):
    document = read_document(text, lang, dt.date(2026, 4, 24))
    assert city not in {p.name for p in document.people}, [(p.name, [t.text for t in p.titles]) for p in document.people]
