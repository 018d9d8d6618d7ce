"""A country's name inside a title is not always its holder's side: inside a sea's, ocean's,
gulf's or lake's name ("commandant des forces armées dans la zone sud de l’océan Indien",
"Director of the Gulf of Guinea Maritime Centre") it names a place, and before or after an
office unit ("Japan Wing Chief of ERD", "chef de la division Japon") the partner that unit
deals with. Seen on eval-fr-am (a French commander "of IND") and eval-en-ap (a Bangladeshi
official "of JPN"), correct records contradicted; the other members written for the class.
A country that is the holder's side still is one."""

from __future__ import annotations

import pytest

from accordcheck.checks.sides import title_sides
from accordcheck.lang import get_pack

NO_SIDE = [
    ("fr", "commandant des forces armées dans la zone sud de l’océan Indien", "IND"),
    ("en", "Director of the Gulf of Guinea Maritime Centre", "GIN"),
    ("fr", "coordonnateur de la commission du bassin du lac Tchad", "TCD"),
    ("en", "Additional Secretary and Japan Wing Chief of ERD", "JPN"),
    ("en", "Director of the China Desk", "CHN"),
    ("fr", "chef de la division Japon du ministère", "JPN"),
]


@pytest.mark.parametrize(("lang", "title", "code"), NO_SIDE, ids=[t for _, t, _ in NO_SIDE])
def test_a_country_in_a_place_or_a_units_name_is_no_side(lang, title, code):
    assert code not in title_sides(title, get_pack(lang))


@pytest.mark.parametrize(("lang", "title", "code"), [
    ("en", "Japan's Minister of Foreign Affairs", "JPN"),
    ("fr", "ministre indien des Affaires étrangères", "IND"),
    ("en", "Chief of the Kenya Defence Forces", "KEN"),
])
def test_a_country_that_is_the_side_stays_one(lang, title, code):
    assert code in title_sides(title, get_pack(lang))
