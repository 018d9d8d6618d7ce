"""A sentence that signs a new text and names the old one it replaces, the new one dated
before its verb ("Seychelles and Madagascar yesterday afternoon signed a new memorandum …,
replacing a memorandum signed in Antananarivo in June 2014", seen on eval-en-aa; others
written for the class): the date before the first verb is that clause's, so the sentence tells
two signings apart — the story's, dated that day, and the old one's — instead of being one old
signing whose text then takes another sentence's date."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 27)  # a Tuesday

DATED_BEFORE_THE_VERB = [
    ("en", "TV NEWS | Tuesday 27 January 2026\n\nSeychelles and Madagascar yesterday afternoon signed a new memorandum of "
           "understanding on fisheries, replacing a memorandum signed in Antananarivo in June 2014. The memorandum was signed "
           "at the ministry by the two fisheries ministers.", dt.date(2026, 1, 26)),
    ("en", "Kenya and Uganda on Monday signed a revised border management agreement that supersedes the one signed in Kampala "
           "in 2009. The agreement was signed by the two interior ministers.", dt.date(2026, 1, 26)),
    ("fr", "Le Sénégal et la Mauritanie ont, lundi, signé un nouvel accord de pêche qui remplace celui signé à Dakar en mai "
           "2010. L’accord a été signé par les deux ministres de la Pêche.", dt.date(2026, 1, 26)),
    ("fr", "Lundi, le Sénégal et la Mauritanie ont signé un nouvel accord de pêche, qui remplace celui signé à Dakar en mai "
           "2010. L’accord a été signé par les deux ministres de la Pêche.", dt.date(2026, 1, 26)),
]


@pytest.mark.parametrize(("lang", "text", "day"), DATED_BEFORE_THE_VERB, ids=["yesterday afternoon", "on Monday", "ont, lundi,", "Lundi,"])
def test_the_new_text_takes_the_date_before_its_verb(lang, text, day):
    document = read_document(text, lang, PUBLISHED)
    assert [a.date and a.date.date for a in document.agreements] == [day], [
        (a.instrument and a.instrument.title, a.date and a.date.expression) for a in document.agreements]
