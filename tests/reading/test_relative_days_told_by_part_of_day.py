"""A day counted from the one told before it may be told by a part of that day instead of the
day itself: "the next morning", "the following evening", "later that afternoon", "le soir
même". The reader knew "the next day" and "le jour même" only, so the record's "the next
morning" was unread and the anchor day beside it ("The first came on Thursday") was taken
for the second signing's date."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 10, 6)

CASES = [
    # eval-en-ac's Finland–Philippines feature (seen failing); the others written for the class
    ("en", "The first came on Thursday, October 2, in Helsinki. The second document was signed the next morning in "
           "Espoo.", "the next morning", dt.date(2025, 10, 3)),
    ("en", "The ministers met on Tuesday, September 30, in Manila. The following evening they signed a memorandum on "
           "teacher training.", "The following evening", dt.date(2025, 10, 1)),
    ("en", "The delegation arrived in Helsinki on Wednesday, October 1. Later that afternoon the two ministers signed "
           "a letter of intent.", "Later that afternoon", dt.date(2025, 10, 1)),
    ("fr", "La délégation est arrivée à Tunis le lundi 29 septembre. Le soir même, les deux ministres ont signé un "
           "protocole d’accord.", "Le soir même", dt.date(2025, 9, 29)),
    ("fr", "Les entretiens se sont tenus le mardi 30 septembre à Ankara. Le lendemain matin, les deux ministres ont "
           "signé un accord.", "Le lendemain", dt.date(2025, 10, 1)),
]


@pytest.mark.parametrize("language, text, expression, date", CASES)
def test_a_part_of_the_day_counts_like_the_day(language, text, expression, date):
    dates = read_document(text, language, PUBLISHED).dates
    found = next((d for d in dates if d.expression.lower() == expression.lower()), None)
    assert found is not None, [d.expression for d in dates]
    assert found.date == date


BOUND = [
    # the count told inside the sentence, right after its signing verb (eval-en-ac's "was signed
    # the next morning", seen failing); the others written for the class
    ("en", "The talks opened on Monday, March 9, in Hanoi. A second memorandum was signed the next day in Hai Phong.",
     "the next day", dt.date(2026, 3, 10)),
    ("en", "Both delegations met on Tuesday, March 10. The two letters were inked the following morning at the port.",
     "the following morning", dt.date(2026, 3, 11)),
    ("fr", "Les entretiens ont eu lieu le lundi 9 mars à Dakar. Le second accord a été signé le lendemain à Saint-Louis.",
     "le lendemain", dt.date(2026, 3, 10)),
    ("fr", "La commission mixte s’est réunie le mardi 10 mars. Les deux protocoles ont été paraphés le surlendemain.",
     "le surlendemain", dt.date(2026, 3, 12)),
]

# a step of the same sentence is no count from the sentence before ("arrivé la veille"); nor a
# count after a signing verb in a sentence that told a day before it (eval-en-x, seen failing),
# nor "the same day", which may be any day told before (eval-fr-u, seen failing)
UNBOUND = [
    ("en", "Talks opened on Sunday, January 18. On Tuesday the foreign ministers signed a visa agreement near where the "
           "memorandum had been signed the day before.", "the day before"),
    ("fr", "Les deux pays ont conclu lundi deux textes, selon un communiqué diffusé mardi soir. Le second a été paraphé "
           "puis signé le même jour.", "le même jour"),
    ("fr", "Les entretiens ont eu lieu le lundi 9 mars. Le ministre, arrivé la veille, a signé l’accord mercredi.", "la veille"),
    ("en", "Talks were held on Monday, March 9. The minister, who had flown in the day before, signed on Wednesday.", "the day before"),
]


@pytest.mark.parametrize("language, text, expression, date", BOUND)
def test_a_count_right_after_the_signing_verb_is_read(language, text, expression, date):
    dates = read_document(text, language, dt.date(2026, 3, 13)).dates
    found = next((d for d in dates if d.expression.lower() == expression.lower()), None)
    assert found is not None, [d.expression for d in dates]
    assert found.date == date


@pytest.mark.parametrize("language, text, expression", UNBOUND)
def test_a_count_inside_an_aside_is_not(language, text, expression):
    dates = read_document(text, language, dt.date(2026, 3, 13)).dates
    assert not any(d.expression.lower() == expression for d in dates)
