"""French reports tell a signing in the narrative imperfect or the passé simple as often as
in the passé composé — "dimanche, il signait avec son homologue … un accord", "les deux
ministres signaient lundi un mémorandum", "il parapha ensuite un protocole". The reader knew
only the passé composé, the passive and the present plural, and found no agreement."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 10)

SIGNINGS = [
    # seen failing (eval-fr-t)
    ("Arrivé samedi au Caire, le ministre tchadien de la Défense, Abdelkerim Bachar, n’a pas perdu de temps. Le lendemain "
     "de son arrivée, dimanche, il signait avec son homologue égyptien, le général Hossam Abdel-Ghaffar, un accord de "
     "coopération militaire.", "accord de coopération militaire"),
    # other members
    ("Lundi, à Niamey, les ministres malien et nigérien de la Pêche signaient un mémorandum d’entente sur la pêche.",
     "mémorandum d’entente sur la pêche"),
    ("Reçu lundi par son homologue nigérien, le ministre malien des Transports, Ibrahim Coulibaly, paraphait dans la foulée "
     "un protocole sur le transport routier.", "protocole sur le transport routier"),
    ("Le 3 février, à Bamako, le ministre malien des Finances et son homologue nigérien paraphèrent un accord sur le transit.",
     "accord sur le transit"),
]


@pytest.mark.parametrize(("text", "title"), SIGNINGS, ids=[str(i) for i in range(len(SIGNINGS))])
def test_a_signing_told_in_the_narrative_tenses_is_a_signing(text, title):
    agreements = read_document(text, "fr", PUBLISHED).agreements
    assert [a.instrument.title for a in agreements if a.signed] == [title], [(a.instrument and a.instrument.title, a.signed) for a in agreements]
