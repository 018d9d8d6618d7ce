"""Reading an article once into a :class:`Document`.

The reader is language-neutral: every word it looks for comes from the language pack
(``accordcheck.lang.<code>``). Names come from the NER model where one is installed,
anchored on official titles found by the pack's title grammar.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cached_property

from accordcheck.lang import LanguagePack, fold, get_pack, phrase_pattern
from accordcheck.reading import ner
from accordcheck.reading.dates import DateMention
from accordcheck.reading.document import (
    AgreementReading,
    CountryMention,
    Document,
    DomainMention,
    InstrumentMention,
    PersonMention,
    PersonReading,
    PlaceMention,
    RoleCue,
    SigningClause,
    TitleMention,
    VisitReading,
)

__all__ = ["read_document"]

_TOKEN = re.compile(r"\w+'|\w+(?:[-.]\w+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-ÖØ-Þ0-9])|\n+")
_ABBREVIATIONS = ("M.", "Jr.", "Mme.", "Dr.", "S.E.", "av.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "St.", "Mr.", "Mrs.", "Gen.", "Lt.", "Col.", "No.")


@dataclass
class _Token:
    start: int
    end: int
    text: str  # folded

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def read_document(text: str, language: str, published: dt.date | None) -> Document:
    """Read ``text`` (normalized) in ``language``; dates resolve against ``published``."""
    return _Reader(text, get_pack(language), published).read()


class _Reader:
    def __init__(self, text: str, pack: LanguagePack, published: dt.date | None) -> None:
        self.text = text
        self.folded = fold(text)
        self.pack = pack
        self.published = published
        self.tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.folded)]
        self._token_at = {t.start: i for i, t in enumerate(self.tokens)}

    # ------------------------------------------------------------------ overall
    def read(self) -> Document:
        self.sentences = self._sentences()
        self.countries = self._countries()
        self.places = self._places()
        self.dates = self._dates()
        self.instruments = self._instruments()
        self.signings = self._signings()
        self.per_spans = self._ner_persons()
        self.titles = self._titles()
        self.people = self._people()
        self.domains = self._domains()
        self.visit = self._visit()
        self._settle_countries()
        agreements = self._agreements()
        return Document(
            text=self.text,
            language=self.pack.code,
            published=self.published,
            sentences=self.sentences,
            countries=self.countries,
            places=self.places,
            dates=self.dates,
            people=self.people,
            instruments=self.instruments,
            signings=self.signings,
            domains=self.domains,
            visit=self.visit,
            agreements=agreements,
        )

    # ------------------------------------------------------------------ helpers
    def sentence_of(self, offset: int) -> int:
        for i, (start, end) in enumerate(self.sentences):
            if start <= offset < end:
                return i
        return max(len(self.sentences) - 1, 0)

    def _sentences(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        abbreviations = _ABBREVIATIONS + tuple(self.pack.data["cues"].get("sentence_abbreviations", ()))
        for match in _SENTENCE_END.finditer(self.text):
            before = self.text[max(0, match.start() - 6) : match.start()]
            if not match.group().strip(" ") and any(before.endswith(a) for a in abbreviations):
                continue
            if self.text[start : match.start()].strip():
                spans.append((start, match.start()))
            start = match.end()
        if self.text[start:].strip():
            spans.append((start, len(self.text.rstrip())))
        return spans or [(0, len(self.text))]

    def _token_index(self, offset: int) -> int | None:
        index = self._token_at.get(offset)
        if index is not None:
            return index
        for i, token in enumerate(self.tokens):
            if token.start >= offset:
                return i
        return None

    def _match_words(self, index: int, phrases: frozenset[str]) -> int:
        """Length in tokens of the longest phrase of ``phrases`` starting at token ``index``."""
        best = 0
        joined = ""
        for length in range(1, 6):
            if index + length > len(self.tokens):
                break
            token = self.tokens[index + length - 1]
            if length == 1:
                joined = token.lower
            else:
                gap = self.folded[self.tokens[index + length - 2].end : token.start]
                joined += (" " if gap else "") + token.lower
            if joined in phrases:
                best = length
        return best

    # ------------------------------------------------------------------ mentions
    def _countries(self) -> list[CountryMention]:
        found = []
        for match in self.pack.country_regex.finditer(self.folded):
            entry = self.pack.country_of_form(match.group())
            if entry is None:
                continue
            code, kind = entry
            found.append(CountryMention(match.start(), match.end(), self.text[match.start() : match.end()], code, kind))
        return self._settle_shared_demonyms(found)

    def _settle_shared_demonyms(self, found: list[CountryMention]) -> list[CountryMention]:
        """A demonym two countries share goes to the one the article names."""
        shared = self.pack.shared_demonyms
        if not shared:
            return found
        named: dict[str, int] = {}
        for m in found:
            if m.kind != "demonym":
                named[m.country] = named.get(m.country, 0) + 1
        settled = []
        for mention in found:
            codes = shared.get(fold(mention.text).lower()) if mention.kind == "demonym" else None
            if codes:
                # the country the article names most (a background mention of the other loses)
                candidates = [c for c in codes if c in named]
                choice = max(candidates, key=lambda c: named[c]) if candidates else mention.country
                mention = CountryMention(mention.start, mention.end, mention.text, choice, mention.kind)
            settled.append(mention)
        return settled

    def _is_sentence_start(self, offset: int) -> bool:
        return any(start == offset for start, _ in self.sentences)

    def _places(self) -> list[PlaceMention]:
        found = []
        for match in self.pack.city_regex.finditer(self.folded):
            city, skip = self.pack.city_named(match.group())
            code, _capital = self.pack.gazetteer[city]
            start = match.start() + skip  # "au Caire": the mention is "Caire", the city "Le Caire"
            text = self.text[start : match.end()]
            found.append(PlaceMention(start, match.end(), text, city if skip else text, code))
        return found

    def _dates(self) -> list[DateMention]:
        rules = self.pack.date_rules
        pattern = _compiled_dates(self.pack)
        return rules.find(self.text, self.published, self.pack.dates, pattern)

    # ------------------------------------------------------------------ instruments
    def _instruments(self) -> list[InstrumentMention]:
        data = self.pack.data["instruments"]
        links = frozenset(fold(w).lower() for w in data["complement_links"])
        stops = frozenset(fold(w).lower() for w in data["title_stop_words"])
        anaphoric = frozenset(fold(w).lower() for w in data["anaphoric_determiners"])
        found: list[InstrumentMention] = []
        for match in self.pack.instrument_regex.finditer(self.folded):
            head = match.group().lower()
            kind = self.pack.instrument_kinds.get(head)
            if kind is None:
                continue
            before = self.folded[max(0, match.start() - 30) : match.start()].lower()
            if kind == "agreement" and any(re.search(fold(p), before) for p in data.get("not_instrument_before", [])):
                continue
            index = self._token_index(match.end())
            end = match.end()
            # adjectives right after the head ("accord de coopération militaire", "accord exécutif")
            boundary = self.pack.words("boundary_words")
            post_stops = frozenset(fold(w).lower() for w in data.get("post_head_stops", []))
            for _ in range(data.get("post_head_adjectives", 2)):
                if index is None or index >= len(self.tokens):
                    break
                token = self.tokens[index]
                if self.folded[end : token.start] != " " or not token.is_word or token.capitalized or token.text.isdigit():
                    break
                if token.lower in stops or token.lower in boundary or token.lower in links or self._match_words(index, links) or token.lower.endswith("ant"):
                    break
                if self._match_words(index, stops) or self._match_words(index, boundary):
                    break  # a stop phrase split by the tokenizer: "aujourd’hui"
                if self._match_words(index, self.pack.words("coordinators")) or token.lower in post_stops:
                    break
                end = token.end
                index += 1
            if index is not None:
                end = self._extend_phrase(index, links, stops, end, allow_capitals=True, bare_nouns=True)
            # head-final languages: modifiers before the head ("a defence cooperation agreement")
            pre_stops = frozenset(fold(w).lower() for w in data.get("pre_head_stops", []))
            start = self._pre_head_start(match.start(), data.get("pre_head_modifiers", 0), lambda t: t.lower not in pre_stops and not t.text.isdigit())
            determiner = self._determiner_before(start)
            found.append(
                InstrumentMention(
                    start=start,
                    end=end,
                    title=self.text[start:end],
                    kind=kind,
                    determiner=determiner,
                    anaphoric=determiner in anaphoric,
                    sentence=self.sentence_of(start),
                )
            )
        return self._attach_instruments(found)

    def _attach_instruments(self, found: list[InstrumentMention]) -> list[InstrumentMention]:
        """"protocole additionnel à l’accord de 2019 sur ...": one instrument, the protocol,
        whose title runs on through the instrument it is attached to."""
        data = self.pack.data["instruments"]
        words = tuple(fold(w).lower() for w in data.get("attaching_words", []))
        links = {fold(w).lower() for w in data.get("attaching_links", [])}
        merged: list[InstrumentMention] = []
        for mention in found:
            previous = merged[-1] if merged else None
            if previous is not None and previous.start <= mention.start < previous.end:
                continue  # inside a title already read
            gap = " ".join(self.folded[previous.end : mention.start].lower().split()) if previous else ""
            gap = gap.replace("' ", "'")
            # "protocole additionnel | à l’ | accord …", "Protocol | amending the | Agreement …"
            attached = (self.folded[previous.start : previous.end].lower().endswith(words) and gap in links) if previous and words else False
            attached = attached or any(gap == word or (gap.startswith(word + " ") and gap[len(word) + 1 :] in links) for word in words)
            if previous is not None and attached and previous.sentence == mention.sentence:
                merged[-1] = replace(previous, end=mention.end, title=self.text[previous.start : mention.end])
                continue
            merged.append(mention)
        return merged

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
            if any(d.start <= token.start < d.end for d in getattr(self, "dates", [])) or not accept(token):
                break
            start = token.start
            limit -= 1
            k -= 1
        return start

    def _determiner_before(self, offset: int) -> str:
        before = self.folded[max(0, offset - 20) : offset]
        match = re.search(r"(\w+'|\w+)\s*$", before)
        if match is None:
            return ""
        word = match.group(1).lower()
        if word in ("present", "présent", "présente"):
            prior = re.search(r"(\w+)\s+\w+\s*$", before)
            return f"{prior.group(1).lower()} {word}" if prior else word
        return word

    def _extend_phrase(self, index: int, links: frozenset[str], stops: frozenset[str], end: int, *, allow_capitals: bool, location_links: frozenset[str] = frozenset(), guarded: frozenset[str] = frozenset(), capital_words: frozenset[str] | None = None, bare_nouns: bool = False) -> int:
        """Extend a noun phrase through ``link`` + noun-phrase complements.

        Coordinated complements are followed ("de l'Intérieur et de la Sécurité", "de
        l'Énergie, du Pétrole et des Mines"): a comma list only counts once a coordinator
        closes it. ``guarded`` links ("à la", "aux") only count before a capitalised word
        that is not a place ("aux Affaires étrangères", not "au Maroc"). With ``bare_nouns``
        a coordinator may join a bare lowercase noun, as in fixed compounds of instrument
        titles ("recherche et développement"); a determiner after it starts a new phrase.
        With ``capital_words``
        (languages that capitalise titles) a capitalised word must be one of them or a country
        or city, else a name begins ("Minister of Defence Khawaja Asif"), and a coordinator may
        join a bare capitalised complement ("of Trade and Industry").
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
                    elif capital_words is not None and self.pack.titles.get("bare_coordination") and self._office_word(i + 1, capital_words):
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
                    elif coord and capital_words is not None and self.pack.titles.get("bare_coordination") and self._office_word(i + coord, capital_words):
                        i += coord
                        closes = True
                        bare = True
            span = self._match_words(i, links) or self._guarded_link(i, guarded)
            if not span and not bare:
                break
            bare = False
            link_end = i + span
            j = link_end
            # optional determiner
            if j < len(self.tokens) and self.tokens[j].lower in ("la", "le", "les", "l'", "the", "a", "an"):
                j += 1
            if consumed and j < len(self.tokens) and self.pack.title_head_regex.match(self.folded, self.tokens[j].start):
                break  # "et du commandant de la zone sud": a second title, not a complement
            words = 0
            last_capital = None
            while j < len(self.tokens):
                token = self.tokens[j]
                if not token.is_word or token.lower in stops or token.lower in boundary or token.lower in coordinators:
                    if bare_nouns and words and self._match_words(j, coordinators) and self._bare_noun(j + self._match_words(j, coordinators), stops, links):
                        j += self._match_words(j, coordinators)  # "la recherche et développement"
                        continue
                    break
                if self._match_words(j, stops) or self._match_words(j, boundary):
                    break  # a stop phrase split by the tokenizer: "aujourd’hui"
                if self._match_words(j, links) and words:
                    break
                if self.folded[self.tokens[j - 1].end : token.start].count("\n"):
                    break
                if any(d.start <= token.start < d.end for d in getattr(self, "dates", [])):
                    break  # "an extradition treaty on November 4": a date, not a complement
                if capital_words is not None and not token.capitalized and words and last_capital and token.lower not in capital_words:
                    break  # "Minister of Tourism and Hospitality Industry crossed …": the verb follows
                if token.capitalized:
                    if not allow_capitals:
                        break
                    if words and last_capital is False:
                        break  # "de corps d'armée Mohammed": a name begins
                    if words and self._per_starts_at(token.start):
                        break
                    if capital_words is not None and not self._office_word(j, capital_words):
                        break  # "Minister of Defence Khawaja Asif": a name begins
                    if capital_words is not None and words and self.pack.title_head_regex.match(self.folded, token.start):
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
        if self.pack.title_head_regex.match(self.folded, token.start):
            return False  # "ministre de la Défense et président de ...": a second title
        function_words = ("definite_determiners", "new_determiners", "post_head_stops")
        return len(token.text) > 2 and not any(token.lower in self.pack.words(key, "instruments") for key in function_words)

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

    def _guarded_link(self, index: int, guarded: frozenset[str]) -> int:
        if not guarded or index >= len(self.tokens):
            return 0
        span = self._match_words(index, guarded)
        if not span:
            return 0
        j = index + span
        if j < len(self.tokens) and self.tokens[j].lower in ("la", "le", "les", "l'"):
            j += 1
        if j >= len(self.tokens):
            return 0
        token = self.tokens[j]
        if not token.capitalized or not token.is_word:
            return 0
        rest = self.folded[token.start : token.start + 40]
        if self.pack.country_regex.match(rest) or self.pack.city_regex.match(rest):
            return 0
        return span

    def _per_starts_at(self, offset: int) -> bool:
        return any(start == offset for start, _ in getattr(self, "per_spans", []))

    # ------------------------------------------------------------------ signing clauses
    def _signings(self) -> list[SigningClause]:
        found: list[SigningClause] = []
        signed = self.pack.cue("signed")
        planned = self.pack.cue("planned")
        for index, (start, end) in enumerate(self.sentences):
            sentence = self.folded[start:end]
            plans = list(planned.finditer(sentence))
            for match in signed.finditer(sentence):
                if any(p.start() <= match.start() < p.end() or match.start() <= p.start() < match.end() for p in plans):
                    continue
                found.append(SigningClause(start + match.start(), start + match.end(), index, "signed"))
            if not any(c.sentence == index for c in found):
                for match in plans:
                    found.append(SigningClause(start + match.start(), start + match.end(), index, "planned"))
        return found

    # ------------------------------------------------------------------ people
    def _ner_persons(self) -> list[tuple[int, int]]:
        honorifics = [fold(h) for h in self.pack.titles["honorifics"]]
        windows = []
        after_title = False  # officials named in the sentence after their function ("Le premier, X")
        naming = self._naming_cues
        for start, end in self.sentences:
            sentence = self.folded[start:end]
            has_title = self.pack.title_head_regex.search(sentence) is not None
            named_later = naming is not None and naming.anywhere.search(sentence) is not None
            if has_title or after_title or any(h in sentence for h in honorifics) or named_later:
                windows.append((start, end))
            after_title = has_title
        return [(start, self._with_suffix(end)) for start, end in ner.person_spans(self.pack.code, self.text, windows)]

    def _titles(self) -> list[TitleMention]:
        titles: list[TitleMention] = []
        links = self.pack.words("complement_links")
        location_links = self.pack.words("location_links")
        guarded = self.pack.words("guarded_links")
        stops = frozenset()
        non_official = self.pack.non_official_heads
        non_official_words = self.pack.regex_of("non_official_complements")
        modifiers = self.pack.words("title_modifiers")
        location_heads = tuple(sorted(self.pack.words("location_heads")))
        # head-final titles ("Pakistani Defence Minister"): words before the head, and
        # capitalised words a complement may hold before a name begins ("of Defence Khawaja")
        pre_words = self.pack.words("pre_head_words") if "pre_head_words" in self.pack.titles else frozenset()
        capital_words = self.pack.words("complement_capitals") if "complement_capitals" in self.pack.titles else None
        counterpart_regex = self.pack.regex_of("counterpart_heads")
        covered_until = -1
        heads = list(self.pack.title_head_regex.finditer(self.folded))
        heads += [m for m in counterpart_regex.finditer(self.folded)]
        heads.sort(key=lambda m: m.start())
        counterparts = {m.start() for m in counterpart_regex.finditer(self.folded)}
        for match in heads:
            if match.start() < covered_until:
                continue
            head = match.group().lower()
            counterpart = match.start() in counterparts
            official = head not in non_official
            end = match.end()
            index = self._token_index(match.end())
            is_location_head = head.startswith(location_heads)
            allowed_links = links if is_location_head else links - location_links
            # modifiers and demonyms right after the head
            while index is not None and index < len(self.tokens):
                token = self.tokens[index]
                if self.folded[end : token.start].strip():
                    break
                entry = self.pack.country_of_form(token.text)
                if token.lower in modifiers or (entry and entry[1] == "demonym" and not token.capitalized):
                    end = token.end
                    index += 1
                    continue
                break
            if not counterpart and index is not None and index < len(self.tokens) and not self.folded[end : self.tokens[index].start].strip():
                end = self._extend_phrase(index, allowed_links, stops, end, allow_capitals=True, guarded=frozenset() if is_location_head else guarded, capital_words=capital_words, bare_nouns=True)
            start = match.start()
            if pre_words:
                start = self._pre_head_start(match.start(), 4, lambda t, c=counterpart: self._title_premodifier(t, pre_words, c))
                if start < covered_until:
                    start = match.start()  # never into the previous title
            text = self.text[start:end]
            if official and non_official_words.search(self.folded[match.end() : end]):
                official = False
            country = self._possessor(start) or self._country_within(start, end)
            titles.append(TitleMention(start, end, text, official, country, self.text[match.start() : match.end()], counterpart))
            covered_until = end
        return titles

    def _title_premodifier(self, token: _Token, pre_words: frozenset[str], counterpart: bool) -> bool:
        entry = self.pack.country_of_form(token.text)
        if entry and entry[1] == "demonym" and token.capitalized:
            return True  # "Pakistani Defence Minister", "his Pakistani counterpart"
        return not counterpart and token.lower in pre_words

    def _possessor(self, start: int) -> str | None:
        """The country of an English possessive right before a title ("Pakistan's Minister ...")."""
        suffixes = [fold(s) for s in self.pack.titles.get("possessive_suffixes", [])]
        if not suffixes:
            return None
        for country in self.countries:
            if country.end <= start and start - country.end <= 4 and self.folded[country.end : start].rstrip() in suffixes and self.folded[start - 1 : start].isspace():
                return country.country
        return None

    def _country_within(self, start: int, end: int) -> str | None:
        inside = [c for c in self.countries if c.start >= start and c.end <= end]
        demonyms = [c for c in inside if c.kind == "demonym"]
        if demonyms:
            return demonyms[0].country
        return inside[0].country if inside else None

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

    def _people(self) -> list[PersonReading]:
        mentions: list[PersonMention] = []
        used_names: set[tuple[int, int]] = set()
        chain_links = re.compile(fold(self.pack.titles["chain_links"]), re.IGNORECASE)
        titles = self.titles
        used_titles: set[int] = set()
        i = 0
        while i < len(titles):
            chain = [titles[i]]
            while i + 1 < len(titles):
                between = self.folded[chain[-1].end : titles[i + 1].start]
                if chain_links.match(between) and "\n" not in between:
                    chain.append(titles[i + 1])
                    i += 1
                else:
                    break
            i += 1
            name_span = self._name_at(chain[-1].end)
            if name_span is not None:
                used_names.add(name_span)
                named = [chain[-1]]
                for title in reversed(chain[:-1]):
                    if self._same_person_titles(title, named):
                        named.insert(0, title)
                    else:
                        break
                for title in chain[: len(chain) - len(named)]:
                    mentions.append(self._mention([title], None))
                mention = self._mention(named, name_span)
                # "son homologue algérien, Rachid Benyoucef, ministre de l'Intérieur ..."
                after = self._appositive_title(name_span[1])
                if after is not None:
                    mention.titles.append(after)
                    mention.end = after.end
                    used_titles.add(after.start)
                mentions.append(mention)
                used_titles.update(t.start for t in chain)
            else:
                for title in chain:
                    if title.start not in used_titles:
                        mentions.append(self._mention([title], None))
        mentions = [m for m in mentions if m.name is not None or not (m.titles and m.titles[0].start in used_titles and len(m.titles) == 1 and any(m.titles[0] in n.titles[1:] for n in mentions if n.name))]
        if not ner.model_available(self.pack.code):
            self.per_spans = self.per_spans + self._pattern_names(mentions)
        # names followed by an appositive title ("Khawaja Asif, ministre pakistanais ...")
        for start, end in self.per_spans:
            if (start, end) in used_names or any(m.name_start is not None and m.name_start <= start < m.name_end for m in mentions):
                continue
            title = self._appositive_title(end)
            if title is not None:
                mentions = [m for m in mentions if not (m.name is None and m.titles == [title])]
                mention = self._mention([title], (start, end))
                mention.start = start
                mention.end = max(end, title.end)
                mentions.append(mention)
            else:
                mentions.append(self._mention([], (start, end)))
        mentions.sort(key=lambda m: m.start)
        for mention in mentions:
            if self._background(mention.sentence):
                continue  # an earlier visit or event: no role in this one
            mention.roles = self._roles(mention)
        return self._group(mentions)

    def _background(self, index: int) -> bool:
        """A sentence about an earlier event ("déjà", "en 2019", "l’an dernier"). A year is
        background only before the publication year: "ont signé en 2016" in a 2016 article
        reports this signing."""
        start, end = self.sentences[index]
        for match in self.pack.cue("background").finditer(self.folded, start, end):
            year = re.search(r"\d{4}", match.group())
            if year is None or self.published is None or int(year.group()) < self.published.year:
                return True
        return False

    def _appositive_title(self, offset: int) -> TitleMention | None:
        after = self.folded[offset : offset + 3]
        if not after.startswith(","):
            return None
        reach = 3
        prefix = self.pack.titles.get("appositive_prefix")
        if prefix:  # "Khawaja Asif, Pakistan's defence minister": a possessive or article first
            reach = max(reach, re.compile(r",\s*" + fold(prefix)).match(self.folded, offset).end() - offset)
        return next((t for t in self.titles if 0 <= t.start - offset <= reach and not t.counterpart), None)

    def _pattern_names(self, mentions: list[PersonMention]) -> list[tuple[int, int]]:
        """Names without a NER model: capitalised runs before an appositive title
        ("Khawaja Asif, Pakistan's defence minister"), and later surnames of named officials."""
        surnames = {fold(m.name).split()[-1] for m in mentions if m.name}
        particles = self.pack.words("name_particles")
        office = self.pack.words("complement_capitals") if "complement_capitals" in self.pack.titles else frozenset()
        boundary = self.pack.words("boundary_words")
        taken = [(t.start, t.end) for t in self.titles] + [(m.name_start, m.name_end) for m in mentions if m.name]
        taken += [(d.start, d.end) for d in self.dates] + [(p.start, p.end) for p in self.places]

        def name_word(token: _Token) -> bool:
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

    def _same_person_titles(self, title: TitleMention, named: list[TitleMention]) -> bool:
        if title.country and any(t.country and t.country != title.country for t in named):
            return False
        lowered = fold(title.text).lower()
        return not lowered.startswith(("ambassad", "consul", "chargé d'affaires", "chargée d'affaires"))

    def _mention(self, titles: list[TitleMention], name_span: tuple[int, int] | None) -> PersonMention:
        start = titles[0].start if titles else name_span[0]  # type: ignore[index]
        end = name_span[1] if name_span else titles[-1].end
        name = self.text[name_span[0] : name_span[1]] if name_span else None
        return PersonMention(
            start=start,
            end=end,
            name=name,
            name_start=name_span[0] if name_span else None,
            name_end=name_span[1] if name_span else None,
            titles=list(titles),
            sentence=self.sentence_of(start),
        )

    _DETERMINER_TAIL = re.compile(r"(?:\b(?:le|la|les|l'|du|de la|de l'|des|de|d'|au|aux|à la|à l'|son|sa|ses|leur|the)\s*)$", re.IGNORECASE)
    _HONORIFIC_DOT = re.compile(r"\b(M|MM|Mme|Mmes|Dr|Pr|S\.E)\.")

    def _roles(self, mention: PersonMention) -> list[RoleCue]:
        s_start, s_end = self.sentences[mention.sentence]
        raw_before = self._HONORIFIC_DOT.sub(lambda m: m.group(1) + "_", self.folded[s_start : self._mention_left(mention)])
        before = self._DETERMINER_TAIL.sub("", raw_before)
        after = self.folded[mention.end : s_end].lstrip(" ,")
        after_offset = s_end - len(self.folded[mention.end : s_end].lstrip(" ,"))
        cues: list[RoleCue] = []

        def add(role: str, name: str, text: str, base: int, alt: str | None = None) -> None:
            pattern = self.pack.cue(name)
            match = pattern.search(text) or (pattern.search(alt) if alt is not None else None)
            if match is not None:
                cues.append(RoleCue(role, base + match.start(), base + min(match.end(), len(text))))

        add("signatory", "signatory_after_person", after, after_offset)
        add("signatory", "signatory_before_person", before, s_start, raw_before)
        add("host", "host_after_person", after, after_offset)
        add("host", "host_before_person", before, s_start, raw_before)
        add("visitor", "visitor_after_person", after, after_offset)
        add("visitor", "visitor_before_person", before, s_start, raw_before)
        if not any(c.role == "signatory" for c in cues):
            add("witness", "witness_before_person", raw_before, s_start, before)
        add("witness", "witness_after_person", after, after_offset)
        return cues

    def _mention_left(self, mention: PersonMention) -> int:
        """Start of the mention including its determiner ("du ", "l'")."""
        return mention.start

    def _head(self, title: TitleMention) -> str:
        return fold(title.head or title.text.split()[0]).lower()

    def _short(self, title: TitleMention) -> bool:
        """A title that is only a head with modifiers or a demonym ("le ministre tunisien")."""
        text = self.folded[title.start : title.end]
        at = max(text.lower().find(fold(title.head).lower()), 0) if title.head else 0
        rest = (text[:at] + " " + text[at + len(title.head or "") :]).split()
        modifiers = self.pack.words("title_modifiers")
        return all(w.lower() in modifiers or (self.pack.country_of_form(w) or ("", ""))[1] == "demonym" for w in rest)

    def _group(self, mentions: list[PersonMention]) -> list[PersonReading]:
        anaphor_only = self.pack.words("anaphor_only_heads")
        groups: list[list[PersonMention]] = []
        # named people first
        for mention in mentions:
            if not mention.name:
                continue
            target = next((g for g in groups if self._corefer(g, mention)), None)
            if target is None:
                groups.append([mention])
            else:
                target.append(mention)

        def country_of(group: list[PersonMention]) -> str | None:
            for m in group:
                for t in m.titles:
                    if t.country:
                        return t.country
            return None

        unnamed_groups: list[list[PersonMention]] = []
        for mention in mentions:
            if mention.name or not mention.titles:
                continue
            title = mention.titles[0]
            target = self._antecedent(mention, title, groups, country_of)
            if target is not None:
                target.append(mention)
                continue
            head = self._head(title)
            if head in anaphor_only or title.counterpart:
                continue
            same = next((g for g in unnamed_groups if fold(g[0].titles[0].text).lower() == fold(title.text).lower()
                         or (self._short(title) and self._head(g[0].titles[0]) == head and (title.country in (None, g[0].titles[0].country)))), None)
            if same is not None:
                same.append(mention)
            else:
                unnamed_groups.append([mention])
        self._named_later(groups, unnamed_groups)
        groups.extend(unnamed_groups)
        groups.sort(key=lambda g: min(m.start for m in g))
        people = []
        for group in groups:
            named = [m for m in group if m.name]
            # an official named after their function has their titles in the unnamed mentions
            source = named if any(m.titles for m in named) or len(named) == len(group) else group
            titles: list[TitleMention] = []
            seen: set[str] = set()
            for mention in source:
                for title in mention.titles:
                    key = fold(title.text).lower()
                    if title.counterpart or key in seen:
                        continue
                    seen.add(key)
                    titles.append(title)
            keys = [fold(t.text).lower() for t in titles]
            titles = [t for t, k in zip(titles, keys) if not any(o != k and o.startswith(k + " ") for o in keys)]
            name = max((m.name for m in named), key=lambda n: len(n.split())) if named else None
            official = any(t.official for m in group for t in m.titles if not t.counterpart) or (bool(named) and any(t.counterpart for m in group for t in m.titles))
            if any(not t.official for t in titles):
                official = False
            country = None
            evidence = None
            for m in sorted(group, key=lambda m: (m.name is None, m.start)):
                t = next((t for t in m.titles if t.country), None)
                if t is not None:
                    country, evidence = t.country, (t.start, t.end)
                    break
            roles = [cue for m in group for cue in m.roles]
            people.append(PersonReading(name, group, titles, country, evidence, roles, official, False))
        return [p for p in people if p.official and (p.titles or p.name)]

    def _named_later(self, named: list[list[PersonMention]], unnamed: list[list[PersonMention]]) -> None:
        """Officials introduced by their function and named afterwards join their name:
        "… signature du ministre centrafricain … et du ministre camerounais …. Le premier,
        Hervé Ngouandji, …"; "Son hôte, Hanitra Razafindrabe"; "Mbaé Soilihi Djoumoi, qui
        conduit la délégation comorienne" (the one unnamed official of that country)."""
        naming = self._naming_cues
        if naming is None or not unnamed:
            return
        for group in list(named):
            if any(m.titles for m in group):
                continue
            first = min(group, key=lambda m: m.start)
            if not first.name or not first.name[:1].isupper() or len(first.name.split()) < 2:
                continue  # a name, not a stray span of the NER ("kazakhe de la Défense")
            s_start, s_end = self.sentences[first.sentence]
            before = self.folded[s_start : first.start]
            earlier = sorted((g for g in unnamed if min(m.start for m in g) < first.start), key=lambda g: min(m.start for m in g))
            if not earlier:
                continue
            target = None
            if (found := naming.ordinal_at_end.search(before)) is not None:
                rank = naming.ranks[found.group(1).lower()]
                last = max(m.sentence for g in earlier for m in g if m.start < first.start)
                recent = [g for g in earlier if any(m.sentence == last for m in g)]
                pool = recent if len(recent) > rank else earlier
                target = pool[rank] if len(pool) > rank else None
            elif naming.host_at_end.search(before):
                hosts = [g for g in earlier if any(c.role == "host" for m in g for c in m.roles)]
                target = hosts[0] if len(hosts) == 1 else None
            else:
                codes = {c.country for c in self.countries if s_start <= c.start < s_end and c.kind == "demonym"}
                same = [g for g in earlier if any(t.country in codes for m in g for t in m.titles)]
                target = same[0] if len(codes) == 1 and len(same) == 1 else None
            if target is not None and not any(m.name for m in target):
                target.extend(group)
                target.sort(key=lambda m: m.start)
                named.remove(group)

    @cached_property
    def _naming_cues(self) -> _NamingCues | None:
        """The language's ways of naming an official already introduced by function."""
        cues = self.pack.data["cues"].get("named_later")
        if not cues:
            return None
        ranks = {fold(k).lower(): v for k, v in cues["ordinals"].items()}
        alternation = "|".join(re.escape(k) for k in sorted(ranks, key=len, reverse=True))
        host = fold(cues["host"])
        return _NamingCues(
            ranks,
            ordinal_at_end=re.compile(rf"\b({alternation})\s*,\s*$", re.IGNORECASE),
            host_at_end=re.compile(host, re.IGNORECASE),
            anywhere=re.compile(rf"(?:{alternation})\s*,|{host.removesuffix('$')}", re.IGNORECASE),
        )

    def _antecedent(self, mention: PersonMention, title: TitleMention, groups, country_of):
        """The named person an unnamed mention refers back to ("le ministre tunisien", "son homologue")."""
        head = self._head(title)
        anaphor_only = self.pack.words("anaphor_only_heads")
        if not (title.counterpart or self._short(title) or head in anaphor_only):
            return None

        def last_before(group):
            starts = [m.start for m in group if m.start < mention.start]
            return max(starts) if starts else -1

        candidates = groups
        if title.country:
            candidates = [g for g in groups if country_of(g) == title.country]
        elif title.counterpart:
            subject = self._subject_country(mention)
            if subject is None:
                return None
            candidates = [g for g in groups if country_of(g) and country_of(g) != subject]
            subject_heads = {self._head(t) for g in groups if country_of(g) == subject for m in g for t in m.titles}
            same_head = [g for g in candidates if any(self._head(t) in subject_heads for m in g for t in m.titles)]
            candidates = same_head or candidates
        if not title.counterpart and head not in anaphor_only:
            # "le ministre égyptien" refers back to "ministre d'État égyptien ...": the head's
            # first word is enough
            first = head.split()[0] if head else head
            candidates = [g for g in candidates if any(self._head(t) == head or (self._head(t) or "").split()[:1] == [first] for m in g for t in m.titles)]
        if not candidates:
            return None
        if not title.country and not title.counterpart and len(candidates) > 1:
            return None
        before = [g for g in candidates if last_before(g) >= 0]
        if before:
            return max(before, key=last_before)
        return candidates[0]

    def _subject_country(self, mention: PersonMention) -> str | None:
        """Country of the person the sentence (or the one before) is about, for "son homologue"."""
        sentence = mention.sentence
        best = None
        for title in self.titles:
            if title.start >= mention.start or title.counterpart:
                continue
            if self.sentence_of(title.start) in (sentence, sentence - 1) and title.country:
                best = title.country
        if best is None:
            for country in self.countries:
                if country.start < mention.start and country.kind == "demonym" and self.sentence_of(country.start) in (sentence, sentence - 1):
                    best = country.country
        return best

    def _corefer(self, group: list[PersonMention], mention: PersonMention) -> bool:
        if mention.name:
            surname = mention.name.split()[-1].lower()
            return any(m.name and (m.name.split()[-1].lower() == surname) for m in group)
        return False

    # ------------------------------------------------------------------ domains
    def _domains(self) -> list[DomainMention]:
        taken: list[tuple[int, int]] = [(t.start, t.end) for t in self.titles]
        found: list[DomainMention] = []
        for code, pattern in self.pack.domain_regexes:
            for match in pattern.finditer(self.folded):
                if any(s <= match.start() < e for s, e in taken):
                    continue
                found.append(DomainMention(match.start(), match.end(), self.text[match.start() : match.end()], code, self.sentence_of(match.start())))
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept: list[DomainMention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue  # the longer phrase at the same place wins
            kept.append(mention)
        return kept

    # ------------------------------------------------------------------ visit
    def _visit(self) -> VisitReading | None:
        visitors = [p for p in self.people if "visitor" in p.role_names()]
        hosts = [p for p in self.people if "host" in p.role_names()]
        visit_cue = self.pack.cue("visit")
        no_visit = self.pack.cue("no_visit")
        cue_match = None
        for index, (start, end) in enumerate(self.sentences):
            sentence = self.folded[start:end]
            match = visit_cue.search(sentence)
            if match and not no_visit.search(sentence):
                cue_match = (index, start + match.start(), start + match.end())
                break
        if cue_match is None and not visitors:
            return None
        if cue_match is None:
            return None
        if any(no_visit.search(self.folded[s:e]) for s, e in self.sentences) and not visitors:
            return None
        index, cue_start, cue_end = cue_match
        s_start, s_end = self.sentences[index]
        visitor_country = next((p.country for p in visitors if p.country), None)
        host_country = next((p.country for p in hosts if p.country), None)
        # destination: "au Maroc", "à Rabat" after the cue
        destination = None
        dest_end = cue_end
        window = self.folded[cue_start:s_end]
        destination_links = "|".join(re.escape(fold(w)) for w in sorted(self.pack.data["cues"]["destination_links"], key=len, reverse=True))
        for match in re.finditer(rf"\b(?:{destination_links})\s+", window):
            at = cue_start + match.end()
            country = next((c for c in self.countries if c.start == at and c.kind in ("name", "long_form")), None)
            place = next((p for p in self.places if p.start == at), None)
            if country is not None:
                destination, dest_end = country.country, country.end
                break
            if place is not None:
                destination, dest_end = place.country, place.end
                break
        # "la visite de travail du ministre somalien ...": the official right after the cue
        # is the visitor, whatever roles other sentences gave (not after "received by").
        names_the_visit = self.pack.cue("visit_noun").search(self.folded[cue_start:cue_end]) is not None
        visiting = next(
            (
                t.country for t in self.titles
                if names_the_visit and cue_end <= t.start <= cue_end + 80 and t.start < s_end and t.country
                and any(re.fullmatch(fold(p), self.folded[cue_end : t.start], re.IGNORECASE) for p in self.pack.data["cues"]["visit_of"])
            ),
            None,
        )
        if visiting is not None:
            visitor_country = visiting
        if destination is not None and destination != visitor_country:
            host_country = destination
        if host_country is None or host_country == visitor_country:
            host_country = None
            signing_place = next((self._signing_place_country(i) for i, _ in enumerate(self.sentences) if self._signing_place_country(i)), None)
            if signing_place and signing_place != visitor_country:
                host_country = signing_place
        if visitor_country is None:
            near = [c for c in self.countries if cue_start <= c.start < s_end and c.kind == "demonym" and c.country != host_country]
            visitor_country = near[0].country if near else None
        if visitor_country is None or visitor_country == host_country:
            signing_sentences = {c.sentence for c in self.signings if c.status == "signed"}
            others = [
                c.country for c in self.countries
                if self.sentence_of(c.start) in signing_sentences and c.country != host_country
            ]
            visitor_country = others[0] if others else None
        duration, duration_span = self._duration(index, tuple(sorted({m.sentence for p in visitors for m in p.mentions})))
        end = max(dest_end, duration_span[1] if duration_span else 0)
        for person in visitors:
            for mention in person.mentions:
                if mention.sentence == index:
                    end = max(end, mention.end)
        return VisitReading(host_country, visitor_country, duration, cue_start, end, duration_span)

    def _signing_place_country(self, index: int) -> str | None:
        """Country of a city named "à <city>" in a sentence that reports a signing."""
        start, end = self.sentences[index]
        if not any(c.sentence == index and c.status == "signed" for c in self.signings):
            return None
        for place in self.places:
            if start <= place.start < end and re.search(rf"\b(?:{self._place_prepositions})\s+$", self.folded[max(start, place.start - 6) : place.start]):
                return place.country
        capital = self._capital_phrase(self.folded[start:end])
        if capital:
            entry = self.pack.country_of_form(capital.group(1))
            if entry and entry[1] == "demonym":
                return entry[0]
        return None

    @property
    def _place_prepositions(self) -> str:
        """"à Rabat", "in Rabat": the words before the city where something happened."""
        return "|".join(re.escape(fold(w)) for w in sorted(self.pack.data["cues"]["place_prepositions"], key=len, reverse=True))

    @property
    def _coordinator_alternation(self) -> str:
        return "|".join(phrase_pattern(w) for w in sorted(self.pack.titles["coordinators"], key=len, reverse=True))

    def _capital_phrase(self, sentence: str) -> re.Match[str] | None:
        """"dans la capitale saoudienne", "in the Saudi capital": group 1 is the demonym."""
        for pattern in self.pack.data["cues"]["capital_phrase"]:
            match = re.search(fold(pattern), sentence, re.IGNORECASE)
            if match:
                return match
        return None

    def _duration(self, around: int, visitor_sentences: tuple[int, ...] = ()) -> tuple[int | None, tuple[int, int] | None]:
        data = self.pack.dates
        numbers = {fold(k).lower(): v for k, v in data["numbers"].items()}
        units = {fold(k).lower(): v for k, v in data["duration_units"].items()}
        hours = [fold(h).lower() for h in data["hour_units"]]
        months = "|".join(re.escape(fold(m)) for m in sorted(data["months"], key=len, reverse=True))
        number_alt = r"\d+|" + "|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True))
        unit_alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        hour_alt = "|".join(re.escape(h) for h in hours)
        span_re = re.compile(rf"\b(?P<n>{number_alt})[\s-]+(?:(?P<unit>{unit_alt})|(?P<hours>{hour_alt}))\b", re.IGNORECASE)
        # "du 4 au 6 mai", "from 4 to 6 May", "from May 4 to 6"
        range_re = re.compile(
            rf"\b(?:du|from)\s+(?:(?P<a>\d{{1,2}})(?:er)?\s+(?:au|to)\s+(?P<b>\d{{1,2}})\s+(?:{months})"
            rf"|(?:{months})\s+(?P<a2>\d{{1,2}})\s+(?:au|to)\s+(?:(?:{months})\s+)?(?P<b2>\d{{1,2}})\b)",
            re.IGNORECASE,
        )
        order = [around] + [i for i in range(len(self.sentences)) if i != around]
        visit_sentences = [i for i in order[1:] if self.pack.cue("visit").search(self.folded[slice(*self.sentences[i])])]
        for index in order[:1] + visit_sentences + [i for i in visitor_sentences if i not in visit_sentences and i != around]:
            start, end = self.sentences[index]
            sentence = self.folded[start:end]
            match = range_re.search(sentence)
            if match:
                first, last = (match.group("a"), match.group("b")) if match.group("a") else (match.group("a2"), match.group("b2"))
                days = int(last) - int(first) + 1
                if days > 0:
                    return days, (start + match.start(), start + match.end())
            if index not in visit_sentences and index != around:
                continue  # a visitor's other sentences count for a date range only
            for match in span_re.finditer(sentence):
                raw = match.group("n").lower()
                count = int(raw) if raw.isdigit() else numbers.get(raw)
                if count is None:
                    continue
                if match.group("hours"):
                    if count % 24:
                        continue
                    days = count // 24
                else:
                    days = count * units[match.group("unit").lower()]
                return days, (start + match.start(), start + match.end())
        return None, None

    # ------------------------------------------------------------------ people's countries and ties
    def _side_country(self, person: PersonReading) -> CountryMention | None:
        """The side a sentence puts the person on: "Pour le Brésil, ... signé par X",
        "signés, côté mozambicain, par X" (the last such country before the mention)."""
        side = self.pack.cue("side_before_country")
        for mention in person.mentions:
            s_start, _ = self.sentences[mention.sentence]
            marked = [
                c for c in self.countries
                if s_start <= c.start < mention.start and side.search(self.folded[max(s_start, c.start - 20) : c.start])
            ]
            if marked:
                return marked[-1]
        return None

    def _settle_countries(self) -> None:
        for person in self.people:
            if person.country is None and (marked := self._side_country(person)) is not None:
                person.country, person.country_evidence = marked.country, (marked.start, marked.end)
        # "signé par A et par B": a signatory of unknown country is the side B is not.
        signatories = [p for p in self.people if "signatory" in p.role_names()]
        known = {p.country for p in signatories if p.country}
        signing_sentences = {c.sentence for c in self.signings if c.status == "signed"}
        for person in signatories:
            if person.country is None:
                others = [c.country for c in self.countries if self.sentence_of(c.start) in signing_sentences and c.country not in known]
                if others:
                    person.country = others[0]
                    known.add(others[0])
        visit = self.visit
        for person in self.people:
            if person.country is None and visit is not None:
                roles = person.role_names()
                if "visitor" in roles and visit.visitor:
                    person.country = visit.visitor
                elif visit.host:
                    person.country = visit.host
        if visit is not None and visit.visitor is None:
            visitors = [p.country for p in self.people if "visitor" in p.role_names() and p.country]
            visit.visitor = visitors[0] if visitors else None

    # ------------------------------------------------------------------ agreements
    def _agreements(self) -> list[AgreementReading]:
        signed = [c for c in self.signings if c.status == "signed"]
        planned = [c for c in self.signings if c.status == "planned"]
        readings: list[AgreementReading] = []
        new_mentions: list[tuple[InstrumentMention, SigningClause]] = []
        for clause in signed:
            in_sentence = [m for m in self.instruments if m.sentence == clause.sentence]
            fresh = [
                m for m in in_sentence
                if not m.anaphoric and not self._repeats(m, [n for n, _ in new_mentions]) and not self._earlier_instrument(m)
            ]
            for mention in fresh:
                new_mentions.append((mention, clause))
        if not new_mentions:
            # "Ce protocole a été signé" with the instrument named earlier, or named after
            for clause in signed:
                candidates = [m for m in self.instruments if not m.anaphoric]
                if candidates:
                    new_mentions.append((candidates[0], clause))
                    break
        seen_clauses: dict[int, SigningClause] = {}
        for mention, clause in new_mentions:
            if any(m.start == mention.start for m, _ in new_mentions if m is not mention and m.start < mention.start):
                continue
            seen_clauses.setdefault(mention.start, clause)
        groups = [(m, c) for m, c in new_mentions if seen_clauses.get(m.start) is c]
        mentions = [m for m, _ in groups]
        tied = {m.start: self._tied_sentences(m, mentions, c.sentence) for m, c in groups}
        for mention, clause in groups:
            # sentences about the article's other agreements, not about this one
            foreign = set().union(*(t for start, t in tied.items() if start != mention.start)) - tied[mention.start]
            readings.append(self._agreement(mention, clause, mentions, tied[mention.start], foreign))
        self._share_date_and_place(readings, signed)
        if not readings:
            for clause in planned:
                mention = next((m for m in self.instruments if m.sentence == clause.sentence), None)
                readings.append(self._agreement(mention, clause, [mention] if mention else []))
                break
        return readings

    def _share_date_and_place(self, readings: list[AgreementReading], signed: list[SigningClause]) -> None:
        """Agreements signed together: "two agreements ... yesterday in Port Louis" dates and
        places the second text too, when its own sentences give no date or place; so does a
        lead that names no instrument ("ont conclu hier à Abidjan deux nouveaux textes")."""
        named = {m.sentence for m in self.instruments}
        leads = [c for c in signed if c.sentence not in named]
        dated = next((r.date for r in readings if r.date is not None), None)
        placed = next((r.place for r in readings if r.place is not None), None)
        for clause in leads:
            dated = dated or self._signing_date(clause, {clause.sentence})
            placed = placed or self._signing_place(clause, {clause.sentence})
        for reading in readings:
            if reading.date is None:
                reading.date = dated
            if reading.place is None:
                reading.place = placed

    def _earlier_instrument(self, mention: InstrumentMention) -> bool:
        """An instrument the sentence names as already there: "… of a treaty that has been in
        force since 2009", "l’accord de 2012, en vigueur depuis"."""
        patterns = self.pack.data["instruments"].get("earlier_instrument_after", [])
        after = self.folded[mention.end : mention.end + 80]
        return any(re.match(fold(p), after, re.IGNORECASE) for p in patterns)

    def _repeats(self, mention: InstrumentMention, earlier: list[InstrumentMention]) -> bool:
        """A definite mention of an instrument already introduced ("le mémorandum")."""
        definite = self.pack.words("definite_determiners", "instruments")
        if mention.determiner not in definite:
            return False
        bare = fold(mention.title).lower().split()
        return any(
            e.start < mention.start
            and (e.kind == mention.kind or fold(e.title).lower().split()[: len(bare)] == bare)
            for e in earlier
        )

    def _agreement(
        self,
        mention: InstrumentMention | None,
        clause: SigningClause,
        all_mentions: list[InstrumentMention],
        tied: set[int] | None = None,
        foreign: frozenset[int] | set[int] = frozenset(),
    ) -> AgreementReading:
        if tied is None:
            tied = self._tied_sentences(mention, all_mentions, clause.sentence)
        people = self._tied_people(tied, foreign)
        parties = self._parties(clause, people)
        date = self._signing_date(clause, tied)
        place = self._signing_place(clause, tied)
        domains = self._agreement_domains(mention, all_mentions, tied)
        visit = self.visit if self.visit is not None and self._visit_tied(tied) else None
        return AgreementReading(mention, clause, parties, date, place, people, domains, visit, sorted(tied))

    def _tied_sentences(self, mention: InstrumentMention | None, all_mentions: list[InstrumentMention], clause_sentence: int) -> set[int]:
        """Sentences about this agreement: its signing, its mentions, what refers back to it.

        With several agreements in the article, a sentence naming an instrument belongs to
        the agreement that instrument is closest to (kind and title words), and a sentence
        that only refers back ("Il prévoit ...") to the agreement last named before it.
        """
        tied = {clause_sentence}
        reference = self.pack.cue("agreement_reference")
        several = mention is not None and len(all_mentions) > 1
        current = None  # the agreement the text is talking about, sentence by sentence
        for index, (start, end) in enumerate(self.sentences):
            sentence = self.folded[start:end]
            mentions_here = [m for m in self.instruments if m.sentence == index]
            if several and mentions_here:
                owners = {self._closest_agreement(m, all_mentions).start for m in mentions_here}
                current = mention.start if mention.start in owners else (next(iter(owners)) if len(owners) == 1 else None)
                if len(owners) > 1 and mention.start in owners:
                    current = None  # a sentence listing several agreements: only titles count
                    tied.add(index)
                    continue
            if index < clause_sentence - 1:
                continue
            if several and current is not None and current != mention.start:
                continue
            if mentions_here or reference.search(sentence) or any(c.sentence == index and c.status == "signed" for c in self.signings):
                tied.add(index)
        if mention is not None:
            tied.add(mention.sentence)
        return tied

    def _quoted_spans(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"«[^»]{0,1000}»|“[^”]{0,1000}”", self.text)]

    def _closest_agreement(self, mention: InstrumentMention, agreements: list[InstrumentMention]) -> InstrumentMention:
        if any(a.start == mention.start for a in agreements):
            return next(a for a in agreements if a.start == mention.start)

        def words(text: str) -> set[str]:
            return {w for w in re.findall(r"\w+", fold(text).lower()) if len(w) > 3}

        def closeness(agreement: InstrumentMention) -> float:
            a, b = words(mention.title), words(agreement.title)
            overlap = len(a & b) / len(a | b) if a | b else 0.0
            return (agreement.kind == mention.kind) + 2 * overlap

        return max(agreements, key=closeness)

    def _tied_people(self, tied: set[int], foreign: frozenset[int] | set[int] = frozenset()) -> list[PersonReading]:
        """Officials tied to this agreement or the visit; what they did for another
        agreement of the article (signing it, say) does not count for this one."""
        visit_sentences = set()
        if self.visit is not None:
            visit_sentences.add(self.sentence_of(self.visit.start))
        people = []
        for person in self.people:
            visiting = self._visiting_delegate(person)
            mentions = [m for m in person.mentions if m.sentence not in foreign]
            if not mentions:
                # signed another agreement of the visit: still one of the visit's officials
                visit_roles = [c for c in person.roles if c.role in ("visitor", "host")] or visiting
                if visit_roles:
                    person.tied = True
                    people.append(replace(person, roles=visit_roles))
                continue
            roles = [cue for cue in person.roles if self.sentence_of(cue.start) not in foreign]
            if visiting and not any(c.role == "visitor" for c in roles):
                roles = roles + visiting
                if not foreign:
                    person.roles = roles
            if roles or any(m.sentence in tied or m.sentence in visit_sentences for m in mentions):
                if roles or any(m.sentence in tied for m in mentions):
                    person.tied = True
                    if foreign:
                        person = replace(person, roles=roles)
                    people.append(person)
        return people

    def _visiting_delegate(self, person: PersonReading) -> list[RoleCue]:
        """An official of the visiting country who is no resident diplomat is one of the visitors."""
        visit = self.visit
        if visit is None or person.country is None or person.country != visit.visitor:
            return []
        resident = self.pack.words("resident_heads") if "resident_heads" in self.pack.titles else frozenset()
        for title in person.titles:
            lowered = fold(title.head or title.text).lower()  # "Pakistani Ambassador to ...": the head
            if any(lowered.startswith(head) for head in resident):
                return []
        if any(c.role in ("host", "witness") for c in person.roles):
            return []
        return [RoleCue("visitor", visit.start, visit.end)]

    def _parties(self, clause: SigningClause, people: list[PersonReading]) -> list[CountryMention]:
        s_start, s_end = self.sentences[clause.sentence]
        subject_zone = (s_start, clause.start)
        chosen: dict[str, CountryMention] = {}
        title_spans = [(t.start, t.end) for p in people for t in p.titles]
        for country in self.countries:
            if subject_zone[0] <= country.start < subject_zone[1] and not any(s <= country.start < e for s, e in title_spans):
                chosen.setdefault(country.country, country)
        between = re.search(r"\b(?:entre|between)\b(.{0,160}?)\b(?:et|and)\b", self.folded[s_start:s_end])
        for country in self.countries:
            if between and s_start + between.start() <= country.start <= min(s_start + between.end() + 60, s_end) and country.kind != "demonym":
                chosen.setdefault(country.country, country)
        for place in self.places:
            if subject_zone[0] <= place.start < subject_zone[1] and self.pack.capital_of(place.country) == place.city:
                if re.match(r"\s+(?:et|and)\s", self.folded[place.end : place.end + 5]) or re.search(r"\b(?:et|and)\s+$", self.folded[max(0, place.start - 5) : place.start]):
                    chosen.setdefault(place.country, CountryMention(place.start, place.end, place.text, place.country, "capital"))
        if len(chosen) < 2:
            for person in people:
                roles = person.role_names()
                if person.country and ({"signatory", "host", "visitor"} & set(roles)):
                    mention = self._country_mention_for(person)
                    if mention is not None:
                        chosen.setdefault(person.country, mention)
        if len(chosen) < 2 and self.visit is not None:
            for code in (self.visit.host, self.visit.visitor):
                if code and code not in chosen:
                    mention = next((c for c in self.countries if c.country == code), None)
                    if mention is not None:
                        chosen[code] = mention
        if len(chosen) < 2:
            for country in self.countries:
                if s_start <= country.start < s_end:
                    chosen.setdefault(country.country, country)
        ordered = sorted(chosen.values(), key=lambda c: c.start)
        return ordered

    def _country_mention_for(self, person: PersonReading) -> CountryMention | None:
        for title in person.titles:
            for country in self.countries:
                if title.start <= country.start < title.end and country.country == person.country:
                    return country
        return next((c for c in self.countries if c.country == person.country), None)

    def _signing_date(self, clause: SigningClause, tied: set[int]) -> DateMention | None:
        s_start, s_end = self.sentences[clause.sentence]
        in_sentence = [d for d in self.dates if s_start <= d.start < s_end]
        dateline = _DATELINE_WITH_DATE.match(self.text)
        if dateline and dateline.group(1).isupper():  # "ABUJA, Dec. 15 — ... signed on Sunday": the dateline dates the story
            in_sentence = [d for d in in_sentence if d.start >= dateline.end()] or in_sentence
        if in_sentence:
            return min(in_sentence, key=lambda d: min(abs(d.start - clause.end), abs(clause.start - d.end)))
        ceremony = self.pack.cue("ceremony")
        for index in sorted(tied):
            start, end = self.sentences[index]
            if ceremony.search(self.folded[start:end]):
                found = [d for d in self.dates if start <= d.start < end]
                if found:
                    return found[0]
        if self.sentences:
            start, end = self.sentences[0]
            dateline = [d for d in self.dates if start <= d.start < min(end, start + 60)]
            if dateline:
                return dateline[0]
        return None

    def _signing_place(self, clause: SigningClause, tied: set[int]) -> PlaceMention | None:
        def located(index: int) -> PlaceMention | None:
            start, end = self.sentences[index]
            for place in self.places:
                if not start <= place.start < end:
                    continue
                before = self.folded[max(start, place.start - 12) : place.start]
                after = self.folded[place.end : place.end + 5]
                if re.search(rf"\b(?:{self._place_prepositions})\s+$", before) and not re.match(rf"\s+(?:{self._coordinator_alternation})\s", after):
                    return place
            capital = self._capital_phrase(self.folded[start:end])
            if capital:
                entry = self.pack.country_of_form(capital.group(1))
                if entry and entry[1] == "demonym":
                    city = self.pack.capital_of(entry[0])
                    if city:
                        return PlaceMention(start + capital.start(), start + capital.end(), self.text[start + capital.start() : start + capital.end()], city, entry[0])
            return None

        found = located(clause.sentence)
        if found is not None:
            return found
        ceremony = self.pack.cue("ceremony")
        for index in sorted(tied):
            start, end = self.sentences[index]
            if ceremony.search(self.folded[start:end]):
                found = located(index)
                if found is not None:
                    return found
        dateline = _DATELINE_CITY.match(self.text)
        if dateline and dateline.group(1).isupper():
            name = dateline.group(1).strip().title()
            for candidate in (name, name.replace("'", "’")):
                entry = self.pack.gazetteer.get(fold(candidate))
                if entry:
                    return PlaceMention(dateline.start(1), dateline.end(1), self.text[dateline.start(1) : dateline.end(1)], candidate, entry[0])
        return None

    def _agreement_domains(self, mention: InstrumentMention | None, all_mentions: list[InstrumentMention], tied: set[int]) -> list[DomainMention]:
        own_title = (mention.start, mention.end) if mention else None
        other_titles = [(m.start, m.end) for m in all_mentions if m is not mention]
        chosen: list[DomainMention] = []
        quotes = self._quoted_spans()
        tied = tied | self._content_continuations(tied, len(all_mentions) > 1)
        for domain in self.domains:
            if any(s <= domain.start < e for s, e in quotes):
                continue  # what someone says in quotes is comment, not the agreement's content
            inside_own = own_title is not None and own_title[0] <= domain.start < own_title[1]
            if any(s <= domain.start < e for s, e in other_titles):
                continue
            if not inside_own and domain.sentence not in tied:
                continue
            if not inside_own and len(all_mentions) > 1 and mention is not None and domain.sentence == mention.sentence:
                continue  # in a list of agreements, each one's domains are in its own title
            if domain.code not in [d.code for d in chosen]:
                chosen.append(domain)
        return chosen

    def _content_continuations(self, tied: set[int], several: bool) -> set[int]:
        """Sentences that go on listing what the agreement covers: right after a tied sentence
        saying what it covers ("it provides for ..."), in the same paragraph, naming no
        instrument, no background and no other agreement ("A joint committee will meet every
        six months to review progress")."""
        if several:
            return set()
        content = self.pack.cue("agreement_content")
        background = self.pack.cue("background")
        found: set[int] = set()
        for index in sorted(tied):
            start, end = self.sentences[index]
            if not content.search(self.folded[start:end]):
                continue
            following = index + 1
            while following < len(self.sentences) and following not in tied:
                next_start, next_end = self.sentences[following]
                if "\n" in self.text[end:next_start]:
                    break
                sentence = self.folded[next_start:next_end]
                if any(m.sentence == following for m in self.instruments) or background.search(sentence):
                    break
                found.add(following)
                end = next_end
                following += 1
        return found

    def _visit_tied(self, tied: set[int]) -> bool:
        return self.visit is not None


@dataclass(frozen=True)
class _NamingCues:
    """"Le premier, X" / "Son hôte, X": an ordinal (with its rank) or host phrase and a comma,
    right before a name (``*_at_end``, on the text before it) or anywhere in a sentence."""

    ranks: dict[str, int]
    ordinal_at_end: re.Pattern[str]
    host_at_end: re.Pattern[str]
    anywhere: re.Pattern[str]


# A dateline's city in capitals, in any alphabet ("KLAIPĖDA –", "DAKAR —"); the caller
# checks the capitals, since re has no class for upper-case letters beyond ASCII.
_DATELINE_CITY = re.compile(r"\s*([^\W\d_](?:[^\W\d_]|[' -])+[^\W\d_])\s*(?:,|\(|–|-|—)")
_DATELINE_WITH_DATE = re.compile(r"\s*([^\W\d_](?:[^\W\d_]|[' -])+[^\W\d_]),[^\n]{0,40}?\s[—–-]\s")

_DATE_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled_dates(pack: LanguagePack) -> re.Pattern[str]:
    pattern = _DATE_PATTERNS.get(pack.code)
    if pattern is None:
        pattern = pack.date_rules.compile(pack.dates)
        _DATE_PATTERNS[pack.code] = pattern
    return pattern
