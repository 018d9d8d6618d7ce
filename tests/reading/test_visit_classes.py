"""Classes of visit phrasing the reader missed on articles written apart from it: a visit
told by the visitor's arrival, reception, trip or tour. For each class, the phrasing seen
failing and three other members."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


# --- a visit told by the visitor's arrival or reception, in any agreement of the participle ----
ARRIVAL_VISITS_FR = [
    # seen failing
    ("Le ministre centrafricain de la Défense, Rigobert Sélé, a signé lundi à Bangui un accord de coopération militaire "
     "avec les Émirats arabes unis. La délégation émiratie, arrivée samedi dans la capitale centrafricaine, avait été "
     "reçue dimanche par le président Faustin-Archange Touadéra.", ("CAF", "ARE")),
    # other members
    ("La ministre sénégalaise de la Santé, Awa Diop, arrivée lundi à Nouakchott, a signé mardi un mémorandum d’entente "
     "avec son homologue mauritanien, Sidi Ould Zahaf.", ("MRT", "SEN")),
    ("Les ministres tchadiens, qui ont été reçus lundi par le président nigérien, ont signé à Niamey un accord sur la "
     "sécurité avec le ministre nigérien de l’Intérieur, Mohamed Toumba.", ("NER", "TCD")),
    ("La ministre marocaine du Tourisme, Fatim-Zahra Ammor, a été accueillie lundi à Dakar par son homologue "
     "sénégalaise, Khady Diène Gaye, avec qui elle a signé un mémorandum d’entente sur le tourisme.", ("SEN", "MAR")),
]


@pytest.mark.parametrize(("text", "host_visitor"), ARRIVAL_VISITS_FR, ids=[str(i) for i in range(len(ARRIVAL_VISITS_FR))])
def test_an_arrival_or_a_reception_is_a_visit(text, host_visitor):
    visit = read_document(text, "fr", PUBLISHED).agreements[0].visit
    assert visit is not None and (visit.host, visit.visitor) == host_visitor


# --- a trip, a tour, a "déplacement" is a visit -----------------------------------------------
TRIPS = [
    # seen failing
    ("en", "Croatia and Chile signed a Programme of Cultural Cooperation in Santiago on Tuesday. The programme was signed "
           "by Croatian Minister of Culture Nives Brajković and Chile’s Minister of Cultures, Javiera Soto. Brajković is "
           "on a week-long trip to Chile and Argentina.", ("CHL", "HRV")),
    # other members
    ("en", "Ghana and Kenya signed a visa waiver agreement in Accra on Tuesday. Kenyan Foreign Minister Musalia Mudavadi, "
           "who is on a three-day tour of West Africa, signed it with Ghana's Foreign Minister Samuel Ablakwa.", ("GHA", "KEN")),
    ("fr", "La ministre sénégalaise de la Santé, Awa Diop, en déplacement à Nouakchott, a signé mardi un mémorandum "
           "d’entente avec son homologue mauritanien, Sidi Ould Zahaf.", ("MRT", "SEN")),
    ("fr", "Le ministre gabonais des Transports, Ulrich Manfoumbi, a signé lundi à Malabo un accord maritime avec son "
           "homologue équato-guinéen, Honorato Evita, lors d’une tournée dans la sous-région.", ("GNQ", "GAB")),
]


@pytest.mark.parametrize(("language", "text", "host_visitor"), TRIPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRIPS)])
def test_a_trip_or_a_tour_is_a_visit(language, text, host_visitor):
    visit = read_document(text, language, PUBLISHED).agreements[0].visit
    assert visit is not None and (visit.host, visit.visitor) == host_visitor
