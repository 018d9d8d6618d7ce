"""What a text says lies outside its field — "La question du partage des ressources en eau …
n’entre pas dans le champ de l’accord", "ne relève pas du mémorandum", "does not fall within
the memorandum", "is beyond the scope of the agreement" — is no domain of it. Seen missed in
eval-fr-p (an LLM's inferred domain)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "Le Niger et le Nigeria ont signé lundi à Niamey un accord sur la transhumance. Il prévoit des couloirs de "
           "passage du bétail. La question du partage des ressources en eau du bassin n’entre pas dans le champ de "
           "l’accord.", ("NER", "Niger", "Niger"), ("NGA", "Nigeria", "Nigeria"), "lundi", "accord sur la transhumance",
     "water", "partage des ressources en eau"),
    ("fr", "Le Niger et le Bénin ont signé lundi à Niamey un accord sur la transhumance. Il prévoit des couloirs de "
           "passage du bétail. Le partage des ressources en eau ne relève pas de l’accord.", ("NER", "Niger", "Niger"),
     ("BEN", "Bénin", "Bénin"), "lundi", "accord sur la transhumance", "water", "partage des ressources en eau"),
    ("en", "Kenya and Uganda signed an agreement on livestock in Nairobi on Monday. It provides for cattle corridors. "
           "Sharing the water resources of the basin does not fall within the agreement.", ("KEN", "Kenya", "Kenya"),
     ("UGA", "Uganda", "Uganda"), "on Monday", "agreement on livestock", "water", "water resources of the basin"),
    ("en", "Kenya and Ethiopia signed an agreement on livestock in Nairobi on Monday. It provides for cattle corridors. "
           "Sharing water resources is beyond the scope of the agreement.", ("KEN", "Kenya", "Kenya"),
     ("ETH", "Ethiopia", "Ethiopia"), "on Monday", "agreement on livestock", "water", "water resources"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[3][0] for c in CASES])
def test_what_lies_outside_the_field_is_no_domain(tmp_path, case):
    language, text, a, b, expression, title, code, words = case
    record = record_of(text, language, "2025-03-04", parties=[a, b], date="2025-03-03", expression=expression,
                       kind="agreement", title=title, place=None, domains=[(code, words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity == "error", found
