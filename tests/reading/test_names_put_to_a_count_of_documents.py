""""Put their names to" a count of documents ("… put their names to two development
cooperation documents on Friday", seen on eval-en-ah; "set their names to three texts",
"put their names to the two documents") is a signing, whose day dates each text the
article then names."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    "The two ministers put their names to two development cooperation documents on Friday in Port Moresby.",
    "The two ministers set their names to three texts on Friday in Port Moresby.",
    "The two ministers put their names to the two documents on Friday in Port Moresby.",
]
TAIL = ("\n\nThe first, a Grant Funding Arrangement for Solar Mini-Grids, was signed by the planning secretary. The second "
        "document, a Memorandum of Understanding on Biosecurity Cooperation, was signed by the two ministers.")


@pytest.mark.parametrize("lead", CASES, ids=["two … documents", "three texts", "the two documents"])
def test_the_count_signed_dates_each_text(lead):
    document = read_document(lead + TAIL, "en", dt.date(2025, 9, 1))
    assert [a.date and a.date.date for a in document.agreements] == [dt.date(2025, 8, 29)] * 2
