"""Two readings the session's own fixtures caught going wrong (heldout-2, dataset): a
portfolio's last adjective that is also an academic's head ("ministre de l’Enseignement
supérieur et universitaire") closes the complement instead of opening a second title; and the
hospitals of the armies ("entre les hôpitaux des deux armées") are military health, not
health."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document
from helpers.reading import officials


@pytest.mark.parametrize("sentence, name, title", [
    ("Le texte a été signé par la ministre de l’Enseignement supérieur et universitaire, Marie-Thérèse Ilunga Mbuyi.",
     "Marie-Thérèse Ilunga Mbuyi", "ministre de l’Enseignement supérieur et universitaire"),
    ("Le texte a été signé par le ministre de la Recherche scientifique et universitaire, Paul Ndong.",
     "Paul Ndong", "ministre de la Recherche scientifique et universitaire"),
])
def test_the_adjective_closes_the_portfolio(sentence, name, title):
    assert officials(sentence, "fr")[name][0] == [title]


def test_a_second_title_after_et_is_still_one():
    people = officials("Le texte a été signé par le ministre de la Défense et président du comité, Moussa Diop.", "fr")
    assert people["Moussa Diop"][0] == ["ministre de la Défense", "président du comité"]


@pytest.mark.parametrize("sentence, health", [
    ("Le texte couvre la santé militaire, avec des échanges de personnels entre les hôpitaux des deux armées.", False),
    ("Les médecins seront formés dans les hôpitaux des forces armées.", False),
    ("La convention finance la construction de deux hôpitaux régionaux.", True),
])
def test_army_hospitals_are_not_health(sentence, health):
    codes = [m.code for m in read_document(sentence, "fr", dt.date(2026, 1, 20)).domains]
    assert ("health" in codes) is health, codes
