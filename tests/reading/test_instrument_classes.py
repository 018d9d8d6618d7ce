"""Instruments named by a head that is no kind's name alone: a programme is an instrument when
its title says what it is for ("Programme of Cultural Cooperation", "programme d’échanges
culturels"), not otherwise ("the nuclear programme"). The phrasing seen failing, three other
members, and two that must stay no instrument."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 28)

PURPOSE_NAMED = [
    # seen failing: no agreement read at all
    ("en", "SANTIAGO, Jan 28 (Adria Press) – Croatia and Chile signed a Programme of Cultural Cooperation for 2026–2029 at "
           "the Centro Cultural La Moneda.", 1),
    # other members
    ("en", "India and Vietnam signed a programme of cooperation in science and technology on Monday in Hanoi.", 1),
    ("en", "Egypt and Jordan signed a Cultural Exchange Programme for 2025-2027 in Amman on Tuesday.", 1),
    ("fr", "Le Maroc et le Sénégal ont signé mardi à Dakar un programme d’échanges culturels pour la période 2025-2027.", 1),
    # no purpose, no instrument
    ("en", "Iran and Russia discussed the nuclear programme on Tuesday, but nothing was signed.", 0),
    ("fr", "Le Niger a lancé mardi un programme de formation des enseignants.", 0),
]


@pytest.mark.parametrize(("language", "text", "count"), PURPOSE_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(PURPOSE_NAMED)])
def test_a_programme_for_cooperation_is_an_instrument(language, text, count):
    document = read_document(text, language, PUBLISHED)
    assert len([m for m in document.instruments if m.kind == "other"]) == count
    assert len(document.agreements) == count
