"""A head-final title whose portfolio is a coordination — "Environment and Energy Minister",
"Agriculture and Rural Development Minister" — is the whole title, not its last portfolio.
Seen on eval-en-y's extraction (two titles cut to "Energy Minister" and "Minister"); others
written for the class. A name coordinated before a title ("President William Ruto and Foreign
Minister Musalia Mudavadi") stays out of it."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Costa Rica's Environment and Energy Minister Mauricio Chaves-Lizano signed the memorandum.", "Mauricio Chaves-Lizano",
     "Environment and Energy Minister"),
    ("Poland's Agriculture and Rural Development Minister Stanisław Kępa-Wiśniewski signed the memorandum.",
     "Stanisław Kępa-Wiśniewski", "Agriculture and Rural Development Minister"),
    ("Trade and Industry Minister Ana Ruiz signed the memorandum for Peru.", "Ana Ruiz", "Trade and Industry Minister"),
    ("The memorandum was signed by Culture and Tourism Minister Ahmed Sall.", "Ahmed Sall", "Culture and Tourism Minister"),
]


@pytest.mark.parametrize(("sentence", "name", "title"), CASES, ids=[c[1] for c in CASES])
def test_a_coordinated_portfolio_is_the_titles(sentence, name, title):
    text = "Two countries signed a memorandum of understanding in the capital on Monday. " + sentence
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 1, 21)).people}
    assert people.get(name) == [title], people


def test_a_name_before_the_coordinator_stays_out():
    text = ("Two countries signed a memorandum of understanding in the capital on Monday. It was witnessed by President "
            "William Ruto and Foreign Minister Musalia Mudavadi.")
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 1, 21)).people}
    assert people.get("Musalia Mudavadi") == ["Foreign Minister"], people
