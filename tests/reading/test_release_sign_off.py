"""A release's sign-off — "Signed:" (or "Signé :", "(Signed)") alone on its line, the author's
name and office on the next lines — says who wrote the statement; it is no signing of the
agreement, and its author no signatory. Seen missed in eval-en-o (an LLM made the ministry's
spokesperson who signed the release a signatory of the memorandum)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("en", "Nigeria and Slovenia signed a memorandum of understanding on agriculture in Abuja on Tuesday.\n\nThe ministry "
           "thanked the delegation.\n\nSigned:\nUgochi N. Eze-Adeyemi\nSpokesperson, Ministry of Foreign Affairs\n"),
    ("fr", "Le Sénégal et la Turquie ont signé mardi à Dakar un accord sur la pêche.\n\nLe ministère remercie la délégation."
           "\n\nSigné :\nAwa Ndiaye\nPorte-parole du ministère des Affaires étrangères\n"),
    ("en", "Kenya and Japan signed a grant agreement in Nairobi on Tuesday.\n\n(Signed)\nJohn Kamau\nDirector of Communications\n"),
]


@pytest.mark.parametrize(("language", "text"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_a_sign_off_is_no_signing(language, text):
    document = read_document(text, language, dt.date(2026, 1, 21))
    signed = [c for c in document.signings if c.status == "signed"]
    assert [c.sentence for c in signed] == [0], [(c, document.sentence_text(c.sentence)) for c in signed]


def test_a_sign_off_cited_for_a_signatory_is_an_error(tmp_path):
    from helpers.claims import check_one, claim_at, record_of

    text = MEMBERS[0][1]
    record = record_of(text, "en", "2026-01-21", parties=[("NGA", "Nigeria", "Nigeria"), ("SVN", "Slovenia", "Slovenia")],
                       date="2026-01-20", expression="on Tuesday", kind="memorandum_of_understanding",
                       title="memorandum of understanding on agriculture", place=None,
                       people=[("Ugochi N. Eze-Adeyemi", ["Spokesperson, Ministry of Foreign Affairs"], "NGA", ["signatory"],
                                ["Signed:\nUgochi N. Eze-Adeyemi\nSpokesperson, Ministry of Foreign Affairs"])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found
