"""A weekday alone beside a count ("The day before, on Monday, …", "La veille, lundi, …") is the
count's own day when it falls on that weekday — the Monday before "last Tuesday", not the
Monday the publication's week starts on (seen on eval-en-an: an article of Monday 5 January
whose "The day before, on Monday" was read as that very Monday; others written for the class).
A weekday with its date ("mercredi 14 janvier") keeps its own day."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 5)  # a Monday

CASES = [
    ("en", "Ethiopia and Argentina last Tuesday signed a memorandum of understanding on agriculture in Addis Ababa.\n\n"
           "The day before, on Monday, the two ministers put their signatures to an agreement on visa exemption."),
    ("fr", "L’Éthiopie et l’Argentine ont signé mardi dernier un mémorandum d’entente sur l’agriculture à Addis-Abeba.\n\n"
           "La veille, lundi, les deux ministres avaient signé un accord d’exemption de visa."),
    ("en", "Ethiopia and Argentina last Tuesday signed a memorandum of understanding on agriculture in Addis Ababa.\n\n"
           "The previous day, Monday, the two ministers signed an agreement on visa exemption."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=["The day before, on Monday", "La veille, lundi", "The previous day, Monday"])
def test_the_weekday_beside_a_count_is_the_counts_day(lang, text):
    document = read_document(text, lang, PUBLISHED)
    days = sorted(a.date.date for a in document.agreements if a.date)
    assert days == [dt.date(2025, 12, 29), dt.date(2025, 12, 30)], [(a.instrument and a.instrument.title, a.date and a.date.expression) for a in document.agreements]
