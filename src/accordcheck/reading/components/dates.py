"""Dates: the pack's date templates, resolved against the publication date."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack
from accordcheck.reading.pipeline import Component, State

__all__ = ["Dates", "compiled_dates"]


class Dates(Component):
    name = "dates"
    requires = ()
    assigns = ("dates",)

    def __call__(self, state: State) -> dict:
        t = state.text
        pack = t.pack
        return {"dates": pack.date_rules.find(t.text, t.published, pack.dates, compiled_dates(pack))}


_DATE_PATTERNS: dict[str, re.Pattern[str]] = {}


def compiled_dates(pack: LanguagePack) -> re.Pattern[str]:
    pattern = _DATE_PATTERNS.get(pack.code)
    if pattern is None:
        pattern = pack.date_rules.compile(pack.dates)
        _DATE_PATTERNS[pack.code] = pattern
    return pattern
