"""Names: person names from the NER model in sentences where an official may be named, and
the name patterns (capitalised runs, particles, honorifics, generational suffixes) the
mentions component uses after a title or before an appositive one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading import ner
from accordcheck.reading.components.base import Work
from accordcheck.reading.document import PersonMention
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import Token

__all__ = ["NameFinder", "Names", "NamingCues", "naming_cues"]


class Names(Component):
    name = "names"
    requires = ()
    assigns = ("ner_spans",)

    def __call__(self, state: State) -> dict:
        return {"ner_spans": _NerWork(state)._ner_persons()}


class NameFinder(Work):
    """Names by pattern; reads ``per_spans`` (the names known so far) and, for names without
    a model, ``titles``, ``dates``, ``places`` and ``_appositive_title``."""

    def _name_at(self, offset: int) -> tuple[int, int] | None:
        """A person's name starting at ``offset`` (after optional ', ' and honorific)."""
        i = self._token_index(offset)
        if i is None:
            return None
        gap = self.folded[offset : self.tokens[i].start]
        if gap.strip() not in ("", ","):
            return None
        if self.tokens[i].text == ",":
            i += 1
        if i < len(self.tokens):
            honorific = self._honorific_regex.match(self.folded, self.tokens[i].start)
            if honorific:
                i = self._token_index(honorific.end())
        if i is None or i >= len(self.tokens):
            return None
        start = self.tokens[i].start
        for s, e in self.per_spans:
            if s == start:
                return (s, e)
        particles = self.pack.words("name_particles")
        j = i
        words = 0
        while j < len(self.tokens):
            token = self.tokens[j]
            if j > i and self.folded[self.tokens[j - 1].end : token.start] not in (" ",):
                break
            if token.capitalized and token.is_word and not self.pack.country_of_form(token.text) and not self.pack.title_head_regex.fullmatch(token.text):
                words += 1
                j += 1
                continue
            if token.lower in particles and j + 1 < len(self.tokens) and self.tokens[j + 1].capitalized and words:
                j += 1
                continue
            break
        if words >= 2:
            return (start, self._with_suffix(self.tokens[j - 1].end))
        return None

    def _with_suffix(self, end: int) -> int:
        """Extend a name over a generational suffix ("Ferdinand Marcos Jr.")."""
        suffixes = self.pack.titles.get("name_suffixes", [])
        if not suffixes:
            return end
        alternation = "|".join(re.escape(fold(x)) for x in sorted(suffixes, key=len, reverse=True))
        match = re.compile(rf",?\s+(?:{alternation})(?![\w])\.?").match(self.folded, end)
        if match:
            return match.end()
        if self.folded[end : end + 1] == "." and re.search(rf"(?<![\w])(?:{alternation})$", self.folded[max(0, end - 5) : end]):
            return end + 1  # the suffix is already in the name; its abbreviation dot is too
        return end

    @property
    def _honorific_regex(self) -> re.Pattern[str]:
        alternation = "|".join(re.escape(fold(h)) for h in sorted(self.pack.titles["honorifics"], key=len, reverse=True))
        return re.compile(rf"(?:{alternation})(?![\w])\s*")


    def _pattern_names(self, mentions: list[PersonMention]) -> list[tuple[int, int]]:
        """Names without a NER model: capitalised runs before an appositive title
        ("Khawaja Asif, Pakistan's defence minister"), and later surnames of named officials."""
        surnames = {fold(m.name).split()[-1] for m in mentions if m.name}
        particles = self.pack.words("name_particles")
        office = self.pack.words("complement_capitals") if "complement_capitals" in self.pack.titles else frozenset()
        boundary = self.pack.words("boundary_words")
        taken = [(t.start, t.end) for t in self.titles] + [(m.name_start, m.name_end) for m in mentions if m.name]
        taken += [(d.start, d.end) for d in self.dates] + [(p.start, p.end) for p in self.places]

        def name_word(token: Token) -> bool:
            return (
                token.is_word and token.capitalized and not token.text.isupper() and not token.text.endswith("'")
                and token.lower not in office and token.lower not in boundary
                and not self.pack.country_of_form(token.text) and not self.pack.title_head_regex.fullmatch(token.text)
                and not any(s <= token.start < e for s, e in taken)
            )

        found = []
        i = 0
        while i < len(self.tokens):
            if not name_word(self.tokens[i]):
                i += 1
                continue
            j, words = i, 0
            while j < len(self.tokens):
                token = self.tokens[j]
                if j > i and self.folded[self.tokens[j - 1].end : token.start] != " ":
                    break
                if name_word(token):
                    words += 1
                elif not (words and token.lower in particles and j + 1 < len(self.tokens) and name_word(self.tokens[j + 1])):
                    break
                j += 1
            start, end = self.tokens[i].start, self.tokens[j - 1].end
            if words >= 2 and self._appositive_title(end) is not None:
                found.append((start, end))
            elif words == 1 and self.folded[start:end] in surnames:
                found.append((start, end))
            i = j
        return found


class _NerWork(NameFinder):
    def _ner_persons(self) -> list[tuple[int, int]]:
        honorifics = [fold(h) for h in self.pack.titles["honorifics"]]
        windows = []
        after_title = False  # officials named in the sentence after their function ("Le premier, X")
        naming = naming_cues(self.pack)
        for start, end in self.sentences:
            sentence = self.folded[start:end]
            has_title = self.pack.title_head_regex.search(sentence) is not None
            named_later = naming is not None and naming.anywhere.search(sentence) is not None
            if has_title or after_title or any(h in sentence for h in honorifics) or named_later:
                windows.append((start, end))
            after_title = has_title
        return [(start, self._with_suffix(end)) for start, end in ner.person_spans(self.pack.code, self.text, windows)]


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

