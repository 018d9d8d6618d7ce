"""A signing told as signatures affixed, with the day or another word between the verb and the
signature ("ont apposé jeudi dernier leur signature au bas d’un accord", "a apposé hier sa
signature", "affixed on Tuesday their signatures to"), is a signing dated by that day. Seen
failing on eval-fr-aa (the higher-education agreement read as no signing: undated, unplaced,
its signers "never said" to sign); the other members were written for the class and failed the
same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "C'est au palais Bustros, à Beyrouth, que la ministre roumaine et le ministre libanais ont apposé jeudi dernier "
     "leur signature au bas d'un accord de coopération dans le domaine de l'enseignement supérieur.",
     dt.date(2026, 5, 11), dt.date(2026, 5, 7)),
    ("fr", "À Dakar, les deux ministres ont apposé, mardi, leur signature sur un mémorandum d'entente relatif à la pêche.",
     dt.date(2026, 3, 5), dt.date(2026, 3, 3)),
    ("fr", "Le ministre gabonais a apposé hier sa signature au bas de la convention de financement du projet routier.",
     dt.date(2026, 3, 5), dt.date(2026, 3, 4)),
    ("en", "In Accra, the two ministers affixed on Tuesday their signatures to a memorandum of understanding on cocoa "
     "processing.", dt.date(2026, 3, 5), dt.date(2026, 3, 3)),
]


@pytest.mark.parametrize(("language", "text", "published", "day"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_affixed_signature_is_a_dated_signing(language, text, published, day):
    [reading] = read_document(text, language, published).agreements
    assert reading.signed and reading.date is not None and reading.date.date == day
