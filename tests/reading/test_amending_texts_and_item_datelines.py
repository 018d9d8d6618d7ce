"""Two classes from a weekly digest (eval-en-ai, seen failing). A text that amends another
names it inside its own title ("a protocol amending the rules of origin of their bilateral
free trade agreement"): one instrument, the protocol — the amended text had been read as a
second agreement and the record's kind called "contradicted". And each item of a digest opens
on its own dateline ("ASTANA, 27 January — … signed … on Monday"): its date dates the item,
not the signing, as the story's first dateline does."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 30)  # a Friday

AMENDING = [
    ("en", "COLOMBO — Pakistan and Sri Lanka signed a protocol amending the rules of origin of their bilateral free "
           "trade agreement earlier this month.", "protocol", "free trade agreement"),
    ("en", "Pakistan and Sri Lanka signed on Monday a protocol amending their free trade agreement.", "protocol", "free trade agreement"),
    ("fr", "Le Sénégal et la Gambie ont signé lundi un protocole portant amendement des règles d’origine de leur accord "
           "de libre-échange.", "protocol", "accord de libre-échange"),
    ("fr", "Le Sénégal et la Gambie ont signé lundi un avenant à la convention de coopération militaire.", "protocol",
     "convention de coopération militaire"),
    ("fr", "Le Sénégal et la Gambie ont signé lundi un protocole modifiant les annexes de l’accord de pêche.", "protocol",
     "accord de pêche"),
]


@pytest.mark.parametrize("language, text, kind, amended", AMENDING)
def test_the_amended_text_is_part_of_the_title(language, text, kind, amended):
    agreements = read_document(text, language, PUBLISHED).agreements
    assert [a.instrument.kind for a in agreements] == [kind]
    assert agreements[0].instrument.title.endswith(amended)


@pytest.mark.parametrize("language, text", [
    ("en", "Pakistan and Sri Lanka signed on Monday an additional protocol and an agreement on trade."),
    ("fr", "Le Sénégal et la Gambie ont signé lundi un avenant et un accord de pêche."),
])
def test_two_coordinated_texts_stay_two(language, text):
    assert len(read_document(text, language, PUBLISHED).agreements) == 2


DIGEST_ITEMS = [
    ("en", "TREATY WATCH\n\n1. KAZAKHSTAN–MONGOLIA\n\nASTANA, 27 January — Kazakhstan and Mongolia signed a memorandum "
           "of understanding on veterinary medicine on Monday, at the end of talks in Astana.", dt.date(2026, 1, 26)),
    ("en", "WEEKLY\n\n2. GHANA–TOGO\n\nACCRA, 29 January — Ghana and Togo signed an agreement on fisheries on Tuesday "
           "after two days of talks.", dt.date(2026, 1, 27)),
    ("fr", "LA SEMAINE\n\n1. SÉNÉGAL–GAMBIE\n\nDAKAR, 29 janvier — Le Sénégal et la Gambie ont signé lundi un accord "
           "de pêche au terme de deux jours de discussions.", dt.date(2026, 1, 26)),
]


@pytest.mark.parametrize("language, text, day", DIGEST_ITEMS)
def test_an_items_dateline_dates_the_item(language, text, day):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert agreement.date.date == day
