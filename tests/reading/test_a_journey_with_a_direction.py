"""A town the gazetteer lacks, reached by a journey told with a direction or another adverb
("flew north to Salta, where …", "drove west to Tsumeb", "travelled inland to Huancayo"), is
the town where the text it names was signed. Seen failing on eval-en-ad (the action plan placed
at the dateline's Buenos Aires instead of Salta); the other members were written for the class
and failed the same way. (French single-word journey cues — "rejoint", "gagné" — already take
an adverb before them.)"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("India and Argentina signed a memorandum on mining in Buenos Aires on Wednesday, during the visit of the Indian "
     "minister. On Thursday the delegation flew north to Salta, where an action plan on agriculture was signed at "
     "Government House.", "Salta"),
    ("Japan and Namibia signed a grant agreement in Windhoek on Monday, during the visit of the Japanese minister. The next "
     "day the minister drove west to Tsumeb, where a memorandum on mining was signed at the town hall.", "Tsumeb"),
    ("Korea and Peru signed an agreement on trade in Lima on Monday, during the visit of the Korean minister. On Tuesday the "
     "minister travelled inland to Huancayo, where a memorandum on potato research was signed.", "Huancayo"),
    ("Germany and Namibia signed a hydrogen agreement in Windhoek on Monday, during the visit of the German minister. On "
     "Tuesday the two ministers headed south to Keetmanshoop, where a memorandum on solar power was signed.", "Keetmanshoop"),
]


@pytest.mark.parametrize(("text", "city"), CASES, ids=[c[1] for c in CASES])
def test_the_second_text_is_signed_where_the_journey_went(text, city):
    first, second = read_document(text, "en", dt.date(2026, 4, 18)).agreements
    assert second.place is not None and second.place.text == city
    assert first.place is not None and first.place.text != city
