"""A digest parts its items with heads in capitals ("ZAMBIA – MALAWI: ONE BORDER, ONE STOP") and
its "In brief" bullets with two names and a colon ("• Oman – Greece: …"), not rule lines
(eval-en-ak, seen failing: the Zambia–Malawi agreement was placed in the Athens of another
item's bullet). Such heads part the text into items as rule lines do: an item's sentences are no
other item's agreement's."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 7, 4)

DIGESTS = [
    ("en", "TREATY WATCH — WEEKLY DIGEST\n\nZAMBIA – MALAWI: ONE BORDER, ONE STOP\n\nMCHINJI, Malawi — Zambia and Malawi on "
           "Monday signed an agreement to run the Mwami crossing as a one-stop border post. The agreement was signed in a "
           "tent at the border.\n\nPAKISTAN – KUWAIT: SERVING TIME AT HOME\n\nKUWAIT CITY — Pakistan and Kuwait on "
           "Wednesday signed an agreement on the transfer of sentenced persons.\n\nIN BRIEF\n\n• Oman – Greece: Oman's "
           "Council of Ministers approved the ratification of the air services agreement signed in Athens in May.",
     "Athens"),
    ("fr", "LA SEMAINE DES TRAITÉS\n\nSÉNÉGAL – GAMBIE : UN PONT, DEUX DOUANES\n\nFARAFENNI — Le Sénégal et la Gambie ont "
           "signé lundi un accord sur la gestion du poste frontière. L’accord a été signé sous une tente.\n\nMALI – "
           "GUINÉE : LE CORRIDOR\n\nBAMAKO — Le Mali et la Guinée ont signé mercredi un accord sur le transport.\n\nEN "
           "BREF\n\n• Maroc – Espagne : le Parlement a approuvé l’accord aérien signé à Madrid en mai.", "Madrid"),
]


@pytest.mark.parametrize("language, text, other_city", DIGESTS)
def test_no_item_is_placed_in_another_items_city(language, text, other_city):
    agreements = read_document(text, language, PUBLISHED).agreements
    assert agreements
    assert all(a.place is None or a.place.city != other_city for a in agreements), [(a.instrument.title, a.place) for a in agreements]
