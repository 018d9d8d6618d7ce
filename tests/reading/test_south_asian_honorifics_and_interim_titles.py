"""Two small classes of how releases write officials, seen on eval-fr-ai and eval-en-al's first
readings:
- South Asian honorifics before a name ("Shri Vikram N. Bhardwaj", "Ch. Salman Rafiq Warraich",
  "Smt. Meenakshi Rao") are no part of it, as "M." and "Dr" are not;
- an interim marker after a title's head ("chargé d’affaires a.i. de l’ambassade …", "chargé
  d'affaires a.i. of Chile in Haiti") leaves the title going on over its complement."""

from __future__ import annotations

import pytest

from helpers.reading import officials

HONORIFICS = [
    ("fr", "Le texte a été signé par Shri Vikram N. Bhardwaj, ministre des Affaires extérieures.", "Vikram N. Bhardwaj"),
    ("en", "The memorandum was signed by Ch. Salman Rafiq Warraich, Federal Minister for Energy.", "Salman Rafiq Warraich"),
    ("en", "The memorandum was signed by Smt. Meenakshi Rao, Secretary of the Department of Commerce.", "Meenakshi Rao"),
]


@pytest.mark.parametrize("language, sentence, name", HONORIFICS)
def test_the_honorific_is_no_part_of_the_name(language, sentence, name):
    assert name in officials(sentence, language)


INTERIM = [
    ("fr", "Le texte a été signé par le chargé d’affaires a.i. de l’ambassade de l’Union des Comores en Inde, M. Nassur "
           "Msa Ali.", "Nassur Msa Ali", "chargé d’affaires a.i. de l’ambassade de l’Union des Comores en Inde"),
    ("fr", "À Port-au-Prince, le chargé d'affaires a.i. du Chili en Haïti, Cristóbal Undurraga Pino, a signé l’accord.",
     "Cristóbal Undurraga Pino", "chargé d'affaires a.i. du Chili en Haïti"),
    ("en", "The chargé d'affaires a.i. of Chile in Haiti, Cristóbal Undurraga Pino, signed the agreement.",
     "Cristóbal Undurraga Pino", "chargé d'affaires a.i. of Chile in Haiti"),
]


@pytest.mark.parametrize("language, sentence, name, title", INTERIM)
def test_the_title_goes_on_after_the_interim_marker(language, sentence, name, title):
    found = officials(sentence, language)
    assert name in found and title in found[name][0], found
