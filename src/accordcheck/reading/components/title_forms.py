"""How titles compare when the mentions of one official are joined (coreference, sides): a
title's head, whether it is only a head with a demonym ("le ministre tunisien"), whether one
title is another with more words, a title's words without the country it names — and which
one named official a title with no name stands for (the same title told another way, or a
synonym of its function)."""

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

    def _synonym_holder(self, title: TitleMention, head: str, groups, country_of):
        """"la cheffe de la diplomatie burundaise" is the one named official whose title opens
        on a function the pack gives as its synonym ("ministre des Affaires étrangères"), of
        that country or of none the titles tell."""
        synonyms = tuple(fold(s).lower() for s in self.pack.titles.get("function_synonyms", {}).get(head, []))
        if not synonyms:
            return None
        holders = [g for g in groups if country_of(g) in (None, title.country)
                   and any(not t.counterpart and fold(t.text).lower().startswith(synonyms) for m in g for t in m.titles)]
        return holders[0] if len(holders) == 1 else None

    def _same_title(self, title: TitleMention, groups, country_of):
        """The one named official whose title is this one told without its demonym ("signé par
        le ministre nigérien des Mines" … "X, ministre des Mines"), and of no other country; or
        told with the country named another way, by an official known to be of that country
        ("the President of Kazakhstan" … "X, President of the Republic of Kazakhstan"); with no
        country, the one named official whose title it repeats word for word ("The Minister for
        Commerce, Mr X, …" … "the Minister for Commerce was received by …")."""
        if not title.country:
            same = self._word_for_word(title, groups)
            return same[0] if len(same) == 1 else None
        bare, named = self._bare_words(title), self._bare_words(title, country_names=True)
        same = [g for g in groups if any(not t.counterpart and (
                    (country_of(g) in (None, title.country) and self._bare_words(t) == bare)
                    or (country_of(g) == title.country and self._bare_words(t, country_names=True) == named))
                for m in g for t in m.titles)]
        return same[0] if len(same) == 1 else None

    def _word_for_word(self, title: TitleMention, groups):
        """The groups of mentions holding ``title`` word for word, as their own title."""
        key = fold(title.text).lower()
        return [g for g in groups if any(not t.counterpart and fold(t.text).lower() == key for m in g for t in m.titles)]
