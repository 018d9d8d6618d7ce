"""Sentence boundaries at quotation marks (seen failing: an article's quote and the sentence
before it read as one, so a speech's words counted as the agreement's scope)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.lang import get_pack
from accordcheck.reading.text import Text

BOUNDARIES = [
    # seen failing: the opening curly quote
    ("en", "They signed in Nairobi. “This deal enables our forces,” the minister said.", 2),
    # other members
    ("en", "The minister said: “We signed it today.” The ceremony then ended.", 2),
    ("en", "The minister said \"We signed it today.\" The ceremony then ended.", 2),
    ("fr", "Ils ont signé à Dakar. “Cet accord compte”, a dit la ministre. Puis elle est partie.", 3),
    # guillemets, as before
    ("fr", "Ils ont signé à Dakar. « Cet accord compte », a dit la ministre.", 2),
]


@pytest.mark.parametrize(("language", "text", "count"), BOUNDARIES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BOUNDARIES)])
def test_a_quotation_mark_after_the_end_of_a_sentence_starts_or_ends_one(language, text, count):
    assert len(Text(text, get_pack(language), dt.date(2026, 1, 14)).sentences) == count
