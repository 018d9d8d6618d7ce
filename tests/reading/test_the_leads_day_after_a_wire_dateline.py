"""A wire flash whose lead dates the story's act with another verb than "signed" ("SANTO
DOMINGO, Oct 8 (CNW) – The Dominican Republic and The Bahamas agreed on Tuesday to pool …",
"ont convenu mardi de …") and whose signing sentence gives no day: the lead's day dates the
signing, not the dateline's date, which dates the dispatch (seen on eval-en-aa and eval-en-z;
others written for the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

FLASHES = [
    ("en", "SANTO DOMINGO, Oct 8 (CNW) – The Dominican Republic and The Bahamas agreed on Tuesday to pool their coast guard "
           "resources against smugglers.\n\nForeign Minister Rafael Peña and his Bahamian counterpart, Frederick Rolle, signed "
           "the Agreement on Cooperation against Illicit Maritime Trafficking in Nassau on the last day of the visit.",
     dt.date(2025, 10, 8), dt.date(2025, 10, 7)),
    ("en", "ASHGABAT, Nov. 11 (Reuters) - Japan and Turkmenistan agreed in Ashgabat on Tuesday to cut methane leaks from "
           "gas fields.\n\nThe memorandum of cooperation on methane reduction was signed by the two energy ministers.",
     dt.date(2026, 11, 11), dt.date(2026, 11, 10)),
    ("fr", "DAKAR, 20 mai (APS) – Le Sénégal et la Gambie ont convenu mardi de renforcer la surveillance de leurs eaux.\n\n"
           "Le mémorandum d’entente sur la sécurité maritime a été signé par les deux ministres des Forces armées.",
     dt.date(2026, 5, 20), dt.date(2026, 5, 19)),
    ("fr", "NIAMEY, 18 mars (ANP) - Le Niger et le Tchad se sont entendus lundi pour sécuriser leur frontière commune.\n\n"
           "L’accord de coopération sur la sécurité frontalière a été signé par les deux ministres de l’Intérieur.",
     dt.date(2026, 3, 18), dt.date(2026, 3, 16)),
]


@pytest.mark.parametrize(("lang", "text", "published", "day"), FLASHES, ids=["agreed on Tuesday", "agreed … on Tuesday", "ont convenu mardi", "se sont entendus lundi"])
def test_the_leads_day_dates_the_signing(lang, text, published, day):
    document = read_document(text, lang, published)
    assert [a.date and a.date.date for a in document.agreements] == [day]


def test_a_dateline_alone_still_dates_a_flash():
    text = ("DAKAR, 20 mai (APS) – Le Sénégal et la Gambie ont signé un mémorandum d’entente sur la sécurité maritime, "
            "a appris l’APS.")
    document = read_document(text, "fr", dt.date(2026, 5, 20))
    assert [a.date and a.date.date for a in document.agreements] == [dt.date(2026, 5, 20)]
