"""The branch a title holds, in brackets right after it — "Minister of State for Petroleum
Resources (Gas), Dr. X", "Director General (Acquisition), Vice Admiral X", "Joint Secretary
(Power) X", "Deputy Secretary-General (Trade) of the Ministry of …" — is part of the title,
and the name after it is the holder's. The reader ended the title before the bracket, so the
name in apposition was not linked and the title stood alone as an unnamed official."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 31)

TITLES = [
    # seen failing (eval-en-m, eval-en-i, eval-en-j)
    ("The memorandum was signed by Nigeria's Minister of State for Petroleum Resources (Gas), Dr. Chidiebere Okafor-Nwosu, "
     "and Trinidad and Tobago's Minister of Energy, Kiran Ramdial.", "Chidiebere Okafor-Nwosu", "Minister of State for Petroleum Resources (Gas)"),
    ("India and Armenia signed a memorandum on defence industry. Menon was accompanied by the Director General (Acquisition), "
     "Vice Admiral Sandeep R. Kulkarni.", "Sandeep R. Kulkarni", "Director General (Acquisition)"),
    ("Pakistan and Kyrgyzstan signed a memorandum on energy. The delegation included Joint Secretary (Power) Imran-ul-Haq "
     "Siddiqui.", "Imran-ul-Haq Siddiqui", "Joint Secretary (Power)"),
    # other members
    ("Malaysia and India signed a memorandum on trade. It was signed by the Deputy Secretary-General (Trade) of the Ministry "
     "of Investment, Trade and Industry, Ahmad Razak, and India's High Commissioner.", "Ahmad Razak",
     "Deputy Secretary-General (Trade) of the Ministry of Investment, Trade and Industry"),
    ("Uganda and Kenya signed a memorandum on trade. The visiting minister was received by the Minister of State for "
     "Foreign Affairs (Regional Cooperation), John Mulindwa Ssekitoleko.", "John Mulindwa Ssekitoleko",
     "Minister of State for Foreign Affairs (Regional Cooperation)"),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLES, ids=[str(i) for i in range(len(TITLES))])
def test_a_branch_in_brackets_is_part_of_the_title(text, name, title):
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", PUBLISHED).people}
    assert title in people.get(name, []), people
