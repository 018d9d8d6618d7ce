"""A release's closing line ("Fait à Lomé, le 5 mars 2026", "Done at Nairobi, 12 March 2026")
dates the release, not the signing: cited as the signing date's evidence, it carries nothing,
and the date the text gives the signing stands against the claim. Seen on eval-fr-i's
LLM-style records (a publication date planted with that line as evidence passed as supported);
the members fail at 1bb35dd."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of, span

CASES = [
    ("fr", "2026-03-05", "Le 3 courant, le chef de l’État a reçu le ministre burkinabè. À l’issue de l’audience, le Togo et le "
           "Burkina Faso ont signé un accord sur le transit routier. L’accord allège les formalités.\n\nFait à Lomé, le 5 mars 2026\n",
     "le 5 mars 2026", "Fait à Lomé, le 5 mars 2026", "2026-03-05", ("TGO", "Togo", "Togo"), ("BFA", "Burkina Faso", "Burkina Faso"),
     "accord sur le transit routier"),
    ("fr", "2025-06-11", "Le mardi 10 juin, les deux ministres se sont entretenus à Yaoundé. Au terme de l’entretien, le Cameroun et "
           "le Brésil ont signé un accord sur l’agriculture. Il porte sur les semences.\n\nYaoundé, le 11 juin 2025\n",
     "le 11 juin 2025", "Yaoundé, le 11 juin 2025", "2025-06-11", ("CMR", "Cameroun", "Cameroun"), ("BRA", "Brésil", "Brésil"),
     "accord sur l’agriculture"),
    ("en", "2026-03-12", "On Tuesday the two ministers held talks in Nairobi. Following the talks, Kenya and Japan signed a grant "
           "agreement on hospitals. The grant pays for scanners.\n\nDone at Nairobi, 12 March 2026\n",
     "12 March 2026", "Done at Nairobi, 12 March 2026", "2026-03-12", ("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan"),
     "grant agreement on hospitals"),
    ("en", "2026-03-05", "The ministers met in Accra on 3 March. At the end of the meeting, Ghana and Togo signed a memorandum of "
           "understanding on trade. It covers border markets.\n\nAccra, 5 March 2026\n",
     "5 March 2026", "Accra, 5 March 2026", "2026-03-05", ("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo"),
     "memorandum of understanding on trade"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[4] for c in CASES])
def test_a_closing_lines_date_is_no_evidence_for_the_signing(tmp_path, case):
    language, published, text, expression, line, date, a, b, title = case
    kind = "memorandum_of_understanding" if "memorandum" in title else "agreement"
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=None)
    record["signed"]["evidence"] = [span(text, line)]
    result = next(c for c in check_one(tmp_path, text, record).checks if c.check == "date_consistent")
    assert result.severity == "error", result
