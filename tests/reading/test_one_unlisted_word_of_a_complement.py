"""One capitalised word the pack does not list, right after a title's link and closed by a
comma before a name ("Minister of Emigration, Nabila Soliman", "State Secretary for Asylum,
Sophie Lambert", "Minister of Hajj, Tawfiq Al-Rabiah"), is the title's complement: the name
is the apposition after it, not the word itself. Seen on a test written for eval-fr-ao's
pronoun signer (an English rendering whose names were lost); the other members written for
the class. "Minister of Defence Khawaja Asif" (no comma) still starts the name at Khawaja."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Cairo, June 5, 2026 - Belgium and Egypt signed a joint declaration on migration on Tuesday. It was signed by "
     "Egypt's Minister of Emigration, Nabila Soliman, and Belgium's State Secretary for Asylum, Sophie Lambert.",
     {"Nabila Soliman": "Minister of Emigration", "Sophie Lambert": "State Secretary for Asylum"}),
    ("Riyadh, June 5, 2026 - Saudi Arabia and Pakistan signed a memorandum of understanding on pilgrims on Monday. It "
     "was signed by the Saudi Minister of Hajj, Tawfiq Al-Rabiah, and Pakistan's Minister of Religious Affairs, "
     "Sardar Yousaf.", {"Tawfiq Al-Rabiah": "Saudi Minister of Hajj"}),
    ("Islamabad, June 5, 2026 - Pakistan and Turkey signed a defence agreement on Monday. It was signed by Pakistan's "
     "Minister of Defence Khawaja Asif and Turkey's Minister of National Defence, Yasar Guler.",
     {"Khawaja Asif": "Minister of Defence"}),
]


@pytest.mark.parametrize(("text", "titles"), CASES, ids=["of Emigration, / for Asylum,", "of Hajj,", "of Defence Khawaja Asif"])
def test_the_word_before_the_apposed_name_is_the_complement(text, titles):
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 6, 5)).agreements[0].people}
    for name, title in titles.items():
        assert title in people.get(name, []), people
