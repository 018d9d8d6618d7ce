"""A title that names an official's residence ("at the PM House", "the Governor House", "the
President House", "State House") is a place, not one more official of the story: no unnamed
prime minister or governor, with a role, beside the one named. Seen on eval-en-a (Pakistan's
"PM House" read as an unnamed Uzbek visitor once "PM" was read as a title); the other members
written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

LEAD = "Islamabad, November 17, 2025 - Pakistan and Uzbekistan signed an agreement on visas on Monday. "
CASES = [
    (LEAD + "Later on Monday, Prime Minister Shehbaz Sharif received the visiting Uzbek minister at the PM House.",
     "Shehbaz Sharif"),
    (LEAD + "The agreement was signed at the President House in the presence of President Asif Ali Zardari.",
     "Asif Ali Zardari"),
    (LEAD + "The visiting minister later called on Governor Sardar Saleem Haider Khan at the Governor House in Lahore.",
     "Sardar Saleem Haider Khan"),
    (LEAD + "The signing took place at the Chief Minister House, where Chief Minister Maryam Nawaz Sharif hosted a "
            "lunch.", "Maryam Nawaz Sharif"),
]


@pytest.mark.parametrize(("text", "named"), CASES, ids=["PM House", "President House", "Governor House", "Chief Minister House"])
def test_a_residence_named_after_a_title_adds_no_official(text, named):
    people = read_document(text, "en", dt.date(2025, 11, 18)).agreements[0].people
    residence_title = next(word for word in ("PM", "President", "Governor", "Chief Minister") if f" {word} House" in text)
    unnamed_titles = [t.text for p in people if p.name is None for t in p.titles]
    assert residence_title not in unnamed_titles, [(p.name, [t.text for t in p.titles], p.role_names()) for p in people]
    assert named in [p.name for p in people]
