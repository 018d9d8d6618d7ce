"""Signers named in shapes eval-en-z's first reading lost (three correct records failing), each
a class: the member seen failing and others written for it.

* a signature attributed with a copula: "The Argentine signature was that of the Secretary of
  Mining, …", "Bolivia's signature is that of …", "La signature française était celle de …";
* a participle that announces the side, then the signer: "Across the table, signing for the
  British side, sat Jonathan Ashworth-Reeve", "Signing for Ghana, Trade Minister … said",
  "Signing for the Kyrgyz side: Deputy Chairman … Toktosunov";
* the other side announced in the next sentence in the same shape: "For Tajikistan: Rustam
  Nazarzoda, Deputy Prime Minister", "Pour le Tadjikistan : M. …".
"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Signing for Bolivia was the Minister of Hydrocarbons, José Luis Quispe Mamani. The Argentine signature was that of "
           "the Secretary of Mining, María Inés Echeverría de la Fuente, who had arrived in La Paz on Wednesday.",
     ["José Luis Quispe Mamani", "María Inés Echeverría de la Fuente"]),
    ("en", "Bolivia's signature is that of Energy Minister Ana Quispe.", ["Ana Quispe"]),
    ("fr", "La signature française était celle de la ministre déléguée Claire Morel.", ["Claire Morel"]),
    ("en", "Across the table, signing for the British side, sat Jonathan Ashworth-Reeve, the British Minister for Latin "
           "America, who is on a two-day visit to Ecuador.", ["Jonathan Ashworth-Reeve"]),
    ("en", "Signing for Ghana, Trade Minister Kwame Asante said the memorandum would open markets.", ["Kwame Asante"]),
    ("en", "Signing for the Kyrgyz side: Deputy Chairman of the Cabinet of Ministers Bakyt Ö. Toktosunov. For Tajikistan: "
           "Rustam Nazarzoda, Deputy Prime Minister, who crossed the border that morning.",
     ["Bakyt Ö. Toktosunov", "Rustam Nazarzoda"]),
    ("fr", "Ont signé pour le Kirghizstan : le vice-président du Conseil des ministres, Bakyt Toktosunov. Pour le "
           "Tadjikistan : M. Rustam Nazarzoda, vice-Premier ministre.", ["Bakyt Toktosunov", "Rustam Nazarzoda"]),
]

_LEAD = {"en": "Two countries signed a memorandum of understanding in the capital on Friday. ",
         "fr": "Les deux pays ont signé vendredi un protocole dans la capitale. "}


@pytest.mark.parametrize(("language", "sentence", "names"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_signer_signed(language, sentence, names):
    people = {p.name: p.role_names() for p in read_document(_LEAD[language] + sentence, language, dt.date(2026, 3, 9)).people if p.name}
    assert {n: "signatory" in people.get(n, []) for n in names} == {n: True for n in names}, people


@pytest.mark.parametrize(("language", "sentence", "name"), [
    ("en", "For Kenya, the visit was a success, Foreign Minister Musalia Mudavadi said.", "Musalia Mudavadi"),
    ("en", "Signing was delayed. For the press: spokesman Peter Obi, Ministry of Information.", "Peter Obi"),
    ("fr", "Pour le Sénégal, la visite est un succès, a déclaré le ministre Abdou Diallo.", "Abdou Diallo"),
])
def test_a_side_without_a_signing_names_no_signer(language, sentence, name):
    people = {p.name: p.role_names() for p in read_document(_LEAD[language] + sentence, language, dt.date(2026, 3, 9)).people if p.name}
    assert "signatory" not in people.get(name, []), people
