"""The side a signer signs for, told after their signing verb ("B signed the letter for
Nepal", "Y a signé au nom du Sénégal", "who signed on behalf of Togo"), is that signer's — and
never the side of an official named after it ("…, in the presence of Minister K.C.", "sous les
yeux de la ministre Diouf"), who looked on. The reader gave the side to the onlooker and, from
there, the other side to the signer."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 16)

CASES = [
    # eval-en-ab's Nepal–Kyrgyzstan dispatch (seen failing); the others written for the class
    ("en", "Nepal and Kyrgyzstan signed two texts on Saturday. Minister for Tourism Ramesh Bahadur Karki and "
           "Kyrgyzstan's Minister of Economy Talant Osmonaliev signed the tourism memorandum. Director General Sarita "
           "Tamang signed the letter for Nepal, while Director Asel Bekmuratova signed for Kyrgyzstan, in the presence "
           "of Minister Karki.",
     {"Ramesh Bahadur Karki": "NPL", "Sarita Tamang": "NPL", "Asel Bekmuratova": "KGZ"}),
    ("fr", "Le Togo et le Niger ont signé deux textes. Le ministre des Transports, Affoh Atcha-Dedji, et le ministre "
           "nigérien de l’Équipement, Ousmane Abarchi, ont signé l’accord routier. Le directeur des douanes, Kodjo "
           "Adedze, a signé le protocole pour le Togo, et la directrice Aïssa Mahamadou a signé pour le Niger, en "
           "présence du ministre Atcha-Dedji.",
     {"Affoh Atcha-Dedji": "TGO", "Kodjo Adedze": "TGO", "Aïssa Mahamadou": "NER"}),
    ("en", "Ghana and Togo signed a memorandum and a protocol on Monday. Ghana's Minister of Roads, Kwame Boateng, and "
           "Togo's Minister of Transport, Affoh Atcha-Dedji, signed the memorandum. The protocol was signed by Customs "
           "Commissioner Ama Mensah on behalf of Ghana and by Director Kodjo Adedze, who signed on behalf of Togo with "
           "Minister Boateng looking on.",
     {"Kwame Boateng": "GHA", "Kodjo Adedze": "TGO"}),
    ("fr", "Le Sénégal et la Gambie ont signé deux accords. La ministre des Pêches, Fatou Diouf, et le ministre gambien "
           "des Pêches, Moses Jallow, ont signé le premier. Le directeur Abdou Sarr a signé le second au nom du "
           "Sénégal et Lamin Ceesay a signé au nom de la Gambie, sous les yeux de la ministre Diouf.",
     {"Fatou Diouf": "SEN", "Abdou Sarr": "SEN", "Lamin Ceesay": "GMB"}),
]


@pytest.mark.parametrize("language, text, countries", CASES)
def test_a_side_after_the_signing_verb_is_the_signers(language, text, countries):
    people = {p.name: p for p in read_document(text, language, PUBLISHED).people}
    assert {name: people[name].country for name in countries} == countries
