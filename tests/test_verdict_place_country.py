"""A place given as the dateline's city for a signing the source places elsewhere: its country
is wrong with it, when the two cities are in different countries (four members, FR and EN;
seen on a planted LLM error that only the city's check caught)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    # seen failing
    ("fr", "2024-12-03", "lundi", "NOUAKCHOTT, 3 décembre (AMIE) – La Mauritanie et l’Arabie saoudite ont signé lundi à "
     "Riyad un mémorandum d’entente sur la santé.", ("MRT", "Mauritanie", "Mauritanie"), ("SAU", "Arabie saoudite", "Arabie saoudite"),
     "2024-12-02", "mémorandum d’entente sur la santé", "memorandum_of_understanding", ("Riyad", "SAU", "Riyad"), ("Nouakchott", "MRT", "NOUAKCHOTT")),
    # other members
    ("en", "2025-06-03", "on Monday", "NAIROBI, June 3 (Reuters) - Kenya and Uganda signed a trade agreement in Kampala on Monday.",
     ("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda"), "2025-06-02", "trade agreement", "agreement",
     ("Kampala", "UGA", "Kampala"), ("Nairobi", "KEN", "NAIROBI")),
    ("fr", "2025-03-05", "mardi", "DAKAR, 5 mars (APS) – Le Sénégal et le Mali ont signé mardi à Bamako un accord de transport.",
     ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali"), "2025-03-04", "accord de transport", "agreement",
     ("Bamako", "MLI", "Bamako"), ("Dakar", "SEN", "DAKAR")),
    ("en", "2025-07-16", "on Tuesday", "ISLAMABAD: Pakistan and Uzbekistan signed a rail agreement in Tashkent on Tuesday.",
     ("PAK", "Pakistan", "Pakistan"), ("UZB", "Uzbekistan", "Uzbekistan"), "2025-07-15", "rail agreement", "agreement",
     ("Tashkent", "UZB", "Tashkent"), ("Islamabad", "PAK", "ISLAMABAD")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_datelines_country_for_a_signing_elsewhere_is_an_error(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, right, dateline = case

    def record(place):
        return record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                         kind=kind, title=title, place=place)

    good = check_one(tmp_path / "good", text, record(right))
    assert claim_at(good, "place.country").verdict == "supported"
    bad = check_one(tmp_path / "bad", text, record(dateline))
    country = claim_at(bad, "place.country")
    assert country.severity == "error", country
    assert country.suggestion == right[1]
