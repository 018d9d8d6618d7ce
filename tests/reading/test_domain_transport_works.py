"""Transport told by its works and its traffic rather than by the word "transport": building,
paving, dredging or modernising roads, bridges, ports and quays ("the paving of the 450-km road
between Linden and Lethem", "la réhabilitation de la route nationale 2", "reconstruire le quai
principal du port"), ferries, barges and river navigation ("bateaux à passagers", "ferry and
small-boat traffic"), driving licences and trucks ("permis de conduire", "run regular truck
services") are transport. Seen on the development sets (transport was missed on 27 correct
records); the members below failed before."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

EN = "Guyana and Brazil signed a memorandum of understanding on cooperation on Monday. Under the memorandum, {}."
FR = "Le Tchad et le Koweït ont signé lundi un accord de coopération. Il prévoit {}."
CASES = [
    (EN, "en", "Brazil will finance the paving of the 450-km road between Linden and Lethem"),
    (EN, "en", "the two countries will apply one set of safety rules to ferry and small-boat traffic"),
    (EN, "en", "a driving licence issued by one country will be recognised by the other"),
    (EN, "en", "the two carriers will run regular truck services between Bishkek and Karachi"),
    (FR, "fr", "la réhabilitation de la route nationale 2"),
    (FR, "fr", "de reconstruire le quai principal du port"),
    (FR, "fr", "des règles de sécurité communes pour les bateaux à passagers"),
    (FR, "fr", "la reconnaissance mutuelle des permis de conduire"),
]


@pytest.mark.parametrize(("lead", "language", "phrase"), CASES, ids=[c[2][:40] for c in CASES])
def test_works_and_traffic_are_transport(lead, language, phrase):
    agreement = first_agreement(lead.format(phrase), language)
    assert "transport" in {d.code for d in agreement.domains}, agreement.domains
