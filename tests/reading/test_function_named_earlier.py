"""A function told in full without a name — "at the invitation of the Union Minister of
Power", "Madame la Ministre des Forces armées … ont procédé à la signature" — is the
official of that side named earlier with that function, when exactly one is: the words of
the one writing are all among the other's. The reader kept such a mention apart as an
unnamed official (long functions were never joined), and the named official lost its role."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 14)

FUNCTIONS = [
    # the class of eval-en-d's "at the invitation of the Union Minister of Power" and of eval-fr-a's
    # "Madame la Ministre des Forces armées … ont procédé à la signature" (the second seen failing)
    ("en", "The Dutch Minister for Foreign Trade, Marieke de la Court, on a three-day visit to Accra, was welcomed on "
           "Tuesday by Kwaku Boateng, Ghana's Minister for Sanitation and Water Resources. The memorandum on water "
           "management was signed on Wednesday by the Minister for Sanitation and Water Resources and his Dutch guest.",
     "Kwaku Boateng", "signatory", "Minister for Sanitation and Water Resources"),
    ("fr", "Le ministre mauritanien de la Défense, Hanena Ould Sidi, en visite officielle au Sénégal, a été accueilli à son "
           "arrivée par Madame Aminata Diallo Ndiaye, Ministre des Forces armées de la République du Sénégal. Jeudi, "
           "Madame la Ministre des Forces armées et son homologue mauritanien ont signé un protocole d’accord de "
           "coopération en matière de sécurité maritime.", "Aminata Diallo Ndiaye", "signatory", "Ministre des Forces armées"),
    ("en", "Uganda's Minister of Trade, Francis Mwebesa, on a two-day visit to Nairobi, was received on Monday by Lee "
           "Kinyanjui, Kenya's Cabinet Secretary for Trade and Industry. The memorandum on cross-border trade was signed "
           "on Tuesday by the Cabinet Secretary for Trade and Industry and his Ugandan guest.",
     "Lee Kinyanjui", "signatory", "Cabinet Secretary for Trade and Industry"),
    ("fr", "La ministre ivoirienne de la Santé, de l’Hygiène publique et de la Couverture maladie universelle, Aminata "
           "Koné, en visite de travail à Accra, a été reçue lundi par son homologue ghanéen, Kwabena Mintah. L’accord "
           "sur les vaccins a été signé mardi par la ministre de la Santé, de l’Hygiène publique et de la Couverture "
           "maladie universelle et par son hôte.", "Aminata Koné", "signatory",
     "ministre de la Santé, de l’Hygiène publique et de la Couverture maladie universelle"),
]


@pytest.mark.parametrize(("language", "text", "name", "role", "function"), FUNCTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(FUNCTIONS)])
def test_a_function_told_again_without_a_name_is_the_named_official(language, text, name, role, function):
    document = read_document(text, language, PUBLISHED)
    person = next(p for p in document.people if p.name == name)
    assert role in person.role_names(), [(p.name, p.role_names()) for p in document.people]
    assert not [p for p in document.people if p.name is None and function in [t.text for t in p.titles]]
