"""An office held under another official is one title: "le directeur de cabinet du ministre de
l’Enseignement supérieur …, M. Sékou A. Bamba" — the minister after a plain "du" is the title's
complement, not a second official (only after "et du …" is it another's). Seen on eval-fr-ai:
the title was cut at "du ministre", a nameless "directeur de cabinet" became an official and
stood between the side ("Côté ivoirien, …") and the signer. The others are written for the
class."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("Côté ivoirien, c’est le directeur de cabinet du ministre de l’Enseignement supérieur et de la Recherche "
     "scientifique, M. Sékou A. Bamba, qui a signé.", "Sékou A. Bamba",
     "directeur de cabinet du ministre de l’Enseignement supérieur et de la Recherche scientifique"),
    ("Le texte a été signé par le chef de cabinet du Premier ministre, M. Issa Traoré.", "Issa Traoré",
     "chef de cabinet du Premier ministre"),
    ("Le texte a été signé par la directrice de cabinet de la ministre de la Santé, Mme Awa Diallo.", "Awa Diallo",
     "directrice de cabinet de la ministre de la Santé"),
]


@pytest.mark.parametrize("sentence, name, title", CASES)
def test_the_office_is_one_title(sentence, name, title):
    found = officials(sentence, "fr")
    assert None not in found, found
    assert name in found and title in found[name][0], found


def test_a_second_official_after_and_stays_one():
    found = officials("Le texte a été signé en présence du ministre des Affaires étrangères, M. Paul Koffi, et du ministre "
                      "de la Défense, M. Issa Traoré.", "fr")
    assert {"Paul Koffi", "Issa Traoré"} <= set(found), found
