"""A day counted from an event ("La veille, …", "The day before, …", "Le lendemain, …") counts
from the story's own signing day — not from a background date told in between ("les pièces
entrées avant le 1er juin 2005"), and not from the last day of a stay ("en visite jusqu’à
dimanche", "in Bern until Sunday"), which is no event; a count may count from the one
before it ("Le lendemain, … . Le même jour, …"). Seen on the first reading of eval-fr-x,
where "La veille" was read as 31 May 2005 and the letter it dates became a background signing;
the other members were written for the class and failed before."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 30)  # a Friday
CASES = [
    ("fr", "La Suisse et le Pérou ont signé ce vendredi à Berne un accord sur les biens culturels. Les pièces entrées avant "
     "le 1er juin 2005 ne sont pas concernées. La veille, à Zurich, c’est une lettre d’intention sur la formation qui "
     "avait été signée par les deux vice-ministres.", "lettre", dt.date(2026, 1, 29)),
    ("en", "Switzerland and Peru signed an agreement on cultural property in Bern on Friday. Objects imported before 1 June "
     "2005 are not covered. The day before, in Zurich, a letter of intent on vocational training had been signed by the "
     "two deputy ministers.", "letter", dt.date(2026, 1, 29)),
    ("fr", "La Suisse et le Pérou ont signé mardi à Berne un accord sur les biens culturels, en présence de la ministre "
     "péruvienne, en visite jusqu’à dimanche. Le lendemain, une lettre d’intention sur la formation a été signée à Zurich.",
     "lettre", dt.date(2026, 1, 28)),
    ("en", "Switzerland and Peru signed an agreement on cultural property in Bern on Tuesday, witnessed by the Peruvian "
     "minister, who is in Switzerland until Sunday. The next day, a letter of intent on vocational training was signed in "
     "Zurich.", "letter", dt.date(2026, 1, 28)),
    ("fr", "La ministre congolaise est arrivée à Luanda le mercredi 28 janvier. Le lendemain, les deux ministres ont signé un "
     "accord sur la frontière. Le même jour, dans une salle voisine, un protocole d’accord sur l’électricité a été signé.",
     "protocole", dt.date(2026, 1, 29)),
]


@pytest.mark.parametrize(("language", "text", "head", "day"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_counted_day_is_the_storys(language, text, head, day):
    agreements = read_document(text, language, PUBLISHED).agreements
    [counted] = [a for a in agreements if (a.instrument.title or "").lower().startswith(head)]
    assert counted.date is not None and counted.date.date == day, counted.date
