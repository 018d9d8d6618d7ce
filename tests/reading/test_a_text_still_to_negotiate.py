"""A text the parties only agree to negotiate, with where it may be signed ("agreed to start
negotiating a trade and investment agreement, which officials … hope to have ready for signature
when the commission meets in Kampala in October") is no signing: read as a sentence of the
signed agreement, its city backed an LLM-style record's dateline city for the signing place
(eval-en-ag's Uganda–Egypt water memorandum, seen)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

TO_NEGOTIATE = [
    ("en", "Uganda and Egypt signed a memorandum of understanding on water resources in Cairo on Thursday. The two sides "
           "also agreed to start negotiating a trade and investment agreement, which officials hope to have ready for "
           "signature when the joint commission meets in Kampala in October.", "negotiating"),
    ("en", "Uganda and Egypt signed a memorandum of understanding on water resources in Cairo on Thursday. They began "
           "negotiating an air services agreement, to be ready for signing in Kampala next year.", "negotiating"),
    ("fr", "L’Ouganda et l’Égypte ont signé jeudi au Caire un mémorandum d’entente sur l’eau. Les deux parties ont aussi "
           "convenu de négocier un accord commercial, qui pourrait être prêt pour signature à Kampala en octobre.",
     "négocier"),
]


@pytest.mark.parametrize("language, text, word", TO_NEGOTIATE)
def test_a_text_to_negotiate_is_a_plan_not_the_signings_sentence(language, text, word):
    document = read_document(text, language, dt.date(2026, 3, 16))
    index = document.sentence_of(text.index(word))
    assert any(c.sentence == index and c.status == "planned" for c in document.signings)
    signed = [a for a in document.agreements if a.signed]
    assert signed and (signed[0].place is None or signed[0].place.city != "Kampala")
    assert index not in signed[0].sentences
