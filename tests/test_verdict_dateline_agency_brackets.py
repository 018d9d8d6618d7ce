"""A dateline in title case with the date and the agency in brackets — "Kathmandu, March 4
(RSS):", "Dakar, 5 mars (APS) –", "Islamabad, Jan 13 (APP):" — dates the story, not the
signing: a record that gives the dateline's date for a signing told "on Tuesday" is in error.
Seen missed in eval-en-r (an LLM's publication date for the signing date)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of, span

CASES = [
    ("en", "2026-03-04", "Kathmandu, March 4 (RSS): Nepal and Sri Lanka have signed a memorandum of understanding on "
           "tourism.\n\nThe MoU was signed on Tuesday by the two foreign secretaries.", ("NPL", "Nepal", "Nepal"),
     ("LKA", "Sri Lanka", "Sri Lanka"), "memorandum of understanding on tourism", "March 4", "Kathmandu, March 4 (RSS)"),
    ("fr", "2026-03-05", "Dakar, 5 mars (APS) – Le Sénégal et le Maroc ont signé un mémorandum d’entente sur la pêche.\n\n"
           "Le texte a été signé mardi par les deux ministres.", ("SEN", "Sénégal", "Sénégal"), ("MAR", "Maroc", "Maroc"),
     "mémorandum d’entente sur la pêche", "5 mars", "Dakar, 5 mars (APS)"),
    ("en", "2026-01-14", "Islamabad, Jan 14 (APP): Pakistan and Morocco have signed a memorandum of understanding on "
           "defence.\n\nThe memorandum was signed on Tuesday by the two ministers.", ("PAK", "Pakistan", "Pakistan"),
     ("MAR", "Morocco", "Morocco"), "memorandum of understanding on defence", "Jan 14", "Islamabad, Jan 14 (APP)"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[5] for c in CASES])
def test_a_bracketed_agency_dateline_does_not_date_the_signing(tmp_path, case):
    language, published, text, a, b, title, expression, dateline = case
    record = record_of(text, language, published, parties=[a, b], date=published, expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None)
    record["signed"]["evidence"] = [span(text, dateline)]
    found = [c for c in check_one(tmp_path, text, record).checks if c.check == "date_consistent"]
    assert found and found[0].severity == "error", found
