"""Names that put the family name first ("Xi Jinping", "KANG Jun-ho", "Wang Yi") are taken up
later by that first word ("President Xi", "Ambassador KANG", "le ministre Wang"): the same
official, who keeps the role the later sentence gives — not an unnamed ambassador, nor a
second person called "Wang". Seen on eval-en-aq (a Korean ambassador and vice minister who
signed and witnessed as "Ambassador KANG" and "Vice Minister SEO", read with neither role);
the other members written for the class. A surname told last still wins where both fit."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Bridgetown, June 5, 2026 - Korea's ambassador to Barbados, Mr. KANG Jun-ho, arrived on Monday. On 3 June, in "
           "Speightstown, Ambassador KANG and Mrs. Antonette Greaves, Permanent Secretary of Barbados, signed a Letter of "
           "Intent on water between Korea and Barbados.", "KANG Jun-ho", "signatory"),
    ("en", "Seoul, June 5, 2026 - Mr. SEO Min-gyu, Vice Minister of the Interior of Korea, received Ghana's Deputy "
           "Minister Kwame Asante on Thursday. Vice Minister SEO and Mr. Asante then signed a memorandum of "
           "understanding on digital government.", "SEO Min-gyu", "signatory"),
    ("en", "Beijing, June 5, 2026 - Chinese President Xi Jinping received Zambian President Hakainde Hichilema on "
           "Thursday. After the talks, President Xi and President Hichilema signed a memorandum of understanding on "
           "mining.", "Xi Jinping", "signatory"),
    ("fr", "Pékin, 5 juin 2026 - Le ministre chinois des Affaires étrangères, Wang Yi, a reçu jeudi son homologue malien "
           "Abdoulaye Diop. Le ministre Wang et M. Diop ont ensuite signé un accord de coopération économique.",
     "Wang Yi", "signatory"),
    ("en", "Hanoi, June 5, 2026 - Korea's new ambassador to Vietnam, Mr. CHOI Ji-won, presented his credentials on "
           "Monday. On Thursday Vietnam's Minister of Labour, Dao Ngoc Dung, and Korea's Vice Minister of Employment, "
           "Lee Sung-hee, signed a memorandum of understanding on vocational training. Ambassador CHOI attended the "
           "signing.", "CHOI Ji-won", "witness"),
]


@pytest.mark.parametrize(("lang", "text", "person", "role"), CASES,
                         ids=["Ambassador KANG", "Vice Minister SEO", "President Xi", "le ministre Wang", "Ambassador CHOI"])
def test_the_family_name_takes_up_the_full_name(lang, text, person, role):
    agreement = read_document(text, lang, dt.date(2026, 6, 5)).agreements[0]
    roles = {p.name: p.role_names() for p in agreement.people}
    assert role in roles.get(person, ()), roles
    assert len([p for p in agreement.people if p.name and p.name.split()[0] == person.split()[0]]) == 1, roles


def test_a_surname_told_last_wins_over_a_first_word():
    # "Minister Thomas" is Anna Thomas (surname last), not Thomas Weber (first word)
    text = ("Berlin, June 5, 2026 - Germany and Ghana signed an agreement on energy on Thursday. Germany's State "
            "Secretary Thomas Weber opened the meeting. Ghana's Minister of Energy, Anna Thomas, and Mr. Weber signed "
            "the agreement, and Minister Thomas said it would bring solar power to the north.")
    agreement = read_document(text, "en", dt.date(2026, 6, 5)).agreements[0]
    names = [p.name for p in agreement.people]
    assert "Anna Thomas" in names and "Thomas Weber" in names and "Thomas" not in names, names
