"""Sentences that enumerate the article's agreements ("two documents, one exempting … from
visas and the other advancing the railway link"; "l’un porte sur …, l’autre sur …"): each
part is about the agreement whose title its words are closest to. Used by the reader (which
domains an agreement has) and by the checks (whether a record's cited words are its own)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.document import InstrumentMention

__all__ = ["part_owners"]


def part_owners(
    pack: LanguagePack, folded: str, sentence: tuple[int, int], offset: int, mentions: Sequence[InstrumentMention]
) -> list[InstrumentMention] | None:
    """The instruments (named outside this sentence) whose titles are closest to the part of
    an enumerating sentence holding ``offset``; None when the sentence enumerates nothing or
    no title shares a word with the part."""
    start, end = sentence
    cuts = sorted({m.start() for m in pack.cue("enumeration_markers").finditer(folded, start, end)})
    if len(cuts) < 2:
        return None
    bounds = [start, *cuts[1:], end]
    part = next((folded[a:b] for a, b in zip(bounds, bounds[1:]) if a <= offset < b), "")
    scores = [(len(_stems(part) & _stems(m.title)), m) for m in mentions if not start <= m.start < end]
    best = max((score for score, _ in scores), default=0)
    if best == 0:
        return None
    return [m for score, m in scores if score == best]


def _stems(text: str) -> set[str]:
    """Content words cut to their first five letters ("exempting" and "Exemption" meet)."""
    return {w[:5] for w in re.findall(r"\w+", fold(text).lower()) if len(w) > 3}
