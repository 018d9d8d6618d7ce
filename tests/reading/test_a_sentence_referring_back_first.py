"""A sentence that opens by referring back to the text just named ("Il prévoit de relier …,
afin qu’une déclaration saisie à Djibouti …", "It provides for …") is that text's, even when it
goes on to use an instrument's word as a common noun ("une déclaration", "a declaration",
"un protocole d’échange"): the later word took the sentence for the article's first agreement,
and what the second covers was lost (eval-fr-r's customs memorandum, seen failing)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("fr", "Djibouti et l’Éthiopie ont signé mardi deux textes. Le premier, un accord sur le transit, a été signé par les "
           "deux ministres. Le second texte, un mémorandum d’entente sur l’interconnexion des systèmes douaniers, a été "
           "signé par les deux directeurs. Il prévoit de relier les plateformes informatiques, afin qu’une déclaration "
           "saisie à Djibouti soit valable à Addis-Abeba.", "Il prévoit", "interconnexion"),
    ("en", "Djibouti and Ethiopia signed two texts on Tuesday. The first, an agreement on transit, was signed by the two "
           "ministers. The second text, a memorandum of understanding on customs systems, was signed by the two "
           "directors. It provides for linking the two systems, so that a declaration filed in Djibouti is valid in "
           "Addis Ababa.", "It provides", "customs"),
    ("fr", "Le Niger et le Tchad ont signé lundi deux textes. Le premier, un accord sur la sécurité, a été signé par les "
           "deux ministres. Le second texte, un mémorandum d’entente sur la santé, a été signé par les deux "
           "secrétaires généraux. Il porte sur la formation des infirmiers et sur un protocole d’échange de données "
           "médicales.", "Il porte", "santé"),
]


@pytest.mark.parametrize("language, text, opening, subject", MEMBERS)
def test_a_sentence_referring_back_is_the_last_named_texts(language, text, opening, subject):
    document = read_document(text, language, dt.date(2026, 3, 12))
    index = document.sentence_of(text.index(opening))
    second = next(a for a in document.agreements if a.instrument is not None and subject in a.instrument.title)
    first = next(a for a in document.agreements if a is not second)
    assert index in second.sentences
    assert index not in first.sentences
