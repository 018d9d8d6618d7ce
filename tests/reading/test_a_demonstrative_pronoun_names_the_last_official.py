"""A demonstrative pronoun — "par ce dernier", "par celle-ci", "by the latter" — names the
official named last before it, in its sentence or the one before: their role is read where the
pronoun stands. Seen on eval-fr-ab ("… du ministre de la Défense nationale, le général de
division à la retraite Sidi Mohamed Ould Boilil, par celui-ci et par son homologue", where the
long clause between the verb and the agent still hides the role: a gap left open); the members
below were written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le ministre sénégalais de la Pêche, M. Amadou Ba, s’est rendu à Rome. Le texte a été signé par ce dernier et par son "
           "homologue italien.", "Amadou Ba"),
    ("fr", "La ministre sénégalaise de la Pêche, Mme Awa Ndiaye, s’est rendue à Rome. Le texte a été signé par celle-ci et par "
           "son homologue italien.", "Awa Ndiaye"),
    ("en", "Senegal's Fisheries Minister, Amadou Ba, travelled to Rome. The memorandum was signed by the latter and his Italian "
           "counterpart.", "Amadou Ba"),
]


@pytest.mark.parametrize(("lang", "text", "name"), CASES, ids=["ce dernier", "celle-ci", "the latter"])
def test_the_pronoun_signs_for_the_official_named_before(lang, text, name):
    people = {p.name: p.role_names() for p in read_document(text, lang, dt.date(2026, 1, 21)).people}
    assert "signatory" in people.get(name, []), people


def test_a_pronoun_with_no_one_named_before_names_no_one():
    text = "Le texte a été signé mardi à Rome par ce dernier et par son homologue italien."
    assert all(p.name is None for p in read_document(text, "fr", dt.date(2026, 1, 21)).people)
