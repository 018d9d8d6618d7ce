"""The participle of the signing act ends a French instrument's title as "signé" does and as
"concluded", "initialled" and "sealed" do in English ("le protocole d’accord conclu avec l’Inde",
"la convention paraphée par les deux ministres", "le mémorandum scellé jeudi"). Seen on
eval-fr-ai: the title read "protocole d’accord conclu", so the work its title sets up was missed."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Le ministère comorien des Affaires étrangères a rendu public mardi le protocole d’accord conclu avec l’Inde "
     "pour la création d’un centre informatique. Le texte a été signé en janvier à New Delhi.", "protocole d’accord"),
    ("Le Mali et le Niger ont signé lundi à Niamey la convention paraphée par les deux ministres en mai.", "convention"),
    ("Le Bénin et le Togo ont signé lundi à Lomé le mémorandum d’entente scellé par les deux chefs d’État.",
     "mémorandum d’entente"),
]


@pytest.mark.parametrize("text, title", CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_participle_is_not_the_title_s(text, title):
    agreement = read_document(text, "fr", dt.date(2026, 2, 7)).agreements[0]
    assert agreement.instrument is not None and agreement.instrument.title == title, agreement.instrument
