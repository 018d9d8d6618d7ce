"""Groups: one phrase that names an official of each side at once — "in the presence of the
two foreign ministers", "the two leaders looked on", "sous le regard des deux chefs de la
diplomatie", "the heads of the two delegations witnessed the signing" — gives its role to
each of them.

A group is "two"/"both" before a plural noun that names officials (the plural of a title
head, or one of the pack's ``group_heads``), or that noun before "of the two countries".
The words around it are read with the role cues of a person's mention (roles.py): the
group signed ("both ministers signed") or looked on. Each side's member is the official of
that side the noun fits — its title, when the noun is a title ("ministers"), else the
side's one principal (host or visitor: "Kenya's Cabinet Secretary" is one of "both
ministers") — preferring the visit's principals, then the first named. A group missing a
side, or whose sides are unclear, gives no role to anyone.
"""

from __future__ import annotations

import re
from copy import copy
from functools import cache
from typing import NamedTuple

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.components.roles import RoleFinder
from accordcheck.reading.document import PersonMention, PersonReading, RoleCue
from accordcheck.reading.pipeline import Component, State

__all__ = ["Groups"]

#: a word of a noun phrase: letters first, then letters, digits, apostrophes and hyphens
_WORD = re.compile(r"[^\W\d][\w’'-]*")


class Groups(Component):
    name = "groups"
    requires = ("sided_officials", "visit", "parses", "countries")
    assigns = ("grouped_officials",)

    def __call__(self, state: State) -> dict:
        return {"grouped_officials": _Work(state).grouped()}


class _Work(RoleFinder):
    def grouped(self) -> list[PersonReading]:
        people = [copy(p) for p in self.sided_officials]
        for start, end, noun in self._groups():
            sentence = self.sentence_of(start)
            if self._background(sentence):
                continue
            mention = PersonMention(start, end, None, None, None, [], sentence)
            roles = {c.role for c in self._roles(mention)} & {"signatory", "witness"}
            if len(roles) != 1:
                continue  # no act, or both read: the sentence does not say which
            role = roles.pop()
            for person in self._members(people, noun, sentence):
                person.roles = [*person.roles, RoleCue(role, start, end)]
        return people

    # ------------------------------------------------------------------ finding the phrases
    def _groups(self) -> list[tuple[int, int, _Noun]]:
        """(start, end, noun) of each group phrase."""
        found = []
        for match in self.pack.cue("group_of_two").finditer(self.folded):
            start = match.start("group") if "group" in match.re.groupindex and match.group("group") else match.start()
            noun = self._noun_after(match.end())
            if noun is not None:
                found.append((start, noun[0], noun[1]))
        for match in self.pack.cue("group_of_sides").finditer(self.folded):
            noun = self._noun_before(match.start())
            if noun is not None:
                found.append((noun[0], match.end(), noun[1]))
        return found

    def _noun_after(self, offset: int) -> tuple[int, _Noun] | None:
        """The end of the plural noun after "the two", and the noun: up to two modifiers may
        come first ("the two trade ministers")."""
        lowered = self.folded[offset : offset + 80].lower()
        for plural, function in _function_plurals(self.pack):
            if re.match(rf"{re.escape(plural)}\b", lowered):  # "les deux chefs de la diplomatie"
                return offset + len(plural), _Noun(function)
        for group in _group_heads(self.pack):
            if re.match(rf"{re.escape(group)}\b", lowered):
                return offset + len(group), _Noun(None)
        if self.pack.cue("group_without_noun").match(lowered):
            return offset, _Noun(None)  # "Following their meeting, the two signed …": the sides' principals
        phrase = re.split(r"[,.;:()\n]", lowered, maxsplit=1)[0]  # the noun phrase ends at punctuation
        words = list(_WORD.finditer(phrase))[:3]
        for index, word in enumerate(words):
            head = _singular(word.group(), self.pack)
            if head is not None:
                return offset + word.end(), _Noun(head, self._content([w.group() for w in words[:index]]))
        return None

    def _noun_before(self, offset: int) -> tuple[int, _Noun] | None:
        """The plural title head before "of the two countries" ("the heads", "les ministres de
        l'Intérieur"), within a few words."""
        start = max(self.sentences[self.sentence_of(offset)][0], offset - 60)
        words = list(_WORD.finditer(self.folded[start:offset].lower()))[-4:]
        anaphoric = self.pack.words("anaphor_only_heads")
        for index, word in enumerate(words):
            head = _singular(word.group(), self.pack)
            if head is not None:
                if head in anaphoric:  # "the heads of the two delegations": the sides' principals
                    return start + word.start(), _Noun(None)
                # "the foreign ministers of …", "les ministres de l'Intérieur des deux pays"
                return start + word.start(), _Noun(head, self._content([w.group() for i, w in enumerate(words) if i != index]))
        return None

    def _content(self, words: list[str]) -> tuple[str, ...]:
        """The words of a noun phrase that say which officials: no determiner, no link, no
        elided article ("l'intérieur" is "intérieur")."""
        function = _function_words(self.pack)
        return tuple(w for w in (_unelided(w) for w in words) if w and w not in function)

    # ------------------------------------------------------------------ who is in the group
    def _members(self, people: list[PersonReading], noun: _Noun, sentence: int) -> list[PersonReading]:
        sides = self._sides(people)
        if sides is None:
            return []
        members = []
        for country in sides:
            side = [p for p in people if p.country == country and not self._signed_here(p, sentence)]
            fitting = [p for p in side if self._fits(p, noun)]
            principals = [p for p in fitting or side if {"host", "visitor"} & set(p.role_names())]
            if not fitting and len(principals) != 1:
                return []  # no official of that side the noun fits, nor one principal it may mean
            members.append(min(principals or fitting, key=lambda p: p.first.start))
        return members

    def _sides(self, people: list[PersonReading]) -> tuple[str, str] | None:
        """The visit's two countries, or else the two countries of the article's signatories."""
        if self.visit is not None and self.visit.host and self.visit.visitor and self.visit.host != self.visit.visitor:
            return self.visit.host, self.visit.visitor
        countries = sorted({p.country for p in people if p.country and "signatory" in p.role_names()})
        return (countries[0], countries[1]) if len(countries) == 2 else None

    def _fits(self, person: PersonReading, noun: _Noun) -> bool:
        if not person.titles:
            return True  # "son homologue brésilien": a counterpart, nothing says otherwise
        resident = self.pack.words("resident_heads")
        heads = [fold(t.head or t.text).lower() for t in person.titles]
        if noun.head is None:  # "the two leaders": anyone but a resident diplomat
            return not any(h.startswith(r) for h in heads for r in resident)
        names = [noun.head, *(fold(n).lower() for n in self.pack.titles.get("function_synonyms", {}).get(noun.head, []))]
        for title in person.titles:
            words = [_unelided(w) for w in _words(title.text)]
            # the head, and every word that said which ("trade ministers": a minister of trade)
            if any(_in_order(n.split(), words) for n in names) and all(m in words for m in noun.modifiers):
                return True
        return False

    def _signed_here(self, person: PersonReading, sentence: int) -> bool:
        return any(c.role == "signatory" and self.sentence_of(c.start) == sentence for c in person.roles)


class _Noun(NamedTuple):
    """What a group phrase calls its officials: a title head ("minister") with the words that
    narrow it ("trade"), or None for a group noun that names each side's principal ("leaders")."""

    head: str | None
    modifiers: tuple[str, ...] = ()


@cache
def _function_words(pack: LanguagePack) -> frozenset[str]:
    links = [*pack.titles["complement_links"], *pack.titles["complement_determiners"], *pack.titles["boundary_words"]]
    return frozenset(_unelided(w) or w for link in links for w in fold(link).lower().split())


def _unelided(word: str) -> str:
    """"l'intérieur" → "intérieur", "d'" → ""."""
    return word.rsplit("'", 1)[-1]


@cache
def _group_heads(pack: LanguagePack) -> tuple[str, ...]:
    """The pack's nouns for a group of officials ("leaders", "chefs de la diplomatie"), longest first."""
    return tuple(sorted({fold(g).lower() for g in pack.titles.get("group_heads") or ()}, key=len, reverse=True))


@cache
def _function_plurals(pack: LanguagePack) -> tuple[tuple[str, str], ...]:
    """The plurals of the pack's ``function_synonyms`` ("chefs de la diplomatie", "envoys"),
    each with its function, longest first: its first word or its last made plural."""
    plurals = {}
    for function in pack.titles.get("function_synonyms", {}):
        words = fold(function).lower().split()
        for ending in pack.titles.get("plural_endings") or ():
            plurals[" ".join([words[0] + ending, *words[1:]])] = " ".join(words)
            plurals[" ".join([*words[:-1], words[-1] + ending])] = " ".join(words)
    return tuple(sorted(plurals.items(), key=lambda item: len(item[0]), reverse=True))


@cache
def _head_words(pack: LanguagePack) -> frozenset[str]:
    """The words a title's head is named by: the first word of each official head, and its
    last one when no complement link comes between ("minister" of "prime minister", not
    "state" of "minister of state")."""
    links = {w for link in pack.titles["complement_links"] for w in fold(link).lower().split()}
    words = set()
    for head in [*pack.titles["official_heads"], *pack.titles["anaphor_only_heads"]]:
        parts = fold(head).lower().split()
        words.add(parts[0])
        if not links & set(parts[1:-1]):
            words.add(parts[-1])
    return frozenset(words)


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


def _in_order(wanted: list[str], words: list[str]) -> bool:
    """``wanted`` are words of ``words`` in that order, others between them ("ministre des
    Affaires étrangères" in "ministre turkmène des Affaires étrangères")."""
    remaining = iter(words)
    return all(word in remaining for word in wanted)


def _singular(word: str, pack: LanguagePack) -> str | None:
    """The title head ``word`` is the plural of ("ministers" → "minister"), else None."""
    for ending in pack.titles.get("plural_endings") or ():
        if word.endswith(ending) and word[: -len(ending)] in _head_words(pack):
            return word[: -len(ending)]
    return None
