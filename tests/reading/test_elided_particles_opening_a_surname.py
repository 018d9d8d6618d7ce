"""A surname opened by an elided particle — "O’Callaghan", "O'Brien", "N’Diaye", "D’Souza" — is
one name word in English, where names come from patterns: before an appositive title
("Niamh O’Callaghan, Ireland’s Minister for …") the whole name is read, not nothing. Seen on
eval-en-d and eval-en-m (the title left with no one); others written for the class. A
possessive ("Ireland's") is no such particle."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Niamh O’Callaghan, Ireland’s Minister for Further and Higher Education, signed it for Dublin.", "Niamh O’Callaghan",
     "Minister for Further and Higher Education"),
    ("It was signed by Nuala O'Neill, Ireland's ambassador to Ethiopia.", "Nuala O'Neill", "ambassador to Ethiopia"),
    ("Aminata N’Diaye, Senegal’s Minister of Fisheries, signed it.", "Aminata N’Diaye", "Minister of Fisheries"),
    ("Lorraine D'Souza, India's Minister of State for Education, signed it.", "Lorraine D'Souza", "Minister of State for Education"),
]


@pytest.mark.parametrize(("sentence", "name", "title"), CASES, ids=[c[1] for c in CASES])
def test_the_whole_name_takes_its_apposed_title(sentence, name, title):
    text = "Two countries signed a memorandum of understanding in the capital on Monday. " + sentence
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 1, 21)).people}
    assert people.get(name) == [title], people


def test_a_possessive_opens_no_name():
    text = ("Two countries signed a memorandum of understanding in the capital on Monday. It was signed by Ireland's "
            "Minister for Education, Niamh Walsh.")
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 1, 21)).people}
    assert list(people) == ["Niamh Walsh"], people
