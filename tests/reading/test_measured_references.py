"""A reference to the agreement with a measure or state before its noun — "the five-page
document commits …", "the 12-article text", "the final document" — is about the
agreement: its sentence (and the paragraph of scope it opens) belongs to it. The reader knew
only a fixed few ("new", "five-year") and left the scope of eval-en-u's minerals memorandum out."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 30)
LEAD = ("Indonesia and Chile signed a memorandum of understanding on critical minerals in Santiago on Thursday. It was "
        "signed by Indonesia's Vice Minister of Energy, Dyah Kusumaningrum, and Chile's Undersecretary of Mining, "
        "Francisca Olea.\n\nOfficials then briefed the press on the wider relationship.\n\n")

REFERENCES = [
    # seen failing (eval-en-u)
    "According to a copy seen by the Chronicle, the five-page document commits the two governments to joint geological surveys.",
    # other members
    "Officials said the 12-article text commits the two governments to joint geological surveys.",
    "As published, the final document commits the two governments to joint geological surveys.",
    "In its final form the three-year plan commits the two governments to joint geological surveys.",
]


@pytest.mark.parametrize("sentence", REFERENCES, ids=[str(i) for i in range(len(REFERENCES))])
def test_a_measured_reference_is_about_the_agreement(sentence):
    text = LEAD + sentence
    document = read_document(text, "en", PUBLISHED)
    index = next(i for i, (s, e) in enumerate(document.sentences) if s <= text.index("commits") < e)
    assert index in document.agreements[0].sentences
