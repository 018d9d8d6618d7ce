"""Development agencies sign a "Record of Discussions" for a project (KOICA, JICA), "un
procès-verbal des discussions" in French: no kind the pack knew, so the signing was
read as none and a correct record failed (eval-en-ah's Korea–Timor-Leste water project, seen).
They are of kind `other`."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("en", "KOICA and the Government of Timor-Leste this morning signed a Record of Discussions for a water project in Dili.",
     "Record of Discussions"),
    ("en", "Japan and Laos signed the Records of Discussions on a bridge project in Vientiane on Tuesday.",
     "Records of Discussions"),
    ("fr", "La KOICA et le gouvernement tunisien ont signé mardi à Tunis un procès-verbal des discussions pour un projet "
           "d’eau potable.", "procès-verbal des discussions"),
]


@pytest.mark.parametrize("language, text, name", MEMBERS)
def test_a_record_of_discussions_is_a_signed_text_of_kind_other(language, text, name):
    agreements = read_document(text, language, dt.date(2026, 3, 13)).agreements
    assert agreements and agreements[0].signed
    assert agreements[0].instrument.title.startswith(name) and agreements[0].instrument.kind == "other"
