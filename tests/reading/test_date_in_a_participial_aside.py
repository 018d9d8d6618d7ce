"""A date in an aside set off by commas and opened by a participle ("…, arrivé jeudi à Abidjan
pour une visite de trois jours, et la ministre … y ont apposé leur signature", "…, having landed
in Accra on Thursday, …") dates the aside's own event — an arrival, an audience — not the
signing, as one opened by "qui"/"who" does. Seen on eval-fr-ai's first reading: the signing was
dated by the minister's arrival ("jeudi") instead of the ceremony's "vendredi" told just before,
a "contradicted" on a correct record. The others are written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.reading import first_agreement

PUBLISHED = dt.date(2025, 9, 29)  # a Monday

CASES = [
    # seen failing (eval-fr-ai)
    ("fr", "La salle des conférences du ministère affichait complet, vendredi en fin de matinée. Le ministre hongrois des "
           "Affaires étrangères, Gergely Tóth, arrivé jeudi à Abidjan pour une visite officielle de trois jours, et la "
           "ministre de l’Hydraulique, Mme Ténin Ouattara, y ont apposé leur signature au bas d’un accord de coopération "
           "dans le domaine de l’eau.", dt.date(2025, 9, 26)),
    ("fr", "La cérémonie de signature s’est tenue mardi au ministère. Le secrétaire d’État, reçu lundi par le président de "
           "la République, et le ministre de l’Agriculture ont signé un protocole d’accord sur l’irrigation.", dt.date(2025, 9, 23)),
    ("en", "The signing ceremony was held on Friday at the foreign ministry. The Hungarian minister, having landed in Accra "
           "on Thursday, and his Ghanaian counterpart signed a memorandum of understanding on water management.",
     dt.date(2025, 9, 26)),
    ("en", "The signing ceremony was held on Tuesday morning at the ministry. The Hungarian minister, having been "
           "welcomed at the airport on Monday by her counterpart, signed an agreement on scholarships with Ghana's "
           "education minister.", dt.date(2025, 9, 23)),
]

# English writes the past participle as the past tense: after a comma it may be the sentence's
# own verb ("The UK minister, Eleanor Whitfield, received her counterpart on Tuesday, and the two
# then signed …"), which dates the signing (eval-en-al: a first version of the rule lost that date)
FINITE = [
    ("en", "The UK Minister of State for Security, Eleanor Whitfield, received her Jamaican counterpart at the Home Office "
           "on Tuesday, and the two then put their names to a Memorandum of Understanding on firearms trafficking.",
     dt.date(2025, 9, 23)),
]


@pytest.mark.parametrize("case", FINITE, ids=[c[0] for c in FINITE])
def test_a_finite_verb_after_an_apposition_dates_the_signing(case):
    language, text, signed = case
    agreement = first_agreement(text, language, PUBLISHED)
    assert agreement.date is not None and agreement.date.date == signed, agreement.date


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_aside_s_date_is_not_the_signing_s(case):
    language, text, signed = case
    agreement = first_agreement(text, language, PUBLISHED)
    assert agreement.date is not None and agreement.date.date == signed, agreement.date


# the signing's own participle in an aside keeps its date: "Le mémorandum, signé jeudi à Abidjan, prévoit …"
OWN = [
    ("fr", "Le mémorandum d’entente sur l’eau, signé jeudi à Abidjan par les deux ministres, prévoit des forages.", dt.date(2025, 9, 25)),
    ("en", "The memorandum of understanding on water, signed on Thursday in Accra by the two ministers, provides for boreholes.",
     dt.date(2025, 9, 25)),
]


@pytest.mark.parametrize("case", OWN, ids=[c[0] for c in OWN])
def test_the_signing_s_own_participle_keeps_its_date(case):
    language, text, signed = case
    agreement = first_agreement(text, language, PUBLISHED)
    assert agreement.date is not None and agreement.date.date == signed, agreement.date
