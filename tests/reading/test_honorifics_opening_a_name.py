"""A name the model found with the honorifics before it ("Son Excellence Madame le Professeur
Jacqueline Ngo Mbock", "Madame le Docteur Mona Abdel-Halim FARAG") is the name without them —
a spelled-out honorific capitalised and after its determiner too — and a span of honorifics only
("Son Excellence") names no one. Seen on eval-fr-p ("le Professeur Jacqueline" and "Son
Excellence" read as officials) and eval-fr-ae ("le Docteur Mona …"); the other is written for
the class."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("Ont signé : pour la Partie camerounaise, Son Excellence Madame le Professeur Jacqueline Ngo Mbock, Ministre de "
     "l’Enseignement Supérieur ; pour la Partie équato-guinéenne, Son Excellence Monsieur Lucas Mba Ondo Nchama, "
     "Ambassadeur.", ["Jacqueline Ngo Mbock", "Lucas Mba Ondo Nchama"]),
    ("Le texte a été signé par Madame le Docteur Mona Abdel-Halim FARAG, Vice-Ministre de la Santé.", ["Mona Abdel-Halim FARAG"]),
    ("Le texte a été signé par Monsieur le Docteur Issa Traoré, ministre de la Santé, et par Son Excellence Madame la "
     "Professeure Awa Diallo, ministre de l’Enseignement supérieur.", ["Issa Traoré", "Awa Diallo"]),
]


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_name_is_without_its_honorifics(case):
    sentence, names = case
    found = officials(sentence, "fr")
    assert sorted(n for n in found if n) == sorted(names), found
