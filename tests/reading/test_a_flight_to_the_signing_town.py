"""A delegation's journey to a town the gazetteer lacks — "s’est envolée pour Las Palmas",
"est partie pour Ziguinchor", "left for Tamale", "set off for Kisumu" — takes the signing there
when the next sentence says it was there ("C’est là qu’a été signé …", "It was there that …").
Seen on eval-fr-ab (the Canaries signing placed nowhere); others written for the class. A text
signed the day before, which names no place, is not placed where the later one was: texts of
different days take no place from one another (seen wrong in digests and tours: Montréal,
Erevan, Phnom Penh given to another item's or stop's signing)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 2)

CASES = [
    ("fr", "La ministre sénégalaise, en visite officielle en Espagne, a signé jeudi un accord-cadre sur la migration circulaire. "
           "Le vendredi, la délégation s’est envolée pour Las Palmas. C’est là qu’a été signé le second document, un "
           "mémorandum d’entente sur la surveillance des pêches.", "Las Palmas"),
    ("fr", "Le ministre espagnol, en visite officielle au Sénégal, a signé jeudi un accord-cadre sur la migration circulaire. "
           "Le vendredi, la délégation est partie pour Ziguinchor. C’est là qu’a été signé le second document, un mémorandum "
           "d’entente sur la surveillance des pêches.", "Ziguinchor"),
    ("en", "The Spanish minister, on an official visit to Ghana, signed a framework agreement on circular migration on Thursday. "
           "On Friday the delegation left for Tamale. It was there that the second document, a memorandum of understanding "
           "on fisheries surveillance, was signed.", "Tamale"),
    ("en", "The Spanish minister, on an official visit to Kenya, signed a framework agreement on circular migration on Thursday. "
           "On Friday the delegation set off for Kisumu. It was there that the second document, a memorandum of understanding "
           "on fisheries surveillance, was signed.", "Kisumu"),
]


@pytest.mark.parametrize(("lang", "text", "town"), CASES, ids=[c[2] for c in CASES])
def test_the_flight_ends_where_the_second_text_was_signed(lang, text, town):
    first, second = read_document(text, lang, PUBLISHED).agreements
    assert second.place is not None and second.place.text == town, second.place
    assert first.place is None or first.place.text != town, first.place
