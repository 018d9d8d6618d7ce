"""A minister's portfolio written as a list — "Minister of Inclusion, Social Security and
Migration", "Minister of Climate and the Environment", "Minister for International
Development and the Pacific" — is one title before the name in apposition. The reader
ended the title at the first word it did not list as an office word or at a determiner
after "and", so the name lost its title (or the title its name)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 31)

TITLES = [
    # seen failing (eval-en-c, eval-en-p, eval-en-b)
    ("Spain’s Minister of Inclusion, Social Security and Migration, Marta Lozano Berenguer, signed the agreement with "
     "Senegal on Monday.", "Marta Lozano Berenguer", "Minister of Inclusion, Social Security and Migration"),
    ("Finland's Minister of Climate and the Environment, Tuula Heikkilä, signed the agreement with Nepal on Monday.",
     "Tuula Heikkilä", "Minister of Climate and the Environment"),
    ("Australia's Minister for International Development and the Pacific, Dr Lachlan O'Keefe, signed the agreement with "
     "Fiji on Monday.", "Lachlan O'Keefe", "Minister for International Development and the Pacific"),
    # other members
    ("Namibia's Minister of Education, Innovation, Youth, Sport, Arts and Culture, Petrus Gawaseb, signed the agreement "
     "with Finland on Monday.", "Petrus Gawaseb", "Minister of Education, Innovation, Youth, Sport, Arts and Culture"),
    ("Kenya's Cabinet Secretary for Devolution, Planning and the Arid Lands, Joyce Wanjiru, signed the agreement with "
     "Ethiopia on Monday.", "Joyce Wanjiru", "Cabinet Secretary for Devolution, Planning and the Arid Lands"),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLES, ids=[str(i) for i in range(len(TITLES))])
def test_a_portfolio_list_is_one_title_before_its_name(text, name, title):
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", PUBLISHED).people}
    assert people.get(name) == [title], people


def test_two_officials_named_after_their_titles_stay_apart():
    text = "Pakistan's Minister of Defence Khawaja Asif and Kenya's Minister of Trade John Mwangi signed the agreement on Monday."
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", PUBLISHED).people}
    assert people == {"Khawaja Asif": ["Minister of Defence"], "John Mwangi": ["Minister of Trade"]}, people
