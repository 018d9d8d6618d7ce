"""An exchange of notes (or of letters) is an instrument of its own, of kind ``other`` as a
letter of arrangement is (CONTRACT §6): seen failing on eval-en-t, where "the Exchange of
Notes … and the related Grant Agreement" gave one agreement, the grant's; the other members
were written for the class and failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "The Exchange of Notes concerning Japanese Grant Aid for water supply was signed in Phnom Penh on Tuesday by the "
     "Cambodian secretary of state and the Japanese ambassador.", "Exchange of Notes"),
    ("en", "Ghana and Germany signed an exchange of letters on vocational training in Accra on Tuesday.", "exchange of letters"),
    ("fr", "Le Sénégal et le Japon ont signé mardi à Dakar un échange de notes relatif à un don pour la pêche.", "échange de notes"),
    ("fr", "Un échange de lettres sur la formation professionnelle a été signé mardi à Niamey par les deux ministres.",
     "échange de lettres"),
]


@pytest.mark.parametrize(("language", "text", "title"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_an_exchange_of_notes_is_an_instrument(language, text, title):
    agreements = [a for a in read_document(text, language, dt.date(2026, 1, 21)).agreements if a.signed]
    assert [(a.instrument.kind, a.instrument.title.startswith(title)) for a in agreements] == [("other", True)], \
        [(a.instrument.kind, a.instrument.title) for a in agreements]
