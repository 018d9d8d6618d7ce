"""What young people will learn under a text is education ("quelque 300 jeunes diplômés
djiboutiens y apprendront le développement logiciel", eval-fr-ag, seen failing: "the source
says nothing of education"): students, pupils or graduates who will learn, study or take
courses, not only the nouns ("enseignement", "bourses d’études") the pack had."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)


@pytest.mark.parametrize("language, sentence, found", [
    ("fr", "Chaque année, quelque 300 jeunes diplômés djiboutiens y apprendront le développement logiciel.", True),
    ("fr", "Les étudiants tchadiens suivront des cours de génie pétrolier à Kazan.", True),
    ("fr", "Quelque 40 élèves y étudieront la mécanique.", True),
    ("en", "Each year some 300 young Djiboutian graduates will learn software development there.", True),
    ("en", "Forty students from Chad will study petroleum engineering in Kazan.", True),
    ("fr", "Les jeunes ont manifesté devant le ministère.", False),
    ("en", "The students protested outside the ministry.", False),
])
def test_learners_are_education(language, sentence, found):
    codes = [m.code for m in read_document(sentence, language, PUBLISHED).domains]
    assert ("education" in codes) is found, codes
