"""A signer the text says is visiting (or hosting) is of the visit's side, before any country
named near their signature: "en marge de la visite … entamée dimanche par le ministre …, Hocine
Bellil" then "signé au siège du ministère vietnamien … par M. Bellil et par la vice-ministre …"
makes Bellil Algerian and the vice-minister Vietnamese (eval-fr-ai's first reading, seen
failing: the two sides swapped, the nearest country taken for the visitor's). The others are
written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "HANOÏ - L'Algérie et le Vietnam ont décidé de rapprocher leurs systèmes de formation professionnelle, avec la "
           "signature mercredi dans la capitale vietnamienne d'un mémorandum d'entente, en marge de la visite de travail de "
           "cinq jours entamée dimanche par le ministre de la Formation et de l'Enseignement professionnels, Hocine Bellil."
           "\n\nLe document a été signé au siège du ministère vietnamien de l'Education et de la Formation par M. Bellil et "
           "par la vice-ministre de l'Education et de la Formation, Mme Nguyễn Thị Kim Thoa, en présence de l'ambassadrice "
           "d'Algérie au Vietnam, Mme Samia Bendjeddou.\n\nM. Bellil avait été reçu lundi par le ministre vietnamien de "
           "l'Education et de la Formation, M. Lê Văn Khải.", {"Hocine Bellil": "DZA", "Nguyễn Thị Kim Thoa": "VNM"}),
    ("fr", "DAKAR - Le Sénégal et le Portugal ont signé jeudi à Dakar un accord, lors de la visite officielle de trois jours "
           "du ministre de la Mer, João Pereira.\n\nLe texte a été signé dans les locaux du ministère sénégalais des Pêches "
           "par M. Pereira et par la ministre des Pêches, Mme Awa Ndiaye.", {"João Pereira": "PRT", "Awa Ndiaye": "SEN"}),
    ("en", "HANOI - Algeria and Vietnam signed a memorandum of understanding in the Vietnamese capital on Wednesday, during "
           "a five-day working visit by the Minister of Vocational Training, Hocine Bellil.\n\nThe document was signed at the "
           "Vietnamese Ministry of Education by Mr Bellil and by the Deputy Minister of Education, Nguyen Thi Kim Thoa, in the "
           "presence of Algeria's ambassador to Vietnam, Samia Bendjeddou.", {"Hocine Bellil": "DZA", "Nguyen Thi Kim Thoa": "VNM"}),
    ("en", "DAKAR - Senegal and Portugal signed an agreement in Dakar on Thursday during a three-day official visit by the "
           "Minister of the Sea, Joao Pereira.\n\nThe text was signed at the Senegalese fisheries ministry by Mr Pereira and "
           "by the Minister of Fisheries, Awa Ndiaye.", {"Joao Pereira": "PRT", "Awa Ndiaye": "SEN"}),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_visitor_signs_for_the_visitor_side(case):
    language, text, sides = case
    document = read_document(text, language, dt.date(2025, 11, 20))
    found = {p.name: p.country for p in document.people}
    assert {name: found.get(name) for name in sides} == sides, found


# a visit's sidelines are the visit (a summit's are none), and a visit begun or made by an
# official names its visitor ("la visite de travail … entamée dimanche par le ministre …")
VISITS = [
    ("fr", "Le Maroc et le Niger ont signé mardi à Rabat un accord, en marge de la visite de travail de deux jours du "
           "ministre nigérien des Mines, Issa Moussa.", "Issa Moussa"),
    ("fr", "Le Maroc et le Niger ont signé mardi à Rabat un accord, au deuxième jour de la visite entamée dimanche par le "
           "ministre nigérien des Mines, Issa Moussa.", "Issa Moussa"),
    ("en", "Morocco and Niger signed an agreement in Rabat on Tuesday, on the sidelines of the two-day working visit of "
           "Niger's Minister of Mines, Issa Moussa.", "Issa Moussa"),
]


@pytest.mark.parametrize("case", VISITS, ids=[f"{c[0]}-{i}" for i, c in enumerate(VISITS)])
def test_the_visit_and_its_visitor_are_read(case):
    language, text, visitor = case
    document = read_document(text, language, dt.date(2025, 11, 20))
    assert document.visit is not None
    assert "visitor" in {p.name: p.role_names() for p in document.people}.get(visitor, []), \
        [(p.name, p.role_names()) for p in document.people]


def test_a_summit_s_sidelines_are_no_visit():
    text = ("Morocco and Niger signed an agreement in Addis Ababa on Tuesday, on the sidelines of the African Union "
            "summit.")
    assert read_document(text, "en", dt.date(2025, 11, 20)).visit is None
