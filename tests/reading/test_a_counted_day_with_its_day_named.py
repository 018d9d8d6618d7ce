"""A counted day may come with the day itself beside it ("Le lendemain, jeudi, …", "The next
day, Thursday 16 October, …"): the count was taken from the last day the text gave before it —
another event's, two days off (eval-fr-ac's Burkina Faso–Russia roadmap, seen failing) — while
the day named beside it says which day it is."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 10, 20)  # a Monday

NAMED_BESIDE = [
    ("fr", "Mercredi dernier, le ministre a signé à Moscou un accord sur l’énergie. Le forum se tenait jusqu’au 17 octobre. "
           "Le lendemain, jeudi, la ministre de l’Enseignement supérieur a signé une feuille de route.", "Le lendemain",
     dt.date(2025, 10, 16)),
    ("en", "Last Wednesday the minister signed an energy agreement in Moscow. The forum ran until 17 October. The next "
           "day, Thursday, the education minister signed a roadmap.", "The next day", dt.date(2025, 10, 16)),
    ("fr", "Le forum s’est ouvert le 12 octobre. La veille, mardi 14 octobre, les deux ministres avaient signé un "
           "mémorandum.", "La veille", dt.date(2025, 10, 14)),
    ("en", "The minister arrived in Hanoi for the summit, which had been postponed from 9 October. The following day, "
           "Thursday 16 October, the two ministers signed a memorandum.", "The following day", dt.date(2025, 10, 16)),
]


@pytest.mark.parametrize("language, text, expression, day", NAMED_BESIDE)
def test_the_day_named_beside_a_count_is_its_day(language, text, expression, day):
    document = read_document(text, language, PUBLISHED)
    counted = [m for m in document.dates if text[m.start : m.end] == expression]
    assert counted and counted[0].date == day


def test_a_count_with_no_day_beside_it_still_counts():
    text = "Le forum s’est ouvert le 14 octobre. Le lendemain, les deux ministres ont signé un mémorandum."
    document = read_document(text, "fr", PUBLISHED)
    counted = [m for m in document.dates if text[m.start : m.end] == "Le lendemain"]
    assert counted and counted[0].date == dt.date(2025, 10, 15)
