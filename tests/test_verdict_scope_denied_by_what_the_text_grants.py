"""What a text grants nobody, or what figures nowhere in it, is no domain of it ("Le texte …
n’ouvre en revanche aucun droit de pêche aux armateurs portugais", "la question de la
migration ne figure nulle part dans le texte": eval-fr-af and eval-fr-y, LLM-style inferred
domains seen passed). Denials by "n’ouvre / n’accorde / ne donne … aucun", "ne figure nulle
part", "grants no", "appears nowhere in"."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "Le Sénégal et le Portugal ont signé lundi à Dakar un protocole sur la formation maritime. Il prévoit la "
           "formation de marins. Le texte, insiste-t-on, n’ouvre en revanche aucun droit de pêche aux armateurs portugais.",
     ("PRT", "Portugal", "Portugal"), ("SEN", "Sénégal", "Sénégal"), "lundi", "protocol", "protocole sur la formation maritime",
     "agriculture", "aucun droit de pêche aux armateurs portugais"),
    ("fr", "Le Burundi et la Suisse ont signé lundi à Gitega un accord sur l’eau. Il prévoit des forages. La question de la "
           "migration ne figure nulle part dans le texte, a confirmé un diplomate.",
     ("BDI", "Burundi", "Burundi"), ("CHE", "Suisse", "Suisse"), "lundi", "agreement", "accord sur l’eau",
     "migration", "question de la migration"),
    ("en", "Senegal and Portugal signed a protocol on maritime training in Dakar on Monday. It provides for the training of "
           "sailors. The text grants no fishing rights to Portuguese vessels.",
     ("PRT", "Portugal", "Portugal"), ("SEN", "Senegal", "Senegal"), "on Monday", "protocol", "protocol on maritime training",
     "agriculture", "fishing rights to Portuguese vessels"),
    ("en", "Burundi and Switzerland signed an agreement on water in Gitega on Monday. It provides for boreholes. Migration "
           "appears nowhere in the text, a diplomat said.",
     ("BDI", "Burundi", "Burundi"), ("CHE", "Switzerland", "Switzerland"), "on Monday", "agreement", "agreement on water",
     "migration", "Migration"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[7] for c in CASES])
def test_what_the_text_grants_nobody_is_no_domain(tmp_path, case):
    language, text, a, b, expression, kind, title, code, words = case
    record = record_of(text, language, "2026-02-25", parties=[a, b], date="2026-02-23", expression=expression,
                       kind=kind, title=title, place=None, domains=[(code, words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity == "error", found
