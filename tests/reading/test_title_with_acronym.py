"""A title whose complement names an institution keeps the institution's acronym in brackets
right after it, as written ("Director General of the Swedish Defence Materiel Administration
(FMV)"). Seen on eval-en-v and eval-fr-s (the acronym cut off); the other members were written
for the class and failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Sweden and Thailand signed a memorandum on Monday. It was signed by Karin Ljunggren-Falk, Director General of the "
     "Swedish Defence Materiel Administration (FMV), and by the Thai minister.",
     "Karin Ljunggren-Falk", "Director General of the Swedish Defence Materiel Administration (FMV)"),
    ("en", "Kenya and Thailand signed a protocol on Monday. It was signed by John Kamau, Director General of the Kenya Plant "
     "Health Inspectorate Service (KEPHIS), and by the Thai minister.",
     "John Kamau", "Director General of the Kenya Plant Health Inspectorate Service (KEPHIS)"),
    ("fr", "Le Cambodge et la Bosnie ont signé mardi un mémorandum. Il a été signé par Sam Sopheaktra, premier vice-président "
     "de l’Autorité cambodgienne de lutte antimines (CMAA), et par son homologue.",
     "Sam Sopheaktra", "premier vice-président de l’Autorité cambodgienne de lutte antimines (CMAA)"),
    ("fr", "Le Cambodge et la Bosnie-Herzégovine ont signé mardi un mémorandum. Il a été signé par Edin Hadžiomerović, directeur général du "
     "Centre d’action antimines de Bosnie-Herzégovine (BHMAC), et par son homologue.",
     "Edin Hadžiomerović", "directeur général du Centre d’action antimines de Bosnie-Herzégovine (BHMAC)"),
]


@pytest.mark.parametrize(("language", "text", "name", "title"), CASES, ids=[c[2] for c in CASES])
def test_the_institutions_acronym_stays_in_the_title(language, text, name, title):
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, language, dt.date(2026, 7, 9)).people}
    assert title in people.get(name, []), people
