"""A rewrite's lead names the text bare and the next sentence names it in full ("… under an
arrangement signed in Paris last Tuesday, Armenpress reported. … signed an administrative
arrangement on cooperation in civil protection …", eval-en-aj, seen failing: two agreements,
the second placed at the dateline's Gyumri). A bare indefinite naming in the lead, then a fresh
naming of the same kind with words of its own in the next sentence, is one text — not when that
sentence announces another one."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 6, 16)

ONE_TEXT = [
    ("en", "GYUMRI, June 16 — Armenian rescuers will train with French firefighters under an arrangement signed in Paris "
           "last Tuesday, the agency reported. The minister and the prefect signed an administrative arrangement on "
           "cooperation in civil protection at the ministry.", "Paris"),
    ("en", "NAIROBI, June 16 — Kenyan nurses will train in Japan under a memorandum signed in Tokyo last Tuesday, the "
           "ministry said. The two ministers signed a memorandum of understanding on health workforce development.", "Tokyo"),
    ("fr", "DAKAR, 16 juin — Des pompiers sénégalais seront formés en France en vertu d’un accord signé mardi dernier à "
           "Paris, rapporte l’agence. Les deux ministres ont signé un accord de coopération en matière de protection civile.",
     "Paris"),
]


@pytest.mark.parametrize("language, text, city", ONE_TEXT)
def test_one_text_placed_where_the_lead_says(language, text, city):
    agreements = read_document(text, language, PUBLISHED).agreements
    assert len(agreements) == 1, [a.instrument.title for a in agreements]
    assert agreements[0].place.city == city and own_title(agreements[0])


def own_title(agreement) -> bool:
    return len(agreement.instrument.title.split()) > 2


def test_another_text_announced_stays_two():
    text = ("NAIROBI, June 16 — Kenya and Japan signed a memorandum in Tokyo last Tuesday, the ministry said. "
            "A second text was signed there on Wednesday. It is a memorandum of understanding on health workforce development.")
    assert len(read_document(text, "en", PUBLISHED).agreements) == 2
