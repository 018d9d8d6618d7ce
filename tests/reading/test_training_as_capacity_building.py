"""Training a country's professionals is capacity building ("Hungary will train Nigerian
hydrologists", "la formation d’observateurs des pêches fidjiens", "former des démineurs"); the
same training in schools, faculties or institutes is education ("la formation de techniciens
ivoiriens dans des écoles professionnelles"). Seen on the development sets, where about a
hundred correct records coded capacity building the reader did not find (or read as
education); the members below were written for the class and failed before."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

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
     "ivoiriens dans des écoles professionnelles vietnamiennes.", "education"),
    ("en", "Angola and Vietnam signed a memorandum on agriculture on Monday. It provides for the training of Angolan "
     "engineers at Vietnamese agricultural universities.", "education"),
]


@pytest.mark.parametrize(("language", "text", "code"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_training_is_read_as_its_domain(language, text, code):
    agreement = read_document(text, language, dt.date(2026, 3, 12)).agreements[0]
    assert code in {d.code for d in agreement.domains}, agreement.domains
