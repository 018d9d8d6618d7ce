"""A title written in title case and followed by the name without a comma ends on the last of
its common nouns ("Minister of Protection of Indonesian Migrant Workers Yohana Simanjuntak",
"Director of the Bureau of Fisheries Control Roberto Q. Manalastas"): a capitalised word of
the language's own vocabulary (every word of the pack's data, lang/vocabulary.py) is the
title's when two capitalised words or more that it does not hold follow — the name. Seen on
eval-en-ak ("Migrant Workers Yohana Simanjuntak" read as the name) and eval-en-ac ("Control
Roberto Q. Manalastas"); the others are written for the class. One word after them may be the
name itself, and stays the name's ("Minister of Health Young Kim")."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("Minister of Protection of Indonesian Migrant Workers Yohana Simanjuntak signed in Jakarta.", "Yohana Simanjuntak",
     "Minister of Protection of Indonesian Migrant Workers"),
    ("Director of the Bureau of Fisheries Control Roberto Q. Manalastas signed the memorandum.", "Roberto Q. Manalastas",
     "Director of the Bureau of Fisheries Control"),
    ("Minister of Rural Water Supply Tendai Chikowore signed the memorandum.", "Tendai Chikowore",
     "Minister of Rural Water Supply"),
    ("Director General of Customs and Border Control Rashid Al-Harbi signed the memorandum.", "Rashid Al-Harbi",
     "Director General of Customs and Border Control"),
]


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_title_s_nouns_are_the_title_s(case):
    sentence, name, title = case
    found = officials(sentence, "en")
    assert name in found and title in found[name][0], found


@pytest.mark.parametrize("sentence, name", [
    ("Minister of Health Young Kim signed the memorandum.", "Young Kim"),
    ("Minister of Health Grace Mwale signed the memorandum.", "Grace Mwale"),
])
def test_a_name_of_two_words_stays_the_name(sentence, name):
    assert name in officials(sentence, "en")
