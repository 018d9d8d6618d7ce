"""English writes a title's portfolio and its nationality before the head, in title case: the
portfolio may be any office word ("Human Resources Minister", "External Affairs Minister",
"Water Resources Adviser"), the nationality may take two words ("Sri Lankan Health Minister",
"South African Trade Minister") or open a coordinated portfolio ("Philippine Trade and Industry
Secretary"). Seen cut to "minister", "adviser", "health minister" on development sets; others
written for the class. Office words in lower case ("the water resources minister") stay as they
were read, and a name before a title stays out of it."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Malaysia's Human Resources Minister Mohd Hanif Jaafar signed the memorandum.", "Mohd Hanif Jaafar", "Human Resources Minister"),
    ("India's External Affairs Minister Arvind Rao signed the memorandum.", "Arvind Rao", "External Affairs Minister"),
    ("The memorandum was signed by Water Resources Adviser Syeda Farzana Haque.", "Syeda Farzana Haque", "Water Resources Adviser"),
    ("The memorandum was signed by Transportation Secretary Ramon Villacorta.", "Ramon Villacorta", "Transportation Secretary"),
    ("Sri Lankan Health Minister Nalinda Perera signed the memorandum.", "Nalinda Perera", "Sri Lankan Health Minister"),
    ("South African Trade Minister Thandi Mokoena signed the memorandum.", "Thandi Mokoena", "South African Trade Minister"),
    ("Philippine Trade and Industry Secretary Ramon Cruz signed the memorandum.", "Ramon Cruz",
     "Philippine Trade and Industry Secretary"),
    ("Sierra Leonean Foreign Minister Musa Kamara signed the memorandum.", "Musa Kamara", "Sierra Leonean Foreign Minister"),
]


def _titles(sentence: str) -> dict[str, list[str]]:
    text = "Two countries signed a memorandum of understanding in the capital on Monday. " + sentence
    return {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 1, 21)).people}


@pytest.mark.parametrize(("sentence", "name", "title"), CASES, ids=[c[1] for c in CASES])
def test_the_words_before_the_head_are_the_titles(sentence, name, title):
    people = _titles(sentence)
    assert people.get(name) == [title], people


def test_a_name_before_the_title_stays_out():
    people = _titles("It was witnessed by President William Ruto and Water Resources Minister Alice Wahome.")
    assert people.get("Alice Wahome") == ["Water Resources Minister"], people
    assert people.get("William Ruto") == ["President"], people
