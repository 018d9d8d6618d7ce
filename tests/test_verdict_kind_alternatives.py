"""A name writers file under more than one kind ("programme exécutif": other or action_plan; the
pack's ``kind_alternatives``): a record choosing one of the alternatives is unverified, and any
other kind is still contradicted. Seen on eval-fr-k, where a correct record filed a "programme
exécutif de coopération culturelle" as an action plan and was called contradicted."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "TUNIS, 3 juin (TAP) - La Tunisie et l’Ouzbékistan ont signé lundi à Tunis un programme exécutif de coopération "
           "culturelle pour 2025-2028.", "programme exécutif de coopération culturelle", ("TUN", "Tunisie", "Tunisie"),
     ("UZB", "Ouzbékistan", "Ouzbékistan"), "lundi", "2025-06-02"),
    ("fr", "DAKAR, 3 juin (APS) - Le Sénégal et le Maroc ont signé lundi à Dakar un programme de coopération en matière de "
           "pêche.", "programme de coopération en matière de pêche", ("SEN", "Sénégal", "Sénégal"), ("MAR", "Maroc", "Maroc"),
     "lundi", "2025-06-02"),
    ("en", "NAIROBI, June 3 (KNA) - Kenya and India on Monday signed an executive programme on cultural exchange in Nairobi.",
     "executive programme on cultural exchange", ("KEN", "Kenya", "Kenya"), ("IND", "India", "India"), "on Monday", "2025-06-02"),
    ("en", "ACCRA, June 3 (GNA) - Ghana and Cuba on Monday signed a cooperation programme on health in Accra.",
     "cooperation programme on health", ("GHA", "Ghana", "Ghana"), ("CUB", "Cuba", "Cuba"), "on Monday", "2025-06-02"),
]


def _kind_verdict(tmp_path, case, kind):
    language, text, title, a, b, expression, date = case
    record = record_of(text, language, "2025-06-03", parties=[a, b], date=date, expression=expression, kind=kind,
                       title=title, place=None)
    return claim_at(check_one(tmp_path, text, record), "instrument.kind")


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_an_alternative_kind_is_unverified(tmp_path, case):
    claim = _kind_verdict(tmp_path, case, "action_plan")
    assert claim.verdict == "unverified" and claim.severity == "warning", claim


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_another_kind_is_still_contradicted(tmp_path, case):
    claim = _kind_verdict(tmp_path, case, "treaty")
    assert claim.verdict == "contradicted" and claim.severity == "error", claim
