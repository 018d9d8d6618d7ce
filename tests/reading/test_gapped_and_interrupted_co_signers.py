"""Second signers the reader lost on eval-en-y's first reading, each a class: the member seen
failing there and others written for it.

* a gapped conjunct, whose signing verb is left out and whose side is repeated ("Muianga
  signed for Mozambique and Vietnam's Deputy Minister …, Lê Quang Thiện, for the host
  country", "M. Diallo a signé au nom du Sénégal, et le secrétaire général … au nom de la
  Mauritanie");
* a first agent with a relative clause of its own between two commas ("by Dr. Verónica
  Lagos-Painemal, …, who was travelling with the minister, and Dr. Harish C. Venugopal", "par
  Mme Awa Ndiaye, qui accompagnait le ministre, et par M. Paul Koffi"): the clause's words
  ("with", "présidait") are the first agent's, not an onlooking that ends the agents.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    # a gapped conjunct
    ("en", "Muianga signed for Mozambique and Vietnam's Deputy Minister of Science and Technology, Lê Quang Thiện, for the "
            "host country.", ["Lê Quang Thiện"]),
    ("en", "Cabinet Secretary Rebecca Kamau signed on behalf of Kenya, and Finance Secretary Jane Wilson on behalf of the "
            "United Kingdom.", ["Rebecca Kamau", "Jane Wilson"]),
    ("en", "Perera signed for Sri Lanka and Senegal's Minister of Education, Awa Ndiaye, for Senegal.", ["Awa Ndiaye"]),
    ("fr", "Le ministre Abdou Diallo a signé pour le Sénégal et la ministre mauritanienne de la Pêche, Aminata Sall, pour la "
            "Mauritanie.", ["Abdou Diallo", "Aminata Sall"]),
    ("fr", "M. Abdou Diallo a signé au nom du Sénégal, et le secrétaire général Ahmed Ould Sidi au nom de la Mauritanie.",
     ["Abdou Diallo", "Ahmed Ould Sidi"]),
    # a relative clause after the first agent
    ("en", "The letter of intent was signed that afternoon at Prithvi Bhavan by Dr. Verónica Lagos-Painemal, Chile's Undersecretary "
            "of Science, who was travelling with the minister, and Dr. Harish C. Venugopal, Secretary of the Ministry of "
            "Earth Sciences.", ["Verónica Lagos-Painemal", "Harish C. Venugopal"]),
    ("en", "The protocol was signed by Ana Ruiz, who arrived with the delegation on Monday, and Peter Obi, the trade minister.",
     ["Ana Ruiz", "Peter Obi"]),
    ("fr", "Le protocole a été signé par Mme Awa Ndiaye, qui accompagnait le ministre, et par M. Paul Koffi, secrétaire général.",
     ["Awa Ndiaye", "Paul Koffi"]),
    ("fr", "Le texte a été signé par le directeur Ahmed Sall, qui présidait la délégation, et le secrétaire général Paul Koffi.",
     ["Ahmed Sall", "Paul Koffi"]),
]

_LEAD = {"en": "Two countries signed an agreement in the capital on Monday. ",
         "fr": "Les deux pays ont signé lundi un accord dans la capitale. "}


@pytest.mark.parametrize(("language", "sentence", "names"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_co_signer_signed(language, sentence, names):
    text = _LEAD[language] + sentence
    people = {p.name: p.role_names() for p in read_document(text, language, dt.date(2026, 1, 21)).people if p.name}
    assert {name: "signatory" in people.get(name, []) for name in names} == {name: True for name in names}, people


@pytest.mark.parametrize(("language", "sentence", "name"), [
    ("en", "Muianga signed for Mozambique and Vietnam's Deputy Minister Lê Quang Thiện looked on.", "Lê Quang Thiện"),
    ("en", "The protocol was signed by Ana Ruiz, who arrived with the delegation, as Peter Obi, the trade minister, looked on.",
     "Peter Obi"),
    ("fr", "Le ministre Abdou Diallo a signé pour le Sénégal, et la ministre Aminata Sall a assisté à la cérémonie.",
     "Aminata Sall"),
])
def test_an_onlooker_in_those_shapes_did_not_sign(language, sentence, name):
    text = _LEAD[language] + sentence
    people = {p.name: p.role_names() for p in read_document(text, language, dt.date(2026, 1, 21)).people if p.name}
    assert "signatory" not in people.get(name, []), people
