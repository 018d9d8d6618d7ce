"""A venue given with its address ("at the Ministry of Defence, Burma Camp, Accra") places the
signing in the city that ends the address, as "at State House, Nairobi" does: the parts
between the venue and the city (a camp, a district, a square) are no reason to drop it. Seen
on eval-en-ap (a Ghanaian press release whose two instruments were "signed … at the Ministry
of Defence, Burma Camp, Accra" read with no place); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "The Government of Ghana and the Government of Norway on Tuesday signed a memorandum of understanding on "
           "fisheries at the Ministry of Defence, Burma Camp, Accra.", "Accra"),
    ("en", "Mali and Senegal signed an agreement on transport on Monday at the Presidential Palace, Koulouba, Bamako, "
           "in the presence of the two ministers.", "Bamako"),
    ("en", "Egypt and Greece signed a memorandum of understanding on tourism yesterday at the Foreign Ministry, "
           "Tahrir Square, Cairo.", "Cairo"),
    ("fr", "Le Sénégal et la Côte d’Ivoire ont signé lundi un accord sur la pêche au ministère des Affaires étrangères, "
           "Plateau, Abidjan.", "Abidjan"),
    ("fr", "Le Togo et le Bénin ont signé mardi un mémorandum d’entente sur l’énergie à la Primature, quartier "
           "administratif, Lomé.", "Lomé"),
]


@pytest.mark.parametrize(("lang", "text", "city"), CASES,
                         ids=["Burma Camp", "Koulouba", "Tahrir Square", "Plateau", "quartier administratif"])
def test_a_venue_with_its_address_places_the_signing_in_its_city(lang, text, city):
    agreement = read_document(text, lang, dt.date(2026, 2, 12)).agreements[0]
    assert agreement.place is not None and agreement.place.city == city, agreement.place
