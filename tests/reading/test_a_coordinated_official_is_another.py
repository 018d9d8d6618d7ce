"""An unnamed official joined by a coordinator to a named one in the same sentence ("signed
… by Justice Minister Lusine Avetisyan and her host, the Minister of Justice of the United
Arab Emirates", seen on eval-en-am; others written for the class) is another official, never
that named one told again — even when their functions read alike ("Justice Minister" /
"Minister of Justice of …") and the named one's side is not yet known."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 4)

CASES = [
    ("en", "Emirati Minister of State Saeed Al-Nuaimi ended a two-day visit to Yerevan on Tuesday, hosted by Economy Minister "
           "Vahe Melkonyan.\n\nLegal assistance pact\n\nThe agreement on legal assistance was signed in Abu Dhabi in February by "
           "Justice Minister Lusine Avetisyan and her host, the Minister of Justice of the United Arab Emirates, during a "
           "working visit by Avetisyan to the Emirates.", "Minister of Justice of the United Arab Emirates"),
    ("en", "Kenyan Trade Minister Amina Wekesa ended a two-day visit to Kampala on Tuesday, hosted by Finance Minister Paul "
           "Ssebunya.\n\nHealth pact\n\nThe memorandum on health was signed in Nairobi in February by Health Minister Ruth "
           "Achieng and her counterpart, the Minister of Health of the Republic of Uganda, during a visit by Achieng.",
     "Minister of Health of the Republic of Uganda"),
    ("fr", "Le ministre d’État émirien Saeed Al-Nuaimi a achevé mardi une visite de deux jours à Erevan, où il était l’hôte "
           "du ministre de l’Économie, Vahe Melkonyan.\n\nEntraide judiciaire\n\nL’accord d’entraide judiciaire a été signé "
           "à Abou Dhabi en février par la ministre de la Justice Lusine Avetisyan et son hôte, le ministre de la Justice des "
           "Émirats arabes unis, lors d’une visite de travail de Mme Avetisyan.", "ministre de la Justice des Émirats arabes unis"),
]


@pytest.mark.parametrize(("lang", "text", "title"), CASES, ids=["her host", "her counterpart", "son hôte"])
def test_the_coordinated_official_stays_another(lang, text, title):
    document = read_document(text, lang, PUBLISHED)
    holders = [p for p in document.people if any(t.text == title for t in p.titles)]
    assert holders and all(p.name is None for p in holders), [(p.name, [t.text for t in p.titles]) for p in document.people]
