"""A feature tells two signings as two scenes (eval-fr-ag, seen failing: the memorandum signed in
Nouakchott was "contradicted" by the second text's Nouadhibou). Three classes: a sentence that
announces another text ("Le lendemain, c’est à Nouadhibou qu’un second texte a été signé", "The
next day another text was signed in …") is the text the next sentence names, not the one named
last; the place of a signing told in a scene ("Il y avait foule, jeudi, dans la grande salle du
ministère, à Nouakchott. … c’est dans ce décor que … ont signé") is the one its paragraph set, as
its day is; and a count from the previous signing ("Le lendemain") counts from that scene's day."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 28)  # a Saturday

TWO_SCENES = [
    ("fr", "Jeudi, à Nouakchott, les deux ministres ont signé le mémorandum d’entente sur les migrations. Le lendemain, "
           "c’est à Nouadhibou qu’un second texte, plus technique, a été signé. L’accord technique de coopération entre "
           "les gardes côtières porte la signature de deux officiers."),
    ("fr", "Jeudi, à Nouakchott, les deux ministres ont signé le mémorandum d’entente sur les migrations. Le lendemain, "
           "un autre texte a été signé à Nouadhibou. Il s’agit d’un accord technique de coopération entre les gardes côtières."),
    ("en", "On Thursday in Nouakchott the two ministers signed the memorandum of understanding on migration. The next "
           "day another text was signed in Nouadhibou. It is a technical cooperation agreement between the coast guards."),
    ("fr", "Il y avait foule, jeudi, dans la grande salle du ministère de l’Intérieur, à Nouakchott. C’est dans ce décor "
           "que les deux ministres ont signé le mémorandum d’entente sur les migrations.\n\nLe lendemain, c’est à "
           "Nouadhibou qu’un second texte a été signé. L’accord technique de coopération entre les gardes côtières porte "
           "la signature de deux officiers."),
]


@pytest.mark.parametrize("language, text", TWO_SCENES)
def test_each_text_keeps_its_own_scene(language, text):
    agreements = read_document(text, language, PUBLISHED).agreements
    assert [(a.place.city, a.date.date) for a in agreements] == [
        ("Nouakchott", dt.date(2026, 2, 26)), ("Nouadhibou", dt.date(2026, 2, 27))], \
        [(a.instrument.title, a.place, a.date) for a in agreements]

