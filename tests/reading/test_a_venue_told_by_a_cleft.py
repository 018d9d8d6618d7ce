"""A signing placed by a cleft on a venue ("C’est au gouvernorat qu’a été signé le second
texte", "It was at the county headquarters that the memorandum was signed") happened where
the scene just told is: the town the delegation flew or travelled to. Seen on eval-fr-an (a
Chad–UAE water memorandum signed "au gouvernorat" of Abéché, read in N’Djamena); the other
members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le Tchad et les Émirats arabes unis ont signé samedi à N’Djamena un accord sur l’énergie. Le lendemain, "
           "dimanche, la délégation émirienne s’est envolée pour Abéché, chef-lieu du Ouaddaï. À sa descente d’avion, elle a "
           "été accueillie par le gouverneur.\n\nC’est au gouvernorat qu’a été signé le second texte : un protocole "
           "d’accord relatif à l’approvisionnement en eau potable des villes d’Abéché et d’Adré.",
     "Abéché"),
    ("fr", "Le Cameroun et la Corée ont signé lundi à Yaoundé un accord sur le numérique. Mardi, les ministres se sont "
           "rendus à Douala. C’est dans la salle des fêtes de la mairie qu’ils ont signé le protocole sur la pêche.",
     "Douala"),
    ("en", "Kenya and Japan signed an agreement on trade in Nairobi on Monday. On Wednesday the Japanese delegation flew "
           "to Mombasa. It was at the county headquarters that the memorandum of understanding on ports was signed.",
     "Mombasa"),
    ("en", "Ghana and Norway signed an agreement on fisheries in Accra on Monday. The ministers then travelled to Kumasi, "
           "where they were welcomed by the regional minister. It was inside the palace museum that the memorandum of "
           "understanding on tourism was signed.", "Kumasi"),
    # the cleft's own sentence names a town the text is about, which places nothing
    ("en", "Kenya and Japan signed an agreement on trade in Nairobi on Monday. On Wednesday the Japanese delegation flew "
           "to Mombasa.\n\nIt was at the county headquarters that the memorandum of understanding on water supply for "
           "Malindi and Lamu was signed.", "Mombasa"),
    ("fr", "Le Cameroun et la Corée ont signé lundi à Yaoundé un accord sur le numérique. Mardi, les ministres se sont "
           "rendus à Douala.\n\nC’est dans la salle des fêtes de la mairie qu’ils ont signé le protocole sur "
           "l’assainissement de Limbé et de Kribi.", "Douala"),
]


@pytest.mark.parametrize(("lang", "text", "city"), CASES, ids=["au gouvernorat", "dans la salle des fêtes", "at the county headquarters",
                                                              "inside the palace museum", "at … for Malindi", "dans … de Limbé"])
def test_a_venue_told_by_a_cleft_is_in_the_scene_just_told(lang, text, city):
    agreements = read_document(text, lang, dt.date(2026, 4, 14)).agreements
    assert len(agreements) == 2 and agreements[1].place is not None and agreements[1].place.city == city, [a.place for a in agreements]
