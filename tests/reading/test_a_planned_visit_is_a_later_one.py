"""A visit told only where a signing is planned is a later event, not the signing's visit, and
gives no one a part in this signing ("Il devrait être signé en juillet, lors d’une visite à
Port-au-Prince du secrétaire mexicain à la Sécurité", "A second agreement … is expected to be
signed in March during a visit to Tokyo by …"). Seen on eval-fr-af's first reading (the Mexican
secretary made a visitor of the signing); the others are written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Haïti et le Mexique ont signé mardi à Mexico un mémorandum sur la migration. La ministre haïtienne des "
           "Affaires étrangères, Marie-Flore Théodore, et le secrétaire mexicain, Juan Ruiz, ont signé le texte.\n\nUn "
           "accord sur la sécurité n’est pas prêt. Il devrait être signé en juillet, lors d’une visite à Port-au-Prince "
           "du secrétaire mexicain à la Sécurité, selon une source diplomatique."),
    ("fr", "Le Sénégal et l’Espagne ont signé lundi à Dakar un accord sur la pêche. Le ministre sénégalais, Moussa Diop, "
           "et l’ambassadeur d’Espagne, Luis Gómez, ont signé le texte.\n\nUn second accord, sur la migration, doit être "
           "signé en mai lors d’une visite à Madrid du ministre sénégalais de l’Intérieur."),
    ("en", "Kenya and Japan signed a grant agreement in Nairobi on Monday. Kenya's Treasury Secretary, John Mbadi, and "
           "Japan's ambassador, Ken Okaniwa, signed it.\n\nA second agreement on roads is expected to be signed in March "
           "during a visit to Tokyo by Kenya's Transport Secretary, Davis Chirchir."),
    ("en", "Ghana and Brazil signed a cassava memorandum in Accra on Monday. Ghana's Minister of Agriculture, Eric Opoku, "
           "and Brazil's ambassador, Ana Lima, signed it.\n\nOfficials said a trade agreement would be signed during a "
           "state visit to Brasília by Ghana's President in June."),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_planned_visit_is_not_the_signing_s(case):
    language, text = case
    agreement = read_document(text, language, dt.date(2026, 1, 21)).agreements[0]
    assert agreement.visit is None, agreement.visit
    assert not any({"visitor", "host"} & set(p.role_names()) for p in agreement.people), \
        [(p.name, p.role_names()) for p in agreement.people]
