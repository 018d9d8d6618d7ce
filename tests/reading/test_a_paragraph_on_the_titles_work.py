"""A feature gives the work a text sets up a paragraph of its own, under a cross-head, between
two sentences about the text ("… un protocole d’accord relatif à la création d’un centre
d’excellence …" / "Un centre pour les jeunes diplômés" / "Le futur centre d’excellence sera
installé … L’Inde s’engage à l’équiper … 300 jeunes diplômés y apprendront …" / "Le protocole
d’accord comporte aussi …", eval-fr-ag, seen failing: education "only outside what the agreement
covers"). Two classes: the work named with its complement ("Le futur centre d’excellence", "The
future centre of excellence") is the title's work, and a paragraph that opens on it, between
the agreement's own sentences, is what the agreement covers — the whole paragraph."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)

FEATURES = [
    ("fr", "Lundi, à Djibouti, les deux ministres ont signé un protocole d’accord relatif à la création d’un centre "
           "d’excellence en technologies numériques.\n\nUn centre pour les jeunes\n\nLe futur centre d’excellence sera "
           "installé sur le campus de Balbala. Chaque année, quelque 300 jeunes diplômés y apprendront le développement "
           "logiciel.\n\nLe protocole d’accord comporte aussi un volet sur la cybersécurité.", "education"),
    ("en", "On Monday in Djibouti the two ministers signed a memorandum of understanding on the establishment of a centre "
           "of excellence in digital technology.\n\nA centre for graduates\n\nThe future centre of excellence will be "
           "built on the Balbala campus. Each year some 300 young graduates will learn software development there.\n\n"
           "The memorandum also has a cybersecurity component.", "education"),
    ("fr", "Lundi, à Niamey, les deux ministres ont signé une convention relative à la construction d’un hôpital de "
           "référence.\n\nUn hôpital pour la région\n\nLe futur hôpital de référence devra accueillir 200 lits. Il "
           "disposera d’un service de pédiatrie et d’une maternité.\n\nLa convention prévoit aussi un volet sur l’eau.",
     "health"),
]


@pytest.mark.parametrize("language, text, code", FEATURES)
def test_the_works_paragraph_is_the_agreements_scope(language, text, code):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert code in [d.code for d in agreement.domains], [d.code for d in agreement.domains]


def test_a_paragraph_on_another_work_is_not():
    text = ("Lundi, à Djibouti, les deux ministres ont signé un protocole d’accord relatif à la création d’un centre "
            "d’excellence en technologies numériques.\n\nUn port pour la région\n\nLe futur port de pêche sera installé à "
            "Obock. Chaque année, quelque 300 jeunes diplômés y apprendront la navigation.\n\nLe protocole d’accord "
            "comporte aussi un volet sur la cybersécurité.")
    [agreement] = read_document(text, "fr", PUBLISHED).agreements
    assert "education" not in [d.code for d in agreement.domains]
