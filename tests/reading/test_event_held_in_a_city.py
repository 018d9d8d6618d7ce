"""A signing on the sidelines of, or during, an event that a relative clause places in a city —
"en marge de la conférence …, qui se tient cette semaine à Port-Louis", "on the sidelines of the
conference, which is being held in Port Louis this week", "lors du forum, qui s’est tenu à
Dakar" — took place in that city (the dateline is the reporter's). Seen in eval-fr-r, where
the dateline's city was read instead (and an LLM's dateline place passed)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("fr", "VICTORIA, 9 déc. (ASP) – Les Seychelles et les Maldives ont signé lundi un protocole d’accord sur la sécurité "
           "maritime, en marge de la conférence ministérielle de l’océan Indien, qui se tient cette semaine à Port-Louis.",
     "Port-Louis"),
    ("en", "VICTORIA — Seychelles and the Maldives signed a memorandum on maritime security on Monday on the sidelines of "
           "the Indian Ocean ministerial conference, which is being held in Port Louis this week.", "Port Louis"),
    ("fr", "NOUAKCHOTT – La Mauritanie et le Maroc ont signé un accord sur la pêche lors du forum africain de la pêche, qui "
           "s’est tenu la semaine dernière à Dakar.", "Dakar"),
    ("en", "ACCRA — Ghana and Kenya signed a memorandum on trade during the African trade summit, which took place last "
           "week in Kigali.", "Kigali"),
]


@pytest.mark.parametrize(("language", "text", "city"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_the_events_city_places_the_signing(language, text, city):
    agreements = read_document(text, language, dt.date(2025, 12, 9)).signed_agreements
    assert agreements and agreements[0].place is not None and agreements[0].place.city == city, [a.place for a in agreements]
