"""A release dates itself on a line of its own — at its head ("Podgorica, 10 February 2026")
or in its closing block ("MINISTRY OF FOREIGN AFFAIRS / BANDAR SERI BEGAWAN / 4 SEPTEMBER
2025") — and may be posted a day or more later: its "today" and "yesterday" are counted
from its own date, and the city of its closing block is its dateline, which places a signing
that names no city of its own ("at Istana Nurul Iman"). Seen on eval-en-ao: two texts
"today" signed dated the posting day and placed nowhere, both correct records failing; the
other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "PRESS RELEASE\n\n1. The ministers of Brunei Darussalam and Singapore today signed a memorandum of understanding on "
           "energy at Istana Nurul Iman.\n\nMINISTRY OF FOREIGN AFFAIRS\nBANDAR SERI BEGAWAN\n4 SEPTEMBER 2025\n\nShare this",
     dt.date(2025, 9, 5), dt.date(2025, 9, 4), "Bandar Seri Begawan"),
    ("en", "PRESS RELEASE\n\nPodgorica, 10 February 2026\n\nYesterday, in Shkodër, the ministers of Montenegro and Albania "
           "signed a protocol on joint border patrols.", dt.date(2026, 2, 11), dt.date(2026, 2, 9), "Shkodër"),
    ("fr", "COMMUNIQUÉ DE PRESSE\n\nLa Mauritanie et l’Espagne ont signé aujourd’hui, au ministère des Pêches, un mémorandum "
           "d’entente sur la surveillance des pêches.\n\nNouakchott, le 3 février 2026\n\nLe service de presse",
     dt.date(2026, 2, 5), dt.date(2026, 2, 3), "Nouakchott"),
    ("en", "MEDIA STATEMENT\n\nNew Zealand and Ireland today signed an arrangement on agricultural research at Parliament "
           "Buildings, in the presence of both ministers.\n\nWellington\n12 March 2026", dt.date(2026, 3, 13),
     dt.date(2026, 3, 12), "Wellington"),
]


@pytest.mark.parametrize(("lang", "text", "published", "date", "city"), CASES,
                         ids=["closing block in capitals", "head line", "ville, le date", "city and date lines"])
def test_a_release_is_read_from_its_own_date_and_city(lang, text, published, date, city):
    agreement = read_document(text, lang, published).agreements[0]
    assert agreement.date is not None and agreement.date.date == date, agreement.date
    assert agreement.place is not None and agreement.place.city == city, agreement.place


def test_a_date_line_long_before_the_posting_is_not_the_anchor():
    text = ("PRESS RELEASE\n\nThe ministers of Brunei Darussalam and Singapore today signed a memorandum of understanding on "
            "energy at Istana Nurul Iman.\n\nBANDAR SERI BEGAWAN\n4 SEPTEMBER 2024")
    agreement = read_document(text, "en", dt.date(2025, 9, 5)).agreements[0]
    assert agreement.date.date == dt.date(2025, 9, 5)
