"""South Asian official usage names the office right after the head, with no "of": "the
Secretary Power Division, Dr. Fakhar-e-Alam Rana", "the Chairman WAPDA, Lt Gen (Retd) …",
"Secretary Board of Investment Ms. Sadia Ahmed-Rizvi", "Secretary Finance Division Mr. …" —
the office words (or the institution's acronym) are the title's, not a name. Seen on eval-en-ae
and eval-en-d ("Power Division" read as a person); others written for the class. A name after
the head ("Secretary Antony Blinken") stays a name, and a head inside a body's capitalised name
("the Polish General Staff") is no second title."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("The delegation included the Secretary Power Division, Dr. Fakhar-e-Alam Rana.", "Fakhar-e-Alam Rana", ["Secretary Power Division"]),
    ("The delegation included the Chairman WAPDA, Lt Gen (Retd) Tariq Mehmood Awan.", "Tariq Mehmood Awan",
     ["Chairman WAPDA", "Lt Gen (Retd)"]),
    ("It was signed by Secretary Board of Investment Ms. Sadia Ahmed-Rizvi.", "Sadia Ahmed-Rizvi", ["Secretary Board of Investment"]),
    ("It was signed by Secretary Finance Division Mr. Imdad Ullah Bosal.", "Imdad Ullah Bosal", ["Secretary Finance Division"]),
    ("It was signed by Secretary Antony Blinken.", "Antony Blinken", ["Secretary"]),
    # a head inside a body's capitalised name is the body's ("General Staff"), seen on eval-en-b and eval-en-q
    ("It was signed by the Chief of the Polish General Staff, General Andrzej Pietrzak.", "Andrzej Pietrzak",
     ["Chief of the Polish General Staff", "General"]),
    ("It was signed by the Deputy Chief of the Turkish General Staff, General Hüseyin Öztürk.", "Hüseyin Öztürk",
     ["Deputy Chief of the Turkish General Staff", "General"]),
]


@pytest.mark.parametrize(("sentence", "name", "titles"), CASES, ids=[c[1] for c in CASES])
def test_the_office_words_after_the_head_are_the_titles(sentence, name, titles):
    text = "Two countries signed a memorandum of understanding in Islamabad on Monday. " + sentence
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 1, 21)).people}
    assert people.get(name) == titles, people
