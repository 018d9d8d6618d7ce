"""A power plant named by its kind ("la centrale solaire de Djermaya", "un parc éolien", "a
solar farm", "a hydropower station") is what an energy agreement covers, as "electricity" is.
Seen on eval-fr-an (a financing agreement for "la centrale solaire de Djermaya" read with no
domain); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le Tchad et les Émirats arabes unis ont signé samedi à N’Djamena l’accord de financement de la centrale "
           "solaire de Djermaya."),
    ("fr", "Le Maroc et le Sénégal ont signé lundi à Dakar un accord de financement d’un parc éolien près de Saint-Louis."),
    ("en", "Kenya and Japan signed a loan agreement in Nairobi on Monday for a solar farm near Garissa."),
    ("en", "Nepal and India signed an agreement in Kathmandu on Tuesday to build a hydropower station on the Karnali river."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=["centrale solaire", "parc éolien", "solar farm", "hydropower station"])
def test_a_power_plant_is_energy(lang, text):
    agreement = read_document(text, lang, dt.date(2026, 4, 14)).agreements[0]
    assert "energy" in [d.code for d in agreement.domains], agreement.domains
