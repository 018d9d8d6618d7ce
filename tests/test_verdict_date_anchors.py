"""A date span the record cites as its reasoning — the event a relative date counts from, or the
day a later sentence names "the day after the signing" — dates another event, not the signing:
unconfirmed, never contradicted. A span holding the date the source gives the signing itself
still contradicts another date (docs/checks.md, ``evidence_support``)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of, span

ANCHORS = [
    # seen: 'Arrivée dimanche à La Havane' "backs dimanche, not the signing date"
    ("fr", "2026-03-04", "Le lendemain de son arrivée",
     "Le Cuba et la Slovénie ont signé un accord sur la santé. Arrivée dimanche à La Havane, la ministre slovène a "
     "été reçue par son homologue. Le lendemain de son arrivée, les deux ministres ont signé l’accord à La Havane.",
     ("CUB", "Cuba", "Cuba"), ("SVN", "Slovénie", "Slovénie"), "2026-03-02", "accord sur la santé", ("La Havane", "CUB", "La Havane"),
     "Arrivée dimanche à La Havane"),
    # seen: 'Vendredi, au lendemain des signatures' "backs Vendredi, not the signing date"
    ("fr", "2026-03-21", "jeudi",
     "L’Angola et la RDC ont signé jeudi à Luanda un accord sur la gestion de la frontière. Vendredi, au lendemain des "
     "signatures, les délégations ont visité le port.",
     ("AGO", "Angola", "Angola"), ("COD", "RDC", "RDC"), "2026-03-19", "accord sur la gestion de la frontière",
     ("Luanda", "AGO", "Luanda"), "Vendredi, au lendemain des signatures"),
    # other members
    ("en", "2026-05-08", "The next day",
     "Ghana and Estonia signed a memorandum on e-governance in Accra. The minister arrived on Monday 4 May. The next "
     "day, the two ministers signed the memorandum.",
     ("GHA", "Ghana", "Ghana"), ("EST", "Estonia", "Estonia"), "2026-05-05", "memorandum on e-governance",
     ("Accra", "GHA", "Accra"), "The minister arrived on Monday 4 May"),
    ("en", "2026-05-08", "on Wednesday",
     "Peru and Chile signed an agreement on fisheries in Lima on Wednesday. On Thursday, a day after the signing, the "
     "ministers flew to Arica.",
     ("PER", "Peru", "Peru"), ("CHL", "Chile", "Chile"), "2026-05-06", "agreement on fisheries",
     ("Lima", "PER", "Lima"), "On Thursday, a day after the signing"),
]


@pytest.mark.parametrize("case", ANCHORS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ANCHORS)])
def test_a_date_span_about_another_event_is_not_a_contradiction(tmp_path, case):
    language, published, expression, text, a, b, date, title, place, anchor = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind="agreement",
                       title=title, place=place)
    record["signed"]["evidence"].append(span(text, anchor))
    result = check_one(tmp_path, text, record)
    verdicts = [(c.check, c.verdict) for c in result.checks if c.path.startswith("signed")]
    assert ("evidence_support", "contradicted") not in verdicts, verdicts
    assert not [c for c in result.checks if c.path.startswith("signed") and c.severity == "error"], verdicts


def test_a_span_with_the_signings_own_date_still_contradicts_another(tmp_path):
    text = "Peru and Chile signed an agreement on fisheries in Lima on Wednesday 6 May 2026."
    record = record_of(text, "en", "2026-05-08", parties=[("PER", "Peru", "Peru"), ("CHL", "Chile", "Chile")],
                       date="2026-05-05", expression="Peru and Chile", kind="agreement", title="agreement on fisheries",
                       place=("Lima", "PER", "Lima"))
    record["signed"]["evidence"] = [span(text, "in Lima on Wednesday 6 May 2026")]
    result = check_one(tmp_path, text, record)
    assert any(c.check == "evidence_support" and c.path == "signed.evidence[0]" and c.verdict == "contradicted" for c in result.checks)
