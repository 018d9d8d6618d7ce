"""A past journey made to sign reports a signing, dated and placed where the journey went: "La
veille, lundi 3 novembre, la ministre s’était rendue à Mindelo pour y signer … une convention",
"she had travelled to Kumasi to sign a memorandum". Seen failing on eval-fr-aa (the convention
was read as no signing at all, and the record's Monday in Mindelo was "contradicted" by the
other text's Tuesday in Praia); the other members were written for the class and failed the same
way, but for the Mombasa case, whose signing already held (its place did not). A journey still
ahead ("se rendra … pour y signer", "will travel … to sign") stays a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Mardi, à Praia, la ministre luxembourgeoise a signé avec le vice-Premier ministre cabo-verdien le cinquième "
     "programme indicatif de coopération. La veille, lundi 3 novembre, la ministre s'était rendue à Mindelo pour y signer "
     "avec la ministre de la Mer une convention de financement relative au centre de formation aux métiers de la mer.",
     dt.date(2025, 11, 5), dt.date(2025, 11, 3), "Mindelo", 2),
    ("en", "On Friday the Korean trade minister signed a trade facilitation agreement with Ghana in Accra. On Thursday, 5 "
     "March 2026, she had travelled to Kumasi to sign a memorandum of understanding on cocoa processing with the Ghanaian "
     "minister of agriculture.", dt.date(2026, 3, 7), dt.date(2026, 3, 5), "Kumasi", 2),
    ("fr", "Le ministre camerounais des Transports est allé jeudi 5 mars 2026 à Douala pour signer avec son homologue "
     "tchadien un accord sur l'exploitation du port.", dt.date(2026, 3, 7), dt.date(2026, 3, 5), "Douala", 1),
    ("en", "The Omani delegation flew to Mombasa on Tuesday, 3 March 2026, to sign a fisheries agreement with Kenya's "
     "Ministry of Mining, Blue Economy and Maritime Affairs.", dt.date(2026, 3, 5), dt.date(2026, 3, 3), "Mombasa", 1),
]


@pytest.mark.parametrize(("language", "text", "published", "day", "city", "count"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_journey_signs_where_it_went(language, text, published, day, city, count):
    agreements = read_document(text, language, published).agreements
    assert len(agreements) == count
    last = agreements[-1]
    assert last.signed and last.date is not None and last.date.date == day
    assert last.place is not None and text[last.place.start : last.place.end] == city


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre se rendra jeudi à Douala pour y signer un accord sur le port."),
    ("en", "The minister will travel to Kumasi next week to sign a memorandum on cocoa."),
])
def test_a_journey_ahead_is_a_plan(language, text):
    assert not any(a.signed for a in read_document(text, language, dt.date(2026, 3, 7)).agreements)
