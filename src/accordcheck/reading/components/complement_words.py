"""What a title's or an instrument's complement may hold, token by token: a place in several
words, a country in the possessive, an office's seat, an institution's acronym, a guarded link
before a capitalised word, a body's own name after its noun, the title's common nouns before a
name — and where a name begins instead (an honorific, a name the NER found).

A mixin under ``Phrases`` (phrases.py); it reads ``per_spans``, ``countries`` and ``places``.
"""

from __future__ import annotations

import re

from accordcheck.lang.vocabulary import vocabulary
from accordcheck.reading.components.base import Work
from accordcheck.reading.components.name_links import bare_honorifics

__all__ = ["ComplementWords"]


class ComplementWords(Work):
    def _place_at(self, offset: int) -> re.Match[str] | None:
        """A city, else a country, the gazetteer knows from ``offset`` of the folded text."""
        return self.pack.city_regex.match(self.folded, offset) or self.pack.country_regex.match(self.folded, offset)

    def _place_words_at(self, index: int) -> int | None:
        """The index after a city or country the gazetteer knows in several words from token
        ``index`` ("Dar es Salaam", "Bosnie-et-Herzégovine" is one token already), else None."""
        found = self._place_at(self.tokens[index].start)
        if found is None or found.end() <= self.tokens[index].end:
            return None
        after = next((k for k in range(index, len(self.tokens)) if self.tokens[k].end >= found.end()), None)
        return after + 1 if after is not None and self.tokens[after].end == found.end() else None

    def _honorific_closes_run(self, index: int) -> bool:
        """An honorific, or a given name written short ("Ma. Teresa", pack ``given_name_abbreviations``),
        follows the capitalised words from token ``index``, within three."""
        short = tuple(f"{a} " for a in self.pack.titles.get("given_name_abbreviations", ()))

        def opens_a_name(k: int) -> bool:
            return bool(bare_honorifics(self.pack).match(self.folded, self.tokens[k].start)
                        or (short and self.text.startswith(short, self.tokens[k].start)))

        for k in range(index + 1, min(index + 4, len(self.tokens))):
            if opens_a_name(k):
                return True
            if self.tokens[k].text == "," and k + 1 < len(self.tokens) and opens_a_name(k + 1):
                return True  # "Secretary of Migrant Workers, Ma. Teresa Cruz": the apposition's name
            if not (self.tokens[k].is_word and self.tokens[k].capitalized):
                return False
        return False

    def _capitalized_after(self, index: int) -> bool:
        """The word at token ``index``, past a determiner, is capitalised (a place, a name)."""
        index += self._determiner_at(index)
        return index < len(self.tokens) and self.tokens[index].capitalized

    def _office_seat(self, start: int, link: int) -> int | None:
        """The end of "à Cotonou" / "in Dakar" at token ``link`` when the phrase from token
        ``start`` names an office (pack ``office_nouns``: "bureau", "delegation") and a city or
        country the gazetteer knows follows the link; else None."""
        offices = self.pack.words("office_nouns")
        if not offices or not any(t.lower in offices for t in self.tokens[start:link]):
            return None
        j = link + self._match_words(link, self.pack.words("location_links"))
        j += self._determiner_at(j)
        if j >= len(self.tokens) or not self.tokens[j].capitalized:
            return None
        seat = self._place_at(self.tokens[j].start)
        return seat.end() if seat else None

    def _possessive_country(self, index: int) -> int | None:
        """The index after "Ghana’s" (tokens "Ghana’", "s") or "Ghana’" at ``index``, a
        country in the possessive, when a capitalised word follows it; else None."""
        token = self.tokens[index]
        if not token.text.endswith("'") or not self.pack.country_of_form(token.text[:-1]):
            return None
        after = index + 1
        if after < len(self.tokens) and self.tokens[after].text == "s" and self.tokens[after].start == token.end:
            after += 1
        if after < len(self.tokens) and self.tokens[after].capitalized and self.tokens[after].is_word \
                and not self.pack.title_head_regex.match(self.folded, self.tokens[after].start):
            return after  # (not "Adviser to Ghana’s President": another official's title)
        return None

    def _determiner_at(self, index: int) -> int:
        """1 when a complement determiner ("the", "la") stands at ``index``, else 0."""
        return int(index < len(self.tokens) and self.tokens[index].lower in self.pack.words("complement_determiners"))

    def _institution_acronym(self, index: int, links: frozenset[str]) -> bool:
        """An institution's acronym right after a link or a determiner: two to six capitals
        ("of the DGCA", "of KEPHIS", "de l’ANSD") — a name in capitals runs longer, or has no link."""
        token = self.tokens[index]
        if not re.fullmatch(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9]{1,5}", token.text) or index == 0:
            return False
        own = links - self.pack.words("location_links")  # "of the DGCA", not "at the PM House"
        previous = self.tokens[index - 1]
        if previous.lower in own or (previous.lower.endswith("'") and previous.lower[:-1] in own):
            return True
        before = self.tokens[index - 2] if index > 1 else None
        determiners = self.pack.words("complement_determiners")
        return (previous.lower in determiners or previous.lower.endswith("'")) and before is not None and before.lower in own

    def _guarded_link(self, index: int, guarded: frozenset[str]) -> int:
        if not guarded or index >= len(self.tokens):
            return 0
        span = self._match_words(index, guarded)
        if not span:
            return 0
        j = index + span
        j += self._determiner_at(j)
        if j >= len(self.tokens):
            return 0
        token = self.tokens[j]
        if not token.capitalized or not token.is_word:
            return 0
        if self._place_at(token.start) and self._possessive_country(j) is None:
            return 0  # "to Ghana": a destination; "to Ghana’s Ministry of …" goes on
        return span

    def _per_starts_at(self, offset: int) -> bool:
        return any(start == offset for start, _ in self.per_spans)

    def _common_words_before_a_name(self, index: int) -> bool:
        """From ``index``, capitalised words of the pack's own vocabulary ("Migrant Workers",
        "Fisheries Control": lang/vocabulary.py), then two capitalised words or more it does not
        hold: the title's common nouns, then the person's name ("Yohana Simanjuntak", "Roberto
        Q. Manalastas"). One word after them may be the name itself ("Young Kim")."""
        common = vocabulary(self.pack)
        k = index
        while k < len(self.tokens) and self.tokens[k].is_word and self.tokens[k].capitalized and self.tokens[k].lower in common \
                and (k == index or self.folded[self.tokens[k - 1].end : self.tokens[k].start] == " "):
            k += 1
        names = 0
        while k > index and k < len(self.tokens) and self.tokens[k].is_word and self.tokens[k].capitalized \
                and self.tokens[k].lower not in common and self.folded[self.tokens[k - 1].end : self.tokens[k].start] == " ":
            names += 1
            k += 1
        return names >= 2

    def _name_after_noun(self, index: int) -> int | None:
        """After a noun a body's own name follows (pack ``named_after_nouns``: "programme",
        "agence"), up to four capitalised words closed by a comma and another name or an
        honorific ("du programme Hungary Helps, M. Tamás Pál-Kerekes"): the token after them.
        Without the comma and the name after it, the words may be the person's own name."""
        if index < 1 or "named_after_nouns" not in self.pack.titles or self.tokens[index - 1].lower not in self.pack.words("named_after_nouns"):
            return None
        end = index
        while end < len(self.tokens) and end - index < 4 and self.tokens[end].capitalized and self.tokens[end].is_word \
                and self.folded[self.tokens[end - 1].end : self.tokens[end].start] == " ":
            end += 1
        if end == index or end + 1 >= len(self.tokens) or self.tokens[end].text != ",":
            return None
        after = self.tokens[end + 1]
        return end if after.capitalized or bare_honorifics(self.pack).match(self.folded, after.start) else None
