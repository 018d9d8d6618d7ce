"""Names inside French titles: a name whose words are joined by particles ("Fahd bin Saad
Al-Ghamdi", "Maria da Graça Carvalho") ends the title before it, whole (seen failing: the title
took "Fahd bin" and the name lost it)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PARTICLE_NAMES_AFTER_TITLE = [
    # seen failing
    ("le ministre de la Santé Fahd bin Saad Al-Ghamdi et le ministre mauritanien ont signé l'accord.",
     "Fahd bin Saad Al-Ghamdi", "ministre de la Santé"),
    # other members
    ("Le ministre émirati de l'Économie Abdulla bin Touq Al Marri a signé l'accord.",
     "Abdulla bin Touq Al Marri", "ministre émirati de l'Économie"),
    ("La ministre de la Culture Maria da Graça Carvalho a signé la convention.",
     "Maria da Graça Carvalho", "ministre de la Culture"),
    ("Le ministre de l'Intérieur Mohamed Ould Ahmed Lemine a signé l'accord.",
     "Mohamed Ould Ahmed Lemine", "ministre de l'Intérieur"),
]


@pytest.mark.parametrize(("text", "name", "title"), PARTICLE_NAMES_AFTER_TITLE, ids=[str(i) for i in range(4)])
def test_a_name_with_particles_ends_the_french_title_whole(text, name, title):
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "fr", dt.date(2026, 1, 14)).people}
    assert people.get(name) == [title], people
