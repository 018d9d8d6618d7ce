"""Dates: the pack's date templates, resolved against the publication date (or the date a
release gives itself, when it was posted a few days later)."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack
from accordcheck.reading.datelines import release_date
from accordcheck.reading.pipeline import Component, State

__all__ = ["Dates", "compiled_dates"]


class Dates(Component):
    name = "dates"
    requires = ()
    assigns = ("dates",)

    def __call__(self, state: State) -> dict:
        t = state.text
        pack = t.pack
        dates = pack.date_rules.find(t.text, t.published, pack.dates, compiled_dates(pack))
        # a release dated on a line of its own a few days before it was posted ("BANDAR SERI
        # BEGAWAN / 4 SEPTEMBER 2025", published the 5th): its "today" is the release's day
        own = release_date(t.text, dates)
        if own is not None and t.published is not None and 0 < (t.published - own.date).days <= _POSTED_WITHIN:
            dates = pack.date_rules.find(t.text, own.date, pack.dates, compiled_dates(pack))
        return {"dates": dates}


#: How many days after its own date a release may be posted and still be read from its date.
_POSTED_WITHIN = 7


_DATE_PATTERNS: dict[str, re.Pattern[str]] = {}


def compiled_dates(pack: LanguagePack) -> re.Pattern[str]:
    pattern = _DATE_PATTERNS.get(pack.code)
    if pattern is None:
        pattern = pack.date_rules.compile(pack.dates)
        _DATE_PATTERNS[pack.code] = pattern
    return pattern
