"""Counted leads: "deux mémorandums d’entente", "two agreements", "several MoUs" announce
instruments that the text then names one by one ("Le mémorandum d’entente sur la coopération
entre garde-côtes …", "The agreement on fisheries …"). The count is no instrument of its own;
each one named after it is, even though it repeats the count's kind."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.document import InstrumentMention

__all__ = ["counted_groups", "own_words"]


def own_words(mention: InstrumentMention, pack: LanguagePack) -> frozenset[str]:
    """The words of an instrument's title that say what it is about: not its kind's name."""
    kind_words = {w for phrases in pack.data["instruments"]["kinds"].values() for p in phrases for w in re.findall(r"\w+", fold(p).lower())}
    return frozenset(w for w in re.findall(r"\w+", fold(mention.title).lower()) if len(w) > 3 and w not in kind_words)


def counted_groups(instruments: list[InstrumentMention], pack: LanguagePack) -> dict[int, list[InstrumentMention]]:
    """Each counted mention (by its start) that two or more later mentions of its kind name
    one by one — a definite determiner and words of their own, different from each other —
    with those members."""
    plural = pack.words("plural_determiners", "instruments")
    definite = pack.words("definite_determiners", "instruments")
    groups: dict[int, list[InstrumentMention]] = {}
    for count in instruments:
        if count.determiner not in plural:
            continue
        members: list[InstrumentMention] = []
        for m in instruments:
            if m.start <= count.start or m.kind != count.kind or m.anaphoric or m.determiner not in definite:
                continue
            words = own_words(m, pack)
            if words and not any(words & own_words(other, pack) for other in members):
                members.append(m)
        if len(members) >= 2:
            groups[count.start] = members
    return groups
