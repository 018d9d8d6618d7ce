"""With several texts in an article, the sentence right after one naming a text, whose subject
is a pronoun for it and which tells what it does ("The letter of intent is more modest. It
describes how … and it reserves places for Kenyan analysts on training courses"), tells that
text's content (seen on eval-en-an: the letter's training places read outside its scope, a
correct record's domain not found; the other members written for the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Kenya and Estonia signed a memorandum of understanding on digital government on Thursday. The next day, a Letter of "
           "Intent on Cybersecurity Cooperation was signed in Tartu by the two agency heads.\n\nThe memorandum covers a data "
           "exchange layer. The letter of intent is more modest. It describes how the two response teams will warn each other "
           "of attacks, and it reserves places for Kenyan analysts on training courses.", "It describes how"),
    ("fr", "Le Niger et le Luxembourg ont signé mardi un accord de financement sur l’eau. Le même jour, un protocole sur la santé "
           "a été signé par les deux ambassadeurs.\n\nL’accord finance des forages. Le protocole est plus modeste. Il décrit "
           "comment les hôpitaux des deux pays échangeront leurs médecins, et il réserve des places de stage aux internes.", "Il décrit"),
    ("en", "Uganda and Kenya signed an agreement on fisheries on Monday. On Tuesday, a protocol on lake security was signed by "
           "the two police chiefs.\n\nThe agreement sets catch limits. The protocol is shorter. It describes "
           "how the two police forces will share radio channels, and it reserves berths for Kenyan officers on patrol boats.", "It describes how the two"),
    ("fr", "Le Togo et le Ghana ont signé lundi un accord sur le commerce. Mardi, une lettre d’intention sur les douanes a été "
           "signée par les deux directeurs.\n\nL’accord réduit les droits. La lettre d’intention est plus brève. Elle décrit "
           "comment les deux douanes s’informeront des saisies, et elle réserve des places aux douaniers togolais.", "Elle décrit"),
]


@pytest.mark.parametrize(("lang", "text", "opening"), CASES, ids=["It describes how", "Il décrit comment", "It describes how the two", "Elle décrit comment"])
def test_the_pronoun_sentence_is_the_second_texts(lang, text, opening):
    document = read_document(text, lang, dt.date(2026, 3, 2))
    index = document.sentence_of(text.index(opening))
    second = document.agreements[1]
    assert index in second.scope, (second.instrument.title, second.scope)
    assert index not in document.agreements[0].scope
