"""A count of days in a sentence about a visit is not always the visit's length: an offset
from it ("Une semaine après la visite de la conseillère fédérale", "two days after the
visit") or the time something else took ("trois textes signés en deux jours", "signed
within three days") measures no stay. The reader took the first count of days in the
visit's sentences, and a record's right length was called contradicted."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 23)

NOT_A_STAY = [
    # seen failing (eval-fr-k, eval-fr-o)
    ("fr", "Une semaine après la visite de la conseillère fédérale suisse au Vietnam, les entreprises se prennent à rêver. "
           "La cheffe du Département fédéral de l’économie, Régine Favre, a passé quatre jours au Vietnam pour une visite "
           "officielle au cours de laquelle la Suisse et le Vietnam ont signé un mémorandum sur la formation professionnelle.", 4),
    ("fr", "Trois textes signés en deux jours : la visite de la délégation ivoirienne au Viêt Nam a été dense. Le ministre "
           "ivoirien des Affaires étrangères, Kouadio N’Guessan, en visite officielle de quatre jours, a signé lundi un "
           "accord de coopération agricole avec son homologue vietnamien.", 4),
    # other members
    ("en", "Two days after the visit of Ghana's foreign minister to Kenya, officials were still studying the texts. Ghana's "
           "Foreign Minister Ama Owusu, on a three-day official visit to Nairobi, signed an agreement on trade with her "
           "Kenyan counterpart.", 3),
    ("en", "Ghana's Foreign Minister Ama Owusu, on a visit to Nairobi, said the texts had been drafted within two weeks. "
           "She signed an agreement on trade with her Kenyan counterpart during the four-day visit.", 4),
    # a period back or ahead: a digest's "from the past seven days" (eval-en-s)
    ("en", "Agreements, visits and negotiations from the past seven days. Ghana's Foreign Minister Ama Owusu, on a "
           "three-day visit to Nairobi, signed an agreement on trade.", 3),
    ("en", "Ghana's Foreign Minister Ama Owusu, who will visit Nairobi again over the next two weeks, signed an agreement "
           "on trade during her four-day visit.", 4),
]


@pytest.mark.parametrize(("language", "text", "days"), NOT_A_STAY, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_A_STAY)])
def test_an_offset_or_another_span_is_not_the_visit_s_length(language, text, days):
    visit = read_document(text, language, PUBLISHED).visit
    assert visit is not None and visit.duration_days == days, visit


STAYS = [
    ("en", "Ghana's Foreign Minister Ama Owusu, on a four-day official visit to Nairobi, signed an agreement on trade.", 4),
    ("fr", "Le ministre ivoirien, en visite de travail de trois jours à Hanoï, a signé lundi un accord sur le riz.", 3),
    ("en", "Ghana's Foreign Minister Ama Owusu spent three days in Nairobi on an official visit and signed an agreement on trade.", 3),
]


@pytest.mark.parametrize(("language", "text", "days"), STAYS, ids=[f"{c[0]}-{i}" for i, c in enumerate(STAYS)])
def test_a_stay_s_length_is_read(language, text, days):
    visit = read_document(text, language, PUBLISHED).visit
    assert visit is not None and visit.duration_days == days, visit
