"""How titles compare when the mentions of one official are joined (coreference, sides): a
title's head, whether it is only a head with a demonym ("le ministre tunisien"), whether one
title is another with more words, and a title's words without the country it names."""

from __future__ import annotations

import re

from accordcheck.lang import fold
from accordcheck.reading.components.base import Work
from accordcheck.reading.document import TitleMention

__all__ = ["TitleForms"]


class TitleForms(Work):
    """Reads the ``countries`` layer (a country named inside a title)."""

    def _head(self, title: TitleMention) -> str:
        return fold(title.head or title.text.split()[0]).lower()

    def _short(self, title: TitleMention) -> bool:
        """A title that is only a head with modifiers or a demonym ("le ministre tunisien")."""
        text = self.folded[title.start : title.end]
        at = max(text.lower().find(fold(title.head).lower()), 0) if title.head else 0
        rest = (text[:at] + " " + text[at + len(title.head or "") :]).split()
        modifiers = self.pack.words("title_modifiers")
        return all(w.lower() in modifiers or (self.pack.country_of_form(w) or ("", ""))[1] == "demonym" for w in rest)

    def _words(self, title: TitleMention) -> list[str]:
        return re.findall(r"\w[\w'-]*", self.folded[title.start : title.end].lower())

    def _extends(self, longer: TitleMention, shorter: TitleMention) -> bool:
        """``longer`` is ``shorter`` with more words after it."""
        long_words, short_words = self._words(longer), self._words(shorter)
        return len(long_words) > len(short_words) and long_words[: len(short_words)] == short_words

    def _bare_words(self, title: TitleMention, *, country_names: bool = False) -> tuple[str, ...]:
        """A title's words without its demonyms ("ministre nigérien des Mines" → ministre des
        mines) and, with ``country_names``, without a country it names, with the link before it
        ("President of the Republic of Kazakhstan", "President of Kazakhstan" → president)."""
        text = self.folded[title.start : title.end]
        if country_names:
            for country in sorted(self.countries, key=lambda c: -c.start):
                if title.start <= country.start and country.end <= title.end and country.kind != "demonym":
                    text = text[: country.start - title.start] + " " + text[country.end - title.start :]
        words = [w for w in re.findall(r"\w[\w'-]*", text.lower()) if (self.pack.country_of_form(w) or ("", ""))[1] != "demonym"]
        if country_names:
            links = sorted((tuple(fold(link).lower().split()) for link in self.pack.titles.get("complement_links", [])), key=len, reverse=True)
            while words and (link := next((x for x in links if x and tuple(words[-len(x):]) == x), None)):
                words = words[: -len(link)]
        return tuple(words)
