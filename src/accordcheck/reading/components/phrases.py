"""Noun phrases grown from a head word: titles' and instruments' complements and premodifiers.

A mixin for the works of the instruments and titles components; it reads their ``dates``,
``per_spans`` (names the NER found), ``countries`` and ``places``.
"""

from __future__ import annotations

import re

from accordcheck.reading.components.complement_words import ComplementWords
from accordcheck.reading.components.name_links import bare_honorifics
from accordcheck.reading.text import SpanIndex

__all__ = ["Phrases"]


class Phrases(ComplementWords):
    def _in_date(self, offset: int) -> bool:
        if "_dates_index" not in self.__dict__:
            self.__dict__["_dates_index"] = SpanIndex(self.dates)
        return self.__dict__["_dates_index"].covers(offset)

    def _pre_head_start(self, offset: int, limit: int, accept) -> int:
        """Start of a phrase extended leftwards from ``offset`` over up to ``limit`` accepted words."""
        index = self._token_index(offset)
        if not limit or index is None:
            return offset
        start = offset
        k = index - 1
        while k >= 0 and limit:
            token = self.tokens[k]
            if self.folded[token.end : self.tokens[k + 1].start] != " " or not token.is_word or token.text.endswith("'"):
                break
            if self._in_date(token.start) or not accept(token):
                break
            start = token.start
            limit -= 1
            k -= 1
        return start

    @property
    def _determiner_words(self) -> frozenset[str]:
        return frozenset().union(*(self.pack.words(key, "instruments") for key in ("definite_determiners", "anaphoric_determiners", "new_determiners")))

    def _determiner_before(self, offset: int) -> str:
        before = self.folded[max(0, offset - 20) : offset]
        match = re.search(r"(\w+'|\w+)\s*$", before)
        if match is None:
            return ""
        word = match.group(1).lower()
        if word in self.pack.words("qualifying_adjectives", "instruments"):
            # "the new agreement" refers back, "a new agreement" introduces one: the article
            # before the adjective decides ("new agreements" alone keeps "new")
            prior = re.search(r"(\w+'|\w+)\s+\w+\s*$", before)
            if prior is not None and prior.group(1).lower() in self._determiner_words:
                return prior.group(1).lower()
            return word
        if word in self.pack.words("determiner_adjectives", "instruments"):
            prior = re.search(r"(\w+)\s+\w+\s*$", before)
            return f"{prior.group(1).lower()} {word}" if prior else word
        return word

    def _extend_phrase(self, index: int, links: frozenset[str], stops: frozenset[str], end: int, *, allow_capitals: bool, location_links: frozenset[str] = frozenset(), guarded: frozenset[str] = frozenset(), capital_words: frozenset[str] | None = None, bare_nouns: bool = False, stop_at_names: bool = False) -> int:
        """Extend a noun phrase through ``link`` + noun-phrase complements.

        Coordinated complements are followed ("de l'Intérieur et de la Sécurité", "de
        l'Énergie, du Pétrole et des Mines"): a comma list only counts once a coordinator
        closes it. ``guarded`` links ("à la", "aux") only count before a capitalised word
        that is not a place ("aux Affaires étrangères", not "au Maroc"). With ``bare_nouns``
        a coordinator may join a bare lowercase noun, as in fixed compounds of instrument
        titles ("recherche et développement"); a determiner after it starts a new phrase. With
        ``capital_words`` (languages that capitalise titles) a capitalised word must be one of
        them or a country or city, else a name begins ("Minister of Defence Khawaja Asif"), and
        a coordinator may join a bare capitalised complement ("of Trade and Industry"). With ``stop_at_names``
        (titles) a run of capitalised words the article never writes in lower case ends the
        phrase: a name the model missed ("ministre de la Justice Sok Vannara").
        """
        i = index
        boundary = self.pack.words("boundary_words")
        coordinators = self.pack.words("coordinators")
        appositive = self.pack.words("appositive_links")
        committed = end
        pending = False
        consumed = False
        bare = False
        while i < len(self.tokens):
            gap = self.folded[self.tokens[i - 1].end : self.tokens[i].start] if i else ""
            if "\n" in gap:
                break
            closes = False
            if consumed:
                token = self.tokens[i]
                if token.text == ",":
                    if self._match_words(i + 1, appositive):
                        i += 1
                        closes = True
                    elif self._match_words(i + 1, links) or self._guarded_link(i + 1, guarded):
                        if not pending:
                            committed = end
                        pending = True
                        i += 1
                    elif self.pack.titles.get("bare_coordination") and (capital_words is not None or stop_at_names) \
                            and self._bare_complement(i + 1, capital_words, links):
                        if not pending:
                            committed = end
                        pending = True  # "of Trade, Industry and Energy": counts once "and" closes it
                        i += 1
                        bare = True
                else:
                    coord = self._match_words(i, coordinators)
                    if coord and (self._match_words(i + coord, links) or self._guarded_link(i + coord, guarded)):
                        i += coord
                        closes = True
                    elif coord and self.pack.titles.get("bare_coordination") and (capital_words is not None or stop_at_names) and self._bare_complement(
                            i + coord + self._determiner_at(i + coord), capital_words, links) \
                            and not self._premodified_title_ahead(i + coord):  # "… and Executive Director of …": a second title
                        i += coord  # "of Trade and Industry", "of Climate and the Environment"
                        closes = True
                        bare = True
            span = self._match_words(i, links) or self._guarded_link(i, guarded)
            if not span and not bare:
                break
            bare = False
            link_end = i + span
            j = link_end
            j += self._determiner_at(j)  # an optional determiner
            if consumed and self._title_ahead(j) and (closes or pending):
                break  # "et du commandant de la zone sud", "and the Uzbek Minister of Trade": a second title, not a complement
            # (a plain link makes the office the title's complement: "directeur de cabinet du ministre de …")
            if consumed and j < len(self.tokens) and bare_honorifics(self.pack).match(self.folded, self.tokens[j].start):
                break  # "… et de Madame le Ministre de l’Élevage": another official
            words = 0
            last_capital = None
            while j < len(self.tokens):
                token = self.tokens[j]
                if capital_words is not None and not words and (after := self._possessive_country(j)) is not None:
                    j, end, words, last_capital = after, self.tokens[after - 1].end, 1, True
                    continue  # "Secretary to Sri Lanka’s Ministry of Education": the country's, then its office
                if token.capitalized and (place := self._place_words_at(j)) is not None:
                    j, end, words, last_capital = place, self.tokens[place - 1].end, words + 1, True
                    continue  # "in Dar es Salaam", "of Trinidad and Tobago": a place in several words, small ones too
                if not token.is_word or token.lower in stops or token.lower in boundary or token.lower in coordinators:
                    if bare_nouns and words and self._match_words(j, coordinators) and self._bare_noun(j + self._match_words(j, coordinators), stops, links):
                        j += self._match_words(j, coordinators)  # "la recherche et développement"
                        continue
                    break
                if self._match_words(j, stops) or self._match_words(j, boundary):
                    break  # a stop phrase split by the tokenizer: "aujourd’hui"
                if self._match_words(j, links) and words:
                    break
                if stop_at_names and words and (place_link := self._match_words(j, self.pack.words("location_links"))) \
                        and self._capitalized_after(j + place_link):
                    # (an official's title) "du Bureau de la coopération suisse à Cotonou": an
                    # office's seat ends the title; any other place or event after it is none of
                    # it ("… des Tunisiens à l’étranger" goes on: no name follows)
                    if (seat := self._office_seat(index, j)) is not None:
                        end = seat
                        words += 1
                    break
                if self.folded[self.tokens[j - 1].end : token.start].count("\n"):
                    break
                if self._in_date(token.start):
                    break  # "an extradition treaty on November 4": a date, not a complement
                if not token.capitalized and self.pack.cue("verb_ending_a_phrase").match(self.folded, token.start):
                    break  # "le secrétaire général de la COI assistait à la cérémonie", "… de prendre la plume": what its holder did
                if capital_words is not None and not token.capitalized and words and last_capital and token.lower not in capital_words \
                        and token.lower not in self.pack.words("office_nouns"):
                    break  # "Minister of Tourism and Hospitality Industry crossed …": the verb follows ("the EU delegation" goes on)
                if token.capitalized and words and last_capital is False and (named := self._name_after_noun(j)) is not None:
                    j, end, words, last_capital = named, self.tokens[named - 1].end, words + 1, True
                    continue  # "du programme Hungary Helps, M. Tamás …": the programme's name, the person's after it
                if token.capitalized:
                    if not allow_capitals:
                        break
                    if words and last_capital is False:
                        break  # "de corps d'armée Mohammed": a name begins
                    if words and self._per_starts_at(token.start):
                        break
                    if stop_at_names and capital_words is None and words and last_capital and self._name_run_at(j, links):
                        break  # "ministre de la Justice Sok Vannara": a name the model missed begins
                    if capital_words is not None and not self._complement_capital(j, capital_words, links):
                        break  # "Minister of Defence Khawaja Asif": a name begins
                    if capital_words is not None and words and self.pack.title_head_regex.match(self.folded, token.start) \
                            and not self._head_naming_an_office(j, capital_words):
                        break  # "Chief of Army Staff General ...": a second title
                    last_capital = True
                else:
                    last_capital = False
                words += 1
                j += 1
                end = token.end
            if not words:
                break
            consumed = True
            if closes or not pending:
                pending = False
                committed = end
            i = j
        return committed

    def _bare_noun(self, index: int, stops: frozenset[str], links: frozenset[str]) -> bool:
        """A lowercase word that is no determiner, link or stop word, ending the phrase there."""
        if index >= len(self.tokens):
            return False
        token = self.tokens[index]
        if not token.is_word or token.capitalized or token.text.endswith("'") or token.lower in stops:
            return False
        if token.lower in self.pack.words("boundary_words") or self._match_words(index, links):
            return False
        if self.pack.title_head_regex.match(self.folded, token.start) and self._title_ahead(index):
            return False  # "ministre de la Défense et président de ...": a second title
        function_words = ("definite_determiners", "new_determiners", "post_head_stops")
        return len(token.text) > 2 and not any(token.lower in self.pack.words(key, "instruments") for key in function_words)

    def _head_naming_an_office(self, index: int, capital_words: frozenset[str]) -> bool:
        """A title's head word that an office word follows, in a capitalised phrase: "the Polish
        General Staff", "the Joint Staff" name a body, not a second official."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return following is not None and self.folded[self.tokens[index].end : following.start] == " " and following.capitalized \
            and following.lower in capital_words and not self.pack.title_head_regex.fullmatch(following.text) \
            and index > 0 and self.tokens[index - 1].capitalized

    def _office_word(self, index: int, capital_words: frozenset[str]) -> bool:
        """A capitalised word a title's complement may hold: an office word, a country, a city."""
        if index >= len(self.tokens):
            return False
        token = self.tokens[index]
        if not token.is_word or not token.capitalized or token.text.endswith("'"):
            return False
        if token.lower in capital_words:
            return True
        return any(m.start <= token.start < m.end for m in (*self.countries, *self.places))

    def _bare_complement(self, index: int, capital_words: frozenset[str] | None, links: frozenset[str]) -> bool:
        """A capitalised complement with no link before it, in a portfolio list ("of Trade,
        Industry and Energy", "de la Santé publique, Hygiène et Prévoyance sociale"): in a pack
        that capitalises titles, an office word or the like; else (a title's complement, read
        with ``stop_at_names``) one capitalised word, no name's (not two capitalised words in a
        row), city, country, title or honorific."""
        if capital_words is not None:
            return self._complement_capital(index, capital_words, links)
        if index >= len(self.tokens):
            return False
        token = self.tokens[index]
        if not token.is_word or not token.capitalized or token.text.endswith("'") or self._name_run_at(index, links) \
                or self.pack.country_of_form(token.text) or self.pack.title_head_regex.match(self.folded, token.start) \
                or bare_honorifics(self.pack).match(self.folded, token.start) or any(s <= token.start < e for s, e in self.per_spans):
            return False
        return not self.pack.city_regex.match(self.folded, token.start)

    def _name_run_at(self, index: int, links: frozenset[str]) -> bool:
        """Two or more capitalised words from ``index`` that the article never writes in lower
        case (with a name's particles between them), no place or country, and no complement
        after them: a name."""
        particles = self.pack.words("name_particles")
        k, words = index, 0
        while k < len(self.tokens) and self.tokens[k].is_word:
            token = self.tokens[k]
            if k > index and self.folded[self.tokens[k - 1].end : token.start] != " ":
                break
            if not token.capitalized:
                # a particle inside the name ("Fahd bin Saad Al-Ghamdi"), before a capital
                following = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
                if words and token.lower in particles and following is not None and following.capitalized:
                    k += 1
                    continue
                break
            if token.lower in self.t.lowercase_words or self.pack.country_of_form(token.text) or any(m.start <= token.start < m.end for m in (*self.countries, *self.places)):
                return False
            words += 1
            k += 1
        return words >= 2 and not (k < len(self.tokens) and self._match_words(k, links))

    def _complement_capital(self, index: int, capital_words: frozenset[str], links: frozenset[str]) -> bool:
        """A capitalised word a title's complement holds: an office word, a country or a city
        — or one word the pack does not list, no name's, that the complement goes on after
        ("of Economy and Sustainable Development of Georgia", "of Culture and Creative
        Industries", "of Foreign Affairs and Worship of Costa Rica"), or one the article writes
        in lower case elsewhere. A name is two such words or more ("of Defence Khawaja Asif of
        Pakistan"), or ends the phrase ("… Asif said")."""
        if self._office_word(index, capital_words):
            return True
        if index + 1 >= len(self.tokens):
            return False
        token, following = self.tokens[index], self.tokens[index + 1]
        if self._institution_acronym(index, links):
            return True  # "President of the DGCA, …", "directeur général de l’ANSD"
        if not token.is_word or not token.capitalized or token.text.endswith("'") or len(token.text) < 3:
            return False
        if any(s <= token.start < e for s, e in self.per_spans):
            return False
        if self._honorific_closes_run(index):
            return True  # "… for Rural Livelihoods Mr Peter Mwangi": the honorific opens the name
        if token.lower in self.t.lowercase_words:
            return True  # the article writes it in lower case elsewhere ("hydrogen"): a noun, not a name
        if self._common_words_before_a_name(index):
            return True  # "of Indonesian Migrant Workers Yohana Simanjuntak": the title's nouns, then the name
        before = index - 1 - (index > 1 and self._determiner_at(index - 1))
        if following.text == "," and following.start == token.end and before >= 0 and self.tokens[before].lower in self.pack.words("coordinators"):
            # "of Vocational Training and Apprenticeship, Dr. …", "for International Development
            # and the Pacific, Dr …": the last word before the apposition
            return True
        if following.text == "," and following.start == token.end and self._office_list_at(index + 2, capital_words):
            return True  # "of Inclusion, Social Security and Migration": the first of a list of offices
        if following.text == "," and following.start == token.end and before >= 0 and self._match_words(before, links) \
                and self._name_opens_at(index + 2):
            return True  # "Minister of Emigration, Nabila Soliman": the one word of the complement, then the apposed name
        if self.folded[token.end : following.start] != " ":
            return False
        return bool(self._match_words(index + 1, links) or self._match_words(index + 1, self.pack.words("coordinators"))
                    or self._office_word(index + 1, capital_words) or self._body_named_ahead(index + 1))

    def _name_opens_at(self, index: int) -> bool:
        """A person's name starts at token ``index``: an honorific, or two capitalised words that
        are no title, country or city, one space apart."""
        if index >= len(self.tokens):
            return False
        if bare_honorifics(self.pack).match(self.folded, self.tokens[index].start):
            return True
        if index + 1 >= len(self.tokens) or self.folded[self.tokens[index].end : self.tokens[index + 1].start] != " ":
            return False
        return all(self.tokens[k].is_word and self.tokens[k].capitalized and not self.pack.title_head_regex.fullmatch(self.tokens[k].text)
                   and not self.pack.country_of_form(self.tokens[k].text) and not self._place_at(self.tokens[k].start)
                   for k in (index, index + 1))

    def _body_named_ahead(self, index: int) -> bool:
        """Up to four capitalised words from ``index`` (an "and" between them) end on a body's
        noun (pack ``body_nouns``): "Disaster Risk Reduction and Management Council" names a
        body, not a person."""
        bodies = self.pack.words("body_nouns") if "body_nouns" in self.pack.titles else frozenset()
        coordinators = self.pack.words("coordinators")
        for _ in range(5):
            if index >= len(self.tokens) or self.folded[self.tokens[index - 1].end : self.tokens[index].start] != " ":
                return False
            token = self.tokens[index]
            if token.lower in coordinators:
                index += 1
                continue
            if not (token.capitalized and token.is_word):
                return False
            if token.lower in bodies:
                return True
            index += 1
        return False

    def _premodified_title_ahead(self, index: int) -> bool:
        """Capitalised premodifiers from ``index`` and a head after them ("… and Executive
        Director of …"): another title, where a bare word after the coordinator ("of Trade and
        Industry") is still the complement's."""
        pre_words = self.pack.words("pre_head_words") if "pre_head_words" in self.pack.titles else frozenset()
        start = index
        while index < len(self.tokens) and self.tokens[index].capitalized and self.tokens[index].lower in pre_words \
                and not self.pack.title_head_regex.fullmatch(self.tokens[index].text):
            index += 1
        return index > start and index < len(self.tokens) and self.pack.title_head_regex.match(self.folded, self.tokens[index].start) is not None

    def _title_ahead(self, index: int) -> bool:
        """A title head at ``index``, or after the demonyms before it ("the Uzbek Deputy
        Minister"): another official's title."""
        while index < len(self.tokens) and (entry := self._country_form(self.tokens[index])) and entry[1] == "demonym":
            index += 1
        head = self.pack.title_head_regex.match(self.folded, self.tokens[index].start) if index < len(self.tokens) else None
        if head is not None and head.group().lower() in self.pack.non_official_heads and not self.text[head.start()].isupper():
            # "ministre de l’Enseignement supérieur et universitaire, …": an adjective closing the
            # complement, not an academic's title (nothing follows it but punctuation)
            after = self._token_index(head.end())
            if after is None or after >= len(self.tokens) or not self.tokens[after].is_word:
                return False
        return head is not None

    def _office_list_at(self, index: int, capital_words: frozenset[str]) -> bool:
        """Office words the pack lists, a comma apart, closed by a coordinator and one more
        ("Social Security and Migration", "Youth, Sport and Culture") from ``index``."""
        coordinators = self.pack.words("coordinators")
        words = 0
        while index < len(self.tokens):
            token = self.tokens[index]
            if token.text == "," and words:
                index += 1
            elif words and (coord := self._match_words(index, coordinators)):
                after = index + coord + self._determiner_at(index + coord)
                return after < len(self.tokens) and self._office_word(after, capital_words)
            elif token.capitalized and self._office_word(index, capital_words):
                words += 1
                index += 1
            else:
                return False
        return False
