"""Who received the visitor: the host cue with an aside between the verb and its agent ("reçue
mercredi, avec les honneurs militaires, par …") and with a possessive before the host's title
("by her counterpart, …"). The phrasing seen failing, and other members, French and English."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)

RECEIVED = [
    # seen failing: an aside between commas after the date
    ("fr", "La ministre ivoirienne de la Défense, Aya Gnamien-Yao, est arrivée mardi à Varsovie pour une visite "
           "officielle. Elle a été reçue mercredi matin, avec les honneurs militaires, par son homologue, le ministre "
           "polonais de la Défense nationale, Marek Chmielewski. Le protocole a été signé jeudi.", "Marek Chmielewski"),
    # other members
    ("fr", "Le ministre tchadien des Mines, Idriss Mahamat, est arrivé lundi à Koweït pour une visite de travail. Il a "
           "été accueilli, à sa descente d’avion, par le ministre koweïtien des Finances, Fahad Al-Sabah. Un accord de "
           "prêt a été signé mardi.", "Fahad Al-Sabah"),
    ("en", "Ghana's Defence Minister Ama Boateng arrived in Ankara on Monday. She was received on Tuesday, with full "
           "military honours, by her counterpart, Ali Yildiz. The agreement was signed on Wednesday.", "Ali Yildiz"),
    ("en", "Ghana's Defence Minister Ama Boateng arrived in Ankara on Monday. She was received on Tuesday by her "
           "counterpart, Turkish Defence Minister Ali Yildiz. The agreement was signed on Wednesday.", "Ali Yildiz"),
    ("en", "Peru's Foreign Minister Ana Torres arrived in Santiago on Monday. She was welcomed, as protocol requires, by "
           "their host, Foreign Minister Pablo Reyes. The memorandum was signed on Tuesday.", "Pablo Reyes"),
]


@pytest.mark.parametrize(("language", "text", "host"), RECEIVED, ids=[f"{c[0]}-{i}" for i, c in enumerate(RECEIVED)])
def test_the_agent_of_a_reception_is_the_host(language, text, host):
    people = {p.name: p.role_names() for p in read_document(text, language, PUBLISHED).people}
    assert "host" in people.get(host, ()), people
