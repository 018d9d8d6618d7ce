"""One sentence may sign a new text and name the old one it replaces, with the old one's date
("les deux personnalités ont signé un accord-cadre …, appelé à remplacer l’accord … signé à
Ankara le 29 octobre 2013"). The old date made the whole sentence an earlier signing, so the
new agreement was lost, and then took the old date. Each clause is dated by its own words: the
undated one is the story's signing, dated where the story dates it. And a year in a title ("au
titre de l’année 2026", "Work Plan for 2026") says what the text covers, not when it was signed."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 6, 6)  # a Saturday

REPLACING = [
    # eval-fr-ac's Cameroon–Türkiye framework agreement (seen failing); the others written for the class
    ("fr", "Le ministre camerounais de la Défense a reçu hier, vendredi 5 juin 2026, à Yaoundé, le vice-ministre turc de "
           "la Défense.\n\nÀ l’issue de leurs entretiens, les deux personnalités ont signé un accord-cadre de coopération "
           "dans le domaine de la défense, appelé à remplacer l’accord de coopération en matière de formation militaire "
           "signé à Ankara le 29 octobre 2013."),
    ("fr", "Le ministre sénégalais de la Pêche a reçu hier, vendredi 5 juin 2026, à Dakar, son homologue portugais.\n\n"
           "À l’issue de l’audience, les deux ministres ont signé un nouvel accord de pêche, qui se substitue à celui "
           "signé à Dakar le 4 mai 2010."),
    ("en", "Kenya's defence minister received his Turkish counterpart in Nairobi on Friday, June 5, 2026.\n\n"
           "After their talks, the two ministers signed a defence cooperation agreement, which replaces the one signed "
           "in Ankara on 12 March 2009."),
    ("en", "Fiji's foreign minister hosted her Australian counterpart in Suva on Friday, June 5, 2026.\n\n"
           "Following the talks, the two ministers signed a revised memorandum of understanding superseding the "
           "memorandum signed in Canberra in June 2015."),
]


@pytest.mark.parametrize("language, text", REPLACING)
def test_the_new_text_is_signed_on_the_storys_day(language, text):
    document = read_document(text, language, PUBLISHED)
    signed = [a for a in document.agreements if a.signed]
    assert signed, "the new text is the story's signing"
    assert signed[0].date is not None and signed[0].date.date == dt.date(2026, 6, 5)


TITLED_YEARS = [
    # eval-fr-ac's military aid protocol (seen failing); the others written for the class
    ("fr", "Le ministre a reçu mardi l’attaché de défense turc. Dans la foulée, un protocole relatif à la mise en œuvre de "
           "l’aide financière militaire turque au titre de l’année 2026 a été signé à Yaoundé par les deux hommes."),
    ("fr", "Le Niger et l’Algérie ont signé mardi à Niamey un protocole additionnel pour l’année 2026 dans le domaine de la santé."),
    ("en", "Nepal and Japan signed a Work Plan for 2026 on disaster risk reduction in Kathmandu on Tuesday."),
    ("en", "The two ministers met on Tuesday in Manila. Later, an Implementation Plan of Cooperation for the year 2026 "
           "was signed by the two ministries."),
]


@pytest.mark.parametrize("language, text", TITLED_YEARS)
def test_a_year_in_a_title_is_no_signing_date(language, text):
    document = read_document(text, language, dt.date(2026, 6, 4))  # a Thursday: "mardi" is 2 June
    assert document.agreements[0].date is not None
    assert document.agreements[0].date.date == dt.date(2026, 6, 2)


ONE_OLD_SIGNING = [
    # eval-en-s's tourism memorandum: a participle after its noun, then the finite verb and the
    # old date — one earlier signing, not a new one beside it
    ("en", "Malaysia and Uzbekistan signed a memorandum of understanding on higher education in Tashkent on Thursday. "
           "The most recent document signed between the two governments, a memorandum on tourism cooperation, was "
           "inked in Kuala Lumpur on 7 November 2023."),
    ("fr", "Le Niger et l’Algérie ont signé jeudi à Niamey un mémorandum d’entente sur l’énergie. Le dernier texte signé "
           "entre les deux pays, un accord sur le transport routier, avait été paraphé à Alger le 3 mars 2022."),
]


@pytest.mark.parametrize("language, text", ONE_OLD_SIGNING)
def test_a_participle_and_the_old_date_are_one_earlier_signing(language, text):
    document = read_document(text, language, PUBLISHED)
    dates = [a.date.date for a in document.agreements if a.signed and a.date is not None]
    assert dates and all(d.year == 2026 for d in dates)


RECENT_BEATS_OLD = [
    # eval-fr-ad's Côte d'Ivoire–Morocco tourism programme (seen failing: dated 1997, contradicted);
    # the others written for the class: the day opens a long sentence, the old year sits by the verb
    ("fr", "Ce vendredi 5 juin, au siège du ministère du Tourisme et des Loisirs, l’ambassadeur Karim Lahlou-Benslimane "
           "et la ministre du Tourisme et des Loisirs, Mme Mariam Sanogo Touré, ont signé le programme d’application "
           "2026-2028 de l’accord de coopération touristique conclu en 1997 entre les deux pays."),
    ("en", "On Friday, June 5, at the headquarters of the Ministry of Culture and Tourism in the capital, Ambassador "
           "Karim Lahlou and the Minister of Culture and Tourism, Mariam Toure, signed the executive programme of the "
           "cultural agreement concluded in 1997."),
    ("fr", "Vendredi 5 juin, dans la grande salle du ministère des Affaires étrangères et de la Coopération, le ministre "
           "Ali Mahamane et son homologue, Mme Aïcha Diallo, ont signé un avenant à la convention de 2004."),
]


@pytest.mark.parametrize("language, text", RECENT_BEATS_OLD)
def test_a_recent_day_beats_a_year_long_before_in_the_signing_sentence(language, text):
    document = read_document(text, language, PUBLISHED)
    signed = [a for a in document.agreements if a.signed]
    assert signed and signed[0].date is not None and signed[0].date.date == dt.date(2026, 6, 5)
