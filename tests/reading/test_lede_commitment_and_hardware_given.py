"""A broadcast's lede says what the text does before the sentence that reports its signing
("Le Japon va offrir deux vedettes de patrouille rapides aux garde-côtes seychellois. Un
échange de notes a été signé ce matin …", eval-fr-af, seen failing: "the source says nothing
of equipment procurement"). Two classes: a party's undertaking told right before the
agreement's first sentence, in its paragraph, is what the agreement covers; and hardware
given, delivered or supplied ("offrir deux vedettes", "livrer deux patrouilleurs", "deliver
three armoured vehicles") is equipment procurement, as its nouns were ("livraison de …")."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 4, 22)

LEDES = [
    ("fr", "Le Japon va offrir deux vedettes de patrouille rapides aux garde-côtes seychellois. Un échange de notes a été "
           "signé ce matin à Victoria par la ministre des Affaires étrangères et l'ambassadeur du Japon."),
    ("en", "Japan will give two fast patrol boats to the Seychelles Coast Guard. An exchange of notes was signed this "
           "morning in Victoria by the Minister of Foreign Affairs of Seychelles and the Ambassador of Japan."),
    ("fr", "L’Égypte fournira quatre hélicoptères à l’armée congolaise. L’accord a été signé mardi à Kinshasa par le "
           "ministre congolais de la Défense et l’ambassadeur d’Égypte."),
]


@pytest.mark.parametrize("language, text", LEDES)
def test_the_ledes_undertaking_is_the_agreements_scope(language, text):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert [d.code for d in agreement.domains] == ["equipment_procurement"]


def test_a_lede_across_a_paragraph_break_is_not():
    text = ("Le Japon va offrir deux vedettes de patrouille rapides aux garde-côtes seychellois.\n\n"
            "Un échange de notes sur la pêche a été signé ce matin à Victoria par la ministre des Affaires étrangères "
            "et l'ambassadeur du Japon.")
    [agreement] = read_document(text, "fr", PUBLISHED).agreements
    assert "equipment_procurement" not in [d.code for d in agreement.domains]


@pytest.mark.parametrize("language, sentence, found", [
    ("fr", "La Turquie va livrer deux patrouilleurs et des drones à la marine.", True),
    ("fr", "L’Égypte fournira à la RDC quatre hélicoptères.", True),
    ("en", "Türkiye will deliver three armoured vehicles to the police.", True),
    ("fr", "Le ministre a offert un dîner aux délégations.", False),
    ("en", "The minister gave a speech to the delegations.", False),
])
def test_hardware_given_is_equipment_procurement(language, sentence, found):
    codes = [m.code for m in read_document(sentence, language, PUBLISHED).domains]
    assert ("equipment_procurement" in codes) is found, codes
