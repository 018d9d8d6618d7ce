"""Whose words the record cites for a person: a title in the cited span that names another
person of the record ("Minister Tamihana and Chile’s Minister of Agriculture, Ignacio Larraín
Soto, signed") says nothing of this person's side (four members, FR and EN)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    # seen failing: contradicted on a correct record
    ("en", "2025-11-01", "on Friday 31 October",
     "New Zealand and Chile deepen their farming partnership. Minister Tamihana and Chile’s "
     "Minister of Agriculture, Ignacio Larraín Soto, signed a Memorandum of Cooperation on Agriculture on Friday 31 "
     "October in Gyeongju.",
     ("NZL", "New Zealand", "New Zealand"), ("CHL", "Chile", "Chile"), "2025-10-31", "Memorandum of Cooperation on Agriculture",
     ("Gyeongju", "KOR", "Gyeongju"), ("Tamihana", "Minister of Agriculture", "NZL",
     ["Minister Tamihana and Chile’s Minister of Agriculture, Ignacio Larraín Soto, signed"]),
     ("Ignacio Larraín Soto", "Minister of Agriculture", "CHL", ["Chile’s Minister of Agriculture, Ignacio Larraín Soto"])),
    # other members
    ("en", "2026-01-14", "on Tuesday",
     "Uganda and Kenya will trade more. Minister Grace Mugisha and Kenya’s Minister of Trade, Lee Kinyanjui, signed a Memorandum of "
     "Understanding on Trade on Tuesday in Nairobi.",
     ("UGA", "Uganda", "Uganda"), ("KEN", "Kenya", "Kenya"), "2026-01-13", "Memorandum of Understanding on Trade",
     ("Nairobi", "KEN", "Nairobi"), ("Grace Mugisha", "Minister of Trade", "UGA",
     ["Uganda and Kenya will trade more. Minister Grace Mugisha and Kenya’s Minister of Trade, Lee Kinyanjui, signed"]),
     ("Lee Kinyanjui", "Minister of Trade", "KEN", ["Kenya’s Minister of Trade, Lee Kinyanjui"])),
    ("fr", "2026-01-14", "mardi",
     "Le Sénégal et le Mali coopèrent. Le ministre Moussa Diop et le ministre malien de l’Agriculture, Amadou Traoré, ont signé mardi à "
     "Dakar un mémorandum d’entente sur l’agriculture.",
     ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "malien"), "2026-01-13", "mémorandum d’entente sur l’agriculture",
     ("Dakar", "SEN", "Dakar"), ("Moussa Diop", "ministre de l’Agriculture", "SEN",
     ["Le Sénégal et le Mali coopèrent. Le ministre Moussa Diop et le ministre malien de l’Agriculture, Amadou Traoré, ont signé"]),
     ("Amadou Traoré", "ministre malien de l’Agriculture", "MLI", ["ministre malien de l’Agriculture, Amadou Traoré"])),
    ("en", "2026-01-14", "on Tuesday",
     "Eswatini and Namibia will cooperate on health. Minister Thandeka Dlamini and Namibia’s Minister of Health, Esther Muinjangue, signed a Memorandum "
     "of Understanding on Health on Tuesday in Windhoek.",
     ("SWZ", "Eswatini", "Eswatini"), ("NAM", "Namibia", "Namibia"), "2026-01-13", "Memorandum of Understanding on Health",
     ("Windhoek", "NAM", "Windhoek"), ("Thandeka Dlamini", "Minister of Health", "SWZ",
     ["Eswatini and Namibia will cooperate on health. Minister Thandeka Dlamini and Namibia’s Minister of Health, Esther Muinjangue, signed"]),
     ("Esther Muinjangue", "Minister of Health", "NAM", ["Namibia’s Minister of Health, Esther Muinjangue"])),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_another_persons_title_in_the_cited_span_gives_no_side(tmp_path, case):
    language, published, expression, text, a, b, date, title, place, first, second = case
    kind = "memorandum_of_understanding"
    people = [(name, [t], code, ["signatory"], words) for name, t, code, words in (first, second)]
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=place, people=people)
    result = check_one(tmp_path, text, record)
    country = claim_at(result, "people[0].country")
    assert country.severity != "error", country
