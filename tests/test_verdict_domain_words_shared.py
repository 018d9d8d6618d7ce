"""Domains are not exclusive: a domain's cited words that also carry another domain's phrase
("former les formateurs ivoiriens" cited for education, which the reader reads as capacity
building) are for a person to confirm — ``unverified`` — never a contradiction of the record's
evidence. Seen on eval-fr-a once training of professionals was read as capacity building; the
other members were written for the class."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of

CASES = [
    ("fr", "Le Maroc et la Côte d’Ivoire ont signé lundi un accord sur la formation professionnelle. L’accord prévoit de "
     "former les formateurs ivoiriens.", [("MAR", "Maroc", "Maroc"), ("CIV", "Côte d’Ivoire", "Côte d’Ivoire")],
     "accord sur la formation professionnelle", "lundi", ("education", "former les formateurs ivoiriens")),
    ("en", "Kenya and Uganda signed a memorandum on customs on Monday. The memorandum provides that Kenya will train Ugandan "
     "customs officials.", [("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda")], "memorandum on customs", "on Monday",
     ("trade", "train Ugandan customs officials")),
    ("fr", "Le Togo et le Bénin ont signé lundi un accord sur la santé. L’accord prévoit de former des infirmiers béninois.",
     [("TGO", "Togo", "Togo"), ("BEN", "Bénin", "Bénin")], "accord sur la santé", "lundi", ("health", "former des infirmiers béninois")),
]


@pytest.mark.parametrize("case", CASES, ids=[c[5][0] for c in CASES])
def test_a_domains_words_with_another_domains_phrase_are_no_contradiction(tmp_path, case):
    language, text, parties, title, expression, domain = case
    kind = "memorandum_of_understanding" if title.startswith("memorandum") else "agreement"
    record = record_of(text, language, "2026-03-11", parties=parties, date="2026-03-09", expression=expression, kind=kind,
                       title=title, place=None, domains=[domain])
    result = check_one(tmp_path, text, record)
    spans = [c for c in result.checks if c.path.startswith("domains[0]")]
    assert spans and all(c.verdict != "contradicted" for c in spans), spans
