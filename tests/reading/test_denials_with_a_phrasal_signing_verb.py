"""A signing denied with a signing verb of several words ("Neither minister put pen to paper",
"None of the ministers put their signatures to the texts", "The ministers did not put pen to
paper themselves") is a denial like "Neither minister signed": the signing cue inside it gives
no one a signatory role. The pack's negations listed one-word verbs only, so an official told
by "minister" in such a sentence was read as a signer."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.lang import fold, get_pack
from accordcheck.reading.reader import read_document
from accordcheck.reading.text import denied_signings

DENIALS = [
    # eval-en-n's Ghana–Türkiye feature (seen failing); the others written for the class
    "Neither minister put pen to paper.",
    "None of the ministers put their signatures to the texts.",
    "No minister put pen to paper that day.",
    "The two ministers did not put pen to paper themselves.",
    "Neither of the envoys put his signature on the accord.",
]


@pytest.mark.parametrize("sentence", DENIALS)
def test_the_phrasal_verb_is_inside_the_denial(sentence):
    folded = fold(sentence).lower()
    verb = next(v for v in ("put pen to paper", "put their signatures", "put his signature") if v in folded)
    spans = denied_signings(get_pack("en"), folded, 0, len(folded))
    at = folded.index(verb)
    assert any(s <= at and at + len(verb) <= e for s, e in spans), spans


def test_the_official_in_the_denial_signs_nothing():
    text = ("ACCRA — Two agreements were signed in Ankara during the Minister for Defence’s official visit. The Minister, "
            "Dr. Yaw Boakye Amponsah, was received by his Turkish counterpart, Minister of National Defence Hakan "
            "Yildirim. Neither minister put pen to paper. The agreement was signed by the Chief Director of Ghana’s "
            "Ministry of Defence, Mrs. Comfort Tetteh, and Türkiye’s Deputy Minister of National Defence, Dr. Selim "
            "Karaoglu.")
    people = {p.name: p for p in read_document(text, "en", dt.date(2026, 3, 9)).people}
    assert "signatory" not in people["Yaw Boakye Amponsah"].role_names()
    assert {"Comfort Tetteh", "Selim Karaoglu"} <= {n for n, p in people.items() if "signatory" in p.role_names()}
