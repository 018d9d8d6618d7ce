"""A word for any instrument, alone after a definite determiner ("The agreement was signed in
Doha …", "The deal", "L’accord a été signé …"), names the instrument named before it, not one
more agreement. Seen failing while writing the honorific-name tests of eval-en-t's class (a
second agreement "agreement" took the signers, the memorandum kept none); the other members were
written for the class and failed the same way. A word with words of its own ("the agreement on
trade") is another instrument."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Qatar and Kenya signed a memorandum of understanding on energy on Monday. The agreement was signed in Doha by "
     "the two ministers."),
    ("en", "Qatar and Kenya signed a memorandum of understanding on energy on Monday. The deal was signed in Doha by the "
     "two ministers."),
    ("en", "Ghana and Türkiye signed a defence cooperation protocol in Ankara on Monday. The pact was signed by the two "
     "defence ministers."),
    ("fr", "Le Qatar et le Kenya ont signé lundi un mémorandum d'entente sur l'énergie. L'accord a été signé à Doha par les "
     "deux ministres."),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_agreement_alone_names_the_one_before(language, text):
    agreements = read_document(text, language, dt.date(2025, 9, 16)).agreements
    assert len(agreements) == 1 and 1 in agreements[0].sentences, [(a.instrument.title, a.sentences) for a in agreements]


def test_an_agreement_with_words_of_its_own_is_another():
    text = ("Qatar and Kenya signed a memorandum of understanding on energy on Monday. An agreement on trade was signed "
            "the same day by the two trade ministers.")
    assert len(read_document(text, "en", dt.date(2025, 9, 16)).agreements) == 2
