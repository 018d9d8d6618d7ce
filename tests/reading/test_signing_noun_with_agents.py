"""The signing told as a noun with its agents ("with the signing of a memorandum … by the Vice
Minister of Tourism, Laura Ventura-Guzmán, and the Director General …, Keisha Cartwright-Knowles",
"la signature de l’accord par le ministre …") names signatories, as "signed by" does; someone
the same sentence says witnessed, attended or presided stays an onlooker. Seen on the first
reading of eval-en-aa, where both signatories of the second instrument got no role; the other
members were written for the class and failed before. A "by" that belongs to another event
("a state visit by President …", "le séjour effectué par …") names no signatory."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "The visit opened in Nassau on Monday with the signing of a memorandum on tourism by the Dominican Vice Minister "
     "of Tourism, Laura Ventura-Guzmán, and the Director General of Tourism of The Bahamas, Keisha Cartwright-Knowles.",
     {"Laura Ventura-Guzmán": "signatory", "Keisha Cartwright-Knowles": "signatory"}),
    ("en", "Peru and Chile marked Monday with the signing of the trade accord by Foreign Minister Ana Ruiz and her Peruvian "
     "counterpart, Jorge Salas, in the presence of President Luis Mora.",
     {"Ana Ruiz": "signatory", "Jorge Salas": "signatory", "Luis Mora": "witness"}),
    ("fr", "La visite s’est ouverte lundi à Nassau par la signature d’un mémorandum sur le tourisme par la vice-ministre "
     "dominicaine du Tourisme, Laura Ventura-Guzmán, et la directrice générale du Tourisme des Bahamas, Keisha "
     "Cartwright-Knowles.",
     {"Laura Ventura-Guzmán": "signatory", "Keisha Cartwright-Knowles": "signatory"}),
    ("fr", "Le Cameroun et le Tchad ont marqué lundi la signature de l’accord par le ministre Paul Nkodo et son homologue "
     "tchadien, Ali Mahamat, en présence du président Ali Traoré.",
     {"Paul Nkodo": "signatory", "Ali Mahamat": "signatory", "Ali Traoré": "witness"}),
]


@pytest.mark.parametrize(("language", "text", "roles"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_agents_of_the_signing_noun_are_signatories(language, text, roles):
    people = {p.name: p.role_names() for p in read_document(text, language, dt.date(2026, 4, 20)).people}
    for name, role in roles.items():
        assert role in people.get(name, []), people


NOT_AGENTS = [
    ("en", "The President welcomed the signing of the two documents and proposed that the sides prepare more agreements in "
     "time for a state visit by President Ali Traoré.", "Ali Traoré"),
    ("fr", "Le président a salué la signature des deux documents, préparés lors du séjour effectué en mai par le ministre "
     "Ali Traoré.", "Ali Traoré"),
]


@pytest.mark.parametrize(("language", "text", "name"), NOT_AGENTS, ids=[str(i) for i in range(len(NOT_AGENTS))])
def test_a_by_phrase_of_another_event_names_no_signatory(language, text, name):
    people = {p.name: p.role_names() for p in read_document(text, language, dt.date(2026, 4, 20)).people}
    assert "signatory" not in people.get(name, []), people
