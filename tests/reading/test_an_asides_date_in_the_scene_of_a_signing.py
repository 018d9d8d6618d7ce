"""A date in an aside of a sentence — "…, Şükrü Yıldız, who had hosted the delegation since its
arrival on Monday.", "…, qui l’avait accueilli dès son arrivée lundi." — is the aside's own
event's wherever the reader looks for the signing's day: in the signing's own sentence, in a
ceremony's, in the sentence a "Minutes later" signing follows (seen on eval-en-al: both texts
dated by the arrival's Monday; others written for the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "The documents were signed in Ankara on Thursday, January 15.\n\nThe first, a Defence Industry Cooperation "
           "Agreement, was signed at the Ministry by Amankwah-Darko and Türkiye's Deputy Minister of National Defence, Şükrü "
           "Yıldız, who had hosted the Ghanaian delegation since its arrival on Monday.\n\nMinutes later, in the same hall, the "
           "two chiefs of staff signed a Memorandum of Understanding on Military Training.", dt.date(2026, 1, 19), dt.date(2026, 1, 15)),
    ("fr", "Les textes ont été signés jeudi 15 janvier à Ankara.\n\nLe premier, un accord de coopération dans l’industrie de "
           "défense, a été signé au ministère par M. Amankwah et le vice-ministre turc de la Défense, Şükrü Yıldız, qui "
           "recevait la délégation depuis son arrivée lundi.\n\nQuelques minutes plus tard, dans la même salle, les deux chefs "
           "d’état-major ont signé un mémorandum d’entente sur la formation militaire.", dt.date(2026, 1, 19), dt.date(2026, 1, 15)),
]


@pytest.mark.parametrize(("lang", "text", "published", "day"), CASES, ids=["who had hosted … on Monday", "qui recevait … lundi"])
def test_the_asides_day_dates_no_signing(lang, text, published, day):
    document = read_document(text, lang, published)
    assert [a.date and a.date.date for a in document.agreements] == [day, day], [
        (a.instrument and a.instrument.title, a.date and a.date.expression) for a in document.agreements]
