"""A town right after an instrument's title whose complement names a built thing further back
("un accord de don relatif au projet de construction d’une unité de dessalement d’eau de mer à
Dakhla", eval-fr-ae, seen failing: the record's Rabat was "contradicted" by the project's
Dakhla). The built thing need not be the last noun before the town: the whole complement
names the project, and the town says where it goes — the signing's own place is told
elsewhere ("La cérémonie s’est tenue … à Rabat. … y ont signé …")."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 10)

PROJECTS = [
    ("fr", "La cérémonie s’est tenue jeudi au ministère des Finances, à Rabat. L’ambassadeur du Japon et la ministre y "
           "ont signé un accord de don relatif au projet de construction d’une unité de dessalement d’eau de mer à Dakhla.",
     "Dakhla"),
    ("fr", "RABAT, 5 mars – Le Maroc et le Japon ont signé jeudi une convention de financement du projet d’extension du "
           "port de pêche de la ville à Tan-Tan.", "Tan-Tan"),
    ("en", "NAIROBI — Kenya and Japan signed on Monday a grant agreement for the project for the expansion of the water "
           "treatment plant of the county in Kisumu.", "Kisumu"),
    ("en", "ACCRA — Ghana and Korea signed on Monday a loan agreement for the construction of a desalination unit for "
           "the coastal towns in Ada.", "Ada"),
]


@pytest.mark.parametrize("language, text, project_town", PROJECTS)
def test_the_projects_town_is_not_the_signing_place(language, text, project_town):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert agreement.place is None or agreement.place.city != project_town, agreement.place


def test_a_town_after_a_title_on_a_subject_still_places():
    [agreement] = read_document("Kenya and Japan signed on Monday a memorandum of understanding on fisheries in Mombasa.",
                                "en", PUBLISHED).agreements
    assert agreement.place.city == "Mombasa"
