"""The packs' phrase alternations are written as character tries for speed; they must match
exactly what a longest-first flat alternation matches (property test, and the packs' own lists
over the development articles)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from accordcheck.lang import WORD_END, WORD_START, _alternation, fold, get_pack, phrase_pattern
from accordcheck.lang.text_forms import _without_accents

from helpers import REPO_ROOT
from helpers.profiles import budget

_WORD = st.sampled_from(["a", "b", "ab", "A", "Ab", "é", "b-a"])


@st.composite
def _phrases_and_text(draw):
    """Phrases with their shorter prefixes among them ("a b" and "a"), and a text made of some
    of them and other words: where a flat alternation's order decides."""
    phrases = draw(st.lists(st.lists(_WORD, min_size=1, max_size=3), min_size=1, max_size=5))
    every = sorted({" ".join(p[:k]) for p in phrases for k in range(1, len(p) + 1)})
    pieces = draw(st.lists(st.one_of(st.sampled_from(every), _WORD, st.sampled_from([".", "-", "  "])), max_size=8))
    return every, " ".join(pieces)


def _flat(phrases: list[str]) -> str:
    return "|".join(phrase_pattern(p) for p in sorted({fold(p) for p in phrases if p}, key=len, reverse=True))


def _spans(pattern: str, text: str, *, ignore_case: bool) -> list[tuple[int, int]]:
    body = f"(?i:{WORD_START}(?:{pattern}){WORD_END})" if ignore_case else f"{WORD_START}(?:{pattern}){WORD_END}"
    return [m.span() for m in re.finditer(body, text)]


@budget(0.5)
@given(_phrases_and_text(), st.booleans())
def test_a_trie_matches_what_the_longest_first_alternation_matches(drawn, ignore_case):
    phrases, text = drawn
    assert _spans(_alternation(phrases, ignore_case=ignore_case), text, ignore_case=ignore_case) == \
        _spans(_flat(phrases), text, ignore_case=ignore_case)


def test_the_packs_country_and_city_regexes_read_the_articles_as_before():
    texts = [fold(p.read_text(encoding="utf-8")) for p in sorted(Path(REPO_ROOT, "fixtures").glob("eval-*/sources/*.txt"))]
    for code in ("fr", "en"):
        pack = get_pack(code)
        exact, demonyms = pack._country_index
        flat_countries = re.compile(
            rf"{WORD_START}(?:(?i:(?P<demonym>{_flat(list(demonyms))}))|(?P<exact>{_flat(list(exact))})){WORD_END}")
        # cities match with any accents: the flat reading of the same text without its accents
        flat_cities = re.compile(rf"{WORD_START}(?:{_flat([_without_accents(c) for c in [*pack.gazetteer, *pack.contracted_cities]])}){WORD_END}(?!-\w)")
        for text in texts:
            assert [(m.span(), m.lastgroup) for m in pack.country_regex.finditer(text)] == \
                [(m.span(), m.lastgroup) for m in flat_countries.finditer(text)]
            assert [m.span() for m in pack.city_regex.finditer(text)] == [m.span() for m in flat_cities.finditer(_without_accents(text))]
