""""Un échange de notes a été signé ce matin, au ministère des Affaires étrangères, à Victoria,
par la ministre …, et l’ambassadeur du Japon …" (eval-fr-af, seen failing: neither signer
"signed"): the passive's agent comes after a time, a venue and a city, more words than the
cue allowed. The gap may now be long — but a "par"/"by" that is the agent of another
participle in it ("un forum organisé par le ministre", "a dinner hosted by the minister",
"une audience accordée par le président", "la visite effectuée au Sénégal par le ministre")
names no signer; a noun on the same ending ("dans la matinée par M. X") is no participle."""

from __future__ import annotations

import pytest

from helpers.reading import officials

SIGNED = [
    ("fr", "Un échange de notes a été signé ce matin, au ministère des Affaires étrangères, à Victoria, par la ministre "
           "des Affaires étrangères et du Tourisme, Sylvette Payet-Laporte, et l'ambassadeur du Japon aux Seychelles, "
           "Kenji Ōtsuka.", ["Sylvette Payet-Laporte", "Kenji Ōtsuka"]),
    ("fr", "L’accord a été signé mardi à Lomé par le ministre du Commerce, Paul Diouf.", ["Paul Diouf"]),
    ("fr", "La convention a été paraphée jeudi après-midi, dans la salle des fêtes de la présidence, à Niamey, par le "
           "ministre des Mines, Issoufou Garba.", ["Issoufou Garba"]),
    # eval-fr-ab's digest (seen failing): a visit told between the participle and its agents
    ("fr", "Le texte a été signé lors d’une visite de travail au Portugal du ministre de la Défense nationale, le général "
           "de division à la retraite Sidi Mohamed Ould Boilil, par celui-ci et par son homologue portugaise, la ministre "
           "de la Défense nationale Teresa Cordeiro Valente, qui le recevait.", ["Sidi Mohamed Ould Boilil", "Teresa Cordeiro Valente"]),
    ("en", "An exchange of notes was signed this morning, at the Ministry of Foreign Affairs, in Victoria, by the "
           "Minister of Foreign Affairs and Tourism, Sylvette Payet-Laporte, and the Ambassador of Japan to Seychelles, "
           "Kenji Otsuka.", ["Sylvette Payet-Laporte", "Kenji Otsuka"]),
    ("en", "The agreement was signed in Accra by the Minister of Trade, Paul Diouf.", ["Paul Diouf"]),
]


@pytest.mark.parametrize("language, sentence, signers", SIGNED)
def test_the_agent_after_the_insertions_signed(language, sentence, signers):
    people = officials(sentence, language)
    for name in signers:
        assert "signatory" in people[name][1], people


NOT_SIGNED = [
    ("fr", "L’accord a été signé mardi en marge du forum organisé par le ministre du Commerce, Paul Diouf."),
    ("fr", "L’accord a été signé mardi, après une audience accordée par le président, Paul Diouf."),
    ("en", "The agreement was signed on Tuesday on the sidelines of a forum organised by the Minister of Trade, Paul Diouf."),
    ("en", "The agreement was signed on Tuesday at a dinner hosted by the Minister of Trade, Paul Diouf."),
]


@pytest.mark.parametrize("language, sentence", NOT_SIGNED)
def test_another_participles_agent_did_not_sign(language, sentence):
    assert "signatory" not in officials(sentence, language)["Paul Diouf"][1]
