"""A name found by its pattern before an appositive title (English has no NER model here)
may hold a run of particles ("Jeroen van der Linde", "Luisa de la Cruz", "Pieter van den
Berg"): the name goes on past the run to the surname. The reader went on past one particle
only when a name word came right after it, so these names were lost and their officials
stayed unnamed."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    # eval-en-p's Ghana–Netherlands article (seen failing); the others written for the class
    ("Kofi Adda signed for Ghana; Jeroen van der Linde, the Netherlands’ Ambassador to Ghana, signed for the Dutch "
     "government.", "Jeroen van der Linde", "Ambassador to Ghana"),
    ("Pieter van den Berg, the Dutch Minister of Defence, signed the memorandum.", "Pieter van den Berg",
     "Dutch Minister of Defence"),
    ("The memorandum was signed by Luisa de la Cruz, Mexico's Under-Secretary for Foreign Affairs.", "Luisa de la Cruz",
     "Under-Secretary for Foreign Affairs"),
    ("Ursula von der Heide, Germany's Minister of Economic Cooperation, signed the declaration.", "Ursula von der Heide",
     "Minister of Economic Cooperation"),
    # one particle, as before
    ("Maria da Silva, Brazil's Minister of Health, signed the memorandum.", "Maria da Silva", "Minister of Health"),
]


@pytest.mark.parametrize("text, name, title", CASES)
def test_the_name_goes_on_past_the_particles(text, name, title):
    people = {p.name: p for p in read_document(text, "en", dt.date(2026, 4, 30)).people}
    assert name in people, list(people)
    assert [t.text for t in people[name].titles] == [title]
