"""An official who joined the ceremony or the call — "X joined the minister in Pretoria for
the ceremony", "X took part in the call from Canberra", "X joined from the Samoan end of the
call", "Romania was represented at the ceremony by its Ambassador, X", "s’est jointe à la
cérémonie" — was present at the signing: a witness. The reader knew "attended" and "was
present", not joining, taking part in a call or being represented, and gave no role."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 3)
SIGNED_EN = "Japan and Samoa signed a grant agreement on water supply by video link on Monday. "
SIGNED_FR = "Le Japon et les Samoa ont signé lundi par visioconférence un accord de don sur l’eau potable. "

JOINED = [
    # seen failing (eval-en-b, eval-en-g, eval-en-i, eval-en-e)
    ("en", SIGNED_EN + "Japan’s Ambassador to Samoa, Hiroshi Tanabe, joined the minister in Apia for the ceremony."),
    ("en", SIGNED_EN + "Japan’s Ambassador to Samoa, Hiroshi Tanabe, took part in the call from Apia."),
    ("en", SIGNED_EN + "Japan’s ambassador to Samoa, Hiroshi Tanabe, joined from the Samoan end of the call."),
    ("en", SIGNED_EN + "Japan was represented at the ceremony by its Ambassador to Samoa, Hiroshi Tanabe."),
    # other members
    ("fr", SIGNED_FR + "L’ambassadeur du Japon aux Samoa, Hiroshi Tanabe, s’est joint à la visioconférence depuis Apia."),
    ("fr", SIGNED_FR + "Le Japon était représenté à la cérémonie par son ambassadeur aux Samoa, Hiroshi Tanabe."),
]


@pytest.mark.parametrize(("language", "text"), JOINED, ids=[f"{c[0]}-{i}" for i, c in enumerate(JOINED)])
def test_an_official_who_joined_the_ceremony_or_the_call_is_a_witness(language, text):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    assert people.get("Hiroshi Tanabe") == {"witness"}, people


NOT_JOINED = [
    ("en", SIGNED_EN + "Japan’s Ambassador to Samoa, Hiroshi Tanabe, joined the ministry in 2019."),
    ("en", SIGNED_EN + "Japan’s Ambassador to Samoa, Hiroshi Tanabe, took part in the talks that preceded it."),
]


@pytest.mark.parametrize(("language", "text"), NOT_JOINED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_JOINED)])
def test_joining_something_else_is_no_presence(language, text):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).people}
    assert "witness" not in people.get("Hiroshi Tanabe", set()), people


def test_a_party_represented_by_its_signer_keeps_the_signer_a_signatory():
    """"Chile was represented by X, the Minister …" in a signing story names Chile's signer."""
    text = ("Chile and Poland signed an agreement on polar research in Warsaw on Tuesday. Chile was represented by Francisca "
            "Undurraga, the Minister of Science, who signed the agreement with Poland's minister.")
    people = {p.name: set(p.role_names()) for p in read_document(text, "en", PUBLISHED).agreements[0].people}
    assert "witness" not in people.get("Francisca Undurraga", set()), people
