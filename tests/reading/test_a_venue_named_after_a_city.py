"""A venue named after a city ("at Hyderabad House", the Indian government's guest house in
New Delhi; "at the Kumasi Room of the Kempinski") does not say the signing took place in
that city: the dateline or another place of the story does; the venue's city places the
signing only where nothing else does ("at the Kigali Convention Centre" and no dateline).
Seen on eval-en-ao: a memorandum "signed on Tuesday at Hyderabad House" under a NEW DELHI
dateline placed in Hyderabad, and a correct record called contradicted; the other members
written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "NEW DELHI: India and Qatar signed two documents this week.\n\nThe memorandum of understanding on food security "
           "was signed on Tuesday at Hyderabad House, the government guest house near India Gate.", "New Delhi"),
    ("en", "ACCRA — Ghana and Norway signed a memorandum of understanding on fisheries on Monday at the Kumasi Room of the "
           "Kempinski Hotel.", "Accra"),
    ("fr", "NEW DELHI, 11 févr. (AFP) – L’Inde et le Sénégal ont signé mardi à Hyderabad House un accord sur la santé.",
     "New Delhi"),
    ("en", "Rwanda and Kenya signed a memorandum of understanding on tourism on Monday at the Kigali Convention Centre.",
     "Kigali"),
    ("fr", "Le Rwanda et le Bénin ont signé lundi au Kigali Convention Centre un accord sur le tourisme.", "Kigali"),
]


@pytest.mark.parametrize(("lang", "text", "city"), CASES,
                         ids=["at Hyderabad House", "at the Kumasi Room", "à Hyderabad House", "no dateline EN", "no dateline FR"])
def test_a_venue_named_after_a_city_places_only_where_nothing_else_does(lang, text, city):
    agreement = read_document(text, lang, dt.date(2026, 2, 12)).agreements[0]
    assert agreement.place is not None and agreement.place.city == city, agreement.place
