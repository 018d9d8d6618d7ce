"""Classes of place phrasing the reader misread on articles written apart from it. For each
class, the phrasing seen failing and three other members."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 22)


# --- where an envoy resides or is based is not where the agreement was signed ------------------
RESIDENCES = [
    # seen failing, in both languages, from two writers
    ("fr", "OUAGADOUGOU, 22 janv. (FPA) - Le Burkina Faso et le Venezuela ont signé un protocole d'accord sur "
     "l'enseignement supérieur. Le document a été signé au siège du ministère par le ministre burkinabè et par "
     "l'ambassadeur du Venezuela au Burkina Faso, Jesús Manrique, avec résidence à Bamako.", "Ouagadougou"),
    ("en", "GABORONE, Jan 22 (BNA) - Botswana and South Korea signed a grant agreement on health records. It was signed by "
     "Korea’s Ambassador to Botswana, Lee Jong-hwan, who is resident in Pretoria, and by the Permanent Secretary.", "Gaborone"),
    # other members
    ("en", "ACCRA, Jan 22 (GNA) - Ghana and Brazil signed a memorandum of understanding on cocoa research. It was signed by "
     "the Brazilian ambassador, who is based in Abuja, and by the Ghanaian minister.", "Accra"),
    ("fr", "DAKAR, 22 janv. (APS) – Le Sénégal et le Vietnam ont signé un accord sur le riz. Le texte a été signé par "
     "l’ambassadeur du Vietnam, en poste à Bamako, et par le ministre sénégalais de l’Agriculture.", "Dakar"),
]


@pytest.mark.parametrize(("language", "text", "city"), RESIDENCES)
def test_where_an_envoy_resides_is_not_the_signing_place(language, text, city):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert agreement.place is not None and agreement.place.city == city, agreement.place


# --- a signing held at a distance has no place: the dateline does not place it -----------------
REMOTE_SIGNINGS = [
    # seen: a planted dateline place taken as supported
    ("en", "WARSAW, Feb 12 (VPA) – Poland and Chile signed an agreement on polar research on Wednesday, in a ceremony held "
     "by videoconference because of the Antarctic field season."),
    # other members
    ("fr", "DAKAR, 12 févr. (APS) – Le Sénégal et l’Indonésie ont signé mercredi, par visioconférence, un mémorandum "
     "d’entente sur le numérique."),
    ("en", "NAIROBI, Feb 12 (EAN) – Kenya and the UAE signed a memorandum of understanding on space on Wednesday. The signing "
     "was held virtually, with officials in Nairobi and Abu Dhabi."),
    ("fr", "ABIDJAN, 12 févr. (AIP) – La Côte d’Ivoire et le Vietnam ont signé mercredi un accord sur l’anacarde. La "
     "cérémonie de signature s’est tenue en visioconférence."),
]


@pytest.mark.parametrize(("language", "text"), REMOTE_SIGNINGS)
def test_a_signing_held_at_a_distance_has_no_place(language, text):
    [agreement] = read_document(text, language, dt.date(2026, 2, 12)).agreements
    assert agreement.place is None and agreement.remote is not None, agreement.place
