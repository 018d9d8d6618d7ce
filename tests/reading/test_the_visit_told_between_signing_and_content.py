"""A regional paper tells the signing, then the visit ("X was on a four-day working visit to
Vietnam …", "He was received in Hanoi on Wednesday by …"), then what the text does ("According
to the agency, Vietnamese scientists will help Guyana breed …", eval-en-ac, seen failing:
capacity building "only outside what the agreement covers"). Sentences telling the visit or the
reception, like those telling who signed or witnessed, are the signing's story: they do not use
up the window in which the agreement's work may still be told."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 11, 30)

TOLD_AFTER_THE_VISIT = [
    ("en", "Guyana and Vietnam signed a memorandum of understanding on rice research in Can Tho on Friday. It was signed by "
           "Guyana's Minister of Agriculture, Zulfikar Mustapha, and the Vice Chairwoman, Le Thi Ngoc Diem. Mustapha was on "
           "a four-day working visit to Vietnam. He was received in Hanoi on Wednesday by the Minister of Agriculture. "
           "According to the agency, Vietnamese scientists will help Guyana breed salt-tolerant rice, and Guyanese "
           "agronomists will be trained in Can Tho.", "capacity_building"),
    ("fr", "Le Burundi et l’Égypte ont signé vendredi au Caire un mémorandum sur l’irrigation. Le texte a été signé par le "
           "ministre burundais de l’Agriculture, Déo Ndayishimiye, et son homologue égyptien. Le ministre burundais "
           "effectuait une visite de travail de trois jours en Égypte. Il a été reçu jeudi par le Premier ministre. "
           "Selon l’agence, des ingénieurs égyptiens formeront des techniciens burundais à Gitega.", "capacity_building"),
    ("en", "Kenya and Japan signed a memorandum on health in Tokyo on Friday. It was signed by Kenya's Cabinet Secretary for "
           "Health, Aden Duale, and the Japanese Minister of Health. Duale was on a three-day official visit to Japan. He "
           "was received on Thursday by the Japanese Prime Minister. Japan will train 200 Kenyan nurses in Osaka.",
     "capacity_building"),
]


@pytest.mark.parametrize("language, text, code", TOLD_AFTER_THE_VISIT)
def test_the_work_told_after_the_visit_is_in_scope(language, text, code):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert code in [d.code for d in agreement.domains], [d.code for d in agreement.domains]
