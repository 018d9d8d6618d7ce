"""An old signing told in a sentence that also gives a recent date ("welcomed the entry into
force on 1 January 2026 of the Agreement …, signed in Dili on 14 August 2024") is background: the
signing's own date — right after its verb — is months old, whatever the other date. Seen failing
on eval-en-r (the memorandum signed that week took Dili); the other members were written for
the class and failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    # seen failing
    ("en", "Singapore and Timor-Leste signed a memorandum of understanding on public sector capability on Tuesday. The MOU "
     "was signed by the two ministers.\n\nThe two sides welcomed the entry into force on 1 January 2026 of the Agreement on "
     "Visa Exemption, signed in Dili on 14 August 2024, and agreed to explore more air links."),
    # other members
    ("en", "Peru and Chile signed a memorandum of understanding on fisheries on Tuesday. It was signed by the two ministers.\n\n"
     "On Monday they marked the tenth anniversary of the extradition treaty signed in Lima on 4 May 2016."),
    ("fr", "Le Maroc et le Sénégal ont signé mardi un mémorandum d'entente sur la pêche. Il a été signé par les deux ministres.\n\n"
     "Depuis le 1er janvier 2026, l'accord sur la circulation des personnes signé à Dakar le 12 mai 2021 est en vigueur."),
    ("fr", "La Tunisie et le Niger ont signé mardi une convention sur l'énergie. Elle a été paraphée par les deux ministres.\n\n"
     "Le 15 janvier 2026 est entré en vigueur le protocole sur la santé, signé à Niamey le 3 juin 2022."),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_an_old_signing_beside_a_recent_date_is_background(language, text):
    document = read_document(text, language, dt.date(2026, 2, 4))
    last = len(document.sentences) - 1
    assert [c.status for c in document.signings if c.sentence == last] == ["earlier"], document.signings
    assert all(a.place is None for a in document.agreements if a.signed), [a.place for a in document.agreements]
