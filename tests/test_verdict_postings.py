"""An envoy "auprès de" a country is posted there, not of it (a multi-word destination link):
the country after it never contradicts the envoy's own side. Seen on eval-fr-i, where
"l’ambassadeur de Sa Majesté le Roi auprès de la République démocratique de Sao
Tomé-et-Principe" made a Moroccan envoy's correct side "contradicted"."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("l’ambassadeur de Sa Majesté le Roi auprès de la République démocratique de Sao Tomé-et-Principe, Karim Bennani",
     "Karim Bennani", "ambassadeur de Sa Majesté le Roi auprès de la République démocratique de Sao Tomé-et-Principe", "MAR",
     ("MAR", "Maroc", "Maroc"), ("STP", "Sao Tomé-et-Principe", "Sao Tomé-et-Principe")),
    ("l’ambassadeur du Maroc auprès de la République démocratique de Sao Tomé-et-Principe, Karim Bennani",
     "Karim Bennani", "ambassadeur du Maroc auprès de la République démocratique de Sao Tomé-et-Principe", "MAR",
     ("MAR", "Maroc", "Maroc"), ("STP", "Sao Tomé-et-Principe", "Sao Tomé-et-Principe")),
    ("l’ambassadeur de Sa Majesté le Roi auprès du Royaume de Belgique, Karim Bennani",
     "Karim Bennani", "ambassadeur de Sa Majesté le Roi auprès du Royaume de Belgique", "MAR",
     ("MAR", "Maroc", "Maroc"), ("BEL", "Belgique", "Belgique")),
    ("le nonce apostolique auprès de la République du Sénégal, Luigi Rossi",
     "Luigi Rossi", "nonce apostolique auprès de la République du Sénégal", "VAT",
     ("VAT", "Saint-Siège", "Saint-Siège"), ("SEN", "Sénégal", "Sénégal")),
    ("l’envoyé spécial du chef de l’État auprès de la République du Mali, Ousmane Sy",
     "Ousmane Sy", "envoyé spécial du chef de l’État auprès de la République du Mali", "SEN",
     ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali")),
]


@pytest.mark.parametrize("case", CASES, ids=["roi-stp", "du-maroc", "roi-bel", "nonce", "envoye"])
def test_a_country_after_aupres_de_is_the_posting_not_the_side(tmp_path, case):
    envoy, name, title, side, a, b = case
    text = f"Le {a[1]} et le {b[1]} ont signé lundi un mémorandum d’entente sur la pêche. Le document a été signé par {envoy}, et par le ministre de la Pêche."
    text = text.replace("Le France", "La France").replace("le Algérie", "l’Algérie").replace("Le Algérie", "L’Algérie")
    record = record_of(text, "fr", "2026-01-14", parties=[a, b], date="2026-01-12", expression="lundi",
                       kind="memorandum_of_understanding", title="mémorandum d’entente sur la pêche", place=None,
                       people=[(name, [title], side, ["signatory"], [envoy])])
    country = claim_at(check_one(tmp_path, text, record), "people[0].country")
    assert country.verdict != "contradicted" and country.severity != "error", country
