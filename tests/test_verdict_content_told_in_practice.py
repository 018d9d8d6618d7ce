"""What an agreement covers may follow its signing as what the parties will do, opened by a
connective that announces it in concrete terms — "Concrètement, les marines des deux pays
coordonneront leurs patrouilles …", "En pratique, …", "In practice, the two coast guards will
…", "Concretely, …" (seen on eval-fr-ak: a correct record's domains "only outside what the
agreement covers"; others written for the class). Each member claims the domain its words
name, with those words as evidence."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "lundi", "La Guinée et la Sierra Leone ont signé lundi à Conakry un mémorandum d’entente sur la surveillance des "
     "eaux de pêche. Le document porte les signatures des deux ministres.\n\nConcrètement, les marines des deux pays "
     "coordonneront leurs patrouilles et partageront en temps réel les données de suivi satellitaire des navires de pêche.",
     [("GIN", "Guinée", "Guinée"), ("SLE", "Sierra Leone", "Sierra Leone")], "mémorandum d’entente sur la surveillance des eaux de pêche",
     ("intelligence_sharing", "partageront en temps réel les données")),
    ("fr", "lundi", "Le Bénin et le Togo ont signé lundi à Cotonou un accord de coopération sanitaire. Le texte a été signé par "
     "les deux ministres.\n\nEn pratique, les deux pays formeront ensemble des infirmiers dans les zones frontalières.",
     [("BEN", "Bénin", "Bénin"), ("TGO", "Togo", "Togo")], "accord de coopération sanitaire",
     ("capacity_building", "formeront ensemble des infirmiers")),
    ("en", "on Monday", "Guinea and Sierra Leone signed a memorandum of understanding on fisheries surveillance in Conakry on "
     "Monday. It was signed by the two ministers.\n\nIn practice, the two navies will share satellite tracking data on "
     "industrial fishing vessels in real time.", [("GIN", "Guinea", "Guinea"), ("SLE", "Sierra Leone", "Sierra Leone")],
     "memorandum of understanding on fisheries surveillance", ("intelligence_sharing", "share satellite tracking data")),
    ("en", "on Monday", "Kenya and Estonia signed a memorandum of understanding on digital government in Tallinn on Monday. "
     "It was signed by the two ministers.\n\nConcretely, Estonia will train 300 Kenyan civil servants a year in e-services.",
     [("EST", "Estonia", "Estonia"), ("KEN", "Kenya", "Kenya")], "memorandum of understanding on digital government",
     ("capacity_building", "train 300 Kenyan civil servants")),
]


@pytest.mark.parametrize("case", CASES, ids=["Concrètement", "En pratique", "In practice", "Concretely"])
def test_what_the_parties_will_do_in_practice_is_the_scope(tmp_path, case):
    language, expression, text, parties, title, domain = case
    kind = "agreement" if "accord" in title else "memorandum_of_understanding"
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-12", expression=expression,
                       kind=kind, title=title, place=None, domains=[domain])
    claim = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert claim.severity != "error", claim
