"""A signing whose time is an anaphor — "alors", "à l’époque", "at the time", "back then" —
happened when the sentence before it says: long before the story there, it is background and
no record of its own (seen on eval-fr-ab: "… vingt ans après l’année 2006, lorsque … Dakar et
Madrid avaient alors conclu un premier accord", read as a second signing of the day; others
written for the class). After a sentence telling the story's own day, the same words are the
next step of the story ("Les deux ministres ont alors signé …"). A year told as "l’année
2006" or "the year 2006" is a date, as "en 2006" is."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 2)

BACKGROUND = [
    ("fr", "Jeudi, à Madrid, le Sénégal et l’Espagne ont signé un accord-cadre sur la migration circulaire. Ces signatures "
           "interviennent vingt ans après l’année 2006, lorsque plus de 30 000 migrants avaient débarqué aux Canaries. Dakar et "
           "Madrid avaient alors conclu un premier accord de coopération migratoire."),
    ("fr", "Jeudi, à Madrid, le Sénégal et l’Espagne ont signé un accord-cadre sur la migration circulaire. Le président "
           "sénégalais avait effectué une visite d’État en Espagne en 2015. Les deux pays ont signé à cette occasion un accord "
           "sur la pêche."),
    ("en", "On Thursday Senegal and Spain signed a framework agreement on circular migration in Madrid. The two presidents "
           "first met in Accra in 2019. The two countries signed an agreement on economic cooperation at the time."),
    ("en", "On Thursday Senegal and Spain signed a framework agreement on circular migration in Madrid. The first state visit "
           "came in the year 2011. Back then, the two governments signed a memorandum of understanding on fisheries."),
]


@pytest.mark.parametrize(("lang", "text"), BACKGROUND, ids=["alors", "à cette occasion", "at the time", "back then"])
def test_a_signing_at_a_time_told_long_before_is_background(lang, text):
    document = read_document(text, lang, PUBLISHED)
    assert [a.date.date for a in document.agreements] == [dt.date(2026, 2, 26)], [
        (a.instrument and a.instrument.title, a.date and a.date.date) for a in document.agreements]


STORY = [
    ("fr", "Jeudi, le ministre sénégalais a été reçu au palais de la Moncloa par son homologue. Les deux ministres ont alors "
           "signé un accord-cadre sur la migration circulaire."),
    ("en", "On Thursday the Senegalese minister was received at the Moncloa palace by his counterpart. The two ministers then "
           "signed a framework agreement on circular migration."),
]


@pytest.mark.parametrize(("lang", "text"), STORY, ids=["fr", "en"])
def test_after_the_storys_own_day_it_is_the_next_step(lang, text):
    document = read_document(text, lang, PUBLISHED)
    assert [a.date.date for a in document.agreements] == [dt.date(2026, 2, 26)]


@pytest.mark.parametrize(("lang", "text"), [("fr", "Le programme date de l’année 2006."), ("en", "The programme dates from the year 2006.")])
def test_the_year_told_with_its_noun_is_a_date(lang, text):
    document = read_document(text, lang, PUBLISHED)
    assert [(m.date, m.precision) for m in document.dates] == [(dt.date(2006, 1, 1), "year")]
