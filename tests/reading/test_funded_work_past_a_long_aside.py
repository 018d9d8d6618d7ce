"""What the funded work will do counts as the agreement's scope however long the aside between
its subject and its verb ("The loan, repayable over 40 years with a 15-year grace period at
0.01 per cent interest, will pay for … the training of Bangladeshi nurses"). Seen on eval-en-aq
(a Korean loan's training of nurses called "outside what the agreement covers"); the other
members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Bangladesh and South Korea on Wednesday signed a loan agreement for a hospital in Khulna. The loan, repayable "
           "over 40 years with a 15-year grace period at 0.01 per cent interest, will pay for the building and the "
           "training of Bangladeshi nurses and biomedical engineers in Korea.", "capacity_building"),
    ("en", "Kenya and Japan on Monday signed a grant agreement for rural clinics. The grant, which both ministers "
           "described as the largest ever made to the country's rural health services, will fund the training of "
           "midwives.", "capacity_building"),
    ("fr", "Le Sénégal et la Corée ont signé lundi un accord de prêt pour un hôpital à Kaolack. Le prêt, remboursable sur "
           "quarante ans avec un différé de quinze ans au taux de 0,01 %, financera la formation des infirmiers.",
     "capacity_building"),
    ("fr", "Le Togo et le Japon ont signé mardi un accord de don pour des forages. Le don, que les deux ministres ont "
           "présenté comme le plus important jamais accordé au secteur de l’eau du pays, financera la formation des "
           "techniciens.", "capacity_building"),
]


@pytest.mark.parametrize(("lang", "text", "code"), CASES, ids=["loan, repayable …", "grant, which …", "prêt, remboursable …", "don, que …"])
def test_funded_work_past_a_long_aside_is_the_agreements(lang, text, code):
    agreement = read_document(text, lang, dt.date(2026, 2, 12)).agreements[0]
    assert code in [d.code for d in agreement.domains], agreement.domains
