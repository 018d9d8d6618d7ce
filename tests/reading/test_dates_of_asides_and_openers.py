"""Two classes of where a signing's date is told.

An aside: a relative clause set off by commas that tells another event ("X and Y, who had
received the delegation on Sunday evening, signed …", "Le ministre, qui était arrivé
dimanche à Dakar, a signé …") dates that event, not the signing.

An opener: a sentence that opens on a day and tells no signing of its own sets the time of
the next one when that one names no day ("On Tuesday it was the turn of the foreign
ministers. X and Y signed …", "Mardi, place à la diplomatie. Les deux ministres ont signé …")."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 23)  # a Friday

MEMBERS = [
    # seen failing (eval-en-x): the aside's Sunday was taken for the signing's day
    ("en", "The delegation flew home on Wednesday. On Tuesday it was the turn of the foreign ministers. Mr Kiriau and "
           "Indonesia's Minister for Foreign Affairs, Dr. Dyah Larasati, who had received the delegation on Sunday "
           "evening, signed an Agreement on Visa Exemption at the Pancasila Building.", dt.date(2026, 1, 20)),
    # other members
    ("en", "Talks ended on Thursday. Mr Osei, who had arrived in Lomé on Monday, signed a memorandum on trade with "
           "Togo's Minister of Commerce, Ama Kodjo, on Wednesday.", dt.date(2026, 1, 21)),
    ("fr", "Les discussions se sont achevées jeudi. Mardi, place à la diplomatie. Le ministre ghanéen, qui avait été "
           "reçu dimanche par le président togolais, a signé un accord de coopération avec son homologue.",
     dt.date(2026, 1, 20)),
    ("fr", "La délégation est rentrée jeudi. Le ministre béninois, qui était arrivé lundi à Doha, a signé mercredi un "
           "mémorandum d'entente avec son homologue qatari.", dt.date(2026, 1, 21)),
    ("en", "The visit ended on Thursday. On Wednesday the ministers turned to trade. The Minister of Commerce, who had "
           "met business leaders on Monday, signed a memorandum of understanding with his Ghanaian counterpart.",
     dt.date(2026, 1, 21)),
]


@pytest.mark.parametrize(("language", "text", "date"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_the_signing_date_is_not_an_asides_and_may_be_an_openers(language, text, date):
    agreements = read_document(text, language, PUBLISHED).signed_agreements
    assert agreements, "no signed agreement read"
    found = agreements[0].date
    assert found is not None and found.date == date, found
