"""The common words a language pack itself uses: every word of its domain phrases, cues,
titles and instrument names. A capitalised word of that vocabulary inside a title ("Minister of
Protection of Indonesian Migrant Workers Yohana Simanjuntak") is a common noun of the title, not
a name's first word — the pack's own data is the language's word list, no separate one to keep."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from accordcheck.lang import LanguagePack, fold

__all__ = ["vocabulary"]

#: The pack sections whose strings are the language's own words (not the gazetteer's names).
_SECTIONS = ("domains", "cues", "titles", "instruments")

# a word of four letters or more, whole: regular-expression syntax around it is no word
_WORD = re.compile(r"(?<![\w\\])[^\W\d_]{4,}(?![\w])")


@cache
def vocabulary(pack: LanguagePack) -> frozenset[str]:
    """Every lower-case word of four letters or more in the pack's language data."""
    words: set[str] = set()
    for section in _SECTIONS:
        _collect(pack.data.get(section), words)
    return frozenset(words)


def _collect(value: Any, words: set[str]) -> None:
    if isinstance(value, str):
        words.update(w for w in _WORD.findall(fold(value)) if w.islower())
    elif isinstance(value, dict):
        for key, item in value.items():
            if not str(key).startswith("_"):
                _collect(item, words)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, words)
