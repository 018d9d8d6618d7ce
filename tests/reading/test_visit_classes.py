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


# --- a stay's first day is no signing date ----------------------------------------------------
STAY_RANGES = [
    # seen failing (once a plural no longer dated the pair)
    ("en", "India and Mauritius signed two agreements yesterday in Port Louis. Indian Defence Minister Arvind Sethi, who "
           "is in Mauritius from May 4 to 6, signed the Framework Agreement on Maritime Security with Mauritius’s "
           "Minister of Internal Security, Devanand Ruhee.", dt.date(2026, 5, 6), dt.date(2026, 5, 5)),
    # other members
    ("en", "Ugandan Trade Minister Francis Mwebesa, in Nairobi from March 2 to 4, signed a trade agreement with Kenya's "
           "Trade Minister Lee Kinyanjui yesterday.", dt.date(2026, 3, 5), dt.date(2026, 3, 4)),
    ("en", "Mauritian Health Minister Anjali Boodhoo, who is in New Delhi from June 10 to 12, signed the protocol on "
           "Thursday with India's Health Minister.", dt.date(2026, 6, 12), dt.date(2026, 6, 11)),
    ("en", "The Estonian minister, visiting Helsinki from Sept. 1 to 3, signed the memorandum with her Finnish counterpart "
           "on Wednesday.", dt.date(2026, 9, 3), dt.date(2026, 9, 2)),
    # French ranges are read whole ("du 2 au 4 mars"): guards
    ("fr", "Le ministre malien des Transports, en visite à Dakar du 2 au 4 mars, a signé hier un accord de transport avec "
           "son homologue sénégalais.", dt.date(2026, 3, 5), dt.date(2026, 3, 4)),
    ("fr", "La ministre tchadienne de la Défense, à Niamey du 3 au 5 mars, a paraphé mercredi un accord de défense avec "
           "son homologue nigérien.", dt.date(2026, 3, 6), dt.date(2026, 3, 4)),
]


@pytest.mark.parametrize(("language", "text", "published", "signed"), STAY_RANGES, ids=[f"{c[0]}-{i}" for i, c in enumerate(STAY_RANGES)])
def test_a_stays_first_day_is_not_the_signing_date(language, text, published, signed):
    agreements = read_document(text, language, published).agreements
    assert agreements and all(a.date is not None and a.date.date == signed for a in agreements)


# --- the official a visitor calls on is the visit's host ------------------------------------------
CALLED_ON = [
    # seen: the unnamed Prime Minister the visiting minister called on
    ("en", "Japan and India signed a defence technology agreement in New Delhi on Tuesday, during a three-day visit by "
     "Japanese Defence Minister Kenji Morikawa. Morikawa called on the Prime Minister at his residence on Wednesday evening.",
     None, "Prime Minister"),
    # other members
    ("en", "Japan and India signed a defence technology agreement in New Delhi on Tuesday, during a three-day visit by "
     "Japanese Defence Minister Kenji Morikawa. Morikawa called on Prime Minister Narendra Modi on Wednesday.",
     "Narendra Modi", "Prime Minister"),
    ("en", "Oman and Kenya signed a port agreement in Nairobi on Tuesday, during a visit by Omani Transport Minister Said "
     "Al Maskari. The minister paid a courtesy call on President William Ruto at State House.", "William Ruto", "President"),
    ("fr", "La Gambie et le Sénégal ont signé mardi à Dakar un accord sur la pêche, lors d’une visite du ministre gambien "
     "de la Pêche, Moses Jobarteh. Il a rendu une visite de courtoisie au président Bassirou Diomaye Faye.",
     "Bassirou Diomaye Faye", "président"),
]


@pytest.mark.parametrize(("language", "text", "name", "title"), CALLED_ON)
def test_the_official_a_visitor_calls_on_is_the_host(language, text, name, title):
    people = read_document(text, language, PUBLISHED).people
    [host] = [p for p in people if p.name == name and any(t.text == title for t in p.titles)]
    assert "host" in host.role_names(), host.role_names()
