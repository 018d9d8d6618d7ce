"""Gazetteer: the countries (names, long forms, abbreviations, demonyms) and cities the pack knows."""

from __future__ import annotations

import re
from functools import cache

from accordcheck.lang import LanguagePack, fold
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
        feature = self._feature_name()
        for match in self.pack.country_regex.finditer(self.folded):
            entry = self.pack.country_of_form(match.group())
            if entry is None or feature(match.start(), match.end()):
                continue
            code, kind = entry
            found.append(CountryMention(match.start(), match.end(), self.text[match.start() : match.end()], code, kind))
        found = sorted(found + self._named_only_demonyms(found, feature), key=lambda m: m.start)
        return self._settle_shared_demonyms(found)

    def _named_only_demonyms(self, found: list[CountryMention], feature) -> list[CountryMention]:
        """"le vice-ministre coréen", "signed for the Korean side": a demonym left out of the
        forms as ambiguous is its country's where the article names that country (not by a
        demonym) and none of the countries that would make it ambiguous."""
        forms, pattern = self.pack.named_only_demonyms, _named_only_pattern(self.pack)
        if pattern is None:
            return []
        named = {m.country for m in found if m.kind != "demonym"}
        added = []
        for match in pattern.finditer(self.folded):
            country, *blocking = forms[match.group().lower()]
            if country in named and not named & set(blocking) and not feature(match.start(), match.end()) \
                    and not any(m.start <= match.start() < m.end for m in found):
                added.append(CountryMention(match.start(), match.end(), self.text[match.start() : match.end()], country, "demonym"))
        return added

    def _feature_name(self):
        """Whether a country's form is part of a sea's, a river's or an organisation's name."""
        return lambda start, end: self.pack.in_feature_name(self.folded, start, end)

    def _settle_shared_demonyms(self, found: list[CountryMention]) -> list[CountryMention]:
        """A demonym two countries share goes to the one the article names."""
        shared = self.pack.shared_demonyms
        if not shared:
            return found
        sections = self.t.sections  # a digest's items: each its own story, its own countries
        section = (lambda offset: sections[self.sentence_of(offset)]) if sections is not None else (lambda offset: 0)
        named: dict[tuple[int, str], int] = {}
        for m in found:
            if m.kind != "demonym":
                for key in ((-1, m.country), (section(m.start), m.country)):
                    named[key] = named.get(key, 0) + 1
        settled = []
        for mention in found:
            codes = shared.get(fold(mention.text).lower()) if mention.kind == "demonym" else None
            if codes:
                # the country the mention's item names most, else the article (a background
                # mention of the other loses)
                here = section(mention.start)
                candidates = [(here, c) for c in codes if (here, c) in named] or [(-1, c) for c in codes if (-1, c) in named]
                choice = max(candidates, key=lambda key: named[key])[1] if candidates else mention.country
                mention = CountryMention(mention.start, mention.end, mention.text, choice, mention.kind)
            settled.append(mention)
        return settled


    def _places(self) -> list[PlaceMention]:
        found = []
        region_before, region_after = self.pack.cue("region_before_place"), self.pack.cue("region_after_place")
        for match in self.pack.city_regex.finditer(self.folded):
            if region_after.search(self.folded[match.end() : match.end() + 20]) or region_before.search(self.folded[max(0, match.start() - 30) : match.start()]):
                continue  # "in São Paulo state", "dans l’État de São Paulo": a region, not the city
            city, skip = self.pack.city_named(match.group())
            code, _capital = self.pack.gazetteer[city]
            start = match.start() + skip  # "au Caire": the mention is "Caire", the city "Le Caire"
            text = self.text[start : match.end()]
            found.append(PlaceMention(start, match.end(), text, city if skip else text, code))
        return sorted(found + self._localities(found), key=lambda p: p.start)

    def _localities(self, known: list[PlaceMention]) -> list[PlaceMention]:
        """A town the gazetteer lacks, introduced as one ("in the Colombian river town of
        Leticia", "dans la ville frontalière de Rosso", "à Dajabón, ville dominicaine"), with
        the country its phrase names."""
        before, after = self.pack.cue("locality_before_name"), self.pack.cue("locality_after_name")
        found = []
        for match in _CAPITALISED_RUN.finditer(self.text):
            start = match.start()
            if any(p.start <= start < p.end for p in known):
                continue
            line_start = max(self.text.rfind("\n", 0, start) + 1, start - 80)
            lead = self.folded[line_start:start]
            near = None
            if before.search(lead):
                words = reversed(lead.split())
            elif trail := after.match(self.folded[match.end() : match.end() + 80]):
                words = iter(trail.group().split())
                # "Naivasha, about 90 km northwest of Nairobi": the country of the city it is measured from
                end = match.end() + trail.end()
                near = next((p.country for p in known if match.end() < p.start and p.end <= end), None)
            else:
                continue
            country = next((entry[0] for word in words if (entry := self.pack.country_of_form(word.strip(",’'")))), near)
            if country is not None:
                found.append(PlaceMention(start, match.end(), match.group(), match.group(), country))
        return found


#: a capitalised name of one to three words ("Leticia", "Puerto Nariño", "Sidi Ifni")
_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){0,2}")


@cache
def _named_only_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """Any of the pack's ``named_only_demonyms``, a whole word, in any case (once per pack)."""
    forms = sorted(pack.named_only_demonyms, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])", re.IGNORECASE) if forms else None
