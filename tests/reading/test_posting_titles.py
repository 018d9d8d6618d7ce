"""A title that names the country its holder's post covers ("the KOICA Country Director for
Timor-Leste, Park Ji-hoon, signed for the Korean side", eval-en-ah, seen failing: the record's
Korean official was "contradicted" as Timor-Leste's). "for" after a title's head links to the
post's country as "Ambassador to" does: it is where the holder serves, never their side — an
inference the checks may not turn into a contradiction. The agency's acronym and the post's
own premodifier ("Country", "Resident", "Regional") are the title's, not a name."""

from __future__ import annotations

import pytest

from accordcheck.checks.sides import title_sides
from accordcheck.lang import get_pack
from helpers.reading import officials

POSTED = [
    ("en", "The record was signed by the KOICA Country Director for Timor-Leste, Park Ji-hoon, and the minister.",
     "Park Ji-hoon", "KOICA Country Director for Timor-Leste"),
    ("en", "The JICA Resident Representative for Senegal, Kenji Sato, signed the minutes.", "Kenji Sato",
     "JICA Resident Representative for Senegal"),
    ("en", "The GIZ Country Director for Ghana, Anna Berg, signed the agreement.", "Anna Berg", "GIZ Country Director for Ghana"),
]


@pytest.mark.parametrize("language, sentence, name, title", POSTED)
def test_the_post_is_the_title_and_no_side(language, sentence, name, title):
    people = officials(sentence, language)
    assert name in people, people
    assert title in people[name][0], people


@pytest.mark.parametrize("language, title", [
    ("en", "Country Director for Timor-Leste"),
    ("en", "Special Envoy for Sudan"),
    ("fr", "représentant de l’UNICEF pour le Mali"),
])
def test_a_posting_names_no_side(language, title):
    assert title_sides(title, get_pack(language)) == []


@pytest.mark.parametrize("language, title, side", [
    ("en", "Minister for Foreign Affairs of Fiji", "FJI"),
    ("fr", "ministre des Affaires étrangères du Mali", "MLI"),
])
def test_an_office_of_a_country_still_does(language, title, side):
    assert title_sides(title, get_pack(language)) == [side]
