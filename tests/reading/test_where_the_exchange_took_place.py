"""Where memoranda are exchanged rather than signed, "the exchange took place at …" tells where,
as "the signing took place at …" does ("The exchange took place at Wisma Putra in Putrajaya",
"The exchange of documents took place in Putrajaya", "The exchange ceremony was held at …"):
that city, not the dateline's, is the signing place. Seen on eval-en-r (a Bernama story datelined
KUALA LUMPUR, its second MoU placed there, and an LLM record's dateline place supported); the
other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

LEAD = ("KUALA LUMPUR, Aug 12 (Bernama) -- Malaysia and the Maldives today exchanged two memoranda of understanding on "
        "higher education and on the halal industry, during the official visit of the Maldivian Foreign Minister. ")
CASES = [
    LEAD + "The exchange took place at Wisma Putra in Putrajaya shortly after the minister was received.",
    LEAD + "The exchange of documents took place in Putrajaya, at the Ministry of Foreign Affairs.",
    LEAD + "The exchange ceremony was held at Wisma Putra in Putrajaya, witnessed by both ministers.",
]


@pytest.mark.parametrize("text", CASES, ids=["The exchange took place", "The exchange of documents", "The exchange ceremony was held"])
def test_the_exchange_places_the_signing(text):
    agreements = read_document(text, "en", dt.date(2025, 8, 12)).agreements
    assert agreements and all(a.place is not None and a.place.city == "Putrajaya" for a in agreements), \
        [(a.place.city if a.place else None) for a in agreements]


@pytest.mark.parametrize("text", CASES, ids=["The exchange took place", "The exchange of documents", "The exchange ceremony was held"])
def test_the_dateline_city_is_then_no_signing_place(tmp_path, text):
    from helpers.claims import check_one, claim_at, record_of

    record = record_of(text, "en", "2025-08-12", parties=[("MYS", "Malaysia", "Malaysia"), ("MDV", "Maldives", "Maldives")],
                       date="2025-08-12", expression="today", kind="memorandum_of_understanding",
                       title="memoranda of understanding on higher education", place=("Kuala Lumpur", "MYS", "KUALA LUMPUR"))
    assert claim_at(check_one(tmp_path, text, record), "place.city").severity == "error"
