"""A presence list goes on past an aside that says how the last one attended ("en présence
de A, de B et, par liaison vidéo depuis Amman, du ministre jordanien C", "in the presence of A,
B and, by video link from Amman, Jordan's minister C"): C looked on too. A "par" that names
another agent ("…, et par le ministre …") still ends the list. Seen on eval-fr-ao (a Jordanian
minister attending by video link read with no role, so an LLM record making him a signatory
was only unverified); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le Caire, 16 janvier 2026 - L'Égypte et le Liban ont signé jeudi un mémorandum d'entente sur le gaz naturel. "
           "La ministre libanaise de l'Énergie, Joëlle Haddad, et le ministre égyptien du Pétrole, Amr El-Gamal, l'ont "
           "signé en présence de l'ambassadeur du Liban en Égypte, Ali El-Halabi, et, par liaison vidéo depuis Amman, du "
           "ministre jordanien de l'Énergie, Omar Al-Zoubi.", "Omar Al-Zoubi"),
    ("fr", "Le Caire, 16 janvier 2026 - L'Égypte et le Liban ont signé jeudi un mémorandum d'entente sur le gaz naturel. "
           "La ministre libanaise de l'Énergie, Joëlle Haddad, et le ministre égyptien du Pétrole, Amr El-Gamal, l'ont "
           "signé en présence de l'ambassadeur du Liban, Ali El-Halabi, et, par visioconférence, de la ministre "
           "jordanienne de l'Énergie, Hala Zawati.", "Hala Zawati"),
    ("en", "Cairo, January 16, 2026 - Egypt and Lebanon signed a memorandum of understanding on natural gas on Thursday. "
           "Lebanon's Minister of Energy, Joelle Haddad, and Egypt's Minister of Petroleum, Amr El-Gamal, signed it in "
           "the presence of Lebanon's ambassador to Egypt, Ali El-Halabi, and, by video link from Amman, Jordan's "
           "Minister of Energy, Omar Al-Zoubi.", "Omar Al-Zoubi"),
]


@pytest.mark.parametrize(("lang", "text", "person"), CASES, ids=["par liaison vidéo", "par visioconférence", "by video link"])
def test_who_attended_by_video_looked_on(lang, text, person):
    roles = {p.name: p.role_names() for p in read_document(text, lang, dt.date(2026, 1, 16)).agreements[0].people}
    assert roles.get(person) == ["witness"], roles


def test_another_agent_ends_the_list():
    text = ("Le Caire, 16 janvier 2026 - L'Égypte et le Liban ont signé jeudi un mémorandum d'entente sur le gaz naturel. "
            "Il a été signé par la ministre libanaise de l'Énergie, Joëlle Haddad, en présence de l'ambassadeur du Liban, "
            "Ali El-Halabi, et par le ministre égyptien du Pétrole, Amr El-Gamal.")
    roles = {p.name: p.role_names() for p in read_document(text, "fr", dt.date(2026, 1, 16)).agreements[0].people}
    assert "witness" not in roles.get("Amr El-Gamal", ()) and "witness" in roles.get("Ali El-Halabi", ()), roles
