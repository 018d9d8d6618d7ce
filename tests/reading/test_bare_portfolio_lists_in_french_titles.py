"""A French portfolio written as a list without articles — "ministre de l'Éducation,
Formation professionnelle et Recherche", "ministre des Mines, Pétrole et Énergie" — is one
title before the name in apposition (pack key ``titles.bare_coordination``, as for English
"Minister of Trade, Industry and Energy"). Seen on eval-fr-v's extraction ("ministre de la
Santé publique, Hygiène et Prévoyance sociale" cut at the comma); others written for the
class. A name after the comma stays the name, and a list closes only on "et"."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

_LEAD = "Les deux pays ont signé lundi un accord. "

CASES = [
    ("Le texte a été signé par la ministre de l'Éducation, Formation professionnelle et Recherche, Awa Ndiaye.", "Awa Ndiaye",
     "ministre de l'Éducation, Formation professionnelle et Recherche"),
    ("Le texte a été signé par le ministre des Mines, Pétrole et Énergie, Paul Koffi Yao.", "Paul Koffi Yao",
     "ministre des Mines, Pétrole et Énergie"),
    ("Le texte a été signé par le ministre du Commerce, Industrie et Artisanat, Ibrahim Moussa Diallo.", "Ibrahim Moussa Diallo",
     "ministre du Commerce, Industrie et Artisanat"),
]


@pytest.mark.parametrize(("sentence", "name", "title"), CASES, ids=[c[1] for c in CASES])
def test_a_bare_portfolio_list_is_one_title(sentence, name, title):
    people = {p.name: [t.text for t in p.titles] for p in read_document(_LEAD + sentence, "fr", dt.date(2026, 1, 21)).people}
    assert people.get(name) == [title], people


def test_a_name_after_the_comma_stays_the_name():
    text = _LEAD + "Le texte a été signé par le ministre de la Santé, Paul Koffi Yao, et par la ministre de l'Énergie, Awa Ndiaye."
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "fr", dt.date(2026, 1, 21)).people}
    assert people.get("Paul Koffi Yao") == ["ministre de la Santé"] and people.get("Awa Ndiaye") == ["ministre de l'Énergie"], people
