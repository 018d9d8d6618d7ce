"""Gazetteer: the countries (names, long forms, abbreviations, demonyms) and cities the pack knows."""

from __future__ import annotations

from accordcheck.lang import fold
from accordcheck.reading.components.base import Work
from accordcheck.reading.document import CountryMention, PlaceMention
from accordcheck.reading.pipeline import Component, State

__all__ = ["Gazetteer"]


class Gazetteer(Component):
    name = "gazetteer"
    requires = ()
    assigns = ("countries", "places")

    def __call__(self, state: State) -> dict:
        work = _Work(state)
        return {"countries": work._countries(), "places": work._places()}


class _Work(Work):
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


    def _places(self) -> list[PlaceMention]:
        found = []
        for match in self.pack.city_regex.finditer(self.folded):
            city, skip = self.pack.city_named(match.group())
            code, _capital = self.pack.gazetteer[city]
            start = match.start() + skip  # "au Caire": the mention is "Caire", the city "Le Caire"
            text = self.text[start : match.end()]
            found.append(PlaceMention(start, match.end(), text, city if skip else text, code))
        return found

