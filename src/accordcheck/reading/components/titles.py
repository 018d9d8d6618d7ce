"""Titles: "ministre des Affaires étrangères", "Pakistani Defence Minister", "son homologue"
(a counterpart, pointing at a person), with the country a demonym or possessive gives them."""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from functools import cache

from accordcheck.lang import LanguagePack, ends_with_phrase, fold
from accordcheck.reading.components.name_links import bare_honorifics, counterpart_link, country_after, head_in_name
from accordcheck.reading.components.title_heads import TitleHeads
from accordcheck.reading.document import TitleMention
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import Token

__all__ = ["Titles"]

# an institution's acronym in brackets right after a title's complement ("(FMV)", "(CMAA)")
_ACRONYM_AFTER = re.compile(r" \((?:[A-Z][A-Za-z]?){1,4}[A-Z]\)")
# the branch a title holds, in brackets right after it, capitalised ("Joint Secretary (Power)",
# "Minister of State for Petroleum Resources (Gas)", "Director General (Acquisition)")
_SPECIFIER_AFTER = re.compile(r" \([^\W\d_a-z][\w’'-]*(?: [^\W\d_][\w’'-]*| &){0,3}\)")


class Titles(Component):
    name = "titles"
    requires = ("countries", "places", "dates", "ner_spans")
    assigns = ("titles",)

    def __call__(self, state: State) -> dict:
        return {"titles": _Work(state)._titles()}


class _Work(TitleHeads):
    @property
    def per_spans(self) -> list[tuple[int, int]]:
        return self.state.ner_spans

    def _of_a_non_official_body(self, words: re.Pattern[str], start: int, end: int) -> bool:
        """The title's complement names a company, a university, a federation … (pack
        ``non_official_complements``) — not the state named by its form alone (pack
        ``state_forms``), capitalised, with the definite article ending the title
        ("Attorney-General of the Federation")."""
        found = words.search(self.folded, start, end)
        if found is None:
            return False
        if self._state_institution(found.group(), start, end):
            return False
        if self.folded[found.end() : end].strip():
            return True
        before = self.folded[start : found.start()].split()
        determiners = {fold(d).lower() for d in self.pack.words("complement_determiners")}
        forms = self.pack.words("state_forms") if "state_forms" in self.pack.titles else frozenset()
        stated = found.group().lower() in forms and self.text[found.start()].isupper()  # "the Federation", not "la société"
        return not (stated and before and fold(before[-1]).lower() in determiners and len(before) == 2)

    def _state_institution(self, body: str, start: int, end: int) -> bool:
        """The body the complement names is the state's: an institute or a laboratory (pack
        ``state_institution_nouns``) that a country or a state modifier qualifies."""
        if fold(body).lower() not in self.pack.words("state_institution_nouns"):
            return False
        words = {w.lower() for w in re.findall(r"\w+", self.folded[start:end])}
        return bool(words & self.pack.words("state_modifiers")) or any(start <= c.start < end for c in self.countries)

    def _adjective_after_head(self, token) -> bool:
        """A lower-case adjective right after a title's head or its modifiers, known by its
        ending (pack ``adjective_endings``: "conseiller technique", "attaché culturel")."""
        endings = self.pack.titles.get("adjective_endings") or ()
        return (token.is_word and token.text.islower() and len(token.text) >= 5 and token.lower not in self.pack.words("boundary_words")
                and token.lower.endswith(tuple(endings)))

    def _titles(self) -> list[TitleMention]:
        titles: list[TitleMention] = []
        links = self.pack.words("complement_links")
        location_links = self.pack.words("location_links")
        guarded = self.pack.words("guarded_links")
        stops = frozenset()
        non_official = self.pack.non_official_heads
        non_official_words = self.pack.regex_of("non_official_complements")
        government_heads = self.pack.words("government_heads") if "government_heads" in self.pack.titles else frozenset()
        modifiers = self.pack.words("title_modifiers")
        coordinators = self.pack.words("coordinators")
        location_heads = tuple(sorted(self.pack.words("location_heads")))
        # head-final titles ("Pakistani Defence Minister"): words before the head, and
        # capitalised words a complement may hold before a name begins ("of Defence Khawaja")
        pre_words = self.pack.words("pre_head_words") if "pre_head_words" in self.pack.titles else frozenset()
        capital_words = self.pack.words("complement_capitals") if "complement_capitals" in self.pack.titles else None
        counterpart_regex = self.pack.regex_of("counterpart_heads")
        capitalised_heads = self.pack.words("capitalised_heads") if "capitalised_heads" in self.pack.titles else frozenset()
        covered_until = -1
        heads = list(self.pack.title_head_regex.finditer(self.folded))
        heads += [m for m in counterpart_regex.finditer(self.folded)]
        heads.sort(key=lambda m: m.start())
        counterparts = {m.start() for m in counterpart_regex.finditer(self.folded)}
        starts = {m.start() for m in heads}
        for match in heads:
            if match.start() < covered_until:
                continue
            if pre_words and match.group().lower() in pre_words and self._premodified_head(match.end(), pre_words, starts):
                continue  # "Deputy Secretary General", "Deputy Foreign Minister": a head that premodifies a later one
            if self._given_name(match.start(), match.end()):
                continue  # "Cheikh Tidiane N’Diaye": a first name, not "le cheikh Tamim"
            if " " not in match.group() and (index := self._token_index(match.start())) is not None and head_in_name(self.t, index, self.places):
                continue  # "Sultan bin Hamad Al Mansoori", "Abdirahman Sheikh Nur Osman": a name's word
            if match.group().lower() in capitalised_heads and not self.text[match.start()].isupper():
                continue  # "officer training", "a liaison officer": no official's title
            if self._opens_a_place_name(match.end()):
                continue  # "the Queen Elizabeth Hospital", "King Fahd University": a place named after someone
            if self._after_plural_head(match.start()):
                continue  # "the directors general", "the consuls general": the last word of a plural title
            head = match.group().lower()
            counterpart = match.start() in counterparts
            official = head not in non_official
            end = match.end()
            index = self._token_index(match.end())
            is_location_head = head.startswith(location_heads)
            # a location link starts a complement for an envoy ("Ambassador to Japan"); for
            # anyone else only before an institution's capital ("State Secretary at the Ministry
            # of Climate"), not before a place or an event ("the minister at the ceremony")
            allowed_links = links if is_location_head else links - location_links
            complement_guard = frozenset() if is_location_head else guarded | location_links
            # modifiers and demonyms right after the head
            while index is not None and index < len(self.tokens):
                token = self.tokens[index]
                if token.text == "(" and index + 2 < len(self.tokens) and self.tokens[index + 2].text == ")" and self.tokens[index + 1].lower in modifiers:
                    end = self.tokens[index + 2].end  # "Gen. (retd)": a modifier in brackets
                    index += 3
                    continue
                if self.folded[end : token.start].strip():
                    break
                if (phrase := self._match_words(index, modifiers)) > 1:
                    end = self.tokens[index + phrase - 1].end  # "général de division à la retraite", "ministre par intérim"
                    index += phrase
                    continue
                entry = self._country_form(token)
                if (token.lower in modifiers and not self._rank_before_name(index)) or (entry and entry[1] == "demonym" and not token.capitalized) \
                        or self._adjective_after_head(token):
                    end = token.end
                    index += 1
                    continue
                joined = self._match_words(index, coordinators)
                if joined and index + joined < len(self.tokens) and self.tokens[index + joined].lower in modifiers and end > match.end():
                    end = self.tokens[index + joined].end  # "Extraordinary and Plenipotentiary"
                    index += joined + 1
                    continue
                break
            if not counterpart and capital_words is not None and index is not None:
                end, index = self._office_named_after(match.start(), index, end, capital_words)
            if not counterpart and index is not None and index < len(self.tokens) and not self.folded[end : self.tokens[index].start].strip():
                end = self._extend_phrase(index, allowed_links, stops, end, allow_capitals=True, guarded=complement_guard, capital_words=capital_words, bare_nouns=True, stop_at_names=True)
                if end > match.end() and (acronym := _ACRONYM_AFTER.match(self.text, end)):
                    end = acronym.end()  # "… of the Swedish Defence Materiel Administration (FMV)": the body's acronym
            if not counterpart and capital_words is not None and (specifier := _SPECIFIER_AFTER.match(self.text, end)):
                # "Deputy Secretary-General (Trade) of the Ministry of …": the branch, and the complement after it
                end = specifier.end()
                following = self._token_index(end)
                if following is not None and following < len(self.tokens) and self.folded[end : self.tokens[following].start] == " ":
                    end = self._extend_phrase(following, allowed_links, stops, end, allow_capitals=True, guarded=complement_guard, capital_words=capital_words, bare_nouns=True, stop_at_names=True)
            start = match.start()
            if pre_words:
                start = self._pre_head_start(match.start(), 4, lambda t, c=counterpart: self._title_premodifier(t, pre_words, c, capital_words))
                if not counterpart and capital_words is not None and start == match.start():
                    start = self._sandwiched_premodifier(start, pre_words)
                own = start  # its premodifiers alone ("… and Executive Director")
                if not counterpart:
                    start = self._coordinated_portfolio(min(start, match.start()), pre_words, coordinators)
                    start = self._determined_premodifier(start)
                start = self._demonym_before(start)
                if start < covered_until:
                    start = own if own >= covered_until else match.start()  # never into the previous title
            if not counterpart:
                end = self._office_path(end)
            text = self.text[start:end]
            if official and head not in government_heads and self._of_a_non_official_body(non_official_words, match.end(), end):
                official = False
            country = self._possessor(start) or self._country_within(start, end)
            if counterpart and country is None:
                country = self._counterpart_country(match.start(), end)
            titles.append(TitleMention(start, end, text, official, country, self.text[match.start() : match.end()], counterpart))
            covered_until = end
        return titles

    def _office_path(self, end: int) -> int:
        """The offices a title goes on naming after commas, each a run of capitalised words that
        holds one of the pack's ``office_path_nouns`` ("Secretary, Health Services Division,
        Ministry of Health and Family Welfare", "Joint Secretary, Ministry of External Affairs"),
        closed by a comma, a stop or "and": where the official sits, not another apposition."""
        nouns = self.pack.words("office_path_nouns") if "office_path_nouns" in self.pack.titles else frozenset()
        if not nouns:
            return end
        links = self.pack.words("complement_links") | self.pack.words("coordinators") | self.pack.words("complement_determiners")
        def office(segment: re.Match[str] | None) -> bool:
            words = segment.group(1).split() if segment is not None else []
            return bool(words) and words[0][:1].isupper() and any(fold(w).lower() in nouns for w in words) \
                and all(w[:1].isupper() or w.lower() in links for w in words) \
                and not bare_honorifics(self.pack).search(segment.group(1) + " ")  # "… and Ms. Pema …": the next person

        while True:
            # up to the next comma or stop ("…, Ministry of Health and Family Welfare."), else up to "and"
            segment = next((m for m in (_OFFICE_SEGMENT.match(self.text, end), _office_segment_before_a_coordinator(self.pack).match(self.text, end))
                            if office(m)), None)
            if segment is None:
                return end
            end = segment.end()

    def _office_named_after(self, head_start: int, index: int, end: int, capital_words: frozenset[str]) -> tuple[int, int]:
        """"Secretary Power Division, Dr. …", "Chairman WAPDA, Lt Gen …", "Secretary Board of
        Investment Ms. …": the office named right after the head with no link, in capitalised
        office words or an institution's acronym, closed by a comma, an honorific or a link —
        not a name ("Secretary Antony Blinken": no office word). Returns the title's end and the
        index of the token after it."""
        head = self._token_index(head_start)
        if head is not None and head > 0 and self.tokens[head - 1].capitalized:
            return end, index  # the head inside a capitalised name ("the Polish General Staff"), not before one
        k, last = index, None
        while k < len(self.tokens) and self.folded[(self.tokens[k - 1].end if k > index else end) : self.tokens[k].start] == " ":
            token = self.tokens[k]
            acronym = token.text.isupper() and token.text.isalpha() and len(token.text) >= 3
            if not (token.is_word and token.capitalized and (token.lower in capital_words or acronym)):
                break
            last, k = k, k + 1
        if last is None:
            return end, index
        after = self.tokens[last].end
        closed = self.folded[after : after + 1] == "," or bare_honorifics(self.pack).match(self.folded, after + 1) is not None \
            or self._match_words(last + 1, self.pack.words("complement_links")) > 0
        return (after, last + 1) if closed else (end, index)

    def _rank_before_name(self, index: int) -> bool:
        """The modifier at token ``index`` is also a title of its own and a capitalised word
        follows it: a rank before a name ("Chief of Army Staff General Asim Munir"), not the
        head's ("Commissioner General of the Authority")."""
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return self.pack.title_head_regex.fullmatch(token.text) is not None and following is not None \
            and following.capitalized and self.folded[token.end : following.start] == " "

    def _coordinated_portfolio(self, start: int, pre_words: frozenset[str], coordinators: frozenset[str]) -> int:
        """"Environment and Energy Minister", "Agriculture and Rural Development Minister": a
        coordination of portfolios before the head, from a portfolio word the pack knows
        (``pre_head_words``) across a coordinator and capitalised words — never from a name
        ("President William Ruto and Foreign Minister": no portfolio word opens the chain)."""
        i = self._token_index(start)
        if i is None or self.tokens[i].start != start:
            return start
        best, coordinated, k = start, False, i - 1
        for _ in range(6):
            if k < 0 or self.folded[self.tokens[k].end : self.tokens[k + 1].start] != " ":
                break
            token = self.tokens[k]
            if token.lower in coordinators:
                coordinated = True
            elif not (token.is_word and token.capitalized) or self._in_date(token.start) or self.pack.country_of_form(token.text) \
                    or any(p.start <= token.start < p.end for p in self.places) or self.pack.title_head_regex.fullmatch(token.text):
                break
            elif coordinated and token.lower in pre_words:
                best = token.start  # the chain opens on a portfolio word, across the coordinator
            k -= 1
        return best

    def _determined_premodifier(self, start: int) -> int:
        """"the Coordinating Minister", "the Supervising Minister": a capitalised word between a
        determiner and the title, no country, place or title of its own, is the title's."""
        i = self._token_index(start)
        if i is None or i < 2 or self.tokens[i].start != start:
            return start
        word, determiner = self.tokens[i - 1], self.tokens[i - 2]
        if self.folded[word.end : start] != " " or self.folded[determiner.end : word.start] != " ":
            return start
        if not (word.is_word and word.capitalized) or determiner.lower not in self.pack.words("complement_determiners"):
            return start
        rest = self.folded[word.start : word.start + 40]
        if self.pack.country_of_form(word.text) or self.pack.country_regex.match(rest) or self.pack.city_regex.match(rest):
            return start
        if self.pack.title_head_regex.match(self.folded, word.start):
            return start
        if bare_honorifics(self.pack).match(self.folded, word.start):
            return start  # "the Honourable Minister of …": an honorific, none of the title's words
        return word.start

    def _posted_to(self, title_start: int, offset: int) -> bool:
        """The country follows a destination link ("Ambassador to Kenya", "ambassadrice au
        Sénégal"): where the holder serves, not their side."""
        links = self.pack.words("destination_links", "cues") | self.pack.words("posting_links", "cues")  # "Country Director for Timor-Leste"
        determiners = self.pack.words("complement_determiners")
        words = [w for w in re.findall(r"\w+'?", self.folded[title_start:offset].lower()) if w not in determiners]
        return ends_with_phrase(words, links)  # "Ambassador to", "ambassadeur … auprès de"

    def _title_premodifier(self, token: Token, pre_words: frozenset[str], counterpart: bool, capital_words: frozenset[str] | None) -> bool:
        entry = self._country_form(token)
        if entry and entry[1] == "demonym" and token.capitalized:
            return True  # "Pakistani Defence Minister", "his Pakistani counterpart"
        if counterpart:
            return False
        # in title case, any office word a complement may hold is a portfolio before the head
        # ("Human Resources Minister", "External Affairs Minister"); in lower case only the
        # pack's premodifiers ("the deputy minister"), since "the water resources minister" describes
        return token.lower in pre_words or (capital_words is not None and token.capitalized and token.lower in capital_words)

    def _demonym_before(self, start: int) -> int:
        """A nationality of two words or more right before a title ("Sri Lankan Health Minister",
        "Philippine Trade and Industry Secretary" past its coordinated portfolio): the title's,
        as a one-word demonym is."""
        ends = self.__dict__.setdefault("_country_ends", [c.end for c in self.countries])
        for country in self.countries[bisect_left(ends, start - 1) :]:
            if country.start >= start:
                break
            # right before the title, or holding its first word ("African" of "South African")
            before = country.end == start - 1 and self.folded[country.end : start] == " "
            if country.kind == "demonym" and (before or country.end > start) and self.text[country.start].isupper():
                return country.start
        return start

    def _possessor(self, start: int) -> str | None:
        """The country of an English possessive right before a title ("Pakistan's Minister ...")."""
        suffixes = [fold(s) for s in self.pack.titles.get("possessive_suffixes", [])]
        if not suffixes:
            return None
        ends = self.__dict__.setdefault("_country_ends", [c.end for c in self.countries])  # in order: no overlaps
        for country in self.countries[bisect_left(ends, start - 4) : bisect_right(ends, start)]:
            if country.end <= start and start - country.end <= 4 and self.folded[country.end : start].rstrip() in suffixes and self.folded[start - 1 : start].isspace():
                return country.country
        return None

    def _counterpart_country(self, head_start: int, end: int) -> str | None:
        """A counterpart's country by its name: before the head as a noun adjunct ("her
        Solomon Islands counterpart") or linked after it ("his counterpart from Timor-Leste",
        "son homologue du Ghana")."""
        before = next((c for c in self.countries if c.end == head_start - 1 and c.kind in ("name", "long_form")
                       and self.folded[c.end : head_start] == " "), None)
        if before is not None:
            return before.country
        after = country_after(end, self.folded, self.countries, self.pack, counterpart_link(self.pack))
        return after.country if after else None

    def _country_within(self, start: int, end: int) -> str | None:
        starts = self.__dict__.setdefault("_country_starts", [c.start for c in self.countries])
        inside = [c for c in self.countries[bisect_left(starts, start) : bisect_left(starts, end)] if c.end <= end and not self._posted_to(start, c.start)]
        demonyms = [c for c in inside if c.kind == "demonym"]
        if demonyms:
            return demonyms[0].country
        return inside[0].country if inside else None


#: a comma, then words up to the next comma or stop (_office_path)
_OFFICE_SEGMENT = re.compile(r",\s+([^\W\d][\w’'&-]*(?:\s+[\w’'&-]+){0,8}?)(?=[,.;])")


@cache
def _office_segment_before_a_coordinator(pack: LanguagePack) -> re.Pattern[str]:
    """A comma, then words up to the pack's coordinator ("…, Ministry of Commerce and Ms. …")."""
    return re.compile(rf",\s+([^\W\d][\w’'&-]*(?:\s+[\w’'&-]+){{0,8}}?)(?=\s+(?:{pack.alternation('coordinators', 'titles')})\s)")
