"""A denial told with the verbs of what a text provides ("l’échange de notes ne prévoit pas de
formation des équipages", eval-fr-af, seen failing: the reader gave the agreement
military_training from the very sentence that excludes it). "ne prévoit pas", "ne contient
pas", "ne comporte pas", "does not provide for", "does not contain", "doesn't envisage" deny
as "ne couvre pas" and "does not cover" did."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document
from helpers.claims import check_one, claim_at, record_of

PUBLISHED = dt.date(2026, 4, 22)

DENIED = [
    ("fr", "Un échange de notes sur les vedettes de patrouille a été signé ce matin à Victoria. Il a précisé que l'échange "
           "de notes ne prévoit pas de formation des équipages militaires.", "military_training"),
    ("fr", "Un accord sur la pêche a été signé lundi à Dakar. Le texte ne contient pas de volet sur la formation militaire.",
     "military_training"),
    ("fr", "Un accord sur la pêche a été signé lundi à Dakar. L’accord ne comporte pas de volet énergétique.", "energy"),
    ("en", "A fisheries agreement was signed on Monday in Dakar. The agreement does not provide for military training.",
     "military_training"),
    ("en", "A fisheries agreement was signed on Monday in Dakar. The text doesn't envisage any energy projects.", "energy"),
]


@pytest.mark.parametrize("language, text, code", DENIED)
def test_what_the_text_does_not_provide_is_not_its_scope(language, text, code):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert code not in [d.code for d in agreement.domains]




def test_what_an_earlier_text_did_not_provide_is_no_denial(tmp_path):
    # eval-fr-h (seen failing once the present-tense denials were first added with their
    # imperfects): the old convention lacked it; the protocol signed now fills the gap
    text = ("Le Tadjikistan et la Suisse ont signé mercredi à Douchanbé un protocole modifiant la convention fiscale. "
            "La convention, signée en 2010, ne prévoyait pas l’échange de renseignements entre administrations fiscales. "
            "Le protocole comble cette lacune.")
    record = record_of(text, "fr", "2025-10-02", parties=[("TJK", "Tadjikistan", "Tadjikistan"), ("CHE", "Suisse", "Suisse")],
                       date="2025-10-01", expression="mercredi", kind="protocol",
                       title="protocole modifiant la convention fiscale", place=None,
                       domains=[("other", "l’échange de renseignements entre administrations fiscales")])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity != "error", found
