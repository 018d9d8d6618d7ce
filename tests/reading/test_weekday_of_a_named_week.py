"""A weekday tied to a week the text names — "mercredi de la semaine dernière", "Wednesday of
last week", "on Tuesday last week", "last week on Thursday" — is that week's day, not the
latest such weekday before publication. Seen on eval-fr-v's first reading: "Le lendemain"
counted from "mercredi de la semaine dernière" read as the day after the day before
publication, and the record's right date was called contradicted."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 7, 3)  # a Thursday; the week before runs from Monday 23 to Sunday 29 June

PHRASES = [
    ("fr", "mercredi de la semaine dernière", dt.date(2025, 6, 25)),
    ("fr", "le mardi de la semaine passée", dt.date(2025, 6, 24)),
    ("fr", "vendredi la semaine dernière", dt.date(2025, 6, 27)),
    ("fr", "lundi de cette semaine", dt.date(2025, 6, 30)),
    ("en", "Wednesday of last week", dt.date(2025, 6, 25)),
    ("en", "on Tuesday last week", dt.date(2025, 6, 24)),
    ("en", "last week on Thursday", dt.date(2025, 6, 26)),
    ("en", "on Monday this week", dt.date(2025, 6, 30)),
]


@pytest.mark.parametrize(("language", "phrase", "date"), PHRASES, ids=[p[1] for p in PHRASES])
def test_the_weekday_of_a_named_week(language, phrase, date):
    text = ("Le Cambodge et la Suisse ont signé un accord sur le déminage " if language == "fr"
            else "Cambodia and Switzerland signed an agreement on demining ") + phrase + "."
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert agreement.date is not None and (agreement.date.date, agreement.date.precision) == (date, "day"), agreement.date


def test_a_day_counted_from_it():
    text = ("Il faisait déjà 34 degrés, mercredi de la semaine dernière, dans les rizières de Battambang, où la secrétaire "
            "d’État a écouté les démineurs.\n\nLe lendemain, à Phnom Penh, l’ambassadeur de Suisse et le vice-président de "
            "l’Autorité cambodgienne ont signé un accord de coopération en matière de déminage.")
    [agreement] = read_document(text, "fr", PUBLISHED).agreements
    assert agreement.date is not None and agreement.date.date == dt.date(2025, 6, 26), agreement.date
