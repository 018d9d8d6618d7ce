"""A reportage's lede tells the signing as a scene (eval-fr-af, seen failing: the memorandum
got the day of another text): "Il est un peu plus de midi, mercredi, lorsque la ministre
repose le stylo. En face d’elle, son homologue vient lui aussi d’apposer sa signature. … les
deux ministres viennent de conclure un mémorandum". Two classes: the recent past ("vient de
signer", "venait de parapher", "viennent de conclure"; "had just signed", "have both duly
signed") is a signing, its subject a signatory; and a signing dated nowhere else takes the
day an earlier sentence of its own paragraph tells — not a day the story is reported on, nor\nthe first day of a stay."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday

RECENT_PAST = [
    ("fr", "Mercredi, à Mexico, le ministre Paul Ndong vient de signer un mémorandum d’entente sur la migration.", "Paul Ndong"),
    ("fr", "Mercredi, le ministre des Affaires étrangères, Jean Dupont, vient lui aussi d’apposer sa signature au bas "
           "d’un mémorandum d’entente.", "Jean Dupont"),
    ("fr", "Mercredi, la ministre de la Santé, Awa Ndiaye, venait tout juste de parapher l’accord de coopération sanitaire.",
     "Awa Ndiaye"),
    ("en", "On Wednesday Foreign Minister John Smith had just signed the agreement on fisheries.", "John Smith"),
    ("en", "On Wednesday Foreign Minister John Smith and his Ghanaian counterpart, Kofi Mensah, have both duly signed "
           "the agreement.", "Kofi Mensah"),
]


@pytest.mark.parametrize("language, text, signer", RECENT_PAST)
def test_the_recent_past_is_a_signing(language, text, signer):
    document = read_document(text, language, PUBLISHED)
    assert [a.signed for a in document.agreements] == [True]
    assert document.agreements[0].date.date == dt.date(2026, 5, 13)
    assert "signatory" in {p.name: p.role_names() for p in document.people}[signer]


def test_a_group_that_has_just_concluded_signs():
    document = read_document("À Mexico, les deux ministres viennent de conclure un mémorandum d’entente sur la migration.",
                             "fr", PUBLISHED)
    assert [a.signed for a in document.agreements] == [True]


SCENES = [
    ("fr", "Il est un peu plus de midi, mercredi, lorsque la ministre repose le stylo. En face d’elle, son homologue "
           "vient lui aussi d’apposer sa signature. À Mexico, les deux ministres viennent de conclure un mémorandum "
           "d’entente sur la migration."),
    ("en", "It was just past noon on Wednesday when the minister put down her pen. Across the table, her counterpart "
           "nodded. The two ministers had just concluded a memorandum of understanding on migration, the first of its kind."),
    ("fr", "Mercredi matin, la délégation gabonaise a rejoint le ministère. Les discussions ont duré deux heures. "
           "Un mémorandum d’entente sur les mines a ensuite été signé par les deux ministres."),
]


@pytest.mark.parametrize("language, text", SCENES)
def test_the_paragraphs_day_dates_the_signing(language, text):
    document = read_document(text, language, PUBLISHED)
    assert [a.date and a.date.date for a in document.agreements] == [dt.date(2026, 5, 13)]


def test_the_days_the_paragraph_reports_or_counts_date_nothing():
    text = ("La délégation gabonaise est à Pékin depuis lundi. Le ministère a indiqué mercredi que la visite se passait "
            "bien. Un mémorandum d’entente sur les mines a été signé par les deux ministres.")
    document = read_document(text, "fr", PUBLISHED)
    assert [a.date for a in document.agreements] == [None]
