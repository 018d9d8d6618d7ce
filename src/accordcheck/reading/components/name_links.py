"""How an article links a name to what follows or precedes it: the ordinal and host phrases
that name an official introduced by function ("Le premier, X", "Son hôte, X"), the link of a
name to its country ("President X of Azerbaijan", "X, du Mali"), and a title word that is a
name's own ("Sultan bin Hamad")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accordcheck.lang import LanguagePack, fold
from accordcheck.lang.vocabulary import vocabulary

__all__ = [
    "NamingCues", "bare_honorifics", "counterpart_link", "country_after", "country_link", "head_in_name", "honorific_words",
    "honorifics_before_name", "naming_cues",
]


@dataclass(frozen=True)
class NamingCues:
    """"Le premier, X" / "Son hôte, X": an ordinal (with its rank) or host phrase and a comma,
    right before a name (``*_at_end``, on the text before it) or anywhere in a sentence."""

    ranks: dict[str, int]
    ordinal_at_end: re.Pattern[str]
    host_at_end: re.Pattern[str]
    anywhere: re.Pattern[str]


@cache
def naming_cues(pack: LanguagePack) -> NamingCues | None:
    """The language's ways of naming an official already introduced by function."""
    cues = pack.data["cues"].get("named_later")
    if not cues:
        return None
    ranks = {fold(k).lower(): v for k, v in cues["ordinals"].items()}
    alternation = "|".join(re.escape(k) for k in sorted(ranks, key=len, reverse=True))
    host = fold(cues["host"])
    return NamingCues(
        ranks,
        ordinal_at_end=re.compile(rf"\b({alternation})\s*,\s*$", re.IGNORECASE),
        host_at_end=re.compile(host, re.IGNORECASE),
        anywhere=re.compile(rf"(?:{alternation})\s*,|{host.removesuffix('$')}", re.IGNORECASE),
    )


@cache
def country_link(pack: LanguagePack) -> re.Pattern[str]:
    """The link between a name and the country after it: "… of ", ", du "."""
    return re.compile(r",?\s+(?:" + pack.alternation("name_country_links", "titles") + r")\s*", re.IGNORECASE)


@cache
def counterpart_link(pack: LanguagePack) -> re.Pattern[str]:
    """A counterpart's link to the country after it ("… from ", " du "): the name links and ``counterpart_country_links``."""
    links = [*pack.titles.get("name_country_links", []), *pack.titles.get("counterpart_country_links", [])]
    return re.compile(r"\s+(?:" + "|".join(re.escape(fold(w)) for w in sorted(links, key=len, reverse=True)) + r")\s*", re.IGNORECASE)


def country_after(offset: int, folded: str, countries, pack: LanguagePack, link_pattern: re.Pattern[str] | None = None):
    """The country named right after a name ending at ``offset`` ("President Elchin Rustamov
    of Azerbaijan", "le ministre Amadou Traoré, du Mali"), by its name or long form; else None
    (``link_pattern``: another link, as :func:`counterpart_link`)."""
    if not pack.titles.get("name_country_links"):
        return None
    link = (link_pattern or country_link(pack)).match(folded, offset)
    if link is None:
        return None
    return next((c for c in countries if c.start == link.end() and c.kind in ("name", "long_form")), None)


@cache
def honorific_words(pack: LanguagePack) -> frozenset[str]:
    """Each word of the pack's honorifics, folded and in lower case, with and without its dot
    ("highness" of "His Highness", "h.e." and "h.e")."""
    words = {w for h in pack.words("honorifics") for w in h.split()}
    return frozenset(words | {w.rstrip(".") for w in words})


@cache
def _head_stops(pack: LanguagePack) -> frozenset[str]:
    """Words before a title head that make it a title's, not a name's: honorifics' words,
    words before a head ("Deputy"), an office's capitalised words ("State")."""
    capitals = pack.words("complement_capitals") if pack.titles.get("complement_capitals") else frozenset()
    return honorific_words(pack) | pack.words("pre_head_words") | capitals


def head_in_name(t, index: int, places=()) -> bool:
    """The one-word title head at token ``index`` is a name's word ("Sultan bin Hamad Al
    Mansoori", "Hamdan bin Sultan Al Qasimi", "Abdirahman Sheikh Nur Osman"): a patronymic
    particle (the pack's ``patronymic_particles``) right before or after it, or a given name
    right before it and a name word right after, or the name's end after a title or a comma
    ("Minister for Resources, Madeleine King,") — where a title would have a title, a country
    or nothing before it ("Minister Sheikh X", "Kuwait's Sheikh X", "Sultan Haitham bin Tariq")."""
    tokens, folded, pack = t.tokens, t.folded, t.pack
    patronymics = pack.words("patronymic_particles")

    def joined(i: int, j: int) -> bool:  # tokens i and j (i < j) follow each other, one space apart
        return 0 <= i and j < len(tokens) and folded[tokens[i].end : tokens[j].start] == " "

    def name_word(i: int) -> bool:
        token = tokens[i]
        return token.is_word and token.capitalized and not token.text.isupper() and token.lower not in t.lowercase_words

    if joined(index, index + 1) and tokens[index + 1].lower in patronymics:
        return index + 2 < len(tokens) and joined(index + 1, index + 2) and tokens[index + 2].capitalized
    if joined(index - 1, index) and tokens[index - 1].lower in patronymics:
        return True
    # "…, Madeleine King," "Minister Madeleine King said": a surname that is a head word ends a
    # name after a title's comma, or after a title and a given name the pack's words do not hold
    # ("Chief Medical Officer" is a title; nothing after the head links a complement to it)
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    ends = following is None or not following.is_word or (not following.capitalized and following.lower not in pack.words("complement_links"))
    ends_apposed_name = ends and index >= 2 and (tokens[index - 2].text == "," or (
        bool(pack.title_head_regex.fullmatch(tokens[index - 2].text)) and tokens[index - 1].lower not in vocabulary(pack)))
    if not (joined(index - 1, index) and name_word(index - 1) and (joined(index, index + 1) and name_word(index + 1) or ends_apposed_name)):
        return False
    previous = tokens[index - 1]
    sentence_start = t.sentences[t.sentence_of(previous.start)][0]
    return (
        previous.start > sentence_start and previous.lower not in _head_stops(pack)
        and not pack.title_head_regex.fullmatch(previous.text) and not pack.country_of_form(previous.text)
        and not any(p.start <= previous.start < p.end for p in places)
    )


@cache
def honorifics_before_name(pack: LanguagePack) -> re.Pattern[str]:
    """Honorifics before a name, one or several ("Prof. Dr.", "Son Excellence Monsieur"),
    with a determiner before them ("la Dre")."""
    alternation = _longest_first(fold(h) for h in pack.titles["honorifics"])
    determiners = _longest_first(fold(d) for d in pack.data["cues"]["determiners_before_person"])
    return re.compile(rf"(?:(?:{determiners})\s*(?=(?:{alternation})(?![\w])))?(?:(?:{alternation})(?![\w])\.?\s*)+")


@cache
def leading_honorifics(pack: LanguagePack) -> re.Pattern[str]:
    """The honorifics a model's name span may open with, each after an optional determiner and
    spelled-out ones capitalised too ("Son Excellence Madame le Professeur ", "Madame le Docteur ")."""
    alternation = _longest_first(_capitalised_too(fold(h) for h in pack.titles["honorifics"]))
    spelled = [*pack.titles.get("spelled_honorifics", []), *(h for h in pack.titles["honorifics"] if h[:1].islower())]
    spelled_alt = _longest_first(_capitalised_too(fold(w) for w in spelled))
    determiners = _longest_first(fold(d) for d in pack.data["cues"]["determiners_before_person"])
    one = rf"(?:{alternation})(?![\w])\.?\s+"
    if spelled_alt:
        one = rf"(?:{one}|(?:(?:{determiners})\s*)?(?:{spelled_alt})(?![\w])\s+)"
    return re.compile(rf"(?:{one})+")


def _longest_first(words) -> str:
    """An alternation of ``words``, escaped, the longest first (a longer phrase wins over its start)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _capitalised_too(words) -> set[str]:
    """Each word as written and with its first letter capitalised ("docteur", "Docteur")."""
    words = set(words)
    return words | {w[:1].upper() + w[1:] for w in words}


@cache
def bare_honorifics(pack: LanguagePack) -> re.Pattern[str]:
    """A run of the pack's honorifics, each with its dot and the space after it ("His Excellency Mr ")."""
    alternation = _longest_first(fold(h) for h in pack.titles["honorifics"])
    return re.compile(rf"(?:(?:{alternation})(?![\w])\.?\s+)+")
