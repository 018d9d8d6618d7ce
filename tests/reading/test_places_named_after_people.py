"""A place named after someone ("the Queen Elizabeth Hospital in Bridgetown", eval-en-ag, seen
failing: "Elizabeth Hospital" was read as an official, under the title "Queen"): a title head
whose capitalised words run on to a built thing's noun begins the place's name — neither a
title nor a name. An official's title before a name and a weekday is still read."""

from __future__ import annotations

import pytest

from helpers.reading import officials

PLACES = [
    ("en", "Consultants will rotate between the Queen Elizabeth Hospital in Bridgetown and the University Hospital."),
    ("en", "The delegation visited the King Fahd University campus on Tuesday."),
    ("en", "The talks were held at the President Nyerere Conference Centre in Arusha."),
    ("en", "The aircraft landed at the Prince Sultan Air Base on Monday."),
]


@pytest.mark.parametrize("language, sentence", PLACES)
def test_no_official_is_read(language, sentence):
    people = officials(sentence, language)
    assert not any(n and any(w in n for w in ("Hospital", "University", "Centre", "Base")) for n in people), people
    assert not any(titles in (["Queen"], ["King"], ["President"], ["Prince"]) for titles, _ in people.values()), people


def test_a_minister_is_still_read():
    people = officials("Minister of Health Jerome Walcott signed the memorandum at the Queen Elizabeth Hospital.")
    assert "Jerome Walcott" in people and people["Jerome Walcott"][0] == ["Minister of Health"], people
