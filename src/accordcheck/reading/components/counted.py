"""Counted leads: "deux mémorandums d’entente", "two agreements", "several MoUs" announce
instruments that the text then names one by one ("Le mémorandum d’entente sur la coopération
entre garde-côtes …", "The agreement on fisheries …"). The count is no instrument of its own;
each one named after it is, even though it repeats the count's kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.document import InstrumentMention
from accordcheck.reading.text import title_words

__all__ = ["coordinated_before", "counted_groups", "counted_texts", "own_words"]


def own_words(mention: InstrumentMention, pack: LanguagePack) -> frozenset[str]:
    """The words of an instrument's title that say what it is about: not its kind's name."""
    return title_words(mention.title) - _kind_words(pack)


@cache
def _kind_words(pack: LanguagePack) -> frozenset[str]:
    return frozenset(w for phrases in pack.data["instruments"]["kinds"].values() for p in phrases for w in re.findall(r"\w+", fold(p).lower()))


def counted_groups(
    instruments: list[InstrumentMention], pack: LanguagePack, eligible: Callable[[InstrumentMention], bool]
) -> dict[int, list[InstrumentMention]]:
    """Each plural mention (by its start: "deux mémorandums", "the agreements") that two or
    more later mentions name one by one, with those members: mentions of a kind the plural's
    sentence counts, each with words of its own that no other member has. A definite member
    ("Le mémorandum sur …") may come anywhere after; an indefinite one ("• An Agreement on …")
    only within a few sentences, as the items of the count. ``eligible`` rules out what is
    no member (an earlier agreement, one only planned)."""
    plural = pack.words("plural_determiners", "instruments")
    definite = pack.words("definite_determiners", "instruments")
    counts = [m for m in instruments if m.plural or m.determiner in plural]
    starts = {m.start for m in counts}
    groups: dict[int, list[InstrumentMention]] = {}
    for count in counts:
        kinds = {c.kind for c in counts if c.sentence == count.sentence}
        members: list[InstrumentMention] = []
        for m in instruments:
            if m.start <= count.start or m.start in starts or m.anaphoric or m.kind not in kinds or not eligible(m):
                continue
            if m.determiner not in definite and m.sentence > count.sentence + _ITEMS_WITHIN:
                continue
            words = own_words(m, pack)
            if words and not any(words & own_words(other, pack) for other in members):
                members.append(m)
        if len(members) >= 2:
            groups[count.start] = members
    return groups


def counted_texts(folded: str, pack: LanguagePack, start: int, end: int, *, definite: bool = False) -> list[tuple[int, int]]:
    """Between ``start`` and ``end``, the counts of texts of any kind: a count and, up to two
    words after it, a plural noun for any text (pack ``generic_plurals``: "signed two
    instruments", "ont signé trois documents de coopération") — not texts counted again after
    a definite or demonstrative determiner ("les deux textes", "these two documents") unless
    ``definite``, where those and a definite plural alone count ("The documents", "Les textes")."""
    pattern = _counted_texts(pack, definite)
    if pattern is None:
        return []
    known = frozenset() if definite else pack.words("definite_determiners", "instruments") | pack.words("anaphoric_determiners", "instruments")
    found = []
    for match in pattern.finditer(folded, start, end):
        before = re.findall(r"[\w’']+", folded[max(start, match.start() - 20) : match.start()].lower())
        if not before or before[-1] not in known:
            found.append(match.span())
    return found


@cache
def _counted_texts(pack: LanguagePack, definite: bool = False) -> re.Pattern[str] | None:
    if not pack.data["instruments"].get("generic_plurals"):
        return None
    words = pack.words("plural_determiners", "instruments") | (pack.words("definite_determiners", "instruments") if definite else frozenset())
    counts = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    nouns = "|".join(re.escape(fold(w)) for w in sorted(pack.words("generic_plurals", "instruments"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{counts})\s+(?:[^\W\d_][\w’'-]*\s+){{0,2}}?(?:{nouns})(?!\w)", re.IGNORECASE)


@cache
def coordinated_before(pack: LanguagePack) -> re.Pattern[str]:
    """The words that join a second instrument to the one before it, up to that one's kind
    ("… Exchange of Notes| and the Grant |Agreement", "… mémorandum| et le |protocole"): a
    coordinator, a determiner, a few words before the kind's name — ending the text."""
    coordinators = "|".join(re.escape(fold(c)) for c in sorted(pack.words("coordinators"), key=len, reverse=True))
    determiners = "|".join(re.escape(fold(d)) for d in sorted(pack.words("complement_determiners"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{coordinators})\s+(?:(?:{determiners})\s*)?(?:[^\W\d_][\w’'-]*\s+){{0,3}}$", re.IGNORECASE)


#: How far after a count its items may be named with an indefinite determiner.
_ITEMS_WITHIN = 4
