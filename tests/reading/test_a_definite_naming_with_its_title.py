"""An instrument named with the definite article and its title ("la cérémonie de signature de
l’Accord de coopération en matière de police …", "The signing of the Memorandum of Understanding
on Fisheries Cooperation …") is a naming: the bare repeat that is signed later ("L’Accord a été
signé par …") is that agreement, and the naming's sentence dates and places it. Seen failing on
eval-fr-d (a ministry communiqué: the ceremony's sentence gave the day and the city, the signers'
sentence neither, and the record came out undated and unplaced); the other members were written
for the class and failed the same way. A headline's definite naming still gives way to the body's."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le ministère porte à la connaissance du public que s'est tenue, ce jeudi 6 mars 2025, à Libreville, la "
     "cérémonie de signature de l'Accord de coopération en matière de police entre le Gabon et le Cameroun. Cette "
     "cérémonie intervient dans le cadre d'une visite de travail. La délégation comprend également un directeur. "
     "L'Accord a été signé par les deux ministres de l'Intérieur.", dt.date(2025, 3, 6), "Libreville"),
    ("en", "The ceremony for the Agreement on Air Services between Ghana and India was held in Accra on Monday, 2 March "
     "2026. Officials of both aviation authorities praised the text. The Agreement was signed by the two ministers.",
     dt.date(2026, 3, 2), "Accra"),
    ("fr", "Lundi 2 mars 2026, à Dakar, a eu lieu la signature de la Convention de financement du projet d'adduction "
     "d'eau entre le Sénégal et la Corée. Les discussions ont duré deux heures. La Convention a été signée par le "
     "ministre des Finances et l'ambassadeur de Corée.", dt.date(2026, 3, 2), "Dakar"),
    ("en", "The signing of the Memorandum of Understanding on Fisheries Cooperation between Fiji and Japan took place in "
     "Suva on Tuesday, 3 March 2026. Both delegations then toured the harbour. The Memorandum was signed by the two "
     "fisheries ministers.", dt.date(2026, 3, 3), "Suva"),
]


@pytest.mark.parametrize(("language", "text", "day", "city"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_bare_repeat_is_the_titled_naming(language, text, day, city):
    agreements = read_document(text, language, day + dt.timedelta(days=1)).agreements
    assert len(agreements) == 1
    reading = agreements[0]
    assert 0 in reading.sentences, reading.sentences
    assert reading.date is not None and reading.date.date == day
    assert reading.place is not None and text[reading.place.start : reading.place.end] == city
