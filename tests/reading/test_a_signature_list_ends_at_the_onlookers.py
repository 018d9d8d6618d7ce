""""Le document porte la signature de A et celle de B, qui l’ont signé sous le regard de C et de
la ministre …, Mme D": the list of those whose signature the text bears ends where the
sentence turns to who looked on (or to a relative clause); D, after "et de", is a witness,
not a third signer. Seen on eval-fr-an (a Chad–UAE water memorandum whose LLM-style record
made the watching minister a signatory, and the check agreed); the other members written for
the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

LEAD = "Le Tchad et les Émirats ont signé dimanche à Abéché un protocole d’accord sur l’eau. "
CASES = [
    (LEAD + "Le document porte la signature du secrétaire général du ministère de l’Eau, M. Idriss Brahim, et celle de "
            "M. Hamad Al Neyadi, qui l’ont paraphé puis signé sous le regard de M. Saeed Al Zaabi et de la ministre de "
            "l’Eau et de l’Énergie, Mme Achta Djibrine Sy.", "Achta Djibrine Sy"),
    (LEAD + "Le texte porte les signatures du secrétaire général, M. Idriss Brahim, et de M. Hamad Al Neyadi, sous les "
            "yeux du ministre émirien, M. Saeed Al Zaabi, et de la ministre de l’Eau, Mme Achta Djibrine Sy.",
     "Achta Djibrine Sy"),
    (LEAD + "Le protocole porte la signature de M. Idriss Brahim, secrétaire général, qui l’a signé en présence du "
            "ministre émirien, M. Saeed Al Zaabi, et de la ministre de l’Eau, Mme Achta Djibrine Sy.", "Achta Djibrine Sy"),
    (LEAD + "Le document porte la signature de M. Idriss Brahim, secrétaire général du ministère, devant le ministre "
            "émirien, M. Saeed Al Zaabi, et de la ministre tchadienne de l’Eau, Mme Achta Djibrine Sy.", "Achta Djibrine Sy"),
]


@pytest.mark.parametrize("text, witness", CASES, ids=["sous le regard de", "sous les yeux", "en présence du", "devant"])
def test_who_looks_on_is_no_signer(text, witness):
    agreement = read_document(text, "fr", dt.date(2026, 4, 14)).agreements[0]
    roles = {p.name: p.role_names() for p in agreement.people}
    assert "signatory" not in roles.get(witness, ()), roles
