"""Classes of date phrasing the reader misread on articles written apart from it. For each
class, the phrasing seen failing and three other members."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 7, 22)  # a Tuesday


# --- a dated dateline below a kicker or an issuer's line dates the release, not the signing ----
KICKER_DATELINES = [
    # seen failing
    ("en", "PRESS RELEASE\nMinistry of Education, Republic of Fiji\n\nSUVA, Tuesday 22 July 2025 — Fiji and India "
     "signed a Memorandum of Understanding on education at Suvavou House on Monday 21 July 2025.", dt.date(2025, 7, 21)),
    # other members
    ("en", "FOR IMMEDIATE RELEASE\n\nWINDHOEK, 22 July 2025 – Namibia and Angola signed an agreement on water "
     "management on Monday.", dt.date(2025, 7, 21)),
    ("fr", "COMMUNIQUÉ DE PRESSE\nAmbassade du Sénégal\n\nDAKAR, le 22 juillet 2025 – Le Sénégal et la Gambie ont "
     "signé un protocole d’accord sur la pêche artisanale et la surveillance des côtes au ministère des Pêches, "
     "hier.", dt.date(2025, 7, 21)),
    ("fr", "Ministère des Affaires étrangères\nNOUAKCHOTT, mardi 22 juillet 2025 — La Mauritanie et le Mali ont "
     "signé un accord de coopération frontalière, le premier depuis 2019, au palais des Congrès dimanche 20 juillet.",
     dt.date(2025, 7, 20)),
]


@pytest.mark.parametrize(("language", "text", "date"), KICKER_DATELINES)
def test_a_dateline_below_a_kicker_dates_the_release_not_the_signing(language, text, date):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert agreement.date is not None and agreement.date.date == date, agreement.date
