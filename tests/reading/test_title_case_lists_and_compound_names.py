"""A capitalised instrument title runs on over a comma list a joiner closes ("Agreement on
the Construction, Maintenance and Joint Use of …", "Agreement on Trade, Investment and
Economic Cooperation") and over a compound name's dash ("the Ljubovija–Bratunac Bridge",
"the Kisumu–Kampala Railway"). Seen on eval-en-z's extraction (a bridge agreement's title cut
at its first comma); others written for the class. A comma no joiner closes, or a dash between
spaces, ends the title."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Serbia and Bosnia signed an Agreement on the Construction, Maintenance and Joint Use of the Ljubovija–Bratunac Bridge "
     "on Friday.", "Agreement on the Construction, Maintenance and Joint Use of the Ljubovija–Bratunac Bridge"),
    ("Kenya and Uganda signed an Agreement on Trade, Investment and Economic Cooperation on Friday.",
     "Agreement on Trade, Investment and Economic Cooperation"),
    ("Kenya and Uganda signed a Memorandum of Understanding on Education, Science and Technology on Friday.",
     "Memorandum of Understanding on Education, Science and Technology"),
    ("Kenya and Uganda signed an Agreement on the Kisumu–Kampala Railway on Friday.", "Agreement on the Kisumu–Kampala Railway"),
    # the title ends
    ("Kenya and Uganda signed an Agreement on Trade, Kenya's minister said on Friday.", "Agreement on Trade"),
    ("Kenya and Uganda signed an Agreement on Trade - a first - on Friday.", "Agreement on Trade"),
]


@pytest.mark.parametrize(("text", "title"), CASES, ids=[c[1][:40] for c in CASES])
def test_the_whole_title(text, title):
    assert [m.title for m in read_document(text, "en", dt.date(2026, 10, 5)).instruments] == [title]
