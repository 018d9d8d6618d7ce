"""A given name written short opens a name and is part of it ("Ma. Teresa Peñaflor-Castañeda",
"Md. Habibur Rahman", "Mohd. Azlan Ismail"): it ended the sentence at its dot, was shed as an
honorific, or let a title's capitalised complement run into the name ("Secretary of Migrant
Workers Ma. Teresa …", eval-en-af's Philippines–Qatar rewrite, seen failing)."""

from __future__ import annotations

import pytest

from helpers.reading import officials


MEMBERS = [
    ("The memorandum was signed by Secretary of Migrant Workers Ma. Teresa Cruz and Qatar's Minister of Labour, "
     "Ali Hassan.", "Ma. Teresa Cruz", "Secretary of Migrant Workers"),
    ("The Philippines' Secretary of Migrant Workers, Ma. Teresa Cruz, signed the memorandum.", "Ma. Teresa Cruz",
     "Secretary of Migrant Workers"),
    ("The memorandum was signed by Deputy Minister of Rural Development Mohd. Azlan Ismail and Uzbekistan's Minister "
     "of Energy, Ali Karimov.", "Mohd. Azlan Ismail", "Deputy Minister of Rural Development"),
    ("Malaysia's Deputy Minister of Rural Development, Mohd. Azlan Ismail, signed the memorandum.",
     "Mohd. Azlan Ismail", "Deputy Minister of Rural Development"),
    ("The memorandum was signed by Senior Secretary of the Power Division Md. Habibur Rahman and Nepal's Minister of "
     "Energy, Ram Thapa.", "Md. Habibur Rahman", "Senior Secretary of the Power Division"),
]


@pytest.mark.parametrize("sentence, name, title", MEMBERS)
def test_a_given_name_written_short_opens_the_name(sentence, name, title):
    people = officials(sentence)
    assert people[name][0] == [title]
    assert "signatory" in people[name][1]
    assert None not in people


def test_the_sentence_goes_on_past_it():
    people = officials("The memorandum was signed by Deputy Minister of Rural Development Mohd. Azlan Ismail and "
                     "Uzbekistan's Minister of Energy, Ali Karimov.")
    assert "signatory" in people["Ali Karimov"][1]
