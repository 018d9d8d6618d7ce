"""A title a relative clause gives the name before it — "Siobhan O’Brien, who became Canada’s
minister of national defense in July", "X, who is Ghana's ambassador to …", "Mme Awa Ndiaye, qui
est devenue ministre de la Pêche" — is that official's, past a possessive country as right
after a comma. Seen on eval-en-b (the title left with no one); others written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Siobhan O’Brien, who became Canada’s minister of national defense in July, signed it.", "Siobhan O’Brien",
     "minister of national defense"),
    ("en", "Siobhan Walsh, who is Canada’s minister of national defense, signed it.", "Siobhan Walsh", "minister of national defense"),
    ("en", "Kwame Mensah, who was appointed the country's trade minister in May, signed it.", "Kwame Mensah", "trade minister"),
    ("fr", "Le texte a été signé par Mme Awa Ndiaye, qui est devenue ministre de la Pêche en mars.", "Awa Ndiaye", "ministre de la Pêche"),
]


@pytest.mark.parametrize(("lang", "sentence", "name", "title"), CASES, ids=[c[2] for c in CASES])
def test_the_relative_clause_gives_the_title(lang, sentence, name, title):
    opening = {"fr": "Les deux pays ont signé lundi un mémorandum d’entente à Rome. ",
               "en": "Two countries signed a memorandum of understanding in Rome on Monday. "}[lang]
    people = {p.name: [t.text for t in p.titles] for p in read_document(opening + sentence, lang, dt.date(2026, 1, 21)).people}
    assert people.get(name) == [title], people
