"""Honorifics of other traditions before an English name — Fijian "Ratu", West African "Alhaji",
"Hajia", Malaysian "Tun", Central European "Ing." — are no part of the name, as "Sheikh" and
"Datuk" are not. Seen on eval-en-ae ("Ratu Peni Vakaloloma", "Alhaji Sheku M. Bangura", and
"Ing." read as a sentence's end); others written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("It was signed by Fiji's Minister for Employment, Ratu Peni Vakaloloma.", "Peni Vakaloloma"),
    ("It was signed by Sierra Leone's Minister of Defence, Alhaji Sheku M. Bangura.", "Sheku M. Bangura"),
    ("Hajia Amina Sulemana, Ghana's Minister of Trade, signed it.", "Amina Sulemana"),
    ("It was signed by Malaysia's Minister of Transport, Tun Ahmad Fauzi.", "Ahmad Fauzi"),
    ("Ghana's Minister for Health, Dr. Yaw Boateng, signed for Ghana and the Czech Deputy Minister of Health, Ing. Radka "
     "Stastna, for the Czech side.", "Radka Stastna"),
]


@pytest.mark.parametrize(("sentence", "name"), CASES, ids=[c[1] for c in CASES])
def test_the_honorific_stays_out_of_the_name(sentence, name):
    text = "Two countries signed a memorandum of understanding in the capital on Monday. " + sentence
    names = [p.name for p in read_document(text, "en", dt.date(2026, 1, 21)).people]
    assert name in names, names
    assert not any(n and n.endswith(name) and n != name for n in names), names
