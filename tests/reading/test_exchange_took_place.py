""""The exchange took place at Wisma Putra in Putrajaya": when the signing is told as an exchange
of the texts, the exchange is its ceremony, and where it took place is where the text was signed
(not the dateline's city). Seen in eval-en-r (an LLM's dateline place passed)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("KUALA LUMPUR — Malaysia and the Maldives exchanged a memorandum of understanding on higher education on Monday. "
     "The exchange took place at Wisma Putra in Putrajaya shortly after the talks.", "Putrajaya"),
    ("NAIROBI — Kenya and Ethiopia exchanged two memoranda on trade on Monday. The exchange was held at State House in "
     "Mombasa.", "Mombasa"),
    ("ACCRA — Ghana and Togo exchanged the instruments of ratification of their border treaty on Monday. The exchange "
     "happened in Lomé, at the foreign ministry.", "Lomé"),
    ("DAKAR — Le Sénégal et le Maroc ont signé lundi un mémorandum d’entente sur la pêche. L’échange des documents a eu lieu à "
     "Thiès, au siège du gouvernorat.", "Thiès"),
]


@pytest.mark.parametrize(("text", "city"), MEMBERS, ids=[str(i) for i in range(len(MEMBERS))])
def test_where_the_exchange_took_place_is_the_signings_place(text, city):
    language = "fr" if text.startswith("DAKAR") else "en"
    agreements = read_document(text, language, dt.date(2025, 8, 13)).signed_agreements
    assert agreements and agreements[0].place is not None and agreements[0].place.city == city, [a.place for a in agreements]
