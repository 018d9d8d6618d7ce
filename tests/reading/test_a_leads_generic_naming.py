"""A lead often names the signing with a generic word and its subject ("a health cooperation
agreement signed by Ghana and the Czech Republic this week"), and the next sentence names it
precisely ("the Memorandum of Understanding on Cooperation in the Field of Health and Medical
Sciences was signed on Wednesday"): one signing, named by the precise naming and dated by it.
Seen on eval-en-ae (a second record, an "agreement" of that month); others written for the
class. The next sentence's instrument about something else is another signing."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 1)

CASES = [
    ("en", "KUMASI — Doctors from the Ashanti Region could soon train in Czech hospitals under a health cooperation agreement "
           "signed by Ghana and the Czech Republic this week, the Ghana News Agency has reported. According to the GNA, the "
           "Memorandum of Understanding on Cooperation in the Field of Health and Medical Sciences was signed on Wednesday, "
           "February 25, at the University Hospital Brno.", "Memorandum of Understanding", dt.date(2026, 2, 25)),
    ("en", "Kenya and Oman have signed a defence cooperation agreement, the ministry said. The Memorandum of Understanding on "
           "Defence Cooperation was signed in Muscat on Wednesday by the two defence ministers.", "Memorandum of Understanding",
     dt.date(2026, 2, 25)),
    ("fr", "Le Ghana et la Tchéquie ont signé cette semaine un accord de coopération en matière de santé. Le mémorandum "
           "d’entente sur la coopération en matière de santé et de sciences médicales a été signé mercredi à Brno.",
     "mémorandum d’entente", dt.date(2026, 2, 25)),
    ("fr", "Le Kenya et Oman ont conclu un accord de coopération en matière de défense. Le protocole de coopération en "
           "matière de défense et de formation militaire a été signé mercredi à Mascate par les deux ministres.",
     "protocole", dt.date(2026, 2, 25)),
]


@pytest.mark.parametrize(("lang", "text", "title", "date"), CASES, ids=["en-seen", "en-defence", "fr-santé", "fr-défense"])
def test_the_lead_and_the_precise_naming_are_one_signing(lang, text, title, date):
    agreements = read_document(text, lang, PUBLISHED).agreements
    assert [(a.instrument.title[: len(title)], a.date.date) for a in agreements] == [(title, date)], [
        (a.instrument.title, a.date and a.date.date) for a in agreements]


def test_another_subject_next_is_another_signing():
    text = ("Kenya and Oman signed a trade cooperation agreement on Wednesday. The Memorandum of Understanding on Tourism was "
            "signed in Muscat on Wednesday by the two tourism ministers.")
    assert len(read_document(text, "en", PUBLISHED).agreements) == 2


def test_the_leads_place_places_the_precise_naming():
    text = ("Herders in Turkana could see new boreholes next year after Kenya and Egypt signed a water cooperation deal in "
            "Nairobi. The memorandum of understanding on water cooperation and groundwater development was signed on Friday at "
            "Maji House by the two ministers.")
    agreements = read_document(text, "en", PUBLISHED).agreements
    assert [(a.instrument.title[:9], a.place and a.place.text, a.date.date) for a in agreements] == [
        ("memorandu", "Nairobi", dt.date(2026, 2, 27))]
