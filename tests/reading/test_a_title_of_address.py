"""A title right before the surname alone ("General Nyarko-Mensah", "Ambassador Morisawa",
"le vice-ministre Park") is how the text addresses an official whose titles it told with the
full name: it adds no title of its own ("Lieutenant General" stays the rank, not "General"
beside it). An apposition after the surname ("M. Djibrilla, ministre de l'Intérieur") is a
title; so is the address of one whose full naming gave no office. Seen on development sets
once surnames after titles were read as names (eval-en-al, eval-en-ap, eval-fr-am); the
other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Accra, January 15, 2026 - Ghana and Turkey signed a defence agreement on Thursday. The Chief of the Defence "
           "Staff, Lieutenant General Emmanuel Nyarko-Mensah, led the Ghanaian delegation. General Nyarko-Mensah signed "
           "the agreement with Turkey's defence minister, Yasar Guler.", "Emmanuel Nyarko-Mensah", "General"),
    ("en", "Dhaka, June 30, 2025 - Bangladesh and Japan signed a loan agreement on water on Monday. Japanese Ambassador "
           "to Bangladesh Kenji Morisawa and Economic Relations Secretary Shahriar Kader Siddiky signed it. Ambassador "
           "Morisawa said the loan would fund a treatment plant.", "Kenji Morisawa", "Ambassador"),
    ("fr", "Douala, 24 septembre 2025 - Le Cameroun et la Corée ont signé mercredi un mémorandum sur l’administration "
           "numérique. Le premier vice-ministre coréen de l’Intérieur, Park Ji-hoon, est arrivé lundi. Le vice-ministre "
           "Park a signé le texte avec le ministre camerounais Paul Atanga.", "Park Ji-hoon", "vice-ministre"),
    ("en", "Hanoi, March 10, 2026 - Vietnam and Angola signed a memorandum of understanding on agriculture on Tuesday. "
           "Deputy Prime Minister Tran Quoc Hieu is on an official visit to Angola. Deputy PM Hieu and Angolan Minister "
           "Jose Tchissola signed the memorandum in Luanda.", "Tran Quoc Hieu", "Deputy PM"),
]


@pytest.mark.parametrize(("lang", "text", "person", "address"), CASES,
                         ids=["General X", "Ambassador X", "le vice-ministre X", "Deputy PM X"])
def test_a_title_before_the_surname_adds_no_title(lang, text, person, address):
    people = {p.name: p for p in read_document(text, lang, dt.date(2026, 3, 12)).agreements[0].people}
    titles = [t.text for t in people[person].titles]
    assert titles and address not in titles, titles


def test_an_apposition_after_the_surname_is_a_title():
    text = ("Niamey, 5 juin 2026 - L’Algérie et le Niger ont signé jeudi un accord sur la sécurité des frontières. Le "
            "général de brigade Ibrahim Boubacar Djibrilla a conduit la délégation. M. Djibrilla, ministre nigérien de "
            "l’Intérieur, a signé l’accord avec son homologue algérien.")
    people = {p.name: p for p in read_document(text, "fr", dt.date(2026, 6, 5)).agreements[0].people}
    assert "ministre nigérien de l’Intérieur" in [t.text for t in people["Ibrahim Boubacar Djibrilla"].titles]
