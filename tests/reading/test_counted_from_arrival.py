"""A signing counted from an arrival the article dates — "ont signé …, le lendemain de
l’arrivée du ministre. … Arrivé mercredi 29 octobre à Hanoï, le ministre a signé …", "signed
the day after his arrival … He arrived in Nairobi on Tuesday" — is on the arrival's date
and the count; the arrival's own date is no signing date (the reader took it, and the check
contradicted the right date)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 10, 31)  # a Friday

COUNTS = [
    # seen failing (eval-fr-p)
    ("fr", "La Côte d’Ivoire et le Viêt Nam ont signé à Hanoï un mémorandum d’entente sur l’anacarde, le lendemain de "
           "l’arrivée dans la capitale vietnamienne du ministre ivoirien de l’Agriculture, Yao N’Guessan.\n\nArrivé "
           "mercredi 29 octobre à Hanoï pour une visite officielle de quatre jours, le ministre a signé le document avec "
           "le vice-ministre vietnamien de l’Agriculture, Nguyen Quoc Thinh.", dt.date(2025, 10, 30)),
    # other members
    ("en", "Kenya and Uganda signed a memorandum on cross-border trade in Nairobi the day after the arrival of Uganda's "
           "Trade Minister, Francis Mwebesa.\n\nMwebesa, who arrived on Tuesday for a three-day visit, signed it with "
           "Kenya's Trade Minister Lee Kinyanjui.", dt.date(2025, 10, 29)),
    ("fr", "Le Sénégal et la Mauritanie ont signé un accord sur la pêche à Nouakchott, le surlendemain de l’arrivée de la "
           "ministre sénégalaise de la Pêche, Fatou Diouf.\n\nArrivée lundi 27 octobre, la ministre a signé l’accord avec "
           "son homologue mauritanien, Mohamed Abidine.", dt.date(2025, 10, 29)),
    ("en", "Ghana and Togo signed a border security agreement in Lomé the day after his arrival, the Ghanaian interior "
           "minister, Muntaka Mubarak, said.\n\nMubarak, who landed on Monday, October 27, signed the agreement with Togo's "
           "Security Minister Calixte Madjoulba.", dt.date(2025, 10, 28)),
]


@pytest.mark.parametrize(("language", "text", "day"), COUNTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(COUNTS)])
def test_a_signing_counted_from_a_dated_arrival(language, text, day):
    date = read_document(text, language, PUBLISHED).agreements[0].date
    assert date is not None and date.date == day, date
