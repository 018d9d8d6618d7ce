"""A text's scope denied through its subject rather than its verb ("aucun des deux textes ne
porte sur la fourniture de drones de combat", "Neither text covers arms sales", "None of the
agreements deals with fisheries"): the subject was read as any sentence about the agreement,
so a subject the text leaves out became one of its domains — and an LLM-style record's
inferred domain passed (eval-fr-ac's Cameroon–Türkiye framework agreement, seen)."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

DENIALS = [
    ("fr", "Le Cameroun et la Turquie ont signé vendredi à Yaoundé un accord-cadre de coopération dans le domaine de la "
           "défense. Aucun des deux textes ne porte sur la fourniture de drones de combat.", "equipment_procurement"),
    ("fr", "Le Sénégal et l'Espagne ont signé lundi à Dakar un mémorandum d'entente sur la santé. Aucun volet du texte ne "
           "concerne la fourniture de drones de combat.", "equipment_procurement"),
    ("en", "Kenya and Japan signed a memorandum on health in Nairobi on Tuesday. Neither text covers arms sales or "
           "military equipment.", "equipment_procurement"),
    ("en", "Kenya and Japan signed two memorandums on health in Nairobi on Tuesday. None of the agreements deals with "
           "fisheries.", "agriculture"),
]


@pytest.mark.parametrize("language, text, code", DENIALS)
def test_a_subject_denied_by_a_negative_subject_is_no_domain(language, text, code):
    assert code not in [d.code for d in first_agreement(text, language).domains]


KEPT = [
    # what the text does cover, said beside such a denial or plainly, stays
    ("en", "Kenya and Japan signed a memorandum on health in Nairobi on Tuesday. It covers fisheries and no other "
           "sector.", "agriculture"),
    ("fr", "Le Sénégal et l'Espagne ont signé lundi à Dakar un mémorandum d'entente. Le texte porte sur la santé et "
           "la pêche, aucun autre secteur n'étant concerné.", "health"),
]


@pytest.mark.parametrize("language, text, code", KEPT)
def test_what_the_text_covers_stays(language, text, code):
    assert code in [d.code for d in first_agreement(text, language).domains]
