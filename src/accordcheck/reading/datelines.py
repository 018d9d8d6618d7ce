"""Datelines further down a text: the lines that open a digest's items ("KUALA LUMPUR — …")."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack

__all__ = ["ITEM_DATELINE", "item_datelines"]

# An item's own dateline further down a digest: a line opening with a city in capitals, its
# agency perhaps in parentheses, and a dash or colon ("KUALA LUMPUR — …", "NIAMEY (ANP) - …",
# "BISHKEK: …"); the caller checks the capitals and the city
ITEM_DATELINE = re.compile(r"(?m)^[ \t]*([^\W\d_](?:[^\W\d_]|[' -])*[^\W\d_])[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:–|-|—|:)[ \t]")


def item_datelines(text: str, pack: LanguagePack) -> list[tuple[int, int, str]]:
    """Lines of ``text`` that open with a city the gazetteer knows, in capitals, before a
    dash or colon: (the city's start, its end, the gazetteer's spelling)."""
    found = []
    for match in ITEM_DATELINE.finditer(text):
        name = match.group(1).strip()
        if name.isupper() and (form := pack.city_spelling(name.title())) is not None and form in pack.gazetteer:
            found.append((match.start(1), match.end(1), form))
    return found
