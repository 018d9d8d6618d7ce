"""A dateline places the signing only when the text names no other place of it: a record that
cites the dateline's city while a sentence reporting the signing names another ("The documents
were signed at the Ministry of Transport in Tashkent") is not backed by its evidence — the
LLM error of taking the reporter's city for the signing's. A city the text names elsewhere,
in a sentence that reports no signing (a journey, a planned signing), leaves the dateline
standing."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of, span

ELSEWHERE = [
    # seen missed (eval-en-l's planted dateline_place)
    ("en", "ISLAMABAD — Pakistan and Uzbekistan have signed two memoranda on rail freight. The documents were signed at "
           "the Ministry of Transport in Tashkent on Friday.", ("PAK", "Pakistan", "Pakistan"),
     ("UZB", "Uzbekistan", "Uzbekistan"), "on Friday", "memoranda on rail freight", ("Islamabad", "PAK", "ISLAMABAD")),
    ("fr", "DAKAR, 5 mars (APS) – Le Sénégal et le Maroc ont signé un accord sur la pêche. Le texte a été signé mardi à "
           "Rabat, au siège du ministère.", ("SEN", "Sénégal", "Sénégal"), ("MAR", "Maroc", "Maroc"), "mardi",
     "accord sur la pêche", ("Dakar", "SEN", "DAKAR")),
    ("en", "NAIROBI, March 5 — Kenya and Tanzania signed a memorandum of understanding on port logistics. The memorandum "
           "was signed in Mombasa on Tuesday.", ("KEN", "Kenya", "Kenya"), ("TZA", "Tanzania", "Tanzania"), "on Tuesday",
     "memorandum of understanding on port logistics", ("Nairobi", "KEN", "NAIROBI")),
]

STANDING = [
    ("en", "NAIROBI — Kenya and Finland signed a memorandum of understanding on water on Tuesday. The Finnish minister, "
           "who arrived in Mombasa on Sunday, later toured the port.", ("KEN", "Kenya", "Kenya"),
     ("FIN", "Finland", "Finland"), "on Tuesday", "memorandum of understanding on water", ("Nairobi", "KEN", "NAIROBI")),
    ("fr", "LOMÉ, 5 mars – Le Togo et le Ghana ont signé mardi un accord sur le transit. Un accord sur l’énergie "
           "devrait être signé à Accra en juin.", ("TGO", "Togo", "Togo"), ("GHA", "Ghana", "Ghana"), "mardi",
     "accord sur le transit", ("Lomé", "TGO", "LOMÉ")),
]


def _record(case):
    language, text, a, b, expression, title, place = case
    record = record_of(text, language, "2026-03-05", parties=[a, b], date="2026-03-03", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=place)
    record["place"]["evidence"] = [span(text, place[2])]
    return record


@pytest.mark.parametrize("case", ELSEWHERE, ids=[c[0] + "-" + c[6][0] for c in ELSEWHERE])
def test_a_dateline_is_no_evidence_against_a_stated_place(tmp_path, case):
    found = claim_at(check_one(tmp_path, case[1], _record(case)), "place.city")
    assert found.severity == "error", found


@pytest.mark.parametrize("case", STANDING, ids=[c[0] + "-" + c[6][0] for c in STANDING])
def test_a_dateline_stands_when_no_signing_is_placed_elsewhere(tmp_path, case):
    found = claim_at(check_one(tmp_path, case[1], _record(case)), "place.city")
    assert found.severity != "error", found
