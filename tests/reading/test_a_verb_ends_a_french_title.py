"""A French title runs on over lower-case words ("ministre de l'agriculture et de la pêche"),
but not over the verb that tells what its holder did: a verb in the imperfect ("le
secrétaire général de la COI assistait à la cérémonie", "le ministre de l'Intérieur
présidait la séance"), or an infinitive after "de" with its object ("la secrétaire d'État de
prendre la plume"), ends the title before it. Seen on eval-fr-ao (an onlooker's title read
as "secrétaire général de la COI assistait à la cérémonie", and a correct record's title
called contradicted); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

LEAD = "Maurice et les Seychelles ont signé jeudi à Victoria un accord d’entraide judiciaire en matière pénale. "
CASES = [
    (LEAD + "Le texte porte la signature de M. Jean-Luc Ah-Chuen et de Mme Sylvette Pillay ; le secrétaire général de la "
            "COI assistait à la cérémonie.", "secrétaire général de la COI"),
    (LEAD + "Le ministre de l'Intérieur présidait la séance, au cours de laquelle M. Jean-Luc Ah-Chuen et Mme Sylvette "
            "Pillay ont signé.", "ministre de l'Intérieur"),
    (LEAD + "M. Jean-Luc Ah-Chuen et Mme Sylvette Pillay ont signé le texte ; la ministre de la Justice représentait le "
            "gouvernement seychellois.", "ministre de la Justice"),
    (LEAD + "M. Jean-Luc Ah-Chuen et Mme Sylvette Pillay ont signé le texte, tandis que le directeur de la coopération "
            "régionale assistait à la signature.", "directeur de la coopération régionale"),
    (LEAD + "Mardi, c'est au tour de la secrétaire d'État de prendre la plume : Mme Sylvette Pillay a signé avec M. "
            "Jean-Luc Ah-Chuen.", "secrétaire d'État"),
    (LEAD + "Il revenait au secrétaire général du ministère de signer le texte avec M. Jean-Luc Ah-Chuen.",
     "secrétaire général du ministère"),
]


@pytest.mark.parametrize(("text", "title"), CASES, ids=["assistait", "présidait", "représentait", "assistait à la signature", "de prendre la plume", "de signer le texte"])
def test_the_title_ends_before_the_verb(text, title):
    document = read_document(text, "fr", dt.date(2025, 11, 21))
    titles = [t.text for p in document.people for t in p.titles]
    assert title in titles, titles
