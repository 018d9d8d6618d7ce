"""What an agreement funds or sets up is often told in the next sentence, or the next
paragraph, with the work as its subject: "The new phase will build about 2,000 community
water points and train woreda water technicians", "Sur quatre ans, le projet doit raccorder
40 000 habitants … et former les comités de collines". Such a sentence names no instrument,
so it was no sentence of the agreement's and its domains were read as outside what the
agreement covers (a correct record failed check). A sentence about another instrument, the
background, or a subject left out still lends nothing."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

CASES = [
    # eval-en-v's Finnish water grant and eval-fr-y's Swiss water convention (both seen failing);
    # the others written for the class
    ("en", "Finland and Ethiopia on Monday signed a grant agreement for the fourth phase of a rural water programme.\n\n"
           "The agreement was signed at the Ministry of Finance by the State Minister of Finance and Finland's "
           "ambassador.\n\nThe new phase will build about 2,000 community water points and train woreda water "
           "technicians to keep them working.", "capacity_building"),
    ("fr", "L'ambassadrice de Suisse et le ministre de l'Hydraulique ont signé mercredi à Bujumbura une convention de "
           "financement pour l'alimentation en eau potable des collines. La ministre a assisté à la signature.\n\n"
           "Sur quatre ans, le projet doit raccorder quelque 40 000 habitants à un réseau d'eau potable et former les "
           "comités de collines chargés de gérer les points d'eau.", "capacity_building"),
    ("en", "Japan and Laos signed a grant agreement on Tuesday in Vientiane for the rehabilitation of provincial "
           "hospitals.\n\nThe grant, worth 1.2 billion yen, will equip four hospitals with solar power plants.",
     "energy"),
    ("fr", "Le Luxembourg et le Cap-Vert ont signé lundi à Praia un accord de prêt pour l'assainissement de la ville.\n\n"
           "Ce financement servira aussi à la transformation numérique des services municipaux.", "digital"),
]

LEFT_OUT = [
    ("en", "Japan and Laos signed a grant agreement on Tuesday in Vientiane for the rehabilitation of provincial "
           "hospitals.\n\nThe new programme will not cover solar power plants, which Laos will fund on its own.", "energy"),
    ("fr", "Le Luxembourg et le Cap-Vert ont signé lundi à Praia un accord de prêt pour l'assainissement de la ville. "
           "Un second accord, sur le numérique, a été signé le même jour.\n\nCe financement servira à la transformation "
           "numérique des services municipaux.", "digital"),
]


@pytest.mark.parametrize("language, text, code", CASES)
def test_the_funded_work_is_what_the_agreement_covers(language, text, code):
    assert code in [d.code for d in first_agreement(text, language).domains]


@pytest.mark.parametrize("language, text, code", LEFT_OUT)
def test_a_subject_left_out_or_another_instruments_work_is_not(language, text, code):
    assert code not in [d.code for d in first_agreement(text, language).domains]


FUTURE_DENIALS = [
    # the class of the left-out member above: a denial told in the future or the conditional
    "Japan and Laos signed an agreement on Tuesday in Vientiane on hospitals. It will not cover solar power plants.",
    "Japan and Laos signed an agreement on Tuesday in Vientiane on hospitals. The memorandum won't include solar power plants.",
    "Japan and Laos signed an agreement on Tuesday in Vientiane on hospitals. The deal would not extend to solar power plants.",
]


@pytest.mark.parametrize("text", FUTURE_DENIALS)
def test_a_denial_in_the_future_lends_no_domain(text):
    assert "energy" not in [d.code for d in first_agreement(text, "en").domains]
