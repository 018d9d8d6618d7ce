"""The visit: its cue ("en visite", "visite officielle"), host and visitor countries, and
its length ("trois jours", "du 4 au 6 mai")."""

from __future__ import annotations

import re
from functools import cache

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.components.base import Work
from accordcheck.reading.document import VisitReading, planned_only_sentences
from accordcheck.reading.pipeline import Component, State

__all__ = ["Visit"]


# how far before a visit's noun its destination may be told ("who is in Ghana on a two-day")
_DESTINATION_BEFORE_WITHIN = 60
_GAP_TO_THE_VISIT = 25


class Visit(Component):
    name = "visit"
    requires = ("officials", "countries", "places", "titles", "signings")
    assigns = ("visit_draft",)

    def __call__(self, state: State) -> dict:
        return {"visit_draft": _Work(state)._visit()}


class _Work(Work):
    @property
    def people(self):
        return self.state.officials

    def _visit(self) -> VisitReading | None:
        visitors = [p for p in self.people if "visitor" in p.role_names()]
        hosts = [p for p in self.people if "host" in p.role_names()]
        visit_cue = self.pack.cue("visit")
        no_visit = self.pack.cue("no_visit")
        cues = []
        for index, (start, end) in enumerate(self.sentences):
            sentence = self.folded[start:end]
            match = visit_cue.search(sentence)
            if match and not no_visit.search(sentence):
                cues.append((index, start + match.start(), start + match.end()))
        # a visit told only where a signing is planned is a later one ("A second agreement is expected
        # to be signed in March during a visit to Tokyo by …"), not the signing's
        planned_only = planned_only_sentences(self.signings)
        cues = [c for c in cues if c[0] not in planned_only]
        cue_match = cues[0] if cues else None
        if cue_match is None and not visitors:
            return None
        if cue_match is None:
            return None
        # a summit, a sideline, a videoconference: no visit, when the signing is said to be
        # there — a meeting or summit mentioned elsewhere leaves the visit it is part of
        signing_sentences = {c.sentence for c in self.signings if c.status == "signed"}
        if not visitors and any(no_visit.search(self.folded[s:e]) for i, (s, e) in enumerate(self.sentences) if i in signing_sentences):
            return None
        index, cue_start, cue_end = cue_match
        s_start, s_end = self.sentences[index]
        visitor_country = next((p.country for p in visitors if p.country), None)
        host_country = next((p.country for p in hosts if p.country), None)
        # destination: "au Maroc", "à Rabat" after the cue — in its first mention, or a later
        # one ("A state visit full of ceremony …" then "… for a state visit to Romania")
        destination, dest_end, own_destination = None, cue_end, False
        planned = self.pack.cue("planned")
        for later_index, later_start, _ in cues:
            if later_index != index and planned.search(self.folded, *self.sentences[later_index]):
                continue  # "Il devrait être signé lors d’une visite à Bruxelles": another, future visit
            found = self._destination(later_start, self.sentences[later_index][1])
            if found is not None:
                destination, own_destination = found[0], later_index == index
                dest_end = found[1] if own_destination else cue_end
                break
        if not own_destination and (before := self._destination_before(cue_start, s_start)) is not None:
            destination, own_destination = before, True  # "was in Uzbekistan on an official visit"
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
        if own_destination and destination == visitor_country and visiting is None:
            # "…, who is on a working visit to Qatar": the visit went there, so whoever the
            # roles made its visitor from that country was its host
            visitor_country = None
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
        # the visitor the text tells (a visitor's side, "the visiting …", a demonym at the cue),
        # not only the first other country a signing names
        visitor_told = visitor_country is not None and visitor_country != host_country
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
        named = any(cue_start <= m.start < end and m.country == host_country for m in (*self.countries, *self.places))
        return VisitReading(host_country, visitor_country, duration, cue_start, end, duration_span, host_named=named, visitor_told=visitor_told)

    def _destination(self, cue_start: int, s_end: int) -> tuple[str, int] | None:
        """The country a visit goes to, "au Maroc", "à Rabat", after its cue; and where it ends."""
        window = self.folded[cue_start:s_end]
        for match in re.finditer(rf"\b(?:{_destination_links(self.pack)})\s+", window):
            at = cue_start + match.end()
            country = next((c for c in self.countries if c.start == at and c.kind in ("name", "long_form")), None)
            if country is not None and any(t.start <= country.start < t.end or 0 <= t.start - country.end <= 1 for t in self.titles):
                continue  # "with visiting Timor-Leste Prime Minister …": the visitor's side, no destination
            if country is not None:
                return country.country, country.end
            place = next((p for p in self.places if p.start == at), None)
            if place is not None:
                return place.country, place.end
        return None

    def _destination_before(self, cue_start: int, s_start: int) -> str | None:
        """The country a visit goes to told just before its noun ("…, who is in Ghana on a
        two-day official visit", "actuellement au Ghana pour une visite de travail"): the last
        country or city after a destination link in the words leading to the cue."""
        lead_start = max(s_start, cue_start - _DESTINATION_BEFORE_WITHIN)
        if re.search(r"[;:]", self.folded[lead_start:cue_start]):
            return None
        linked = re.compile(rf"\b(?:{_destination_links(self.pack)})\s+$")
        named = [c for c in self.countries if c.kind in ("name", "long_form")]
        found = [m for m in (*named, *self.places) if lead_start <= m.start < cue_start
                 and linked.search(self.folded[max(lead_start, m.start - 12) : m.start])
                 and _leads_to_the_visit(self.folded[m.end : cue_start])
                 and not any(t.start <= m.start < t.end for t in self.titles)]  # "Ghana's envoy in Oslo": a posting
        return max(found, key=lambda m: m.start).country if found else None

    def _signing_place_country(self, index: int) -> str | None:
        """Country of a city named "à <city>" in a sentence that reports a signing."""
        start, end = self.sentences[index]
        if not any(c.sentence == index and c.status == "signed" for c in self.signings):
            return None
        for place in self.places:
            if start <= place.start < end and re.search(rf"\b(?:{self._place_prepositions})\s+$", self.folded[max(start, place.start - 6) : place.start]):
                return place.country
        capital = self._capital_phrase(self.folded[start:end])
        named = self.pack.capital_of_demonym(capital.group(1)) if capital else None
        return named[0] if named else None

    def _not_a_stay(self, sentence: str, start: int, end: int) -> bool:
        """The count of days at ``start``–``end`` measures no stay: an offset from an event
        ("une semaine après la visite", "two days later") or the time something else took
        ("signés en deux jours", "within two days")."""
        offsets, spans = _stay_exceptions(self.pack)
        after = re.match(r"\s+([^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)", sentence[end:])
        if after is not None and (after.group(1).lower() in offsets or after.group(1).lower().split()[0] in offsets):
            return True
        before = sentence[max(0, start - 12) : start].lower().split()
        return any(before[-len(words):] == list(words) for words in spans if words and len(before) >= len(words))

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
        range_from, range_to = self.pack.alternation("range_from", "dates"), self.pack.alternation("range_to", "dates")
        suffixes = self.pack.alternation("day_suffixes", "dates")
        range_re = re.compile(
            rf"\b(?:{range_from})\s+(?:(?P<a>\d{{1,2}})(?:{suffixes})?\s+(?:{range_to})\s+(?P<b>\d{{1,2}})\s+(?:{months})"
            rf"|(?:{months})\s+(?P<a2>\d{{1,2}})\s+(?:{range_to})\s+(?:(?:{months})\s+)?(?P<b2>\d{{1,2}})\b)",
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
                if self._not_a_stay(sentence, match.start(), match.end()):
                    continue  # "Une semaine après la visite", "trois textes signés en deux jours"
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


def _leads_to_the_visit(gap: str) -> bool:
    """The words between a place and a visit's noun join them in one phrase ("in Ghana on a
    two-day …", "au Ghana pour une …", "à Hanoï dans le cadre d’une …"), not across a
    clause or a quotation ("… né à Dakar », a rappelé que son pays avait déjà accueilli")."""
    return len(gap.strip()) <= _GAP_TO_THE_VISIT and not re.search(r"[,;:()\"«»“”]", gap)


@cache
def _destination_links(pack: LanguagePack) -> str:
    """The pack's destination links ("to", "in", "au", "à"), longest first, as a regex alternation."""
    return "|".join(re.escape(fold(w)) for w in sorted(pack.data["cues"]["destination_links"], key=len, reverse=True))


@cache
def _stay_exceptions(pack: LanguagePack) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The pack's words after a count of days that make it an offset, and the word runs before
    one that make it a span of something else, folded."""
    offsets = frozenset(fold(w).lower() for w in pack.dates.get("offset_after_duration", ()))
    spans = tuple(tuple(fold(w).lower().split()) for w in pack.dates.get("span_before_duration", ()))
    return offsets, spans
