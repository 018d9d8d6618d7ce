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


EFFECTS_FROM_A_DATE = [
    # eval-en-ab's Dostuk–Dustlik crossing (seen failing); the others written for the class
    ("en", "Kyrgyzstan and Uzbekistan have signed a protocol to keep the Dostuk-Dustlik road border crossing open 24 hours "
           "a day.\n\nThe protocol was signed in Tashkent in November by the head of the Kyrgyz Border Service.\n\nFrom "
           "January 1, cars, buses and lorries will be able to cross at any hour, and Kyrgyz and Uzbek border guards will "
           "inspect freight vehicles jointly.", "border_security"),
    ("en", "Ghana and Togo signed an agreement on Monday in Lomé on the movement of people.\n\nAs of 1 March, students of "
           "both countries will be able to enrol in each other's universities.", "education"),
    ("fr", "Le Niger et le Bénin ont signé lundi à Malanville un protocole sur le transit.\n\nÀ partir du 1er janvier, les "
           "camions pourront franchir le pont de nuit et les gardes-frontières des deux pays contrôleront les cargaisons "
           "ensemble.", "border_security"),
    ("fr", "Le Sénégal et la Gambie ont signé mardi à Banjul un accord sur la circulation des personnes.\n\nDès le mois "
           "prochain, les étudiants des deux pays pourront obtenir des bourses d’études dans les universités de l’autre.",
     "education"),
]


@pytest.mark.parametrize("language, text, code", EFFECTS_FROM_A_DATE)
def test_what_changes_from_a_date_is_what_the_agreement_covers(language, text, code):
    assert code in [d.code for d in first_agreement(text, language).domains]


def test_what_happened_over_past_years_is_not():
    text = ("Ghana and Togo signed an agreement on Monday in Lomé on the movement of people.\n\nFrom 2016 to 2020, students "
            "of both countries enrolled in each other's universities.")
    assert "education" not in [d.code for d in first_agreement(text, "en").domains]


TITLE_WORK = [
    # eval-fr-z's Tunisian–Turkish letter of intent (seen failing); the others written for the class
    ("fr", "À Sfax, le directeur général de l’ATFP et le directeur turc de l’enseignement technique ont signé mardi une "
           "lettre d’intention relative à la création d’un centre d’excellence des métiers de l’industrie. Le ministre a "
           "assisté à la signature.\n\nLe futur centre, dont l’ouverture est envisagée pour 2027, doit accueillir chaque "
           "année 600 jeunes et former les formateurs des lycées techniques.", "capacity_building"),
    ("fr", "Le Tchad et le Cameroun ont signé lundi à Garoua un accord pour la construction d’un hôpital transfrontalier. "
           "L’hôpital accueillera 200 lits et formera les infirmiers des deux rives du Logone.", "capacity_building"),
    ("en", "Uganda and Malaysia on Tuesday signed an agreement on a joint laboratory for seed research in Kampala.\n\n"
           "The laboratory will breed drought-tolerant maize for smallholder farmers.", "agriculture"),
    ("en", "Kenya and Tanzania signed a memorandum on a shared fuel depot at Tanga on Monday. The depot, to be run by "
           "both state oil firms, will also train 50 pipeline technicians a year.", "capacity_building"),
]

NOT_THE_TITLES_WORK = [
    # what the title's work will not do, and a subject the title does not name
    ("en", "Uganda and Malaysia on Tuesday signed an agreement on a joint laboratory for seed research in Kampala.\n\n"
           "The laboratory will not breed maize for smallholder farmers.", "agriculture"),
    ("fr", "Le Tchad et le Cameroun ont signé lundi à Garoua un accord pour la construction d’un hôpital transfrontalier. "
           "Le ministère formera par ailleurs des infirmiers.", "capacity_building"),
]


@pytest.mark.parametrize("language, text, code", TITLE_WORK)
def test_what_the_title_sets_up_told_as_a_subject_is_covered(language, text, code):
    assert code in [d.code for d in first_agreement(text, language).domains]


@pytest.mark.parametrize("language, text, code", NOT_THE_TITLES_WORK)
def test_what_it_will_not_do_or_another_subject_is_not(language, text, code):
    assert code not in [d.code for d in first_agreement(text, language).domains]
