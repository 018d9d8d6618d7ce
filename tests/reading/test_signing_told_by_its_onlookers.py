"""A signing told only as what officials witnessed, attended or presided over — "the two
ministers witnessed the signing of an agreement on road transport", "les deux ministres ont
assisté à la signature d’un accord" — is a signing: the article reports it happened. The
reader found no agreement in such sentences (only a signing verb, or "were watched signing",
made one)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 3)
VISIT_EN = ("Malian Foreign Minister Abdoulaye Keita arrived in Niamey on Sunday for a two-day official visit and was "
            "received by his Nigerien counterpart, Bazoum Issaka. ")
VISIT_FR = ("Le ministre malien des Affaires étrangères, Abdoulaye Keïta, effectue une visite officielle de deux jours à "
            "Niamey, où il a été reçu dimanche par son homologue nigérien, Bazoum Issaka. ")

SIGNINGS = [
    # seen failing (dev sets: the new presence clauses, read in whole articles)
    ("en", VISIT_EN + "The two ministers later witnessed the signing of an agreement on road transport.", "agreement on road transport"),
    # other members
    ("en", VISIT_EN + "On Monday the two ministers attended the signing ceremony of a memorandum of understanding on fisheries.", "memorandum of understanding on fisheries"),
    ("en", VISIT_EN + "Keita and Issaka then presided over, at the foreign ministry, the signing of a protocol on border security.", "protocol on border security"),
    ("fr", VISIT_FR + "Les deux ministres ont ensuite assisté à la signature d’un accord sur le transport routier.", "accord sur le transport routier"),
    ("fr", VISIT_FR + "Lundi, les deux ministres ont présidé la cérémonie de signature d’un mémorandum d’entente sur la pêche.", "mémorandum d’entente sur la pêche"),
]


@pytest.mark.parametrize(("language", "text", "title"), SIGNINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SIGNINGS)])
def test_a_witnessed_signing_is_a_signing_and_its_onlookers_are_witnesses(language, text, title):
    agreements = read_document(text, language, PUBLISHED).agreements
    assert [a.instrument.title for a in agreements if a.signed] == [title], [(a.instrument and a.instrument.title, a.signed) for a in agreements]
    people = {p.name: set(p.role_names()) for p in agreements[0].people}
    assert all("witness" in roles for roles in people.values()) and len(people) == 2, people


NOT_SIGNED = [
    ("en", VISIT_EN + "The two ministers will witness the signing of an agreement on road transport next month."),
    ("fr", VISIT_FR + "Les deux ministres doivent assister le mois prochain à la signature d’un accord sur le transport routier."),
]


@pytest.mark.parametrize(("language", "text"), NOT_SIGNED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_SIGNED)])
def test_a_signing_officials_are_to_witness_is_not_signed(language, text):
    assert not any(a.signed for a in read_document(text, language, PUBLISHED).agreements)
