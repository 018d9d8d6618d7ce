"""Names by pattern, for a language without a name model (and, beside one, the names it
misses before an appositive title): capitalised runs with their particles, initials and
surnames in capitals, taken where a title follows, where a signer stands, after an honorific,
or where an official named before is named again."""

from __future__ import annotations

import re

from accordcheck.lang import fold
from accordcheck.reading.components.capital_surnames import is_capital_surname
from accordcheck.reading.components.name_links import bare_honorifics, honorific_words
from accordcheck.reading.components.names import (
    DOTTED_INITIALS,
    NameFinder,
    particle_joined,
)
from accordcheck.reading.document import PersonMention
from accordcheck.reading.text import Token, undotted

__all__ = ["PatternNames"]


class PatternNames(NameFinder):
    def _pattern_names(self, mentions: list[PersonMention], *, apposed_only: bool = False) -> list[tuple[int, int]]:
        """Names by pattern: capitalised runs before an appositive title ("Khawaja Asif, Pakistan's defence minister"), the only
        ones taken beside a NER model (``apposed_only``: it misses names it has not seen, "Baboucarr Joof, ministre …"), and,
        without a model, later full names or surnames of named officials."""
        surnames = {fold(m.name).split()[-1] for m in mentions if m.name}
        whole_names = {fold(m.name) for m in mentions if m.name and len(m.name.split()) >= 2}
        particles = self._inner_particles
        office = self.pack.words("complement_capitals") if "complement_capitals" in self.pack.titles else frozenset()
        boundary = self.pack.words("boundary_words")
        taken = [(t.start, t.end) for t in self.titles] + [(m.name_start, m.name_end) for m in mentions if m.name]
        taken += [(d.start, d.end) for d in self.dates] + [(p.start, p.end) for p in self.places]
        taken += [(c.start, c.end) for c in self.countries]  # "his Papua New Guinea counterpart"

        def name_word(token: Token) -> bool:
            # (the cheap tests first: most tokens are no name's, and ``taken`` is long)
            if self._elided_opening(token):  # "O'" of "Niamh O'Callaghan", "N'" of "Aminata N'Diaye"
                return not any(s <= token.start < e for s, e in taken)
            return (
                token.is_word and (token.capitalized or particle_joined(token.text, self.pack)) and not token.text.isupper() and not token.text.endswith("'")
                and token.lower not in office and token.lower not in boundary
                and not self.pack.country_of_form(token.text) and not self._title_word(self._token_index(token.start))
                and not any(s <= token.start < e for s, e in taken)
            )

        def surname_first(j: int) -> bool:
            """"VONG Sreypov", "OKADA Shinji": a surname in capitals, then the given name."""
            token = tokens[j]
            # (three letters at least: "CS Mutai", "PS Kamau" are a title's initials and a surname)
            return (token.text.isupper() and token.text.isalpha() and len(token.text) >= 3 and j + 1 < len(tokens)
                    and self._next_in_name(j + 1) and not tokens[j + 1].text.isupper() and name_word(tokens[j + 1])
                    and not self.pack.country_of_form(token.text) and not any(s <= token.start < e for s, e in taken))

        def initials_before_name(j: int) -> int | None:
            after = self._initials_end(j)
            if after is None or not name_word(self.tokens[after]) or any(s <= self.tokens[j].start < e for s, e in taken):
                return None
            return after

        tokens = self.tokens
        # a name starts after its honorifics ("His Highness Sheikh Mohamed …"), whose words may be inside it ("Rosli bin Haji Ismail")
        honorifics = honorific_words(self.pack)
        found = []
        i = 0
        while i < len(self.tokens):
            if (not name_word(self.tokens[i]) and initials_before_name(i) is None and not surname_first(i)) \
                    or self.tokens[i].lower in honorifics:
                i += 1
                continue
            j, words = i, 0
            while j < len(self.tokens):
                token = self.tokens[j]
                if j > i and not self._next_in_name(j):
                    break
                if (after := initials_before_name(j)) is not None:  # "A. K. M. Nazmul Hossain", "Deodat K. Ramcharran"
                    j = after
                    words += 1  # initials are a part of the name: "S. Venkataraman", "K. K. Raghavan" are whole
                    continue
                if name_word(token) or (words and DOTTED_INITIALS.fullmatch(token.text)) or (j == i and surname_first(j)) \
                        or (words and is_capital_surname(token, self.pack, self.tokens[j + 1] if j + 1 < len(self.tokens) else None)
                                and not any(s <= token.start < e for s, e in taken)):
                    # "Sushila K.C.", "Abdelhak BENCHEKROUN-ALAOUI" (a surname in capitals after a given name)
                    words += 1
                elif words and token.lower in particles and (k := self._after_particles(j)) is not None and name_word(self.tokens[k]):
                    j = k  # "van der Linde", "de la Cruz": a run of particles, then the surname
                    continue
                else:
                    break
                j += 1
            start, end = self.tokens[i].start, self._with_suffix(self._with_patronymic(self.tokens[j - 1].end))
            if words >= 2 and self._appositive_title(end) is not None and not self._common_words(start, end):
                if not self._a_district(start):  # "in Speightstown, St. Peter, Ambassador KANG"
                    found.append((start, end))
            elif apposed_only:
                pass
            elif words >= 2 and self.folded[start:end] in whole_names:
                found.append((start, end))  # "Earlier, Jam Zafar Ali Khan received …": named again in full
            elif words == 1 and self.folded[start:end] in surnames:
                found.append((start, end))
            elif words >= 2 and not self._common_words(start, end) and self._in_a_role_place(start, end):
                found.append((start, end))  # "Kwame Mensah and Ama Dogbe signed", "signed by Rahul Verma"
            elif words >= 2 and not self._common_words(start, end) and self._after_honorific(start):
                found.append((start, end))  # "in the presence of His Highness Sheikh Mohamed bin Zayed"
            i = j
        return found

    def _elided_opening(self, token: Token) -> bool:
        """A capital and an apostrophe joined to a capitalised word: the elided particle a
        surname opens on ("O'Callaghan", "N'Diaye", "D'Souza") — not a possessive ("Ireland's")."""
        if not _ELIDED_CAPITAL.fullmatch(token.text):
            return False
        index = self._token_index(token.start)
        following = self.tokens[index + 1] if index is not None and index + 1 < len(self.tokens) else None
        return following is not None and following.start == token.end and following.is_word and following.capitalized

    def _after_honorific(self, start: int) -> bool:
        """An honorific ends right where the name starts ("His Highness Sheikh ", "H.E. Mr. ")."""
        return any(m.end() == start for m in bare_honorifics(self.pack).finditer(self.folded, max(0, start - 60), start))

    def _in_a_role_place(self, start: int, end: int) -> bool:
        """A name with no title where the language's cues put a signer: subject or agent of the
        signing (for a pack without a name model; whoever signs for a state is an official), or
        the name a pronoun gives a counterpart ("identified him as X")."""
        s_start, s_end = self.sentences[self.sentence_of(start)]
        before = undotted(self.folded[s_start:start], self.pack)
        determiners = "|".join(re.escape(fold(d)) for d in self.pack.titles.get("complement_determiners", []))
        if re.search(rf"\b(?:{self._place_prepositions})\s+(?:(?:{determiners})\s+)?$", before, re.IGNORECASE):
            return False  # "signed by …, at the Jubilee House": a venue
        after = undotted(self.folded[end:s_end], self.pack).lstrip(" ,")
        if self.pack.cue("signatory_after_person").search(after) or self.pack.cue("signatory_before_person").search(before):
            return True
        pronoun = (self.pack.data["cues"].get("named_later") or {}).get("pronoun")
        return bool(pronoun) and re.search(fold(pronoun), before, re.IGNORECASE) is not None  # "identified him as X"


_ELIDED_CAPITAL = re.compile(r"[A-Z]'")  # folded text: one apostrophe
