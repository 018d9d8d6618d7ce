""""Représentant"/"représentante" heads a title as "representative" does in English: a state
agency's resident representative ("le représentant résident de l’agence Enabel", "la
représentante résidente de la JICA pour le Sénégal") is an official the article ties to the
signing. Seen on eval-fr-ai (Enabel) and eval-fr-af (KOICA's "représentante résidente",
missed with her name); the others are written for the class."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("Le représentant résident de l’agence Enabel, Mme Griet Van Acker, a signé la convention.", "Griet Van Acker",
     "représentant résident de l’agence Enabel"),
    ("La représentante résidente de la JICA pour le Sénégal, Mme Aiko Tanaka, a signé la convention.", "Aiko Tanaka",
     "représentante résidente de la JICA pour le Sénégal"),
    ("Le représentant de l’Agence française de développement au Cameroun, M. Luc Fontaine, a signé la convention.",
     "Luc Fontaine", "représentant de l’Agence française de développement au Cameroun"),
]


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_representative_is_an_official_with_the_title(case):
    sentence, name, title = case
    found = officials(sentence, "fr")
    assert name in found and title in found[name][0], found


# a company's representative stays none of them
def test_a_company_s_representative_is_no_official():
    found = officials("Le représentant de la société Bolloré, M. Luc Fontaine, a assisté à la signature.", "fr")
    assert "Luc Fontaine" not in found or not found["Luc Fontaine"][0], found
