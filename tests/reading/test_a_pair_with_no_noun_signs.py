""""Following their meeting, the two signed a Memorandum …", "Tous deux ont ensuite signé …": a
group with no noun after "the two" / "both" / "les deux" is the two sides' principals, who
signed, as "the two ministers signed" is. Seen on eval-en-aq (a Korean vice minister and a
Barbadian minister who "the two signed" read with no signatory at all); the other members
written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Korea's Vice Minister of the Interior, Seo Min-gyu, paid an official visit to Barbados. On 2 June he was "
           "welcomed in Bridgetown by Barbados' Minister of Industry, Shantal Moore-Clarke. Following their meeting, the "
           "two signed a Memorandum of Understanding on Digital Government.", ("Seo Min-gyu", "Shantal Moore-Clarke")),
    ("en", "Japan's Minister of Trade, Kenji Sato, arrived in Nairobi on Monday for a two-day official visit and was "
           "received by Kenya's Cabinet Secretary for Trade, Mary Wanjiku. Both then signed a memorandum of "
           "understanding on trade.", ("Kenji Sato", "Mary Wanjiku")),
    ("fr", "Le ministre turc de l’Énergie, Ahmet Yilmaz, est arrivé lundi à Libreville pour une visite officielle. Il a "
           "été reçu par le ministre gabonais du Pétrole, Paul Ndong. Les deux ont ensuite signé un accord sur "
           "l’énergie.", ("Ahmet Yilmaz", "Paul Ndong")),
    ("fr", "La ministre sénégalaise de la Pêche, Awa Diop, effectue une visite officielle au Maroc. Elle a été reçue "
           "mardi à Rabat par le ministre marocain de l’Agriculture, Karim Alaoui. Tous deux ont signé un mémorandum "
           "d’entente sur la pêche.", ("Awa Diop", "Karim Alaoui")),
]


@pytest.mark.parametrize(("lang", "text", "signers"), CASES, ids=["the two signed", "both then signed", "les deux ont ensuite signé", "tous deux ont signé"])
def test_a_pair_with_no_noun_signed(lang, text, signers):
    agreement = read_document(text, lang, dt.date(2026, 6, 5)).agreements[0]
    found = {p.name for p in agreement.people if "signatory" in p.role_names()}
    assert set(signers) <= found, [(p.name, p.role_names()) for p in agreement.people]
