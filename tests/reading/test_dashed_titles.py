"""One person's two hats set a dash apart — "X, Deputy Prime Minister – Minister of National
Economy", "le vice-Premier ministre – ministre de l’Économie, X" — are two titles of that
person. The reader took the title after the dash for another, unnamed official (on
eval-en-a the signatory's side was lost with it)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)

DASHED = [
    # seen failing
    ("en", "The investment agreement was signed in Abu Dhabi on Tuesday by Yerlan B. Nurgaliyev, Deputy Prime Minister – "
           "Minister of National Economy of the Republic of Kazakhstan, and the UAE Minister of Investment, Mohamed "
           "Hassan Alsuwaidi.", "Yerlan B. Nurgaliyev", "Minister of National Economy of the Republic of Kazakhstan", "KAZ"),
    # other members
    ("fr", "L’accord a été signé mardi à Astana par le vice-Premier ministre – ministre de l’Économie nationale du "
           "Kazakhstan, Yerlan Nurgaliyev, et le ministre émirien de l’Investissement, Mohamed Alsuwaidi.",
     "Yerlan Nurgaliyev", "vice-Premier ministre", "KAZ"),
    ("fr", "Le mémorandum a été signé lundi à Dakar par Aïssatou Ndiaye, ministre d’État — ministre des Affaires "
           "étrangères du Sénégal, et par son homologue gambien, Mamadou Tangara.",
     "Aïssatou Ndiaye", "ministre des Affaires étrangères du Sénégal", "SEN"),
    ("en", "Signing for Uzbekistan was Jamshid Khodjaev, Deputy Prime Minister - Minister of Investment, Industry and Trade "
           "of Uzbekistan, while Pakistan was represented by its Commerce Minister, Jam Kamal Khan.",
     "Jamshid Khodjaev", "Minister of Investment, Industry and Trade of Uzbekistan", "UZB"),
]


@pytest.mark.parametrize(("language", "text", "name", "title", "country"), DASHED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DASHED)])
def test_titles_a_dash_apart_are_one_person_s(language, text, name, title, country):
    document = read_document(text, language, PUBLISHED)
    person = next(p for p in document.people if p.name == name)
    assert title in [t.text for t in person.titles] and person.country == country
    assert not [p for p in document.people if p.name is None and title in [t.text for t in p.titles]]
