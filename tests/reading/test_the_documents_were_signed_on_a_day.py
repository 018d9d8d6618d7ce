"""A sentence whose subject is the texts signed together, definite or counted — "The
documents were signed on Friday at the Ministry …", "Les textes ont été signés mardi", "The
two documents were signed in Ankara on Thursday, January 15" — dates each text the article
then names with no day of its own (seen on eval-en-o: a wire story whose lead, dated only by
its dateline and "said in a press release here today", was taken for the signing's day;
others written for the class). A wire dateline dates the dispatch, never another sentence's
signing, and "said in a press release here today" dates the telling."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "DHAKA, Nov 16 (BSS) - Bangladesh and Colombia have signed two memorandums of understanding, the Ministry of "
           "Commerce said in a press release here today.\n\nThe documents were signed on Friday at the Ministry of Commerce "
           "in Bogotá.\n\nThe first instrument, a Memorandum of Understanding on Medicines Regulation, was signed by the two "
           "regulators. The second, a Memorandum of Understanding on Trade Promotion, was signed by the commerce secretaries.",
     dt.date(2025, 11, 16), dt.date(2025, 11, 14)),
    ("fr", "DAKAR, 16 nov. (APS) - Le Sénégal et la Colombie ont signé deux mémorandums d’entente, a annoncé le ministère.\n\n"
           "Les textes ont été signés vendredi au ministère du Commerce à Bogota.\n\nLe premier, un mémorandum d’entente sur la "
           "réglementation des médicaments, a été signé par les deux régulateurs. Le second, un mémorandum d’entente sur la "
           "promotion commerciale, a été signé par les deux secrétaires au Commerce.", dt.date(2025, 11, 16), dt.date(2025, 11, 14)),
    ("en", "ACCRA — Ghana and Türkiye have signed two defence texts.\n\nThe two documents were signed in Ankara on Thursday, "
           "January 15.\n\nThe first, a Defence Industry Cooperation Agreement, was signed at the Ministry of National Defence "
           "by the two ministers. Minutes later, the two chiefs of staff signed a Memorandum of Understanding on Military Training.",
     dt.date(2026, 1, 19), dt.date(2026, 1, 15)),
]


@pytest.mark.parametrize(("lang", "text", "published", "day"), CASES, ids=["The documents", "Les textes", "The two documents"])
def test_the_texts_signed_together_take_their_day(lang, text, published, day):
    document = read_document(text, lang, published)
    assert len(document.agreements) == 2 and all(a.date and a.date.date == day for a in document.agreements), [
        (a.instrument and a.instrument.title, a.date and a.date.expression) for a in document.agreements]
