"""How the packs' words are written and matched: one apostrophe and one space for all
(:func:`fold`), what two spellings of a place share (:func:`place_key`), and the regexes the
packs' word lists compile to — a character trie, accent-tolerant for place names."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["APOSTROPHES", "WORD_END", "WORD_START", "ends_with_phrase", "fold", "phrase_pattern", "place_key"]

APOSTROPHES = "’'ʼʻ‘"  # and the okina of Pacific names ("Nukuʻalofa", "‘Ofa")


_FOLDED = str.maketrans({"’": "'", "ʼ": "'", "ʻ": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2007": " "})


def fold(text: str) -> str:
    """Same-length view of ``text`` in which every apostrophe is ``'`` and every no-break
    space (French typography: "signé :", "13 janvier") a plain one (offsets unchanged)."""
    return text.translate(_FOLDED)


def ends_with_phrase(words: list[str], phrases: frozenset[str] | set[str]) -> bool:
    """The last words of ``words`` are one of ``phrases`` (each one word or several: "to",
    "auprès de")."""
    return any(words[-len(p.split()):] == p.split() for p in phrases if p and len(p.split()) <= len(words))


def place_key(name: str) -> str:
    """What two spellings of one place name share: no accents, apostrophes or case, a hyphen
    as a space ("Malé" / "Male'", "Sana'a" / "Sanaa", "Port-Louis" / "Port Louis",
    "LOMÉ" / "Lome"). Writers and transliterations differ on exactly these."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    bare = re.sub(rf"[{APOSTROPHES}]", "", bare).replace("-", " ")
    return " ".join(bare.casefold().split())


def phrase_pattern(phrase: str) -> str:
    """A literal phrase as a regex over folded text: spaces match any run of spaces."""
    escaped = re.escape(fold(phrase))
    return escaped.replace(r"\ ", r"\s+")


def _alternation(phrases: list[str], *, ignore_case: bool = False, any_accents: bool = False) -> str:
    """The phrases as one regex, the longest that matches winning (as a longest-first
    alternation does), written as a character trie: Python's engine tries a flat alternation
    of hundreds of country names at every position of a text, a trie one branch. With
    ``ignore_case`` (for use under ``(?i:…)``) the trie is built on lower case, so that no
    shorter phrase in one case can shadow a longer one in another. With ``any_accents`` a
    letter matches itself with any accent or none ("Iasi" finds "Iași", "Can Tho" "Cần Thơ")."""
    trie: dict[str, dict] = {}
    for phrase in {fold(p).lower() if ignore_case else fold(p) for p in phrases if p}:
        node = trie
        for char in (_without_accents(phrase) if any_accents else phrase):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, _accented_letters() if any_accents else {}) or "(?!)"


def _trie_pattern(node: dict[str, dict], variants: dict[str, str]) -> str:
    branches = [(r"\s+" if char == " " else variants.get(char) or re.escape(char)) + _trie_pattern(child, variants)
                for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a phrase may end here: trying the longer ones first keeps the longest match
    return f"(?:{body})?" if "" in node else body


def _without_accents(text: str) -> str:
    """Each letter without its accents, one character for one (offsets unchanged)."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


@cache
def _accented_letters() -> dict[str, str]:
    """Each Latin letter and the class of its accented forms ("a" → "[aàáâãäåāăą…]")."""
    forms: dict[str, set[str]] = {}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            forms.setdefault(base, {base}).add(char)
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in forms.items()}


WORD_START = r"(?<![\w-])"
WORD_END = r"(?![\w])"
