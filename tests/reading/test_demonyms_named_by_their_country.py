"""A demonym the packs leave out because it is ambiguous out of context ("coréen": "péninsule
coréenne"; "Korean", "Khmer", "malais") is its country's where the article names that country
and none that would make it ambiguous (eval-fr-ag, seen failing: "le vice-ministre coréen du
Commerce …" gave no side, so a Tunisia–Korea memorandum had one party and no record). Where the
article names North Korea too, or no Korea at all, the word stays no country."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 4, 22)

NAMED = [
    ("fr", "La ministre tunisienne de l’Industrie et le vice-ministre coréen du Commerce, M. Hwang Tae-seok, ont signé "
           "mardi à Tunis un mémorandum d’entente, en présence de l’ambassadeur de la République de Corée.", "Hwang Tae-seok", "KOR"),
    ("en", "The record of discussions was signed on Friday in Dili by the Minister of Public Works and the KOICA Country "
           "Director, Park Ji-hoon, who signed for the Korean side. Korea has funded water projects in Dili since 2019.",
     "Park Ji-hoon", "KOR"),
    ("fr", "Le ministre khmer du Tourisme, M. Sok Dara, a signé lundi à Phnom Penh un accord avec la France. Le Cambodge "
           "accueillera une mission française.", "Sok Dara", "KHM"),
]


@pytest.mark.parametrize("language, text, name, country", NAMED)
def test_the_demonym_is_the_named_countrys(language, text, name, country):
    people = {p.name: p.country for p in read_document(text, language, PUBLISHED).people}
    assert people.get(name) == country, people


@pytest.mark.parametrize("language, text", [
    ("fr", "La péninsule coréenne reste tendue, a dit le ministre tunisien, qui a signé lundi un accord avec la Corée du "
           "Nord et la Corée du Sud."),
    ("en", "The Korean delegation signed an agreement with Tunisia on Monday in Tunis."),
])
def test_unnamed_or_ambiguous_it_is_no_country(language, text):
    document = read_document(text, language, PUBLISHED)
    assert not any(c.text.lower().startswith(("coréen", "korean")) for c in document.countries), document.countries
