"""A visit whose destination comes before its noun ("the Minister of State, who is in Ghana on
a two-day official visit", "actuellement au Ghana pour une visite de travail") goes to that
country, as "a two-day official visit to Ghana" does. Seen on eval-en-ap (a British minister
"who is in Ghana on a two-day official visit": no host, so no visit in the records); the other
members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "The memorandum on fisheries was signed on Tuesday by Ghana's Minister for Fisheries, Ama Owusu, and Norway's "
           "Minister of Trade, Lars Haugen, who is in Ghana on a two-day official visit.", "GHA", "NOR"),
    ("en", "Norway's Minister of Trade, Lars Haugen, currently in Accra for a three-day working visit, signed a "
           "memorandum of understanding on fisheries with Ghana's Minister for Fisheries, Ama Owusu, on Tuesday.", "GHA", "NOR"),
    ("en", "Vietnam and Finland signed an agreement on education on Monday. Finland's Minister of Education, Anna "
           "Virtanen, who arrived in Vietnam on Sunday for a four-day visit, signed it with her Vietnamese counterpart, "
           "Nguyen Van Long.", "VNM", "FIN"),
    ("fr", "Le ministre norvégien du Commerce, Lars Haugen, actuellement au Ghana pour une visite de travail de deux "
           "jours, a signé mardi un mémorandum d’entente sur la pêche avec la ministre ghanéenne de la Pêche, Ama Owusu.",
     "GHA", "NOR"),
    ("fr", "Le mémorandum d’entente sur l’éducation a été signé lundi par la ministre finlandaise de l’Éducation, Anna "
           "Virtanen, qui séjourne à Hanoï dans le cadre d’une visite officielle, et par son homologue vietnamien, Nguyen "
           "Van Long.", "VNM", "FIN"),
]


@pytest.mark.parametrize(("lang", "text", "host", "visitor"), CASES,
                         ids=["who is in Ghana on", "currently in Accra for", "arrived in Vietnam for", "actuellement au Ghana pour", "séjourne à Hanoï"])
def test_a_visit_placed_before_its_noun_goes_there(lang, text, host, visitor):
    agreement = read_document(text, lang, dt.date(2026, 2, 12)).agreements[0]
    assert agreement.visit is not None and (agreement.visit.host, agreement.visit.visitor) == (host, visitor), agreement.visit
