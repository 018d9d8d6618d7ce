"""A town an instrument is about — inside its title ("un mémorandum … portant sur la création
d'une ferme modèle … près de Wau") or after a built thing it names ("on the construction of a
solar farm near Kisumu") — is no place of signing, neither in the signing's sentence nor as
the city of the visit's sentence (seen on eval-fr-al: the memorandum placed in Wau and a
correct record contradicted; the other members written for the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "LE CAIRE, 3 févr. (MENA) - L'Égypte et le Soudan du Sud ont signé lundi à Juba un protocole sur l'eau, lors de la "
           "visite du ministre égyptien de l'Irrigation au Soudan du Sud. La veille au soir, dimanche, l'ambassadeur d'Égypte "
           "et le sous-secrétaire sud-soudanais de l'Agriculture avaient signé dans un hôtel de la capitale un mémorandum "
           "d'entente portant sur la création d'une ferme modèle près de Wau.", 1, "Wau"),
    ("fr", "Le Mali et le Sénégal ont signé mardi un accord relatif à la construction d’un hôpital de district près de Kayes, "
           "lors de la visite de travail du ministre sénégalais de la Santé au Mali.", 0, "Kayes"),
    ("en", "Kenya and Egypt signed on Monday a memorandum of understanding on the construction of a solar farm near Kisumu, "
           "during the Egyptian minister's three-day visit to Kenya.", 0, "Kisumu"),
]


@pytest.mark.parametrize(("lang", "text", "index", "town"), CASES, ids=["ferme près de Wau", "hôpital près de Kayes", "solar farm near Kisumu"])
def test_a_town_an_instrument_is_about_places_no_signing(lang, text, index, town):
    agreement = read_document(text, lang, dt.date(2026, 2, 3)).agreements[index]
    assert agreement.place is None or agreement.place.city != town, agreement.place
