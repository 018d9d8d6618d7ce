"""A witness clause set between the signing verb and its agents — "signé lundi à Mascate, en
présence du ministre X, par A et B", "signed on Monday, in the presence of X, by A and B" —
makes X a witness and A and B the signatories. The reader read A and B as witnesses too
(the presence clause ran on to them) or gave them no role at all."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)

CLAUSES = [
    # seen failing
    ("fr", "Un accord sur le pétrole a été signé lundi à Mascate, en présence du ministre omanais des Affaires étrangères, "
           "Badr Albusaidi, par le ministre omanais de l’Énergie, Salim Al Aufi, et le vice-ministre turkmène de "
           "l’Énergie, Batyr Amanov."),
    # other members
    ("fr", "Le mémorandum a été signé mardi, au cours d’une cérémonie présidée par le Premier ministre sénégalais, "
           "Ousmane Diagne, par le ministre sénégalais de la Pêche, Salim Al Aufi, et son homologue mauritanien, "
           "Batyr Amanov."),
    ("en", "An agreement on oil was signed on Monday in Muscat, in the presence of Oman's Foreign Minister Badr "
           "Albusaidi, by Oman's Energy Minister Salim Al Aufi and Turkmen Deputy Energy Minister Batyr Amanov."),
    ("en", "The memorandum was signed at the State House on Tuesday, at a ceremony presided over by President Ousmane "
           "Diagne, by Ghana's Minister of Fisheries Salim Al Aufi and Togo's Minister of Maritime Economy Batyr Amanov."),
]


@pytest.mark.parametrize(("language", "text"), CLAUSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLAUSES)])
def test_the_agents_after_a_witness_clause_signed(language, text):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    assert people["Salim Al Aufi"] == {"signatory"} and people["Batyr Amanov"] == {"signatory"}, people
    onlooker = "Badr Albusaidi" if "Badr Albusaidi" in people else "Ousmane Diagne"
    assert people[onlooker] == {"witness"}, people
