"""A text the article says is not among those signed, and that a separate instrument will cover
later ("It is not part of the instruments signed and will be the subject of a separate
agreement", "Il ne fait pas partie des textes signés et fera l’objet d’un accord séparé"), is
no signed agreement. Seen on the first reading of eval-en-aa (a false record); the other members
were written for the class and failed before."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

LEAD_EN = "Eswatini and Hungary signed a memorandum on water management in Mbabane on Thursday. A credit line was discussed. "
LEAD_FR = "Le Bénin et la Hongrie ont signé jeudi à Cotonou un mémorandum sur l’eau. Une ligne de crédit a été évoquée. "
CASES = [
    ("en", LEAD_EN + "It is not part of the instruments signed and will be the subject of a separate agreement."),
    ("en", LEAD_EN + "A loan agreement was not among the texts signed on Thursday."),
    ("en", LEAD_EN + "The loan agreement is not part of the documents signed in Mbabane."),
    ("fr", LEAD_FR + "L’accord de prêt ne fait pas partie des textes signés jeudi."),
    ("fr", LEAD_FR + "Un accord de prêt ne faisait pas partie des instruments signés à Cotonou."),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_only_the_memorandum_is_signed(language, text):
    agreements = read_document(text, language, dt.date(2026, 5, 15)).agreements
    assert len(agreements) == 1, [a.instrument.title for a in agreements]
