"""Signers as government copy names them, each shape a class seen failing on eval-en-t (every
signer lost the signatory role); the other members were written for it and failed the same way.

* an abbreviation before a name that is no sentence's end ("by Er. Ramesh Prasad Adhikari",
  "and Md. Farhad Uddin Chowdhury");
* an idiom for signing ("was put to paper by …");
* "signed between X, <title>, and Y, <title>";
* a surname in capitals before the given name ("H.E. VONG Sreypov", "Mr. OKADA Shinji");
* the second of two signatures ("bears the signatures of X, and the Commander …, Rear Admiral Y").
"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    # an abbreviation before a name
    ("The MoU was signed in Singha Durbar, the government secretariat, by Er. Ramesh Prasad Adhikari, Secretary at the "
     "Ministry of Energy, and Md. Farhad Uddin Chowdhury, Senior Secretary of Bangladesh's Power Division.",
     ["Ramesh Prasad Adhikari", "Md. Farhad Uddin Chowdhury"]),
    ("The agreement was signed by Adv. Meera Pillai, Joint Secretary, and Md. Azlan Hashim, Deputy Secretary-General.",
     ["Meera Pillai", "Md. Azlan Hashim"]),
    # an idiom for signing
    ("A memorandum of understanding on health cooperation was put to paper by the Philippine Ambassador to Bahrain, "
     "Rodolfo P. Dela Cruz Jr., and the Undersecretary of the Ministry of Health, Dr. Mariam Jassim Buhazza.",
     ["Rodolfo P. Dela Cruz Jr.", "Mariam Jassim Buhazza"]),
    ("Both memoranda were put to paper by Kofi Mensah, the Trade Minister, and Amina Diallo, her counterpart.",
     ["Kofi Mensah", "Amina Diallo"]),
    # signed between
    ("Immediately thereafter, the Grant Agreement was signed between H.E. VONG Sreypov, Secretary of State of the Ministry "
     "of Economy and Finance, and Mr. OKADA Shinji, Chief Representative of the JICA Cambodia Office.",
     ["VONG Sreypov", "OKADA Shinji"]),
    ("The loan agreement was signed between Finance Secretary Maria Santos and Ambassador Hiroshi Tanaka.",
     ["Maria Santos", "Hiroshi Tanaka"]),
    # a surname in capitals first
    ("The agreement was signed by Vice Minister NGUYEN Van Thanh and Ambassador UENO Takahiro in Hanoi.",
     ["NGUYEN Van Thanh", "UENO Takahiro"]),
    # the second of two signatures
    ("The protocol bears the signatures of Pakistan's Ambassador to Oman, Syed Kamran Ali Naqvi, and the Commander of the "
     "Royal Navy of Oman, Rear Admiral Hamood bin Sultan Al-Mahrouqi.",
     ["Syed Kamran Ali Naqvi", "Hamood bin Sultan Al-Mahrouqi"]),
    ("The convention carries the signatures of Trade Minister Ana Lopes and of her counterpart, Minister Jonas Berg.",
     ["Ana Lopes", "Jonas Berg"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_signer_signed(sentence, names):
    text = "Two countries signed an agreement in the capital on Monday. " + sentence
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2026, 1, 21)).people if p.name}
    assert {name: "signatory" in people.get(name, []) for name in names} == {name: True for name in names}, people


def test_a_capitalised_acronym_before_a_place_is_no_surname():
    text = "Two countries signed an agreement on Monday. The JICA Cambodia Office and the ministry will run it."
    assert [p.name for p in read_document(text, "en", dt.date(2026, 1, 21)).people if p.name] == []


def test_a_titles_initials_before_a_surname_are_no_surname():
    text = ("Kenya and Vietnam signed a protocol on Monday in Nairobi. It was signed by Cabinet Secretary Beatrice Chepkoech "
            "Mutai and the Vietnamese deputy minister. The protocol was witnessed by CS Mutai and the deputy minister.")
    assert [p.name for p in read_document(text, "en", dt.date(2026, 1, 21)).people if p.name] == ["Beatrice Chepkoech Mutai"]


PRESENCE_BETWEEN = [
    # seen failing (eval-en-j): the onlookers' words between the verb and its agents
    ("The higher education memorandum was signed, in the presence of the two ministers, by Sheikh Abdulrahman bin Jabor "
     "Al Thani, Undersecretary of the Ministry of Education, and by the Lao Vice Minister of Education, Khamla Phommavanh.",
     ["Abdulrahman bin Jabor Al Thani", "Khamla Phommavanh"]),
    ("The protocol was signed, in the presence of President Ruto, by Kofi Mensah and Amina Diallo.", ["Kofi Mensah", "Amina Diallo"]),
    ("The accord was initialled, before the two prime ministers, by the trade secretaries, Rahul Verma and Li Wei.",
     ["Rahul Verma", "Li Wei"]),
]


@pytest.mark.parametrize(("sentence", "names"), PRESENCE_BETWEEN, ids=[str(i) for i in range(len(PRESENCE_BETWEEN))])
def test_an_agent_after_the_onlookers_words_signed(sentence, names):
    text = "Two countries signed an agreement in the capital on Monday. " + sentence
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2026, 1, 21)).people if p.name}
    assert {name: "signatory" in people.get(name, []) and "witness" not in people.get(name, []) for name in names} == \
        {name: True for name in names}, people
