"""An instrument's title cut before a coordinated word of its own — "accord de coopération
militaire" for "accord de coopération militaire et technique", "agreement on trade" for
"agreement on trade and investment" — is not the source's title, though its words occur
there. Seen missed in eval-fr-t (an LLM's paraphrased title)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of, span

CASES = [
    ("fr", "Le Tchad et l’Égypte ont signé lundi au Caire un accord de coopération militaire et technique.",
     ("TCD", "Tchad", "Tchad"), ("EGY", "Égypte", "Égypte"), "lundi",
     "accord de coopération militaire", "accord de coopération militaire et technique"),
    ("fr", "Le Tchad et la Chine ont signé lundi à Pékin un accord de coopération économique et technique.",
     ("TCD", "Tchad", "Tchad"), ("CHN", "Chine", "Chine"), "lundi",
     "accord de coopération économique", "accord de coopération économique et technique"),
    ("en", "Kenya and Japan signed an agreement on trade and investment in Nairobi on Monday.",
     ("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan"), "on Monday",
     "agreement on trade", "agreement on trade and investment"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[5] for c in CASES])
def test_a_title_cut_before_its_coordinate_is_an_error(tmp_path, case):
    language, text, a, b, expression, cut, full = case
    for title, wrong in ((cut, True), (full, False)):
        record = record_of(text, language, "2026-02-10", parties=[a, b], date="2026-02-09", expression=expression,
                           kind="agreement", title=title, place=None)
        record["instrument"]["evidence"] = [span(text, full)]
        found = claim_at(check_one(tmp_path / str(wrong), text, record), "instrument.title")
        assert (found.severity == "error") == wrong, (title, found)
