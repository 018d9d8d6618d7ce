"""A country "represented by" an official — "la République-Unie de Tanzanie, représentée par
son ambassadeur auprès de l’Union des Comores, S.E.M. Hamisi Juma Mwinyikombo", "Tanzania,
represented by its High Commissioner to Kenya, Ms Asha Salim" — is that official's side,
whatever country their posting names. Seen in eval-fr-k, where the envoy was given the
country of his posting (an LLM's wrong side then passed)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("fr", "Le ministre des Affaires étrangères, S.E.M. Dhoihir Saïd Mbaé, a procédé hier à Moroni à la signature de deux "
           "accords avec la République-Unie de Tanzanie, représentée par son ambassadeur auprès de l’Union des Comores, "
           "S.E.M. Hamisi Juma Mwinyikombo.", "Hamisi Juma Mwinyikombo", "TZA"),
    ("fr", "Le ministre sénégalais de la Pêche a signé lundi à Dakar un accord avec le Japon, représenté par son "
           "ambassadeur au Sénégal, M. Kenji Mori.", "Kenji Mori", "JPN"),
    ("en", "Kenya's Cabinet Secretary for Trade signed a memorandum in Nairobi on Monday with Tanzania, represented by its "
           "High Commissioner to Kenya, Ms Asha Salim.", "Asha Salim", "TZA"),
    ("en", "The Minister of Finance of Ghana signed the grant agreement in Accra on Monday with Japan, represented by the "
           "Chief Representative of JICA in Ghana, Mr Taro Sato.", "Taro Sato", "JPN"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_a_country_represented_by_an_official_is_their_side(language, text, name, country):
    people = {p.name: p.country for p in read_document(text, language, dt.date(2026, 2, 19)).people}
    assert people.get(name) == country, people


# the Comorian protocol honorific "S.E.M." (Son Excellence Monsieur) is no part of a name
HONORIFIC = [
    ("Le ministre des Affaires étrangères, S.E.M. Dhoihir Saïd Mbaé, a signé hier à Moroni un accord avec la Tanzanie.",
     "Dhoihir Saïd Mbaé"),
    ("La ministre des Transports, S.E.Mme Faïza Ahmed Soilihi, a signé hier à Moroni un accord avec la Tanzanie.",
     "Faïza Ahmed Soilihi"),
]


@pytest.mark.parametrize(("text", "name"), HONORIFIC, ids=["sem", "semme"])
def test_a_protocol_honorific_is_no_part_of_the_name(text, name):
    names = {p.name for p in read_document(text, "fr", dt.date(2026, 2, 19)).people}
    assert name in names, names
