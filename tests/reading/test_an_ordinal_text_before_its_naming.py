"""A sentence that calls a text by its place in the article's order before naming it ("Le
premier texte, le plus attendu, a été conclu lundi … à Santiago. Il s’agit d’un accord-cadre
…", seen on eval-fr-j; others written for the class) is that text's: its day and place are
the text's, not those of a later sentence of the article."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 18)  # a Wednesday

CASES = [
    ("fr", "La Belgique et le Chili ont signé deux textes.\n\nLe premier texte, le plus attendu, a été conclu lundi en fin "
           "d’après-midi au ministère, à Santiago. Il s’agit d’un accord-cadre de coopération scientifique et technologique. "
           "L’accord a été signé par les deux vice-ministres.\n\nMardi, à Valparaíso, l’ambassadrice et le ministre chilien ont "
           "apposé leur signature sur une lettre d’intention sur la gestion de l’eau.", "accord-cadre", dt.date(2026, 3, 16), "Santiago"),
    ("en", "Belgium and Chile signed two texts.\n\nThe first document, the most awaited, was concluded on Monday afternoon at the "
           "ministry in Santiago. It is a framework agreement on scientific and technological cooperation. The agreement was "
           "signed by the two deputy ministers.\n\nOn Tuesday, in Valparaíso, the ambassador and the Chilean minister signed a "
           "letter of intent on water management.", "framework agreement", dt.date(2026, 3, 16), "Santiago"),
    ("fr", "Le Sénégal et le Maroc ont signé deux textes.\n\nLe premier document a été signé lundi à Dakar. Il s’agit d’un "
           "mémorandum d’entente sur la pêche. Le mémorandum a été paraphé par les deux ministres.\n\nMardi, à Saint-Louis, les "
           "deux ministres ont signé un accord sur les transports.", "mémorandum", dt.date(2026, 3, 16), "Dakar"),
]


@pytest.mark.parametrize(("lang", "text", "title", "day", "city"), CASES, ids=["Le premier texte", "The first document", "Le premier document"])
def test_the_ordinal_sentence_dates_and_places_its_text(lang, text, title, day, city):
    document = read_document(text, lang, PUBLISHED)
    first = next(a for a in document.agreements if a.instrument and a.instrument.title.startswith(title))
    assert (first.date and first.date.date, first.place and first.place.city) == (day, city)


def test_a_dateline_city_is_not_the_texts_place():
    text = ("VALPARAÍSO — De notre envoyée spéciale\n\nLa Belgique et le Chili ont signé deux textes.\n\nLe premier texte, le plus "
            "attendu, a été conclu lundi au ministère, à Santiago. Il s’agit d’un accord-cadre de coopération scientifique. "
            "L’accord a été signé par les deux vice-ministres.\n\nMardi, ici même, les deux ministres ont apposé leur signature "
            "sur une lettre d’intention sur la gestion de l’eau.")
    document = read_document(text, "fr", PUBLISHED)
    first = next(a for a in document.agreements if a.instrument and a.instrument.title.startswith("accord-cadre"))
    assert first.place and first.place.city == "Santiago"
