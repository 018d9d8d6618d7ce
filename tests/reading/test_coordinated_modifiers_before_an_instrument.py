"""Two modifiers coordinated before an instrument's head ("a trade and investment agreement",
"a science and technology cooperation agreement") are the title's: the naming began at the
second, with "and" taken for its determiner, so a text still to negotiate was not read as a new
one (eval-en-ag's Uganda–Egypt story, seen)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("Uganda and Egypt signed a trade and investment agreement in Cairo on Thursday.", "trade and investment agreement", "a"),
    ("Kenya and Japan signed a science and technology cooperation agreement on Monday.",
     "science and technology cooperation agreement", "a"),
    ("Chile and Peru signed the health and education memorandum in Lima.", "health and education memorandum", "the"),
]


@pytest.mark.parametrize("text, title, determiner", MEMBERS)
def test_coordinated_modifiers_open_the_naming(text, title, determiner):
    document = read_document(text, "en", dt.date(2026, 3, 16))
    assert [(text[m.start : m.end], m.determiner) for m in document.instruments] == [(title, determiner)]


def test_a_party_list_before_the_naming_stays_out():
    text = "Uganda and Egypt signed an energy agreement in Cairo on Thursday."
    document = read_document(text, "en", dt.date(2026, 3, 16))
    assert [text[m.start : m.end] for m in document.instruments] == ["energy agreement"]
