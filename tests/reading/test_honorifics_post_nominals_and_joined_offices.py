"""How officials are written in much of the English-speaking press: a professional honorific
with a dot ("Barr. Chukwuemeka N. Obiora", "Arc.", "Pharm."), letters after the name before the
title ("…, SAN, Attorney-General of the Federation"), two offices one person holds joined by
"and" ("Attorney-General of the Federation and Minister of Justice"), and the state named by
its form ("of the Federation", where a sports federation's president stays no state official).
Each one lost the signer (eval-en-af's Nigeria–India transfer
agreement, seen failing): the honorific's dot ended the sentence, the letters stood between the
name and its title, the second office became a person of its own, "Federation" made the title
a sports body's."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document
from helpers.reading import OPENINGS, officials


DOTTED_HONORIFICS = [
    # "Barr." seen failing; the others written for the class
    ("The agreement was signed by Barr. Chukwuemeka Obiora, Attorney-General, and by India's Minister of State, "
     "Anil Deshpande.", "Chukwuemeka Obiora"),
    ("The memorandum was signed by Arc. Fatima Bello, Permanent Secretary of the Ministry of Works, and by Ghana's "
     "Minister of Roads, Kwame Asante.", "Fatima Bello"),
    ("The memorandum was signed by Pharm. Ahmed Yusuf, Director-General of NAFDAC, and by Ghana's Minister of Health, "
     "Kwame Asante.", "Ahmed Yusuf"),
]


@pytest.mark.parametrize("sentence, name", DOTTED_HONORIFICS)
def test_a_dotted_honorific_ends_no_sentence(sentence, name):
    people = officials(sentence)
    assert "signatory" in people[name][1]
    assert "signatory" in people["Anil Deshpande" if "Anil" in sentence else "Kwame Asante"][1]


POST_NOMINALS = [
    # "SAN" seen failing; the others written for the class
    ("The agreement was signed by Chukwuemeka Obiora, SAN, Attorney-General of the Federation, and by India's Minister "
     "of State, Anil Deshpande.", "Chukwuemeka Obiora", "Attorney-General of the Federation"),
    ("The agreement was signed by John Smith QC, Attorney-General of Jamaica, and by India's Minister of State, "
     "Anil Deshpande.", "John Smith", "Attorney-General of Jamaica"),
    ("The agreement was signed by Mary Brown, KC, Attorney General of Belize, and by India's Minister of State, "
     "Anil Deshpande.", "Mary Brown", "Attorney General of Belize"),
    ("The agreement was signed by Peter Walsh TD, Minister of State for Trade, and by India's Minister of State, "
     "Anil Deshpande.", "Peter Walsh", "Minister of State for Trade"),
]


@pytest.mark.parametrize("sentence, name, title", POST_NOMINALS)
def test_letters_after_the_name_stand_between_it_and_its_title(sentence, name, title):
    people = officials(sentence)
    assert title in people[name][0]
    assert None not in people


JOINED_OFFICES = [
    # eval-en-af's attorney-general (seen failing); the others written for the class
    ("en", "The agreement was signed by Chukwuemeka Obiora, Attorney-General of the Federation and Minister of Justice, "
           "and by India's Minister of State, Anil Deshpande.", "Chukwuemeka Obiora",
     ["Attorney-General of the Federation", "Minister of Justice"]),
    ("en", "The agreement was signed by John Smith, Attorney General and Minister of Legal Affairs, and by India's "
           "Minister of State, Anil Deshpande.", "John Smith", ["Attorney General", "Minister of Legal Affairs"]),
    ("fr", "Le texte a été signé par M. Ali Mahamane, ministre d’État et ministre de l’Énergie, et par l’ambassadeur "
           "d’Algérie, M. Karim Belaïd.", "Ali Mahamane", ["ministre d’État", "ministre de l’Énergie"]),
]


@pytest.mark.parametrize("language, sentence, name, titles", JOINED_OFFICES)
def test_two_offices_joined_by_and_are_one_persons(language, sentence, name, titles):
    people = officials(sentence, language)
    assert people[name][0] == titles
    assert None not in people


def test_a_second_office_followed_by_its_own_name_is_another_person():
    people = officials("The agreement was signed by John Smith, Minister of Justice, and Minister of State Anil Deshpande.")
    assert people["John Smith"][0] == ["Minister of Justice"]
    assert people["Anil Deshpande"][0] == ["Minister of State"]


def test_a_sports_federation_is_still_no_state_office():
    document = read_document(OPENINGS["en"] + "Later the minister met Musa Bello, President of the Football Federation.", "en",
                             dt.date(2026, 1, 21))
    assert "Musa Bello" not in [p.name for p in document.people]
