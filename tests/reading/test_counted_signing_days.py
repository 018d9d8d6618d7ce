"""A signing told as "the next day" / "le lendemain" beside its verb counts from the day told
before it in the sentence ("Arrivée mardi …, la ministre a signé le lendemain"): the signing's
day is that day plus the count, not the arrival's day. Seen failing on eval-fr-q (the reader
took 'mardi', and the correct record's Wednesday was called contradicted); the other members
were written for the class and failed the same way. A phrase naming its own event ("the day
before the summit") counts from nothing the reader knows, and leaves the day told."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 4)  # a Monday

CASES = [
    # seen failing
    ("fr", "Arrivée mardi pour une visite de travail de deux jours, la ministre espagnole de l'Intérieur a signé le lendemain "
     "à Nouakchott, avec son homologue mauritanien, un accord sur les migrations.", dt.date(2026, 4, 29)),
    # other members
    ("en", "Arriving on Tuesday for a two-day visit, the Kenyan minister signed the agreement with Ghana the next day in Accra.",
     dt.date(2026, 4, 29)),
    ("en", "The Ghanaian delegation landed in Nairobi on Thursday, and the two ministers signed a memorandum of understanding "
     "on trade with Kenya the following day.", dt.date(2026, 5, 1)),
    ("fr", "Reçu jeudi par le président sénégalais, le ministre malien a paraphé le lendemain un accord sur la pêche avec le "
     "Sénégal.", dt.date(2026, 5, 1)),
]


@pytest.mark.parametrize(("language", "text", "date"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_next_day_counts_from_the_day_before_it(language, text, date):
    agreements = [a for a in read_document(text, language, PUBLISHED).agreements if a.signed]
    assert agreements and agreements[0].date is not None and agreements[0].date.date == date, [a.date for a in agreements]


def test_a_count_from_a_named_event_leaves_the_day_told():
    text = "Ghana and Kenya signed the agreement on Tuesday, the day before the summit."
    agreements = [a for a in read_document(text, "en", PUBLISHED).agreements if a.signed]
    assert agreements[0].date.date == dt.date(2026, 4, 28)
