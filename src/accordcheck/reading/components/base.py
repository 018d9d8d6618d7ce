"""What every component's work sees: the text layer, the layers it requires, shared look-ups.

A component builds a :class:`Work` over the state it is given (holding only the layers it
declared it ``requires``); attributes not on the work are read from those layers.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from accordcheck.lang import LanguagePack, fold, phrase_pattern
from accordcheck.reading.pipeline import PipelineError, State

__all__ = ["Work"]


class Work:
    #: how far before publication a dated signing is the background of a story
    _RECENT_DAYS = 180

    def __init__(self, state: State) -> None:
        self.state = state
        t = state.text
        self.t = t
        self.text = t.text
        self.folded = t.folded
        self.pack = t.pack
        self.published = t.published
        self.tokens = t.tokens
        self.sentences = t.sentences

    def _country_form(self, token) -> tuple[str, str] | None:
        """The country form ``token`` is (code, kind): the pack's, or a demonym the article's
        own countries make one ("coréen" where it names the Republic of Korea)."""
        entry = self.pack.country_of_form(token.text)
        if entry is None and token.text.lower() in self.pack.named_only_demonyms:
            mention = next((c for c in self.countries if c.start == token.start and c.end == token.end), None)
            entry = (mention.country, mention.kind) if mention is not None else None
        return entry

    def _announces_another_text(self, index: int) -> bool:
        """Sentence ``index`` announces a text other than the one told before ("Le lendemain, un
        second texte a été signé", "another text was signed": pack cue ``another_instrument``)."""
        return self.pack.cue("another_instrument").search(self.folded, *self.sentences[index]) is not None

    def _past_post_nominals(self, offset: int) -> int:
        """The end of the letters after a name ("TD", "MP", ", SAN,": the pack's ``post_nominals``)."""
        pattern = _post_nominals(self.pack)
        match = pattern.match(self.folded, offset) if pattern is not None else None
        return match.end() if match else offset

    def _months_before(self, date: dt.date | None) -> bool:
        """The date (a date mention's ``date``) is months before the publication: what it dates
        is the story's background, not its news."""
        return self.published is not None and date is not None and (self.published - date).days >= self._RECENT_DAYS

    def _said_months_before(self, mention) -> bool:
        """A date mention is months before the publication on its latest possible day: "en 2016"
        in a story of July 2016 may be last month ("in March" reaches to March 31)."""
        if mention.date is None:
            return False
        latest = mention.date
        if mention.precision == "year":
            latest = latest.replace(month=12, day=31)
        elif mention.precision == "month":
            latest = (latest.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return self._months_before(latest)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return getattr(self.state, name)
        except PipelineError as exc:
            raise AttributeError(f"{type(self).__name__} reads '{name}', a layer its component does not require") from exc

    def sentence_of(self, offset: int) -> int:
        return self.t.sentence_of(offset)

    def _token_index(self, offset: int) -> int | None:
        return self.t.token_index(offset)

    def _match_words(self, index: int, phrases: frozenset[str]) -> int:
        return self.t.match_words(index, phrases)

    # ------------------------------------------------------------------ where things happen
    @property
    def _place_prepositions(self) -> str:
        """"à Rabat", "in Rabat": the words before the city where something happened."""
        return "|".join(re.escape(fold(w)) for w in sorted(self.pack.data["cues"]["place_prepositions"], key=len, reverse=True))

    def _place_preposition_end(self, articles: bool = False) -> re.Pattern[str]:
        """A place preposition ending the searched text ("… à ", "… in "; with ``articles``,
        one of the pack's complement determiners may follow it: "at the ")."""
        return _place_preposition_end(self.pack, articles)

    @property
    def _coordinator_alternation(self) -> str:
        return "|".join(phrase_pattern(w) for w in sorted(self.pack.titles["coordinators"], key=len, reverse=True))

    def _in_contents_line(self, offset: int) -> bool:
        """``offset`` is on a digest's contents line ("In this issue: …", "Au sommaire : …"; pack
        cue ``contents_line``, matched at the line's start): page furniture, no story's words."""
        if not self.pack.data["cues"].get("contents_line"):
            return False
        return self.pack.cue("contents_line").match(self.folded, self.text.rfind("\n", 0, offset) + 1) is not None

    def _capital_phrase(self, sentence: str) -> re.Match[str] | None:
        """"dans la capitale saoudienne", "in the Saudi capital": group 1 is the demonym."""
        for pattern in self.pack.data["cues"]["capital_phrase"]:
            match = re.search(fold(pattern), sentence, re.IGNORECASE)
            if match:
                return match
        return None

    def _locates_a_city(self, country) -> bool:
        """The country only says where a city named just before it is ("in Gyeongju, Republic
        of Korea", "à Genève (Suisse)"): a place, not a party or a side. Reads ``places``."""
        pattern = self.pack.cue("country_after_city")
        return any(
            0 <= country.start - place.end <= 40 and pattern.search(self.folded[place.end : country.start])
            for place in self.places
        )


@cache
def _post_nominals(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's letters after a name, one or several ("…, TD", " MP")."""
    letters = pack.titles.get("post_nominals")
    if not letters:
        return None
    return re.compile(r"(?:,? (?:" + "|".join(map(re.escape, letters)) + r")(?![\w]))+")


@cache
def _place_preposition_end(pack: LanguagePack, articles: bool) -> re.Pattern[str]:
    prepositions = "|".join(re.escape(fold(w)) for w in sorted(pack.data["cues"]["place_prepositions"], key=len, reverse=True))
    determiners = "|".join(re.escape(w) for w in pack.words("complement_determiners"))
    after = rf"(?:(?:{determiners})\s*)?" if articles else ""
    return re.compile(rf"\b(?:{prepositions})\s+{after}$", re.IGNORECASE)
