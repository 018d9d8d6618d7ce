"""A sentence ends after a surname whose last letters spell one of the pack's abbreviations
("Toktosunov." is no "nov."): the abbreviation must be a whole word. Seen on a French member of
the eval-en-z classes (the next sentence's signer was read into the one before); others
written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.lang import get_pack
from accordcheck.reading.text import Text

CASES = [
    ("fr", "Il a été reçu par Bakyt Toktosunov. Pour le Tadjikistan, la visite est importante.", 2),
    ("en", "The memorandum was signed by Viktor Ivanov. The ceremony lasted an hour.", 2),
    ("fr", "Le texte a été signé par Sergueï Kazanov. Le ministre a salué un accord historique.", 2),
    ("en", "The treaty was signed on 12 Nov. 2025 in Astana.", 1),
]


@pytest.mark.parametrize(("language", "text", "count"), CASES, ids=[c[1][:30] for c in CASES])
def test_sentences(language, text, count):
    assert len(Text(text, get_pack(language), dt.date(2026, 1, 1)).sentences) == count
