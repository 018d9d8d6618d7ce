"""Names the model finds that are no one of the story: a person's name inside a place's name
("au Centre international de conférences Mahatma Gandhi de Niamey", "the Kenneth Kaunda
Conference Centre"), which turned into a signatory once the sentence reported the signing; a
title's own capitalised words ("Secrétaire Général" of "Secrétaire Général du Ministère du
Pétrole"); and a name the model cut at its hyphen ("Monsieur Abdoul" + "Razak HAMIDOU"). Seen
on eval-fr-ac's Niger–Algeria release; the other members written for the classes."""

from __future__ import annotations

import pytest

from helpers.reading import officials


IN_A_PLACE = [
    ("fr", "Le mardi 20 janvier 2026, au Centre international de conférences Mahatma Gandhi de Niamey, et sous la "
           "présidence du Premier Ministre, il a été procédé à la signature des deux textes suivants : un mémorandum "
           "sur l’énergie et un protocole sur la formation.", "Mahatma Gandhi"),
    ("fr", "Sous la présidence du Premier Ministre, il a été procédé à la signature du mémorandum à l’Université "
           "Cheikh Anta Diop de Dakar.", "Cheikh Anta Diop"),
    ("fr", "En présence du ministre de l’Énergie, les deux textes ont été signés au Palais des congrès Nelson Mandela "
           "de Kinshasa.", "Nelson Mandela"),
]


@pytest.mark.parametrize("language, sentence, name", IN_A_PLACE)
def test_a_name_inside_a_places_name_is_no_person(language, sentence, name):
    assert name not in officials(sentence, language)


TITLE_WORDS_AND_HYPHENS = [
    ("Le texte a été signé par Monsieur Abdoul-Razak HAMIDOU, Secrétaire Général du Ministère du Pétrole.",
     "Abdoul-Razak HAMIDOU", "Secrétaire Général du Ministère du Pétrole"),
    ("Le texte a été signé par Monsieur Abdoul-Razak Hamidou, Secrétaire Général du Ministère du Pétrole.",
     "Abdoul-Razak Hamidou", "Secrétaire Général du Ministère du Pétrole"),
    ("Le texte a été signé par Madame Marie-Claire Oumarou, Directrice Générale des Douanes.",
     "Marie-Claire Oumarou", "Directrice Générale des Douanes"),
]


@pytest.mark.parametrize("sentence, name, title", TITLE_WORDS_AND_HYPHENS)
def test_a_hyphened_given_name_is_whole_and_a_titles_words_no_name(sentence, name, title):
    people = officials(sentence, "fr")
    assert people.get(name, ([], []))[0] == [title]
    assert len(people) == 1


def test_a_person_named_after_the_place_phrase_stays():
    people = officials("Le texte a été signé au Palais des congrès par M. Ali Mahamane, ministre de l’Énergie.", "fr")
    assert "signatory" in people["Ali Mahamane"][1]
