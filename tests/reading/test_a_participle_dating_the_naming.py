"""A participle right after a naming of the agreement dates it, past a title in quotes and with
a part of a month ("la convention spécifique « Semences … », signée fin mars à Kinshasa", "le
protocole …, signé début mars à Dakar"), when the sentence that says who signed gives no date.
Seen failing on eval-fr-k (the record's month read as no date); the other members were written
for the class and failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("C'est l'un des volets de la convention spécifique « Semences et filières agricoles au Kwilu », signée fin mars à "
     "Kinshasa entre la Belgique et la République démocratique du Congo. Le texte a été signé pour la Belgique par la "
     "ministre de la Coopération et côté congolais par le ministre du Plan.", 3),
    ("Le chantier relève du protocole d'accord sur la formation des enseignants, signé début mars à Dakar par le Sénégal et "
     "le Canada. Le texte porte la signature des deux ministres de l'Éducation.", 3),
    ("Ces bourses sont prévues par l'accord de coopération universitaire, signé mi-mars à Rabat entre le Maroc et le Niger. "
     "Il a été signé par les deux ministres de l'Enseignement supérieur.", 3),
    ("La route sera financée par la convention de financement, conclue fin février à Lomé entre le Togo et le Koweït. La "
     "convention a été signée par le ministre togolais de l'Économie et l'ambassadeur du Koweït.", 2),
]


@pytest.mark.parametrize(("text", "month"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_participle_dates_the_agreement(text, month):
    [reading] = read_document(text, "fr", dt.date(2026, 4, 10)).agreements
    assert reading.date is not None and reading.date.precision == "month"
    assert (reading.date.date.year, reading.date.date.month) == (2026, month)
