"""Names: person names from the NER model in sentences where an official may be named, and
the name patterns (capitalised runs, particles, honorifics, generational suffixes) the
mentions component uses after a title or before an appositive one."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading import ner
from accordcheck.reading.components.base import Work
from accordcheck.reading.components.capital_surnames import through_capital_surname
from accordcheck.reading.components.name_links import (
    bare_honorifics,
    head_in_name,
    honorifics_before_name,
    leading_honorifics,
    naming_cues,
)
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import NICKNAME

__all__ = ["DOTTED_INITIALS", "NameFinder", "Names", "particle_joined"]


class Names(Component):
    name = "names"
    requires = ("parses",)
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
        apposed = self.tokens[i].text == ","
        if apposed:
            i += 1
            # ", le docteur Hany Soliman,": an honorific spelled out takes its determiner
            if i + 1 < len(self.tokens) and self.tokens[i].lower in self.pack.words("complement_determiners") \
                    and self._honorific_regex.match(self.folded, self.tokens[i + 1].start):
                i += 1
        if i < len(self.tokens):
            honorific = self._honorific_regex.match(self.folded, self.tokens[i].start)
            if honorific:
                i = self._token_index(honorific.end())
            elif (abbreviated := _ABBREVIATED_HONORIFIC.match(self.text, self.tokens[i].start)) and \
                    abbreviated.group(1).lower() not in self.t.lowercase_words and \
                    f"{abbreviated.group(1)}." not in self.pack.titles.get("given_name_abbreviations", ()):
                # "…, Cllr. Jallah A. Kollie", "Attorney General Cllr. Musu T. Dorley-Kollie": an
                # unlisted abbreviation never written in lower case, after a title or its comma
                i = self._token_index(abbreviated.end())
        if i is None or i >= len(self.tokens):
            return None
        start = self.tokens[i].start
        for s, e in self.per_spans:
            if s == start:
                return (s, e)
        particles = self._inner_particles
        post_nominals = set(self.pack.titles.get("post_nominals", []))
        j = i
        words = 0
        after_nickname = -1
        while j < len(self.tokens):
            token = self.tokens[j]
            if j > i and j != after_nickname and not self._next_in_name(j):
                break
            if words >= 2 and token.text in post_nominals:
                break  # "Ciarán Ó Murchú TD", "Sarah Okonjo MP": letters after the name
            if (after := self._initial_end(j)) is not None:  # "Deodat K. Ramcharran", "K. K. Sharma"
                words += 1
                j = after
                continue
            if (after := self._slashed_word_end(j)) is not None:  # "Hirut W/Mariam Abebe": "Wolde Mariam" written short
                words += 1
                j = after
                continue
            if (token.capitalized or particle_joined(token.text, self.pack)) and token.is_word and not self.pack.country_of_form(token.text) and not self._title_word(j):
                words += 1
                j += 1
                continue
            if token.lower in particles and words and (k := self._after_particles(j)) is not None:
                j = k  # "María José de la Fuente Ríos", "Anneke van den Berg-Hoekstra"
                continue
            if words and (k := self._past_nickname(j)) is not None:
                j = after_nickname = k  # "Bishwanauth “Bish” Persaud-Lall": a nickname in quotes inside the name
                continue
            break
        if words >= 2 and not self._common_words(start, self.tokens[j - 1].end) and not self._names_a_place(j - 1):
            return (start, self._with_suffix(self._with_patronymic(self.tokens[j - 1].end)))
        return None

    def _a_district(self, start: int) -> bool:
        """A name right after a known city and a comma is its parish or district ("in
        Speightstown, St. Peter, Ambassador KANG …"; pack cue ``district_after_city``)."""
        lead_start = max(self.sentences[self.sentence_of(start)][0], start - 60)
        found = self.pack.cue("district_after_city").search(self.folded[lead_start:start])
        if found is None or self.pack.city_entry(found.group("city")) is None:
            return False
        city = lead_start + found.start("city")
        return not any(t.start <= city < t.end for t in self.titles)  # "ambassador in Nassau, X": a posting

    def _names_a_place(self, last: int) -> bool:
        """The run ends on a built thing's noun (pack ``built_things``): "Queen Elizabeth
        Hospital", "King Fahd University" name a place after a person, not the person."""
        return self.tokens[last].lower in {fold(w).lower() for w in self.pack.data["cues"].get("built_things", ())}

    def _title_word(self, j: int) -> bool:
        """Token ``j`` is a title's head, not a name's word ("Sultan" of "Sultan bin Hamad")."""
        return bool(self.pack.title_head_regex.fullmatch(self.tokens[j].text)) and not head_in_name(self.t, j, self.places)

    @property
    def _inner_particles(self) -> frozenset[str]:
        """Particles a name goes on past: "de la", "bin", a patronymic ("Rashad Nizami oglu Hasanli")."""
        suffixes = self.pack.words("name_suffix_particles") if self.pack.titles.get("name_suffix_particles") else frozenset()
        return self.pack.words("name_particles") | suffixes

    def _initials_end(self, j: int) -> int | None:
        """After a run of initials starting at token ``j`` ("A. K. M." of "A. K. M. Nazmul
        Hossain"): the index of the word that follows them, or None."""
        k = j
        while (after := self._initial_end(k)) is not None:
            k = after
        return k if k > j else None

    def _with_patronymic(self, end: int) -> int:
        """Extend a name over a patronymic particle after it ("Azamat Zhenishbek uulu")."""
        suffixes = self.pack.titles.get("name_suffix_particles")
        if not suffixes:
            return end
        match = re.compile(r" (?:" + self.pack.alternation("name_suffix_particles", "titles") + r")(?![\w'-])").match(self.folded, end)
        return match.end() if match else end

    def _common_words(self, start: int, end: int) -> bool:
        """Most words of the span are ones the article writes in lower case elsewhere: a
        headline in title case ("President Took Home From Bucharest"), not a name."""
        particles = self.pack.words("name_particles")
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", self.text[start:end]) if w.lower() not in particles]
        common = [w for w in words if w.lower() in self.t.lowercase_words]
        return len(common) * 2 > len(words)

    def _after_particles(self, j: int) -> int | None:
        """The index of the capitalised name word after the particles starting at token ``j``
        ("de la", "van den", "bin"), unless it is a place ("Macky Sall du Sénégal")."""
        particles = self._inner_particles
        k = j
        while k + 1 < len(self.tokens) and k - j < 3 and self.tokens[k].lower in particles and self._next_in_name(k + 1):
            k += 1
        if k == j or k >= len(self.tokens):
            return None
        token = self.tokens[k]
        if not (token.capitalized and token.is_word) or self._place_closes_name(j, k):
            return None
        return k

    def _place_closes_name(self, j: int, k: int) -> bool:
        """Token ``k``, after the particles from token ``j``, is a place the name stops before:
        a country ("Macky Sall du Sénégal"), or a town after the one particle that also means
        "from" ("Moussa Diop de Dakar"). A town's name is a surname after other particles
        ("Marieke van der Linden", "Jan van Bergen") or before more of the name ("Ana de Lima Barros")."""
        rest = self.folded[self.tokens[k].start : self.tokens[k].start + 40]
        if self.pack.country_regex.match(rest):
            return True
        town = self.pack.city_regex.match(rest)
        if not town or k - j != 1 or self.tokens[j].lower not in self.pack.words("origin_prepositions", "cues"):
            return False
        more = self._token_index(self.tokens[k].start + town.end())
        return not (more is not None and more < len(self.tokens) and self._next_in_name(more)
                    and self.tokens[more].capitalized and self.tokens[more].is_word)

    def _next_in_name(self, j: int) -> bool:
        """Token ``j`` goes on the name the token before it is in: one space between them, or
        none after an elided particle ("d'Hondt", "dell'Acqua")."""
        previous = self.tokens[j - 1]
        return self.folded[previous.end : self.tokens[j].start] == ("" if previous.text.endswith("'") else " ")

    def _place_at(self, offset: int) -> bool:
        rest = self.folded[offset : offset + 40]
        return bool(self.pack.country_regex.match(rest) or self.pack.city_regex.match(rest))

    def _with_suffix(self, end: int) -> int:
        """Extend a name over a generational suffix ("Ferdinand Marcos Jr.")."""
        if self.folded[end : end + 1] == "." and DOTTED_INITIALS.search(self.folded, max(0, end - 12), end):
            return end + 1  # "Bhim Prasad K.C.": the last initial's dot is the name's
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

    def _slashed_word_end(self, j: int) -> int | None:
        """The index after "W/Mariam", "G/Egziabher": a capital, a slash and a capitalised word,
        all joined — one word of a name written short."""
        if j + 2 >= len(self.tokens):
            return None
        letter, slash, word = self.tokens[j], self.tokens[j + 1], self.tokens[j + 2]
        joined = slash.start == letter.end and word.start == slash.end
        return j + 3 if joined and slash.text == "/" and _INITIAL.fullmatch(letter.text) and word.capitalized and word.is_word else None

    def _initial_end(self, j: int) -> int | None:
        """An initial inside a name ("K." in "Deodat K. Ramcharran", "Sh." in "Farrukh Sh.
        Yusupov"): a capital and at most one small letter, or a given name written short
        ("Mohd."), its dot, then a capitalised word.
        Returns the index of the token after the dot."""
        tokens = self.tokens
        if j + 2 >= len(tokens):
            return None
        token, dot, following = tokens[j], tokens[j + 1], tokens[j + 2]
        short = f"{token.text}." in self.pack.titles.get("given_name_abbreviations", ())  # "Mohd. Azlan Ismail"
        if not ((short or _INITIAL.fullmatch(token.text)) and dot.text == "." and dot.start == token.end):
            return None
        if bare_honorifics(self.pack).match(self.folded, token.start):  # "Dr. Ramesh": an honorific
            return None
        if self.folded[dot.end : following.start] != " ":
            return None
        # "Roberto C. de Guzman": a particle may follow, before the surname
        particle = following.lower in self.pack.words("name_particles") and self._after_particles(j + 2) is not None
        if not (following.capitalized and following.is_word) and not particle:
            return None
        return j + 2

    @property
    def _honorific_regex(self) -> re.Pattern[str]:
        return honorifics_before_name(self.pack)

    def _trimmed(self, span: tuple[int, int]) -> tuple[int, int]:
        """A model's name span without the honorifics it took in ("Mme", "Son Excellence
        Monsieur") and run on over an apostrophe or hyphen it stopped at ("N’Guessan-Koffi")."""
        start, end = span
        # one or several: "His Excellency Mr Peter Okello", "Son Excellence Monsieur …", "Madame
        # le Docteur …"; a span of honorifics only ("Son Excellence") names no one: empty
        honorific = leading_honorifics(self.pack).match(self.folded, start)
        if honorific is not None and honorific.end() > start:
            if honorific.end() >= end or not self.folded[honorific.end() : end].strip():
                return end, end
            start = honorific.end()
        cut_at_apostrophe = self.folded[end - 1 : end] == "'"
        if self.folded[end - 1 : end] in ("'", "-"):
            more = _NAME_RUN_ON.match(self.folded, end)
        else:
            more = _NAME_JOINT.match(self.folded, end)
        if more:
            cut_at_apostrophe = cut_at_apostrophe or "'" in more.group()
            end = more.end()
        if cut_at_apostrophe and (tail := _NAME_TAIL.match(self.folded, end)):
            end = tail.end()  # "Emmanuel Nkou’" + "a" + " Mbarga": the model stopped at the apostrophe
        elif more and "-" in more.group():
            end = self._surname_after(end)  # "Hany Abdel" + "-Rahman" + " Soliman": cut at the hyphen, the rest left out too
        # "Moussa" + " N’Diaye", "Cheikh Tidiane" + " N’Diaye": a capital and an apostrophe open a surname the model left out
        if (elided := _ELIDED_SURNAME.match(self.folded, end)) is not None:
            end = elided.end()
        end = self._with_patronymic(end)
        # "Maryam ben" + " Noura Al-Mansouri": a span that ends on a particle runs on past it
        after = self._token_index(end)
        last = (len(self.tokens) if after is None else after) - 1
        if last >= 0 and self.tokens[last].end == end and self.tokens[last].start > start \
                and self.tokens[last].lower in self.pack.words("name_particles") and (k := self._after_particles(last)) is not None:
            end = self._surname_end(k)
        # "Luísa" + " dos Almeida": a model's span that stopped at a particle runs on over it
        following = self._token_index(end)
        if following is not None and following < len(self.tokens) and self.tokens[following].start == end + 1 \
                and self.folded[end : end + 1] == " " and self.tokens[following].lower in self.pack.words("name_particles") \
                and (k := self._after_particles(following)) is not None:
            end = self._surname_end(k)
        # "Macky Sall du Sénégal": a model's span that ran over particles into a country
        k = self._token_index(start)
        while k is not None and k < len(self.tokens) and self.tokens[k].start < end:
            if k > 0 and self.tokens[k].start > start and self.tokens[k].lower in self.pack.words("name_particles") \
                    and self.tokens[k - 1].lower not in self.pack.words("name_particles"):  # a run of particles is read from its first
                after = self._after_particles(k)
                if after is None and self._place_after_particles(k, end):
                    end = self.tokens[k - 1].end
                    break
            k += 1
        return (start, end)

    def _surname_after(self, end: int) -> int:
        """Past one more capitalised word of a name right after ``end`` (one space), when it is
        no place, title head or honorific and the article never writes it in lower case."""
        k = self._token_index(end)
        if k is None or k >= len(self.tokens) or self.folded[end : self.tokens[k].start] != " ":
            return end
        token = self.tokens[k]
        if not (token.capitalized and token.is_word) or token.lower in self.t.lowercase_words or self._place_at(token.start) \
                or self.pack.title_head_regex.match(self.folded, token.start) or bare_honorifics(self.pack).match(self.folded, token.start):
            return end
        return token.end

    def _surname_end(self, k: int) -> int:
        """Where a surname at token ``k`` ends: over the capitalised words after it ("… de la Fuente Ríos"), short of a place or a title."""
        while k + 1 < len(self.tokens) and self._next_in_name(k + 1) and self.tokens[k + 1].is_word and self.tokens[k + 1].capitalized \
                and not self._place_at(self.tokens[k + 1].start) and not self.pack.title_head_regex.match(self.folded, self.tokens[k + 1].start):
            k += 1
        return self.tokens[k].end

    def _past_nickname(self, j: int) -> int | None:
        """The index of the name word after a quoted nickname opening at token ``j``
        ("Robert “Bob” Kanyinda", "Abdoulaye « Ablo » Diop"), or None."""
        nickname = NICKNAME.match(self.folded, self.tokens[j].start)
        if nickname is None or self.folded[self.tokens[j - 1].end : self.tokens[j].start] != " ":
            return None
        k = self._token_index(nickname.end())
        if k is None or k >= len(self.tokens) or self.tokens[k].start != nickname.end() + 1:
            return None
        return k if self.tokens[k].capitalized and self.tokens[k].is_word else None

    def _place_after_particles(self, k: int, end: int) -> bool:
        j = k
        while k < len(self.tokens) and self.tokens[k].start < end and self.tokens[k].lower in self.pack.words("name_particles"):
            k += 1
        return k < len(self.tokens) and self.tokens[k].start < end and self._place_closes_name(j, k)


_ABBREVIATED_HONORIFIC = re.compile(r"([A-Z][a-z]{2,4})\. (?=[A-Z][a-z])")  # "Cllr. ", "Arch. " (not "Md.", "Ma.": given names)
_INITIAL = re.compile(r"[A-Z\u00c0-\u00de][a-z]?")
DOTTED_INITIALS = re.compile(r"(?<![\w.])[A-Z](?:\.[A-Z])+$")  # "K.C" (its last dot after it)
_NAME_RUN_ON = re.compile(r"\w+(?:['-]\w+)*")  # after a span cut at "N'" or "Ben-"
_NAME_JOINT = re.compile(r"(?:['-]\w+)+")  # a span cut right before "'Guessan", "-Koffi"
_ELIDED_SURNAME = re.compile(r" [A-ZÀ-ÖØ-Þ]'[A-ZÀ-ÖØ-Þ]\w+(?:-\w+)*")  # " N’Diaye", " O’Brien" (folded apostrophe)
_NICKNAME_GAP = re.compile(" " + NICKNAME.pattern + " ")  # two parts of one name the model cut at a nickname
_NAME_TAIL = re.compile(r"(?: [A-ZÀ-ÖØ-Þ][\w'-]*){1,2}")  # the capitalised words after it


def particle_joined(word: str, pack: LanguagePack) -> bool:
    """"el-Sisi", "al-Harbi", "ul-Haq": a particle joined to a capitalised name by a hyphen."""
    particle, _, rest = word.partition("-")
    return bool(rest) and rest[:1].isupper() and fold(particle).lower() in (pack.words("name_particles") | pack.words("hyphen_particles"))


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
        # a signing sentence's names come from its parse, whole over their flat:name parts
        # ("Carla dos Almeida", "Sidi Mohamed Ould Cheikh"), where the bare NER cuts them
        parses = self.parses.all()
        parsed = {p.parsed.start for p in parses}
        found = [(s, p.name_end(s, e)) for p in parses for s, e in p.parsed.persons]
        found += ner.person_spans(self.pack.code, self.text, [w for w in windows if w[0] not in parsed])
        # "Alejandro MÉNDEZ" where the text goes on "VILLASEÑOR": the rest of a surname in capitals
        found = [(start, self._through_nickname(start, end)) for start, end in found]
        joined = _joined([(start, self._with_suffix(through_capital_surname(self, start, end))) for start, end in sorted(found)], self.text)
        # a city the model took for a person ("le ministre délégué a fait étape à Hô Chi Minh-Ville")
        return [(start, end) for start, end in joined if self.pack.city_entry(self.text[start:end]) is None]

    def _through_nickname(self, start: int, end: int) -> int:
        """Where a model's name span ends that stopped at or inside a nickname in quotes
        ("Abdoulaye « Ablo" of "Abdoulaye « Ablo » Diop"): over the nickname and the surname after it."""
        nickname = NICKNAME.search(self.folded, start + 1, end + 40)
        if nickname is None or nickname.start() > end + 1 or nickname.end() < end or "," in self.folded[start : nickname.start()]:
            return end
        surname = _NAME_TAIL.match(self.folded, nickname.end())
        return surname.end() if surname else end


def _joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """One name the model cut in two, the parts one space or a hyphen apart ("M. Comlan" +
    "Théophile Akplogan", "Monsieur Abdoul" + "Razak Hamidou" of "Abdoul-Razak"): names of two
    people are parted by a comma or a coordinator."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        gap = text[out[-1][1] : start] if out else ""
        if out and (gap in (" ", "-") or _NICKNAME_GAP.fullmatch(gap)) and text[start : start + 1].isupper():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
