"""Two classes seen on the first reading of eval-fr-x (the other members written for them
failed before):

- the day a stay began ("au terme d’une visite de deux jours entamée lundi", "during a visit
  that began on Monday") is no signing day, like "depuis lundi" and "since Monday": the
  signing keeps the day the article gives it;
- "ont procédé hier, au siège du ministère, à la signature de deux textes" reports a signing
  whatever stands between the verb and "à la signature"."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 4, 15)  # a Wednesday; "hier" is Tuesday 14 April
STAYS = [
    ("fr", "L’Algérie et la Malaisie ont signé hier deux textes de coopération. Le premier, un accord sur l’enseignement "
     "supérieur, a été signé par les deux ministres au terme d’une visite de deux jours entamée lundi."),
    ("fr", "L’Algérie et la Malaisie ont signé hier deux textes de coopération. Le premier, un accord sur l’enseignement "
     "supérieur, a été signé par les deux ministres, à l’issue d’une visite commencée dimanche."),
    ("en", "Algeria and Malaysia signed two cooperation texts yesterday. The first, an agreement on higher education, was "
     "signed by the two ministers during a visit that began on Monday."),
    ("en", "Algeria and Malaysia signed two cooperation texts yesterday. The first, an agreement on higher education, was "
     "signed by the two ministers at the end of a tour which started on Sunday."),
]
PROCEDURES = [
    "L’Algérie et la Malaisie ont procédé hier, au siège du ministère des Affaires étrangères, à la signature d’un accord "
    "sur l’enseignement supérieur.",
    "L’Algérie et la Malaisie ont procédé hier à Alger à la signature d’un accord sur l’enseignement supérieur.",
    "L’Algérie et la Malaisie ont procédé, hier, à la signature d’un accord sur l’enseignement supérieur.",
]


@pytest.mark.parametrize(("language", "text"), STAYS, ids=[str(i) for i in range(len(STAYS))])
def test_the_day_a_stay_began_is_not_the_signing_day(language, text):
    [agreement] = [a for a in read_document(text, language, PUBLISHED).agreements if "ducation" in (a.instrument.title or "") or "enseignement" in (a.instrument.title or "")]
    assert agreement.date is not None and agreement.date.date == dt.date(2026, 4, 14), agreement.date


@pytest.mark.parametrize("text", PROCEDURES, ids=[str(i) for i in range(len(PROCEDURES))])
def test_proceeding_to_the_signing_is_a_signing(text):
    [agreement] = read_document(text, "fr", PUBLISHED).agreements
    assert agreement.date is not None and agreement.date.date == dt.date(2026, 4, 14), agreement.date
