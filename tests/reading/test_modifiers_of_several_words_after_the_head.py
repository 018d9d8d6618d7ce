"""A modifier of several words after a title's head — "général de division à la retraite",
"ministre par intérim", "ministre de la Défense en exercice", "Chargé d'Affaires ad interim" —
is the title's, as a one-word modifier is ("délégué", "retired"), and the name after it is the
holder's. Seen on eval-fr-ab ("le général de division à la retraite Sidi Mohamed Ould Boilil":
the title lost its name); others written for the class (the pack listed "par intérim" and "en
exercice" already, and the reader matched its modifiers one word at a time)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "le général de brigade à la retraite Amadou Ba", "Amadou Ba", "général de brigade à la retraite"),
    ("fr", "le ministre par intérim des Mines, M. Amadou Ba", "Amadou Ba", "ministre par intérim des Mines"),
    ("fr", "la ministre de la Défense en exercice, Mme Awa Ndiaye", "Awa Ndiaye", "ministre de la Défense en exercice"),
    ("en", "the Chargé d'Affaires ad interim, Mr. Kofi Mensah", "Kofi Mensah", "Chargé d'Affaires ad interim"),
]


@pytest.mark.parametrize(("lang", "phrase", "name", "title"), CASES, ids=[c[3] for c in CASES])
def test_the_modifier_is_the_titles_and_the_name_follows(lang, phrase, name, title):
    text = {"fr": f"Les deux pays ont signé lundi un mémorandum d’entente à Rome. Le texte a été signé par {phrase}.",
            "en": f"Two countries signed a memorandum of understanding in Rome on Monday. It was signed by {phrase}."}[lang]
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, lang, dt.date(2026, 1, 21)).people}
    assert people.get(name) == [title], people
