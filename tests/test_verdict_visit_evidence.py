"""A visit the record cites words for, which the reader did not tie to the signing, is for a
person to confirm (``unverified``), not ``not_found``: the evidence is real (docs/checks.md,
the verdict rule). Seen on eval-en-p: "The Senior Secretary was in Thimphu from 28 to 30 January
2026 to lead the Bangladesh delegation …". A visit with no evidence the reader cannot find is
still an error."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of, span

CASES = [
    # seen failing
    ("en", "Bhutan and Bangladesh signed a protocol on waterways in Thimphu on Friday. The Senior Secretary was in Thimphu "
           "from 28 to 30 January 2026 to lead the Bangladesh delegation to the commerce meeting.", "on Friday",
     [("BTN", "Bhutan", "Bhutan"), ("BGD", "Bangladesh", "Bangladesh")], "protocol on waterways", "BTN", "BGD",
     "The Senior Secretary was in Thimphu from 28 to 30 January 2026"),
    # others
    ("en", "Kenya and Oman signed a memorandum on ports in Muscat on Friday. Kenya’s trade secretary spent three days in "
           "Muscat at the head of a business mission.", "on Friday", [("KEN", "Kenya", "Kenya"), ("OMN", "Oman", "Oman")],
     "memorandum on ports", "OMN", "KEN", "spent three days in Muscat at the head of a business mission"),
    ("fr", "Le Mali et le Maroc ont signé vendredi à Rabat un protocole sur l’eau. Le ministre malien séjournait à Rabat "
           "depuis mercredi à la tête d’une forte délégation.", "vendredi", [("MLI", "Mali", "Mali"), ("MAR", "Maroc", "Maroc")],
     "protocole sur l’eau", "MAR", "MLI", "Le ministre malien séjournait à Rabat depuis mercredi"),
    ("fr", "Le Togo et le Ghana ont signé vendredi à Accra un protocole sur l’énergie. La délégation togolaise est restée "
           "trois jours dans la capitale ghanéenne.", "vendredi", [("TGO", "Togo", "Togo"), ("GHA", "Ghana", "Ghana")],
     "protocole sur l’énergie", "GHA", "TGO", "La délégation togolaise est restée trois jours dans la capitale ghanéenne"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_cited_stay_the_reader_does_not_tie_is_unverified(tmp_path, case):
    language, text, expression, parties, title, host, visitor, words = case
    record = record_of(text, language, "2026-01-31", parties=parties, date="2026-01-30", expression=expression,
                       kind="protocol", title=title, place=None)
    record["visit"] = {"host": host, "visitor": visitor, "duration_days": None, "evidence": [span(text, words)]}
    reported = claim_at(check_one(tmp_path, text, record), "visit")
    assert reported.severity != "error", reported


def test_a_visit_without_evidence_the_source_never_tells_is_still_an_error(tmp_path):
    text = "Kenya and Oman signed a memorandum on ports in Muscat on Friday."
    record = record_of(text, "en", "2026-01-31", parties=[("KEN", "Kenya", "Kenya"), ("OMN", "Oman", "Oman")], date="2026-01-30",
                       expression="on Friday", kind="memorandum_of_understanding", title="memorandum on ports", place=None)
    record["visit"] = {"host": "OMN", "visitor": "KEN", "duration_days": None, "evidence": []}
    assert claim_at(check_one(tmp_path, text, record), "visit").severity == "error"
