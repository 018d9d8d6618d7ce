"""Titles the reader cut into a name. "Chief Hydrometeorological Officer of Guyana, Dr. Kerwin
A. Boodhoo" (eval-en-ah, seen failing) was read as the title "Chief" of a person named
"Hydrometeorological Officer": "officer" was no head, and a word of its own between a
premodifier and the head ("Chief Medical Officer", "Senior Hydrological Adviser") ended the
title. "Director-General of the Royal Netherlands Meteorological Institute (KNMI)" was cut
before "Meteorological Institute", then taken for a name: an institution's head noun now
carries the complement, and an institute the state or a country qualifies is the state's
(its director an official), unlike a think tank's."""

from __future__ import annotations

import pytest

from helpers.reading import officials

TITLED = [
    ("His delegation includes the Chief Hydrometeorological Officer of Guyana, Dr. Kerwin A. Boodhoo.",
     "Kerwin A. Boodhoo", "Chief Hydrometeorological Officer of Guyana"),
    ("The Chief Medical Officer, Dr. Amina Sesay, signed the memorandum.", "Amina Sesay", "Chief Medical Officer"),
    ("The Senior Hydrological Adviser, Kerwin Boodhoo, signed the text.", "Kerwin Boodhoo", "Senior Hydrological Adviser"),
    ("The Principal Scientific Officer of the ministry, Anil Rampersad, signed the text.", "Anil Rampersad",
     "Principal Scientific Officer of the ministry"),
    ("The Director-General of the Royal Netherlands Meteorological Institute (KNMI), Maarten Hooft, signed it.",
     "Maarten Hooft", "Director-General of the Royal Netherlands Meteorological Institute (KNMI)"),
    ("The Director-General of the National Meteorological Institute, Maarten Hooft, signed it.",
     "Maarten Hooft", "Director-General of the National Meteorological Institute"),
    ("The Director of the Ghana Geological Survey Institute, Kwame Boateng, signed the memorandum.",
     "Kwame Boateng", "Director of the Ghana Geological Survey Institute"),
]


@pytest.mark.parametrize("sentence, name, title", TITLED)
def test_the_title_is_whole_and_the_name_is_the_officials(sentence, name, title):
    people = officials(sentence)
    assert name in people, people
    assert title in people[name][0], people[name]
    assert not any(n and ("Officer" in n or "Institute" in n) for n in people), people


@pytest.mark.parametrize("sentence", [
    "The Director of the Institute for Security Studies, Maarten Hooft, welcomed the memorandum.",
    "The head of the Chatham Policy Institute, Anna Brook, said the memorandum was overdue.",
])
def test_a_think_tanks_head_stays_out(sentence):
    assert "Maarten Hooft" not in officials(sentence) and "Anna Brook" not in officials(sentence)


@pytest.mark.parametrize("sentence", [
    # dataset-en (seen failing once "officer" became a head): a noun, not an official's title
    "Under the arrangement, Australia will fund officer training for Indonesian naval personnel.",
    "A liaison officer will be posted at the embassy in Jakarta.",
    "Each navy will send two officers to the other's staff college.",
])
def test_an_officer_in_lower_case_is_no_title(sentence):
    assert officials(sentence) == {}
