"""French names many heads of a service by a function and "général(e)" — "contrôleur général des
Douanes", "administrateur général de l’Office des ports", "commissaire général de la Police",
"trésorier général" — one title, not "général des Douanes" (a military rank) cut from it. Seen
on eval-fr-ab ("le contrôleur général des Douanes nigérianes, M. Babatunde O. Adewale", read as
"général des douanes nigérianes"); others written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("le contrôleur général des Douanes nigérianes, M. Babatunde O. Adewale", "Babatunde O. Adewale",
     "contrôleur général des Douanes nigérianes"),
    ("l’administrateur général de l’Office des ports, M. Ali Diop", "Ali Diop", "administrateur général de l’Office des ports"),
    ("la commissaire générale de la Police, Mme Awa Ndiaye", "Awa Ndiaye", "commissaire générale de la Police"),
    ("le trésorier général du Sénégal, M. Ali Diop", "Ali Diop", "trésorier général du Sénégal"),
]


@pytest.mark.parametrize(("phrase", "name", "title"), CASES, ids=[c[2].split()[0] for c in CASES])
def test_the_function_and_general_are_one_title(phrase, name, title):
    text = f"Les deux pays ont signé lundi un mémorandum d’entente à Rome. Le texte a été signé par {phrase}."
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "fr", dt.date(2026, 1, 21)).people}
    assert people.get(name) == [title], people
