"""A title, an aside set off by commas, then the holder's name — "l’ambassadeur d’Algérie en
Italie, également accrédité à La Valette, M. Nadir Hadj-Mokhtar", "the Minister of Finance,
newly appointed, Mr. Kofi Mensah" — is one official: the aside is a participle or an adverb
about them. Seen on eval-fr-ab (the ambassador left with no name and the name with no title);
others written for the class. A coordinated title ("…, et le ministre des Mines, M. X") is
another official's. And a name the French model cuts in two, the parts one space apart ("M.
Comlan" + "Théophile Akplogan", seen on eval-fr-ab), is one name."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 21)

ASIDES = [
    ("fr", "La cérémonie s'est tenue en présence de l'ambassadeur d'Algérie en Italie, également accrédité à La Valette, M. "
           "Nadir Hadj-Mokhtar, ainsi que d'un conseiller.", "Nadir Hadj-Mokhtar", "ambassadeur d'Algérie en Italie"),
    ("fr", "Le texte a été signé par le ministre des Finances, nommé en janvier, M. Ousmane Diallo.", "Ousmane Diallo",
     "ministre des Finances"),
    ("en", "It was signed in the presence of Ghana's Ambassador to Germany, also accredited to the Czech Republic, Mrs. Gifty "
           "Ankrah.", "Gifty Ankrah", "Ambassador to Germany"),
    ("en", "It was signed by the Minister of Finance, newly appointed, Mr. Kofi Mensah.", "Kofi Mensah", "Minister of Finance"),
]


def _people(lang: str, sentence: str) -> dict:
    opening = {"fr": "Les deux pays ont signé lundi un mémorandum d’entente à Rome. ",
               "en": "Two countries signed a memorandum of understanding in Rome on Monday. "}[lang]
    return {p.name: [t.text for t in p.titles] for p in read_document(opening + sentence, lang, PUBLISHED).people}


@pytest.mark.parametrize(("lang", "sentence", "name", "title"), ASIDES, ids=[c[2] for c in ASIDES])
def test_the_name_past_the_aside_holds_the_title(lang, sentence, name, title):
    people = _people(lang, sentence)
    assert people.get(name) == [title], people


def test_a_coordinated_title_is_another_officials():
    people = _people("fr", "Le texte a été signé par le ministre des Finances, et le ministre des Mines, M. Ousmane Diallo.")
    assert people.get("Ousmane Diallo") == ["ministre des Mines"], people


def test_a_name_cut_in_two_by_the_model_is_one():
    people = _people("fr", "La cérémonie s’est tenue en présence de l’ambassadeur du Bénin au Nigeria, M. Comlan Théophile "
                           "Akplogan, et d’un représentant de la Commission de la CEDEAO.")
    assert people.get("Comlan Théophile Akplogan") == ["ambassadeur du Bénin au Nigeria"], people
