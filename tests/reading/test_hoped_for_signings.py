"""A signing someone hopes, wishes or means to see — "La partie libanaise espère le voir signé
lors de la première réunion", "souhaite signer cet accord", "comptent parapher le texte",
"hopes to see it signed", "expect to see the agreement signed" — is planned, not done: its
city places no signing. Seen on eval-fr-r, where such a sentence gave a correct record's
dateline-cited place a rival."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 5)

MEMBERS = [
    ("fr", "Un accord d’exemption de visas reste à l’étude. La partie libanaise espère le voir signé lors de la première "
           "réunion du mécanisme, prévue à Beyrouth à l’automne."),
    ("fr", "Dakar aimerait le voir signé avant juin, à Dakar."),
    ("fr", "Les autorités veulent voir le texte signé d’ici décembre à Rabat."),
    ("en", "Beirut hopes to see it signed at the first meeting of the mechanism in Beirut."),
    ("en", "Both sides expect to see the agreement signed in Lima next year."),
    ("en", "Kenya wants to see the deal signed in Nairobi by June."),
]


@pytest.mark.parametrize(("language", "text"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_a_hoped_for_signing_is_planned(language, text):
    document = read_document(text, language, PUBLISHED)
    last = len(document.sentences) - 1
    clauses = [c for c in document.signings if c.sentence == last]
    assert all(c.status != "signed" for c in clauses), clauses
