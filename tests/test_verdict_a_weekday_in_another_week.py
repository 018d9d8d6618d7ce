"""A weekday the source names alone ("on Monday", "mardi", "last Thursday") is a count back
from the publication: a record whose date is that weekday a week or two from the reader's
count is the reader's guess against the record's, `unverified` for a person to confirm —
never `contradicted` (seen on eval-en-an: "The day before, on Monday" in an article of Monday
5 January, the correct record's 29 December called wrong). Another weekday, as an LLM's
publication date, stays `contradicted`."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of

def _consistent(result):
    return next(c for c in result.checks if c.check == "date_consistent")


PARTIES = [("ETH", "Ethiopia", "Ethiopia"), ("ARG", "Argentina", "Argentina")]

CASES = [
    ("en", "Ethiopia and Argentina signed a memorandum of understanding on agriculture in Addis Ababa on Monday.", "on Monday",
     "2026-01-05", "2025-12-29"),
    ("fr", "L’Éthiopie et l’Argentine ont signé mardi à Addis-Abeba un mémorandum d’entente sur l’agriculture.", "mardi",
     "2026-01-08", "2025-12-30"),
    ("en", "Ethiopia and Argentina last Thursday signed a memorandum of understanding on agriculture in Addis Ababa.",
     "last Thursday", "2026-01-09", "2025-12-25"),
]


@pytest.mark.parametrize(("lang", "text", "expression", "published", "date"), CASES, ids=["on Monday", "mardi", "last Thursday"])
def test_the_weekday_in_another_week_is_for_a_person_to_confirm(tmp_path, lang, text, expression, published, date):
    parties = PARTIES if lang == "en" else [("ETH", "Éthiopie", "Éthiopie"), ("ARG", "Argentine", "Argentine")]
    title = "memorandum of understanding on agriculture" if lang == "en" else "mémorandum d’entente sur l’agriculture"
    record = record_of(text, lang, published, parties=parties, date=date, expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None)
    found = _consistent(check_one(tmp_path, text, record))
    assert found.verdict == "unverified" and found.severity != "error", found


def test_another_weekday_is_still_contradicted(tmp_path):
    text = "Ethiopia and Argentina signed a memorandum of understanding on agriculture in Addis Ababa on Monday."
    record = record_of(text, "en", "2026-01-07", parties=PARTIES, date="2026-01-07", expression="on Monday",
                       kind="memorandum_of_understanding", title="memorandum of understanding on agriculture", place=None)
    found = _consistent(check_one(tmp_path, text, record))
    assert found.verdict == "contradicted", found
