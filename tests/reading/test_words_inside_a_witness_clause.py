"""Words set inside a presence clause do not undo it: an adverb or a date between the
onlooker and the verb or between the verb and the ceremony ("assistait également à la
signature", "ont présidé, vendredi 27 février, la cérémonie", "then presided over a short
ceremony"), an aside after the onlooker's name ("Paul Koffi, assis au premier rang, a
assisté à la cérémonie"), the exchange of the documents as the thing witnessed ("witnessed
the exchange of an agreement"). The reader read a presence only when its words came one
right after the other, and gave those officials no role at all."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 2)
SIGNED_FR = "L’accord a été signé lundi à Dakar par les ministres de la Pêche des deux pays. "
SIGNED_EN = "The agreement was signed in Dakar on Monday by the fisheries ministers of the two countries. "

ONE_OFFICIAL = [
    # seen failing (dev sets): an adverb between the verb and the ceremony
    ("fr", SIGNED_FR + "L’ambassadeur de Côte d’Ivoire au Sénégal, Paul Koffi, assistait également à la signature."),
    # other members
    ("fr", SIGNED_FR + "Le ministre ivoirien de l’Économie, Paul Koffi, a ensuite assisté, dans la salle des fêtes, à la cérémonie."),
    ("fr", SIGNED_FR + "Le ministre ivoirien de l’Économie, Paul Koffi, assis au premier rang, a assisté à la cérémonie."),
    ("fr", SIGNED_FR + "Le ministre ivoirien de l’Économie, Paul Koffi, a présidé lundi, au palais de la République, la cérémonie de signature."),
    ("en", SIGNED_EN + "Ivorian Economy Minister Paul Koffi, seated in the front row, attended the ceremony."),
    ("en", SIGNED_EN + "Ivorian Economy Minister Paul Koffi then presided over a short ceremony at the ministry."),
    ("en", SIGNED_EN + "Ivorian Economy Minister Paul Koffi later witnessed, at the ministry, the signing of the text."),
    ("en", "Ivorian Economy Minister Paul Koffi witnessed the exchange of the fisheries agreement signed in Dakar on Monday."),
]


@pytest.mark.parametrize(("language", "text"), ONE_OFFICIAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(ONE_OFFICIAL)])
def test_words_inside_the_presence_clause_keep_the_onlooker_a_witness(language, text):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    assert people.get("Paul Koffi") == {"witness"}, people


VISIT_FR = ("Le ministre malien des Affaires étrangères, Abdoulaye Keïta, effectue une visite officielle de deux jours à "
            "Niamey, où il a été reçu dimanche par son homologue nigérien, Bazoum Issaka. ")
VISIT_EN = ("Malian Foreign Minister Abdoulaye Keita arrived in Niamey on Sunday for a two-day official visit and was "
            "received by his Nigerien counterpart, Bazoum Issaka. ")
GROUPS = [
    # seen failing (dev sets)
    ("fr", VISIT_FR + "Les deux ministres ont ensuite assisté, dans la capitale nigérienne, à la signature d’un accord sur le "
                      "transport routier, paraphé par les secrétaires généraux des deux ministères."),
    ("fr", VISIT_FR + "Les deux chefs de la diplomatie ont présidé, lundi 2 mars, la cérémonie de signature d’un accord sur le "
                      "transport routier, paraphé par les secrétaires généraux des deux ministères."),
    ("en", VISIT_EN + "The two ministers then presided over a short ceremony at which an agreement on road transport was "
                      "signed by the secretaries-general of the two ministries."),
    ("en", VISIT_EN + "Following the talks, the two ministers witnessed the exchange of an agreement on road transport, signed "
                      "by the secretaries-general of the two ministries."),
    # other members
    ("fr", VISIT_FR + "Les deux ministres, assis au premier rang, ont assisté à la signature d’un accord sur le transport "
                      "routier par les secrétaires généraux des deux ministères."),
    ("en", VISIT_EN + "The two ministers later witnessed, at the foreign ministry, the signing of an agreement on road "
                      "transport by the secretaries-general of the two ministries."),
]


@pytest.mark.parametrize(("language", "text"), GROUPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(GROUPS)])
def test_words_inside_a_group_s_presence_clause_make_each_side_s_minister_a_witness(language, text):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    keita = "Abdoulaye Keïta" if language == "fr" else "Abdoulaye Keita"
    assert "witness" in people.get(keita, set()) and "witness" in people.get("Bazoum Issaka", set()), people
