"""Initials and one surname are a whole name ("S. Venkataraman", "K. K. Raghavan", "P. R.
Venkataraman"), as South Asian releases write them: found before an appositive title as any
two-word name is. Seen on eval-en-al (India's signer "Shri S. Venkataraman, Secretary in the
Ministry of …" left unnamed); the others are written for the class (English reads names by
pattern, without a model)."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("Barbados' minister signed for Barbados, while Shri S. Venkataraman, Secretary in the Ministry of Electronics, signed "
     "for India.", "S. Venkataraman"),
    ("The agreement was signed by Mr K. K. Raghavan, Secretary in the Ministry of External Affairs.", "K. K. Raghavan"),
    ("The memorandum was signed by P. R. Venkataraman, Additional Secretary of the Ministry of Commerce.", "P. R. Venkataraman"),
]


@pytest.mark.parametrize("sentence, name", CASES)
def test_the_initials_and_surname_are_named(sentence, name):
    assert name in officials(sentence, "en")
