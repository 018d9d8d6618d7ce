"""A text the sentence names by its year, the title running on over a word after the year
("qui remplace un accord de 1994 devenu, selon un diplomate, « une coquille vide »", seen on
eval-fr-j; others written for the class), is an earlier one: the agreement signed is the new
text named beside it, not the old one."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le premier texte a été conclu lundi à Santiago. Il s’agit d’un accord-cadre de coopération scientifique et "
           "technologique, qui remplace un accord de 1994 devenu, selon un diplomate, « une coquille vide ». L’accord a été "
           "signé par les deux ministres.", "accord-cadre"),
    ("en", "The first text was concluded on Monday in Santiago. It is a framework agreement on scientific cooperation, which "
           "replaces an agreement of 1994 considered obsolete by both sides. The agreement was signed by the two ministers.",
     "framework agreement"),
    ("fr", "Le texte a été signé lundi à Dakar. Il s’agit d’un protocole d’accord sur la pêche, qui succède au protocole de "
           "2008 jugé trop vague. Le protocole a été signé par les deux ministres.", "protocole d’accord sur la pêche"),
]


@pytest.mark.parametrize(("lang", "text", "title"), CASES, ids=["accord de 1994 devenu", "agreement of 1994 considered", "protocole de 2008 jugé"])
def test_the_new_text_is_the_agreement(lang, text, title):
    document = read_document(text, lang, dt.date(2026, 3, 18))
    titles = [a.instrument.title for a in document.agreements if a.instrument]
    assert titles and all(t.startswith(title) for t in titles), titles
