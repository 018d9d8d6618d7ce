"""A visitor whose country no sentence of theirs gives is never the host's, and neither is
one who signs opposite the host's side ("a signé avec son homologue marocain"). Seen on
eval-fr-m's LLM records (a visiting Ivorian minister, unnamed by nationality, made Polish, and
the visit's visitor with her) and in the development gate's not_found errors on correct
records with their evidence emptied (eleven records over eight sets); others written for the
class. Where the text does not say, the side stays unknown rather than wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 4)

VISITORS = [
    ("fr", "ABIDJAN — La délégation ivoirienne a rapporté deux documents de Pologne. Arrivée mardi soir à Varsovie pour une "
           "visite officielle de quatre jours, la ministre d’État, ministre de la Défense, Aya Florence Gnamien-Yao, a été "
           "reçue mercredi par son homologue, le ministre polonais de la Défense nationale, Tomasz Wierzbicki. Jeudi, les "
           "deux ministres ont signé un accord de coopération dans le domaine de l'industrie de défense.",
     "Aya Florence Gnamien-Yao", "POL"),
    ("en", "ACCRA — The Ghanaian delegation returned from Poland on Saturday. Arriving in Warsaw on Tuesday for a four-day "
           "official visit, Defence Minister Ama Mensah was received by her Polish counterpart, Tomasz Wierzbicki. On "
           "Thursday the two ministers signed a defence industry cooperation agreement.", "Ama Mensah", "POL"),
    ("fr", "DAKAR – La délégation sénégalaise est arrivée lundi à Rabat. En visite de travail de deux jours, le ministre de "
           "la Pêche, Abdou Diallo, a signé mardi avec son homologue marocain, Karim Bennani, un accord sur la pêche.",
     "Abdou Diallo", "MAR"),
    ("en", "NAIROBI — Kenya's Trade Cabinet Secretary arrived in Hanoi on Monday. On a three-day working visit, "
           "Cabinet Secretary Rebecca Kamau signed a trade memorandum with her Vietnamese counterpart, Nguyen Van Binh, on Tuesday.",
     "Rebecca Kamau", "VNM"),
]


@pytest.mark.parametrize(("language", "text", "name", "host"), VISITORS, ids=[v[2] for v in VISITORS])
def test_the_visitor_is_not_made_the_hosts(language, text, name, host):
    document = read_document(text, language, PUBLISHED)
    person = next(p for p in document.people if p.name == name)
    assert person.country != host, (person.country, person.role_names())
    assert document.visit is None or document.visit.visitor != host, document.visit


def test_a_host_side_official_still_takes_the_host():
    text = ("RABAT – Le ministre sénégalais de la Pêche, Abdou Diallo, effectue une visite de travail de deux jours au Maroc. "
            "Il a été reçu mardi par le ministre de l'Agriculture, Karim Bennani, avec qui il a signé un accord sur la pêche.")
    people = {p.name: p.country for p in read_document(text, "fr", PUBLISHED).people}
    assert people.get("Karim Bennani") == "MAR" and people.get("Abdou Diallo") == "SEN", people
