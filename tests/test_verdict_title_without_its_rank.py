"""A title written without the rank word that opens the source's — "Minister of Agriculture"
for "State Minister of Agriculture of the Federal Democratic Republic of Ethiopia", "Minister
of Finance" for "Deputy Minister of Finance", "ministre des Finances" for "vice-ministre des
Finances" — names another, higher office: not the source's title. Seen missed in eval-en-m
(an LLM's paraphrased title). Dropping a qualifier after the office ("… of the Federal
Democratic Republic of Ethiopia") is still the source's title."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

TEXT = {
    "en": "Ethiopia and Ireland signed a memorandum of understanding on agriculture on Monday. It was signed by H.E. Dr. "
          "Tsion Gebre-Mariam, {title}, and by the Ambassador of Ireland, Mr Sean Kelly.",
    "fr": "L’Éthiopie et l’Irlande ont signé lundi un mémorandum d’entente sur l’agriculture. Il a été signé par Mme "
          "Tsion Gebre-Mariam, {title}, et par l’ambassadeur d’Irlande, M. Sean Kelly.",
}

CASES = [
    ("en", "State Minister of Agriculture of the Federal Democratic Republic of Ethiopia", "Minister of Agriculture", True),
    ("en", "Deputy Minister of Finance", "Minister of Finance", True),
    ("fr", "vice-ministre des Finances", "ministre des Finances", True),
    ("en", "State Minister of Agriculture of the Federal Democratic Republic of Ethiopia", "State Minister of Agriculture", False),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in CASES])
def test_a_title_without_its_rank_is_another_office(tmp_path, case):
    language, held, claimed, wrong = case
    text = TEXT[language].format(title=held)
    parties = [("ETH", "Ethiopia", "thiop"), ("IRL", "Ireland", "Ir")]
    record = record_of(text, language, "2025-07-01", parties=parties,
                       date="2025-06-30", expression="Monday" if language == "en" else "lundi",
                       kind="memorandum_of_understanding", title="agriculture", place=None,
                       people=[("Tsion Gebre-Mariam", [claimed], "ETH", ["signatory"], [held])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].titles[0]")
    assert (found.severity == "error") == wrong, found
