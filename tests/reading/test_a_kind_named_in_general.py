"""A kind of text named in general, in a comparison ("Moins contraignant qu’un traité, ce type
de texte fixe surtout un cadre : …", "Unlike a treaty, the memorandum needs no ratification"),
is no instrument of the article: read as one, it took the sentence for another agreement and
what the memorandum covers was lost (a correct record failed check)."""

from __future__ import annotations

import pytest

from accordcheck.reading.reader import read_document

GENERAL = [
    # eval-fr-n's diplomatic training memorandum (seen failing); the others written for the class
    ("fr", "Le mémorandum d’entente sur la formation a été signé mardi à Doha par Haïti et les Émirats. Moins contraignant "
           "qu’un traité, ce type de texte fixe surtout un cadre.", "traité"),
    ("fr", "La Tunisie et l’Italie ont signé lundi à Rome un protocole sur la pêche. Plus souple qu’une convention, il "
           "pourra être révisé chaque année.", "convention"),
    ("en", "Kenya and Japan signed a memorandum of understanding on health in Nairobi on Tuesday. Unlike a treaty, the "
           "memorandum needs no ratification.", "treaty"),
    ("en", "Chile and India signed a memorandum on mining in Santiago on Friday. It is less binding than a treaty and "
           "can be ended at six months' notice.", "treaty"),
    ("en", "Peru and Australia signed a declaration on fisheries in Lima on Monday. The text stops short of an agreement "
           "on quotas.", "agreement"),
]


@pytest.mark.parametrize("language, text, word", GENERAL)
def test_a_kind_named_in_a_comparison_is_no_instrument(language, text, word):
    document = read_document(text, language, None)
    assert not any(text[m.start : m.end].startswith(word) for m in document.instruments)
    assert len(document.agreements) == 1


NAMED = [
    # the kind's word naming a real text stays an instrument
    ("fr", "Les deux pays n’ont signé qu’un traité, mardi à Rome.", "traité"),
    ("en", "Kenya and Japan signed more than a memorandum: a treaty on health, in Nairobi on Tuesday.", "treaty"),
]


@pytest.mark.parametrize("language, text, word", NAMED)
def test_a_kind_naming_a_text_stays_an_instrument(language, text, word):
    document = read_document(text, language, None)
    assert any(text[m.start : m.end].startswith(word) for m in document.instruments)
