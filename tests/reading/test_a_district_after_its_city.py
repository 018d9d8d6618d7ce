"""After a known city and a comma, a capitalised name is the city's parish or district, not a
person ("On 3 June, in Speightstown, St. Peter, Ambassador KANG … signed"): it takes no title
and no role. Seen on eval-en-aq (a Barbados parish read as an ambassador called "St. Peter");
the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "On 3 June, in Speightstown, St. Peter, Ambassador KANG Jun-ho and Mrs. Antonette Greaves-Holder, Permanent "
           "Secretary in the Ministry of Energy of Barbados, signed a Letter of Intent on water between Korea and "
           "Barbados.", "St. Peter"),
    ("en", "On Monday, in Kingstown, St. George, Ambassador Lee Min-ho and Mr. Conrad Browne, Permanent Secretary of Saint "
           "Vincent and the Grenadines, signed a memorandum of understanding on fisheries with Korea.", "St. George"),
    ("en", "On Friday, in Bridgetown, St. Michael, Ambassador Kim Soo-jin and Barbados' Minister of Health, Dr. Ann "
           "Clarke, signed an agreement on health between Korea and Barbados.", "St. Michael"),
    ("fr", "Lundi, à Dakar, Saint-Joseph, l’ambassadeur du Japon, M. Kenji Sato, et le ministre sénégalais de la Pêche, "
           "M. Amadou Diop, ont signé un accord sur la pêche.", "Saint-Joseph"),
]


@pytest.mark.parametrize(("lang", "text", "district"), CASES, ids=["St. Peter", "St. George", "St. Michael", "Saint-Joseph"])
def test_a_district_after_its_city_is_no_person(lang, text, district):
    document = read_document(text, lang, dt.date(2026, 6, 5))
    assert district not in [p.name for p in document.people], [p.name for p in document.people]
