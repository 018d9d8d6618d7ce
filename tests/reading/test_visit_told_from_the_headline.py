"""A visit whose words run from a headline into the lead ("OFFICIAL VISIT OF … TO SINGAPORE,
3 TO 5 FEBRUARY 2026" then "… is making an Official Visit to Singapore from 3 to 5
February") places a signing of the visit that names no place of its own, as a visit told in
one sentence does: the reader looked for the city only in the visit's first sentence, the
headline, where a city in capitals is no place mention."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 4)

VISITS = [
    # seen failing (eval-en-r)
    ("en", "OFFICIAL VISIT OF MINISTER OF FOREIGN AFFAIRS OF TIMOR-LESTE DR MATEUS BELO TO SINGAPORE, 3 TO 5 FEBRUARY 2026\n\n"
           "Minister of Foreign Affairs of Timor-Leste Dr Mateus Belo is making an Official Visit to Singapore from 3 to 5 "
           "February 2026 at the invitation of Minister for Foreign Affairs Dr Lim Kheng Hwa.\n\n"
           "After lunch, the two Ministers witnessed the signing of a Memorandum of Understanding on public sector capability.",
     "Singapore"),
    # other members
    ("fr", "VISITE OFFICIELLE DU MINISTRE MALIEN DES AFFAIRES ÉTRANGÈRES À DAKAR, DU 3 AU 5 FÉVRIER 2026\n\n"
           "Le ministre malien des Affaires étrangères, Abdoulaye Keïta, effectue une visite officielle à Dakar du 3 au 5 "
           "février 2026.\n\n"
           "Mardi, les deux ministres ont assisté à la signature d’un accord sur le transport routier.", "Dakar"),
    ("en", "STATE VISIT OF THE PRESIDENT OF GHANA TO NAIROBI\n\n"
           "The President of Ghana, Kwame Asante, is on a state visit to Nairobi from 2 to 4 February 2026.\n\n"
           "On Tuesday the two presidents witnessed the signing of an agreement on trade.", "Nairobi"),
]


@pytest.mark.parametrize(("language", "text", "city"), VISITS, ids=[f"{c[0]}-{i}" for i, c in enumerate(VISITS)])
def test_a_visit_told_from_a_headline_places_its_signing(language, text, city):
    agreement = read_document(text, language, PUBLISHED).agreements[0]
    assert agreement.place is not None and agreement.place.city == city, agreement.place
