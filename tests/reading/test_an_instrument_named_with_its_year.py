"""An instrument whose name ends on an earlier year as its complement — "le protocole d’entente
de 2007", "the memorandum of understanding of 2007" — is one already there (the one the signed
text replaces), as "the 2007 memorandum" is: no record of its own. Seen on eval-fr-ab (an
arrangement "qui remplace le protocole d’entente de 2007" gave a second record signed that
Tuesday); others written for the class. The year of the story itself names no earlier text."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 2)

CASES = [
    ("fr", "Mardi, les deux ministres ont signé à Port-Vila un arrangement relatif à la mobilité des travailleurs, qui remplace "
           "le protocole d’entente de 2007.", "arrangement"),
    ("fr", "Mardi, les deux ministres ont signé à Dakar une convention d’établissement qui se substitue à la convention "
           "d’établissement de 1995.", "convention"),
    ("en", "On Tuesday the two ministers signed in Port Vila an arrangement on labour mobility, which replaces the memorandum "
           "of understanding of 2007.", "arrangement"),
    ("en", "On Tuesday the two ministers signed a new air services agreement in Dakar that supersedes the Agreement on Air "
           "Transport of 1998.", "air services agreement"),
]


@pytest.mark.parametrize(("lang", "text", "signed"), CASES, ids=["fr-2007", "fr-1995", "en-2007", "en-1998"])
def test_the_instrument_of_an_earlier_year_is_no_record(lang, text, signed):
    agreements = read_document(text, lang, PUBLISHED).agreements
    assert [a.instrument.title.split(" ")[0].lower() for a in agreements] == [signed.split(" ")[0]], [
        a.instrument.title for a in agreements]


def test_the_storys_own_year_names_no_earlier_text():
    text = "Mardi, les deux ministres ont signé à Dakar un protocole d’accord sur les quotas de pêche pour 2026."
    agreements = read_document(text, "fr", PUBLISHED).agreements
    assert len(agreements) == 1
