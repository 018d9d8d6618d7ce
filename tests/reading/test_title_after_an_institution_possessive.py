"""A title in apposition after a name may open with the possessive of the institution just
named — "Sheikh Hamad Al-Sabah, the authority’s acting Director General", "Jane Mwangi, the
ministry's Principal Secretary" — as it does with a country's ("…, Kenya's Principal
Secretary"). The reader took only a capitalised possessor, so the title stood alone as an
unnamed official beside a name with no title."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 10, 13)

TITLES = [
    # seen failing (eval-en-l)
    ("The MoU was signed at the Public Authority for Manpower by Sheikh Hamad Al-Sabah, the authority’s acting Director "
     "General, and Bangladesh's adviser Nazmul Hossain.", "Hamad Al-Sabah", "acting Director General"),
    # other members
    ("Kenya and Japan signed an agreement on Monday. It was signed by Jane Mwangi, the ministry's Principal Secretary, and "
     "Japan's ambassador Kenji Sato.", "Jane Mwangi", "Principal Secretary"),
    ("Kenya and the UAE signed a memorandum on space. Hessa Al Mazrouei, the agency's Director General, signed for the UAE "
     "and Kenya's ambassador Peter Kamau for Kenya.", "Hessa Al Mazrouei", "Director General"),
    ("Ghana and Togo signed a protocol on Monday. It was signed by Kofi Mensah, the commission's Executive Secretary, and "
     "Togo's ambassador Yawo Agbeko.", "Kofi Mensah", "Executive Secretary"),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLES, ids=[str(i) for i in range(len(TITLES))])
def test_a_title_after_an_institution_s_possessive_is_the_name_s(text, name, title):
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", PUBLISHED).people}
    assert people.get(name) == [title], people
