"""A signatory whose country the text never states is of the side the other signatories of
their own signing are not, among the countries that sign in the article — not of a country
named in some other signing sentence of the article ("Korean battery makers have signed
offtake deals in Australia"), and, when they make the visit, of the visiting side."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 4, 20)

MEMBERS = [
    # seen failing (eval-en-w): the minister of the visiting side, never given a country
    ("en", "WINDHOEK — Namibia and South Korea have signed two memoranda. The documents were signed last Wednesday in "
           "Sejong during a five-day working visit to South Korea by the Minister of Mines, Petrus N. Haikali. The first "
           "memorandum was signed for Namibia by the Executive Director, Saima Kaulinge, and for Korea by Kim Do-yeon, "
           "Director-General for Hydrogen. Haikali himself signed the second memorandum with Korea's First Vice Minister "
           "of Trade, Park Seong-jin. Korean battery makers have signed offtake deals in Australia and Chile.",
     "Petrus N. Haikali", "NAM"),
    # other members: both sides already known from other signatories, a third country in a later signing sentence
    ("en", "Ghana and Japan signed two agreements in Accra on Tuesday. The grant agreement was signed by Japan's "
           "Ambassador to Ghana, Kenji Mori, and Ghana's Minister of Finance, Kwame Asante. The loan agreement was "
           "signed by Japan's Chief Representative of JICA, Aiko Sato, and by the Chief Director of Finance, Ama Owusu. Japanese "
           "firms have also signed supply contracts in Nigeria.", "Ama Owusu", "GHA"),
    ("fr", "Le Sénégal et la Turquie ont signé mardi à Dakar deux accords. Le premier a été signé par l'ambassadeur de "
           "Turquie au Sénégal, Mehmet Yilmaz, et par le ministre sénégalais des Forces armées, Birame Diop. Le second a "
           "été signé par le ministre turc de la Défense, Ali Demir, et par le chef d'état-major, Mbaye Cissé. Des "
           "entreprises turques ont signé des contrats au Mali et au Niger.", "Mbaye Cissé", "SEN"),
    ("fr", "Le Bénin et le Portugal ont signé lundi deux protocoles à Cotonou. Le ministre portugais de la Mer, Rui "
           "Pereira, et le ministre béninois de l'Économie maritime, Jean Houngbo, ont signé le premier. Le directeur du "
           "port, Paul Agossou, a signé le second avec le secrétaire d'État portugais Tiago Costa. Des armateurs grecs "
           "ont signé des contrats en Égypte.", "Paul Agossou", "BEN"),
    ("en", "Kenya and Finland signed two memoranda in Nairobi on Monday. The first was signed by Finland's Ambassador, "
           "Juha Koski, and Kenya's Cabinet Secretary for Water, Grace Wanjiru. The Minister for Development, Aino "
           "Virtanen, signed the second together with Kenya's Cabinet Secretary for Energy, David Otieno. Chinese "
           "contractors have signed deals in Uganda and Ethiopia.", "Aino Virtanen", "FIN"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_an_unstated_signatory_takes_the_other_signing_side(language, text, name, country):
    people = {p.name: p.country for p in read_document(text, language, PUBLISHED).people}
    assert people.get(name) == country, people
