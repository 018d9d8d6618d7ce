"""Training a country's professionals is capacity building ("Hungary will train Nigerian
hydrologists", "la formation d’observateurs des pêches fidjiens", "former des démineurs"),
wherever it happens: the writers of the development sets coded training of professionals in
schools, universities or institutes as capacity building four times as often as education
(60 evidence phrases against 15), so the venue no longer decides. Officers of a civilian
service ("police officers", "officiers de port", "extension officers") are trained in capacity
building, not military training. The training may be told with a count ("former 300
sages-femmes"), an aside ("la formation, en Corée, de …"), a kind of course ("sessions de
formation au profit des …", "training programmes for …"). Students, pupils and the military
stay with education and military training."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

CASES = [
    ("en", "Hungary and Nigeria signed a memorandum on water on Monday. Under the memorandum, Hungary will train Nigerian "
     "hydrologists and water engineers.", "capacity_building"),
    ("en", "Brunei and the Philippines signed a letter of intent on halal certification on Monday. Under it, Brunei will "
     "train Filipino halal auditors.", "capacity_building"),
    ("fr", "Les Fidji et Oman ont signé lundi un mémorandum sur la pêche. Le mémorandum prévoit la formation d’observateurs "
     "des pêches fidjiens.", "capacity_building"),
    ("fr", "Le Cambodge et la Bosnie ont signé mardi un mémorandum sur le déminage. Le texte prévoit que les deux pays "
     "formeront des démineurs.", "capacity_building"),
    ("fr", "La Côte d’Ivoire et le Vietnam ont signé mardi un mémorandum sur le cajou. Il prévoit la formation de techniciens "
     "ivoiriens dans des écoles professionnelles vietnamiennes.", "capacity_building"),
    ("en", "Angola and Vietnam signed a memorandum on mining on Monday. It provides for the training of Angolan "
     "surveyors at Vietnamese institutes.", "capacity_building"),
    ("en", "Fiji and Australia signed a memorandum on policing on Monday. It provides for training for Fijian police "
     "officers at the federal police college.", "capacity_building"),
    ("en", "Ghana and Norway signed a memorandum on forests on Monday. It provides for the training of Ghanaian forestry "
     "officers.", "capacity_building"),
    ("en", "Laos and Japan signed a memorandum on customs on Monday. Under the memorandum, Japan will run training programmes for customs and "
     "immigration officers.", "capacity_building"),
    ("en", "Chad and Qatar signed a memorandum on water on Monday. Under the memorandum, Qatar will train up to 40 "
     "Chadian hydrologists.",
     "capacity_building"),
    ("fr", "Le Liban et Chypre ont signé lundi un mémorandum portuaire. Il prévoit la formation des officiers de port "
     "libanais.", "capacity_building"),
    ("fr", "Le Rwanda et la Corée ont signé lundi un mémorandum sur le numérique. Il prévoit la formation, en Corée, de 300 "
     "ingénieurs rwandais.", "capacity_building"),
    ("fr", "Le Niger et le Maroc ont signé lundi un mémorandum sur la santé. Le mémorandum prévoit de former 300 sages-femmes "
     "nigériennes.", "capacity_building"),
    ("fr", "La Tunisie et le Vietnam ont signé lundi un mémorandum diplomatique. Il prévoit des sessions de formation au "
     "profit des jeunes diplomates.", "capacity_building"),
    ("fr", "Le Burundi et l’Égypte ont signé lundi un mémorandum sur l’eau. Aux termes du mémorandum, une "
     "cinquantaine de techniciens burundais seront par ailleurs formés au Caire.", "capacity_building"),
    ("en", "Angola and Vietnam signed a memorandum on education on Monday. It provides for the training of Angolan "
     "students at Vietnamese universities.", "education"),
    ("fr", "Le Tchad et la Turquie ont signé lundi un accord militaire. Il prévoit la formation d’officiers tchadiens.",
     "military_training"),
]

NOT_MILITARY = [
    ("en", "Fiji and Australia signed a memorandum on policing on Monday. It provides for training for Fijian police "
     "officers."),
    ("en", "Kenya and Thailand signed a memorandum on rice on Monday. It covers the training of Kenyan agricultural "
     "extension officers."),
    ("fr", "La Côte d’Ivoire et le Liberia ont signé lundi un mémorandum. Il prévoit la formation conjointe des officiers "
     "de police judiciaire."),
    ("fr", "Le Liban et Chypre ont signé lundi un mémorandum. Il prévoit d’organiser des sessions de formation au profit "
     "des officiers de port libanais."),
]


@pytest.mark.parametrize(("language", "text", "code"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_training_is_read_as_its_domain(language, text, code):
    agreement = first_agreement(text, language)
    assert code in {d.code for d in agreement.domains}, agreement.domains


@pytest.mark.parametrize(("language", "text"), NOT_MILITARY, ids=[str(i) for i in range(len(NOT_MILITARY))])
def test_officers_of_a_civilian_service_are_not_military_training(language, text):
    agreement = first_agreement(text, language)
    assert "military_training" not in {d.code for d in agreement.domains}, agreement.domains
