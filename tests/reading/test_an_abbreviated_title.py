""""PM" is a title, written so in capitals ("Deputy PM Hung", "PM Anwar"): the official named in
full before, taken up by the name that follows — not a person called "PM Hung". A lower-case "pm" is the
time of day. Seen on eval-en-j (a Vietnamese deputy prime minister read as a second official
"PM Hung", who then took the host's role); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Hanoi, February 4, 2026 - Deputy Prime Minister Pham Quoc Hung received Timor-Leste's Foreign Minister "
     "Adelino Ximenes on Wednesday. Deputy PM Hung and Minister Ximenes then signed a memorandum of understanding "
     "on agriculture between Viet Nam and Timor-Leste.", ("Pham Quoc Hung", "Adelino Ximenes")),
    ("Kuala Lumpur, March 3, 2026 - Prime Minister Anwar Ibrahim received Pakistan's Prime Minister Shehbaz Sharif. "
     "PM Anwar and PM Shehbaz then signed a memorandum of understanding on halal trade.",
     ("Anwar Ibrahim", "Shehbaz Sharif")),
    ("Phnom Penh, March 3, 2026 - Prime Minister Hun Manet received Lao Prime Minister Sonexay Siphandone. PM Hun "
     "Manet and PM Sonexay signed an agreement on energy.", ("Hun Manet", "Sonexay Siphandone")),
    ("Bangkok, March 3, 2026 - Prime Minister Anutin Charnvirakul welcomed Vietnam's Deputy Prime Minister Bui Thanh "
     "Son. Deputy PM Son and PM Anutin signed a memorandum of understanding on rice.",
     ("Anutin Charnvirakul", "Bui Thanh Son")),
]


@pytest.mark.parametrize(("text", "signers"), CASES, ids=["Deputy PM Hung", "PM Anwar", "PM Sonexay", "Deputy PM Son"])
def test_pm_takes_up_the_prime_minister(text, signers):
    agreement = read_document(text, "en", dt.date(2026, 3, 5)).agreements[0]
    roles = {p.name: p.role_names() for p in agreement.people}
    assert all("signatory" in roles.get(person, ()) for person in signers), roles
    assert not [name for name in roles if name and name.startswith("PM")], roles


def test_the_time_of_day_is_no_title():
    text = ("Nairobi, March 3, 2026 - Kenya and Japan signed an agreement on geothermal energy at 3 pm Tuesday. "
            "Kenya's Cabinet Secretary for Energy, Opiyo Wandayi, signed it.")
    document = read_document(text, "en", dt.date(2026, 3, 5))
    assert [p.name for p in document.agreements[0].people] == ["Opiyo Wandayi"]
