""""X a procédé jeudi 14 mai, à Abidjan, avec la ministre …, Mme Y, à la signature d’une
convention" (eval-fr-ad, seen failing: "the source never says X signed"): a periphrasis whose
act ("à la signature") comes after a long insertion, and a co-actor named with "avec" before
it. The subject's cue now runs to the act across the insertion's commas; the co-actor signed
when the act told right after them is a signing — not when it is another act ("à
l’inauguration d’une école"), and not an onlooker named with "en présence de"."""

from __future__ import annotations

import pytest

from helpers.reading import officials

SIGNED_BY_BOTH = [
    ("fr", "En visite de travail de 48 heures en Côte d’Ivoire, le ministre marocain de l’Emploi, M. Abdelghani Tazi, "
           "a procédé jeudi 14 mai, à Abidjan, avec la ministre de la Formation professionnelle, Mme Adjoua Kouamé, "
           "à la signature d’une convention de partenariat.", "Abdelghani Tazi", "Adjoua Kouamé"),
    ("fr", "Le ministre gabonais des Mines, Paul Ndong, a procédé jeudi, à Libreville, avec l’ambassadeur de Chine, "
           "M. Li Wei, à la signature du protocole.", "Paul Ndong", "Li Wei"),
    ("fr", "Le ministre gabonais des Mines, Paul Ndong, a procédé mardi avec son homologue chinois, M. Li Wei, "
           "à la signature du protocole.", "Paul Ndong", "Li Wei"),
    ("fr", "Le ministre marocain de l’Emploi, M. Abdelghani Tazi, a procédé à la signature d’une convention "
           "avec la ministre de la Formation professionnelle, Mme Adjoua Kouamé.", "Abdelghani Tazi", "Adjoua Kouamé"),
]


@pytest.mark.parametrize("language, sentence, subject, co_actor", SIGNED_BY_BOTH)
def test_subject_and_co_actor_sign(language, sentence, subject, co_actor):
    people = officials(sentence, language)
    assert "signatory" in people[subject][1], people
    assert "signatory" in people[co_actor][1], people


def test_a_co_actor_in_english_signs_too():
    people = officials("Minister Paul Ndong joined on Tuesday, in Libreville, with the Chinese Ambassador, Li Wei, "
                       "in signing the protocol.")
    assert "signatory" in people["Li Wei"][1], people


@pytest.mark.parametrize("language, sentence, other", [
    ("fr", "Le ministre gabonais des Mines, Paul Ndong, a procédé avec son homologue chinois, M. Li Wei, "
           "à l’inauguration d’une école.", "Li Wei"),
    ("fr", "Le ministre gabonais des Mines, Paul Ndong, a procédé mardi, au siège du ministère, en présence de "
           "l’ambassadeur de Chine, M. Li Wei, à la signature du protocole.", "Li Wei"),
    ("en", "Minister Paul Ndong joined with the Chinese Ambassador, Li Wei, in opening a school.", "Li Wei"),
])
def test_another_act_or_an_onlooker_is_no_signature(language, sentence, other):
    people = officials(sentence, language)
    assert "signatory" not in people[other][1], people
