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


# --- initials after a comma or a lower-case word end no sentence ----------------------------------
# seen on eval-en-j: "… by the Secretary to the Ministry of Tourism, H. M. D. Nimal Bandara, and the
# visiting Undersecretary …, Saleh bin Hamad Al Harthy" was cut after "Tourism, H." and the
# second signer lost his signature
LONE_INITIALS = [
    ("en", "The MoU was signed in Colombo by the Secretary to the Ministry of Tourism, H. M. D. Nimal Bandara, and the "
           "visiting Undersecretary, Saleh Al Harthy."),
    ("en", "The agreement was signed by A. K. Menon and by the visiting minister, Ali Rahman."),
    ("en", "It was signed for Bangladesh by the Power Secretary, A. K. M. Fazlul Karim, in the presence of the minister."),
    ("fr", "Le protocole a été signé par le directeur général, M. A. Diallo, et par son homologue, B. K. Traoré."),
]


@pytest.mark.parametrize(("language", "text"), LONE_INITIALS, ids=[f"{c[0]}-{i}" for i, c in enumerate(LONE_INITIALS)])
def test_initials_after_a_comma_or_a_lower_case_word_end_no_sentence(language, text):
    sentences = Text(text, get_pack(language), dt.date(2026, 1, 14)).sentences
    assert len(sentences) == 1, [text[s:e] for s, e in sentences]


def test_a_lone_capital_before_a_frequent_word_ends_its_sentence():
    text = "The ministers approved Plan B. The agreement was signed on Monday."
    assert len(Text(text, get_pack("en"), dt.date(2026, 1, 14)).sentences) == 2
