"""A past participle set off in apposition and followed by when it happened signs the
instrument of its sentence: "Le second, signé dans la foulée, est un protocole d’accord sur …",
"signé peu après", "signée simultanément", "signé aussitôt après". Seen on a development set,
where the second of two instruments signed the same day was not read as signed ("signé dans
la foulée"); the other members were written for the class and failed before."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

LEAD = "La Côte d’Ivoire et la Corée ont signé mardi à Séoul un accord-cadre de financement. "
CASES = [
    "Le second texte, signé dans la foulée, est un protocole d’accord sur le gouvernement numérique.",
    "Un autre texte, signé peu après, est un protocole d’accord sur le gouvernement numérique.",
    "Un protocole d’accord sur le gouvernement numérique, signé simultanément, complète le dispositif.",
    "Le second, signé aussitôt après, est un protocole d’accord sur le gouvernement numérique.",
]


@pytest.mark.parametrize("sentence", CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_second_instrument_is_read_as_signed(sentence):
    document = read_document(LEAD + sentence, "fr", dt.date(2025, 11, 26))
    titles = [a.instrument.title for a in document.agreements]
    assert any("numérique" in (t or "") for t in titles), titles


def test_signed_in_a_place_that_is_no_time_is_not_a_signing_clause():
    from helpers.reading import run_until

    text = ("La délégation a passé 48 heures à Conakry, à cheval sur la fin décembre, et en est revenue avec deux textes "
            "signés dans ses valises. C’est mardi que les textes ont été signés.")
    state = run_until(text, "signings", "fr")
    assert [s.sentence for s in state.signings] == [1], state.signings
