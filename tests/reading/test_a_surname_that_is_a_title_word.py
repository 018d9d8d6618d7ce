"""A surname that is a title's head word ("Madeleine King", "Angela Prince", "Ahmed Sultan")
ends a name told after a title or its comma: the name is whole and its bearer the official,
not a given name followed by a second, unnamed king. Seen on a test written for eval-en-ar's
pen idiom (Australia's resources minister); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Perth, June 5, 2026 - Ghana and Australia signed a letter of intent on geoscience on Wednesday. Ghana's "
     "Minister of Lands, Emmanuel Armah-Kofi, and Australia's Minister for Resources, Madeleine King, signed it.",
     "Madeleine King"),
    ("Bridgetown, June 5, 2026 - Barbados and Canada signed an agreement on fisheries on Friday. It was signed by "
     "Canada's High Commissioner, Angela Prince, and Barbados' Minister of Fisheries, Indar Weir.", "Angela Prince"),
    ("Cairo, June 5, 2026 - Egypt and Djibouti signed a memorandum of understanding on trade on Monday. Egypt's "
     "Minister of Trade, Ahmed Sultan, signed for Egypt and Djibouti's Minister of Commerce, Mohamed Warsama, for "
     "Djibouti.", "Ahmed Sultan"),
    ("Canberra, June 5, 2026 - Australia and Ghana signed an agreement on mining on Friday. Resources Minister "
     "Madeleine King signed it with Ghana's Minister of Lands, Emmanuel Armah-Kofi.", "Madeleine King"),
]


@pytest.mark.parametrize(("text", "name"), CASES, ids=["Madeleine King,", "Angela Prince,", "Ahmed Sultan,", "Minister Madeleine King"])
def test_a_title_word_ending_a_name_is_the_surname(text, name):
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2026, 6, 5)).agreements[0].people}
    assert "signatory" in people.get(name, ()), people
