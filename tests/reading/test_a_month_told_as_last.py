"""English tells a month back from the publication with "last" before it — "last September",
"this past June" — as it does with "in": the latest such month before the story. Seen on
eval-en-ae (a treaty "signed with New Zealand in Wellington last September", ratified on
Thursday, read as signed on Thursday); others written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 2)

MONTHS = [
    ("The two countries signed a fisheries treaty last September.", dt.date(2025, 9, 1)),
    ("The two countries signed a fisheries treaty this past June in Suva.", dt.date(2025, 6, 1)),
    ("Last November the two countries signed a memorandum of understanding on trade.", dt.date(2025, 11, 1)),
]


@pytest.mark.parametrize(("text", "month"), MONTHS, ids=["last September", "this past June", "Last November"])
def test_the_month_is_the_latest_before_the_story(text, month):
    document = read_document(text, "en", PUBLISHED)
    assert [(a.date.date, a.date.precision) for a in document.agreements] == [(month, "month")]


def test_a_treaty_ratified_today_was_signed_that_month():
    text = ("APIA - Samoa's Legislative Assembly on Thursday ratified a fisheries surveillance treaty signed with New Zealand "
            "in Wellington last September.")
    document = read_document(text, "en", PUBLISHED)
    assert not [a for a in document.agreements if a.date is not None and a.date.date == dt.date(2026, 2, 26)]


def test_last_with_a_weekday_stays_a_day():
    document = read_document("The two countries signed a fisheries treaty last Monday.", "en", PUBLISHED)
    assert [(a.date.date, a.date.precision) for a in document.agreements] == [(dt.date(2026, 2, 23), "day")]
