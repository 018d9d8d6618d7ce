"""An official named where they sign and told again later only by function and nationality —
"La visite du ministre sénégalais s’achève mercredi", "The Kenyan minister, who is on a
three-day visit", "La ministre burkinabè a été reçue" — is that official: the one named
official of that side and function. The reader joined such a mention only to an official
who did nothing else in the article, or of a side already known, so a signatory whose side
no title gave stayed apart from an unnamed visitor of their own side (and sideless)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 12)

CASES = [
    # the class of eval-fr-a's "ministre sénégalaise" and eval-fr-o's "ministre béninois" visitors
    # (seen as extra unnamed officials); every member failed before
    ("fr", "Le ministre de l’Intérieur, Antoine Félix Diome, et son homologue espagnol, Fernando Grande-Marlaska, ont "
           "signé lundi à Madrid un accord sur la migration. La visite du ministre sénégalais s’achève mercredi.",
     "Antoine Félix Diome", "SEN"),
    ("fr", "Arrivée dimanche à Lomé, la ministre de la Santé, Aïcha Zoungrana Ouédraogo, a signé mardi avec le ministre "
           "togolais de la Santé, Koffi Dogbé, un mémorandum sur la lutte contre le paludisme. La ministre burkinabè a "
           "été reçue mercredi par le président du Conseil.", "Aïcha Zoungrana Ouédraogo", "BFA"),
    ("en", "The Minister of Foreign Affairs, Vivian Balakrishnan, signed a memorandum on training on Tuesday in Dili with "
           "Timor-Leste's Minister of Foreign Affairs, Bendito Freitas. The Singaporean minister was received by the "
           "President of Timor-Leste on Wednesday.", "Vivian Balakrishnan", "SGP"),
    ("en", "The Minister of Trade, Rebecca Miano, signed a memorandum on cross-border trade on Monday in Kampala with "
           "Uganda's Minister of Trade, Francis Mwebesa. The Kenyan minister, who is on a three-day visit, also toured "
           "the Busia border post.", "Rebecca Miano", "KEN"),
]


@pytest.mark.parametrize("language, text, name, country", CASES)
def test_the_nationality_mention_is_the_named_official(language, text, name, country):
    people = read_document(text, language, PUBLISHED).people
    person = next(p for p in people if p.name == name)
    assert person.country == country
    assert "visitor" in person.role_names()
    assert not [p for p in people if not p.name and p.country == country], [(p.titles, p.country) for p in people]
