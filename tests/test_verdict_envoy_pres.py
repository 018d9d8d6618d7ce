"""The diplomatic formula "ambassadeur de X près (de) Y" — "Ambassadeur de la République
d’Albanie près la République togolaise", "ambassadeur du Sénégal près le Royaume du Maroc" —
names the envoy's side, X, and where they serve, Y, as "auprès de" does: the title states
their country. Seen missed in eval-fr-s (an LLM gave the Albanian ambassador to Togo)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("Le Togo et l’Albanie ont signé mardi à Lomé un mémorandum d’entente sur les ports, en présence de Son Excellence "
     "Monsieur Arben Shkodra, Ambassadeur de la République d’Albanie près la République togolaise.",
     ("ALB", "Albanie", "Albanie"), ("TGO", "Togo", "Togo"), "mémorandum d’entente sur les ports",
     ("Arben Shkodra", "Ambassadeur de la République d’Albanie près la République togolaise"), "ALB", "TGO"),
    ("Le Maroc et le Sénégal ont signé mardi à Rabat un mémorandum d’entente sur la pêche, en présence de M. Cheikh "
     "Diop, ambassadeur du Sénégal près le Royaume du Maroc.", ("MAR", "Maroc", "Maroc"), ("SEN", "Sénégal", "Sénégal"),
     "mémorandum d’entente sur la pêche", ("Cheikh Diop", "ambassadeur du Sénégal près le Royaume du Maroc"), "SEN", "MAR"),
    ("Le Nigeria et le Mali ont signé mardi à Abuja un mémorandum d’entente sur l’énergie, en présence de M. Oumar "
     "Keïta, ambassadeur du Mali près de la République fédérale du Nigeria.", ("NGA", "Nigeria", "Nigeria"),
     ("MLI", "Mali", "Mali"), "mémorandum d’entente sur l’énergie",
     ("Oumar Keïta", "ambassadeur du Mali près de la République fédérale du Nigeria"), "MLI", "NGA"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[5] for c in CASES])
def test_an_envoy_pres_a_country_is_of_the_sending_side(tmp_path, case):
    text, a, b, title, (name, held), right, wrong = case

    def result(country):
        record = record_of(text, "fr", "2026-04-22", parties=[a, b], date="2026-04-21", expression="mardi",
                           kind="memorandum_of_understanding", title=title, place=None,
                           people=[(name, [held], country, ["witness"], [held])])
        return claim_at(check_one(tmp_path / country, text, record), "people[0].country")

    assert result(right).severity != "error", result(right)
    assert result(wrong).severity == "error", result(wrong)
