"""A signing sentence that refers back to a scene told before takes that scene's day and
place: "… le ministre s’est rendu jeudi à Tanger. C’est là, au tribunal, que les deux ministres
ont signé …" (the place told last: "là", "there"); "Après un tête-à-tête …, les deux chefs de
gouvernement ont assisté à la signature"; "Following the talks, …" whose talks were told
several sentences back, past what else the visit held — also after a paragraph's number ("6.
Following the talks"). And a venue named after a city ("at Hyderabad House, New Delhi") is in
the city named next. Seen failing on eval-fr-p, -s, -w and eval-en-j, -l, -r (undated, unplaced
records); the other members were written for the class and failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Accueilli mercredi à Rabat par son homologue, le ministre belge de la Justice s'est rendu jeudi à Tanger. C'est "
     "là, dans l'enceinte du tribunal, que les deux ministres ont signé une déclaration conjointe sur la criminalité "
     "organisée.", dt.date(2025, 10, 11), dt.date(2025, 10, 9), "Tanger"),
    ("en", "Received on Wednesday in Accra by her counterpart, the Korean trade minister travelled on Thursday to Kumasi. It "
     "was there, at the regional assembly, that the two ministers signed a memorandum of understanding on cocoa "
     "processing.", dt.date(2025, 10, 11), dt.date(2025, 10, 9), "Kumasi"),
    ("fr", "C'est au palais du gouvernement à Dakar, mardi dernier, que les deux délégations se sont retrouvées. Après un "
     "tête-à-tête de plus d'une heure entre les deux Premiers ministres, les ministres ont signé un accord sur la "
     "circulation des personnes.", dt.date(2026, 1, 2), dt.date(2025, 12, 30), "Dakar"),
    ("en", "3. On November 18th, the two Ministers held delegation-level talks at Hyderabad House, New Delhi. They reviewed "
     "trade, energy and health. 4. The two sides welcomed the growth of trade. They agreed to meet again in 2026. "
     "5. The visiting Minister will address a business forum in Mumbai on November 20th. 6. Following the talks, a "
     "memorandum of understanding on traditional medicine between India and Trinidad and Tobago was signed by the two "
     "Ministers.", dt.date(2025, 11, 20), dt.date(2025, 11, 18), "New Delhi"),
    ("fr", "Le 3 mars 2026, les deux ministres ont eu des entretiens élargis aux délégations, à Nouakchott. Ils ont passé en "
     "revue la coopération. Le ministre a ensuite visité le port. Il a rencontré des étudiants. À l'issue des "
     "entretiens, le Sénégal et la Mauritanie ont signé un mémorandum d'entente sur la pêche.", dt.date(2026, 3, 5),
     dt.date(2026, 3, 3), "Nouakchott"),
]


@pytest.mark.parametrize(("language", "text", "published", "day", "city"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_signing_takes_the_scenes_day_and_place(language, text, published, day, city):
    [reading] = read_document(text, language, published).agreements
    assert reading.date is not None and reading.date.date == day
    assert reading.place is not None and text[reading.place.start : reading.place.end] == city
