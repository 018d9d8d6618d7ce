"""An initial inside a name ends no sentence when the surname after it opens with a particle
("Jean-Marc P. Le Guen", "Maria T. de Souza", "Pieter J. van der Berg", "Ana C. Da Silva"):
a capitalised particle there goes on with the name ("Le Guen"), it does not open a sentence
the way "Le ministre …" would. Seen failing in eval-fr-u: the signatory named so, cut in two
by the sentence splitter, was read as no signatory."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 4, 10)

MEMBERS = [
    # seen failing (eval-fr-u)
    ("fr", "À Phnom Penh, le général Jean-Marc P. Le Guen, directeur de la coopération, et le général Chhum Vibol, "
           "secrétaire d’État, ont signé une lettre d’intention.", "Jean-Marc P. Le Guen"),
    # other members
    ("fr", "À Luanda, la ministre Maria T. De Souza, secrétaire d’État, et le ministre Ali Ben Salah ont signé un "
           "accord de coopération.", "Maria T. De Souza"),
    ("en", "In Pretoria, Ambassador Pieter J. Van der Berg and the Minister of Trade, Thandi Mokoena, signed a "
           "memorandum of understanding.", "Pieter J. Van der Berg"),
    ("en", "In Maputo, Minister Ana C. Da Silva and Ambassador John Smith signed an agreement on fisheries.",
     "Ana C. Da Silva"),
]


@pytest.mark.parametrize(("language", "text", "name"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_an_initial_before_a_particle_ends_no_sentence(language, text, name):
    document = read_document(text, language, PUBLISHED)
    assert len(document.sentences) == 1, [document.sentence_text(i) for i in range(len(document.sentences))]
    people = {p.name: set(p.role_names()) for p in document.people}
    assert "signatory" in people.get(name, set()), people
