""""Minister Ramnauth, who hosted his Barbadian counterpart", "M. Kabera … avait été reçu par son
homologue": a counterpart is the counterpart of the official named just before it in its
sentence — of the other side, and holding that official's office where someone does (a
minister's counterpart is the other minister, not the other side's envoy named in the
sentence before). Seen on eval-en-w (a Barbadian high commissioner made the visitor) and on
fixtures/dataset (a Rwandan minister made the host of his own visit); the other members
written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Georgetown, November 14, 2025 - Guyana and Barbados signed a memorandum of understanding on agriculture on "
           "Friday. It was signed by Guyana's Minister of Agriculture, Zulfikar Mustapha, and Barbados' Minister of "
           "Agriculture, Indar Weir. Also attending were Guyana's High Commissioner to Barbados, Mr. Dwayne Fraser, and "
           "Barbados' High Commissioner in Georgetown, Ms. Marcia Gittens. Minister Mustapha, who hosted his Barbadian "
           "counterpart, said the plan would cut food imports.", "Marcia Gittens", "visitor"),
    ("fr", "Maputo, 23 septembre 2024 - Le Rwanda et le Mozambique ont signé lundi un accord de défense. L’accord a été "
           "signé par le ministre rwandais de la Défense, Jean Mutsinzi, et par le ministre mozambicain de la Défense, "
           "Carlos Nhaca. M. Mutsinzi, en visite de travail à Maputo, avait été reçu dimanche soir par son homologue.",
     "Jean Mutsinzi", "host"),
    ("en", "Monrovia, May 25, 2026 - Liberia and Sierra Leone signed a protocol on border security on Monday. It was "
           "signed by Liberia's Minister of Justice, Cllr. Oswald Tweh, and Sierra Leone's Minister of Internal Affairs, "
           "Ibrahim Sesay, who was on a one-day working visit to Liberia. Tweh hosted his counterpart at the ministry.",
     "Oswald Tweh", "visitor"),
    ("en", "Nairobi, June 5, 2026 - Kenya and Ghana signed an agreement on trade on Thursday. Kenya's Trade Minister, Lee "
           "Kinyanjui, and Ghana's Minister of Trade, Elizabeth Ofosu-Adjare, signed it. Ghana's High Commissioner to "
           "Kenya, Ama Boateng, and Kenya's High Commissioner to Ghana, Peter Mwangi, were present. Minister Kinyanjui "
           "welcomed his Ghanaian counterpart to Nairobi on Wednesday.", "Ama Boateng", "visitor"),
]


@pytest.mark.parametrize(("lang", "text", "person", "role"), CASES,
                         ids=["who hosted his Barbadian counterpart", "reçu par son homologue", "hosted his counterpart",
                              "welcomed his Ghanaian counterpart"])
def test_the_counterpart_answers_to_the_official_named_before(lang, text, person, role):
    people = {p.name: p.role_names() for p in read_document(text, lang, dt.date(2026, 6, 5)).agreements[0].people}
    assert role not in people.get(person, ()), people
