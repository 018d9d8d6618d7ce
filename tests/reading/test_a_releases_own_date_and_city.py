"""A release dates itself on a line of its own — at its head ("Podgorica, 10 February 2026")
or in its closing block ("MINISTRY OF FOREIGN AFFAIRS / BANDAR SERI BEGAWAN / 4 SEPTEMBER
2025") — and may be posted a day or more later: its "today" and "yesterday" are counted
from its own date, and the city of its closing block is its dateline, which places a signing
that names no city of its own ("at Istana Nurul Iman"). Seen on eval-en-ao: two texts
"today" signed dated the posting day and placed nowhere, both correct records failing; the
other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "PRESS RELEASE\n\n1. The ministers of Brunei Darussalam and Singapore today signed a memorandum of understanding on "
           "energy at Istana Nurul Iman.\n\nMINISTRY OF FOREIGN AFFAIRS\nBANDAR SERI BEGAWAN\n4 SEPTEMBER 2025\n\nShare this",
     dt.date(2025, 9, 5), dt.date(2025, 9, 4), "Bandar Seri Begawan"),
    ("en", "PRESS RELEASE\n\nPodgorica, 10 February 2026\n\nYesterday, in Shkodër, the ministers of Montenegro and Albania "
           "signed a protocol on joint border patrols.", dt.date(2026, 2, 11), dt.date(2026, 2, 9), "Shkodër"),
    ("fr", "COMMUNIQUÉ DE PRESSE\n\nLa Mauritanie et l’Espagne ont signé aujourd’hui, au ministère des Pêches, un mémorandum "
           "d’entente sur la surveillance des pêches.\n\nNouakchott, le 3 février 2026\n\nLe service de presse",
     dt.date(2026, 2, 5), dt.date(2026, 2, 3), "Nouakchott"),
    ("en", "MEDIA STATEMENT\n\nNew Zealand and Ireland today signed an arrangement on agricultural research at Parliament "
           "Buildings, in the presence of both ministers.\n\nWellington\n12 March 2026", dt.date(2026, 3, 13),
     dt.date(2026, 3, 12), "Wellington"),
]


@pytest.mark.parametrize(("lang", "text", "published", "date", "city"), CASES,
                         ids=["closing block in capitals", "head line", "ville, le date", "city and date lines"])
def test_a_release_is_read_from_its_own_date_and_city(lang, text, published, date, city):
    agreement = read_document(text, lang, published).agreements[0]
    assert agreement.date is not None and agreement.date.date == date, agreement.date
    assert agreement.place is not None and agreement.place.city == city, agreement.place


def test_a_date_line_long_before_the_posting_is_not_the_anchor():
    text = ("PRESS RELEASE\n\nThe ministers of Brunei Darussalam and Singapore today signed a memorandum of understanding on "
            "energy at Istana Nurul Iman.\n\nBANDAR SERI BEGAWAN\n4 SEPTEMBER 2024")
    agreement = read_document(text, "en", dt.date(2025, 9, 5)).agreements[0]
    assert agreement.date.date == dt.date(2025, 9, 5)


CLOSINGS = [
    ("fr", "COMMUNIQUÉ CONJOINT\n\nLa cinquième session de la Commission mixte entre le Tchad et l’Égypte s’est tenue au Palais du "
           "15 Janvier. Au terme des travaux, les deux parties ont procédé, le mercredi 10 décembre 2025, à la signature d’un "
           "accord de coopération dans le domaine de l’enseignement supérieur.\n\nFait à N'Djamena, le 12 décembre 2025",
     "N'Djamena"),
    ("fr", "COMMUNIQUÉ\n\nLe Sénégal et la Gambie ont signé mardi 3 mars 2026, au ministère des Affaires étrangères, un accord sur "
           "la pêche artisanale, en présence des deux ministres.\n\nFait à Dakar, le 4 mars 2026\n\nLe Service de presse", "Dakar"),
    ("en", "JOINT PRESS RELEASE\n\nKenya and Uganda on Monday 4 May 2026 signed a memorandum of understanding on fisheries at the "
           "Ministry of Agriculture, in the presence of both ministers.\n\nIssued in Nairobi, 5 May 2026", "Nairobi"),
]


@pytest.mark.parametrize(("lang", "text", "city"), CLOSINGS, ids=["Fait à N'Djamena, le", "Fait à Dakar, le", "Issued in Nairobi,"])
def test_a_closing_formula_gives_the_releases_city(lang, text, city):
    agreement = read_document(text, lang, dt.date(2026, 5, 6) if lang == "en" else dt.date(2026, 3, 5)).agreements[0]
    assert agreement.place is not None and agreement.place.city == city, agreement.place


def test_a_closing_city_places_no_signing_told_abroad():
    """(eval-fr-ai's Madagascar release, "Fait à Antananarivo", of a memorandum signed after talks "à New Delhi")"""
    text = ("COMMUNIQUÉ\n\nLe mardi 9 décembre 2025, à Hyderabad House, à New Delhi, la Ministre a été reçue par le Ministre des "
            "Affaires extérieures de l’Inde. À l’issue de leurs entretiens, les deux Ministres ont présidé la signature d’un "
            "Mémorandum d’Entente entre Madagascar et l’Inde relatif à la médecine traditionnelle.\n\nFait à Antananarivo, le 11 "
            "décembre 2025")
    agreement = read_document(text, "fr", dt.date(2025, 12, 12)).agreements[0]
    assert agreement.place is None or agreement.place.city != "Antananarivo", agreement.place
