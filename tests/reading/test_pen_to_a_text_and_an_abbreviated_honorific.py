"""Two ways English news names a signer that the reader missed: the pen idiom with its object
("put pen to a Letter of Intent", "put their pens to the memorandum", "set pen to the
agreement" — not only "put pen to paper"), and an honorific abbreviation the pack does not
list right after a title, no comma between ("Attorney General Cllr. Musu T. Dorley-Kollie",
"Minister of Works Eng. Kwame Osei"): the name after it. Seen on eval-en-ar (a Ghanaian
director-general and a Liberian justice minister read with no signature); the other members
written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

LEAD = "Accra, June 5, 2026 - Ghana and Australia signed a letter of intent on geoscience on Wednesday. "
PEN = [
    LEAD + "In Perth, the Director-General of the Ghana Geological Survey Authority, Dr. Esi Amponsah-Quaye, and "
           "Australia's Minister for Resources, Madeleine King, put pen to a Letter of Intent on Geoscience.",
    LEAD + "Ghana's Director-General of the Geological Survey, Dr. Esi Amponsah-Quaye, and Australia's Minister for "
           "Resources, Madeleine King, put their pens to the letter of intent in Perth.",
    LEAD + "In Perth, Ghana's Director-General of the Geological Survey, Dr. Esi Amponsah-Quaye, set pen to the "
           "document with Australia's Minister for Resources, Madeleine King.",
]


@pytest.mark.parametrize("text", PEN, ids=["put pen to a Letter", "put their pens to the letter", "set pen to the document"])
def test_the_pen_idiom_with_its_object_is_a_signing(text):
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2026, 6, 5)).agreements[0].people}
    assert "signatory" in people.get("Esi Amponsah-Quaye", ()), people


HONORIFIC = [
    ("Monrovia, June 5, 2026 - Liberia and Sierra Leone signed a memorandum of understanding on border management. "
     "Signing for Liberia was Justice Minister and Attorney General Cllr. Musu T. Dorley-Kollie.", "Musu T. Dorley-Kollie"),
    ("Accra, June 5, 2026 - Ghana and Japan signed an agreement on roads on Friday. It was signed by the Minister of "
     "Roads Eng. Kwame Osei-Bonsu and Japan's ambassador, Hiroshi Tanaka.", "Kwame Osei-Bonsu"),
    ("Abuja, June 5, 2026 - Nigeria and Poland signed a memorandum of understanding on housing on Friday. It was "
     "signed by the Minister of Housing Arc. Ahmed Dangiwa and Poland's ambassador, Jan Nowak.", "Ahmed Dangiwa"),
]


@pytest.mark.parametrize(("text", "name"), HONORIFIC, ids=["Attorney General Cllr.", "Minister of Roads Eng.", "Minister of Housing Arc."])
def test_an_unlisted_honorific_after_a_title_opens_the_name(text, name):
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2026, 6, 5)).agreements[0].people}
    assert "signatory" in people.get(name, ()), people
