"""An agreement's facts: its parties, signing date and place (its domains: agreement_scope.py)."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import pairwise

from accordcheck.reading.components.agreement_scope import AgreementScope
from accordcheck.reading.components.unlisted_places import unlisted_places
from accordcheck.reading.datelines import dateline_place, sign_off_place
from accordcheck.reading.document import CountryMention, PersonReading, PlaceMention, SigningClause
from accordcheck.reading.text import in_relative_after
from accordcheck.lang import fold

__all__ = ["Facts"]

class Facts(AgreementScope):
    """Per-agreement readings, for the agreements component's work."""

    def _in_instrument_subject(self, offset: int, cue_start: int, sentence_start: int) -> bool:
        """The town goes on an instrument's noun phrase, led there by no place preposition
        ("un accord relatif au transit … par le port autonome de Lomé", "an agreement on
        transit through the port of Mombasa", "un protocole sur la modernisation du port de
        Dakar"): what it is about, not where it was signed ("… signed a memorandum … in the
        Colombian river town of Leticia" is)."""
        signed = self.pack.cue("signed")
        if not any(sentence_start <= m.start <= offset <= m.end + 100 and not re.search(r"[,;.()]", self.folded[m.start : offset])
                   and not signed.search(self.folded[m.start + 1 : offset]) for m in self.instruments):
            return False
        # the function word that leads to the town phrase ("par le port", "in the … town")
        locatives = {fold(w).lower() for w in (*self.pack.data["cues"]["place_prepositions"], *self.pack.data["cues"].get("locative_prepositions", []))}
        determiners = self.pack.words("complement_determiners")
        index = self._token_index(cue_start)
        for k in range((index or 0) - 1, max(-1, (index or 0) - 7), -1):
            word = self.tokens[k].lower
            if word in determiners or not self.tokens[k].is_word:
                continue
            if word in locatives:
                return False
            if len(word) <= 3:
                return True
        return False

    def _names_a_built_head(self, words: list[str], built: set[str]) -> bool:
        """A built thing heads a noun phrase among ``words``: last, or followed by a complement
        link, or (in a language whose adjectives follow the head) by anything — not a modifier
        of another noun ("on port logistics")."""
        links = self.pack.words("complement_links", "instruments")
        after_head = self.pack.data["instruments"].get("post_head_adjectives", 0)
        return any(w in built and (k + 1 == len(words) or words[k + 1] in links or after_head) for k, w in enumerate(words))

    def _in_a_built_project(self, offset: int, sentence_start: int) -> bool:
        """The town at ``offset`` follows a built thing (pack ``built_things``, three words back
        at most) in the complement of an instrument named earlier in the clause, with no place
        preposition between them ("signed an agreement for the construction of a hospital in
        Kisumu"; not "signed the agreement at the Conference Centre in Abuja")."""
        things = self.pack.data["cues"].get("built_things")
        if not things:
            return False
        built = {fold(t).lower() for t in things}
        preposition = re.compile(rf"\b(?:{self._place_prepositions})\b", re.IGNORECASE)
        # the town right after a title that names a built thing anywhere in its complement
        # ("accord de don relatif au projet de construction d’une unité de dessalement d’eau de mer | à Dakhla")
        for m in self.instruments:
            if sentence_start <= m.start and m.end < offset and preposition.fullmatch(self.folded[m.end : offset].strip()) \
                    and self._names_a_built_head(re.findall(r"[\w-]+", self.folded[m.start : m.end].lower())[1:], built):
                return True
            # … or inside the title, after it ("mémorandum … sur la création d'une ferme modèle … près de Wau")
            if m.start < offset < m.end and self._names_a_built_head(re.findall(r"[\w-]+", self.folded[m.start : offset].lower())[1:], built):
                return True
        # the thing is the head right before the preposition, or before the adjectives that
        # follow a head in the language ("centrale solaire à", "hôpital régional à")
        words = re.findall(r"[\w-]+", self.folded[sentence_start:offset])  # "l’hôpital": the noun
        after_head = self.pack.data["instruments"].get("post_head_adjectives", 0)
        if not {w.lower() for w in words[-2 - after_head : -1]} & built:
            return False
        for m in self.instruments:
            if sentence_start <= m.start and m.end < offset:
                between = self.folded[m.end : offset]
                last = list(preposition.finditer(between))
                # "a memorandum on port logistics on Thursday in Mombasa": the day, then where
                dated = any(m.end <= d.start < offset for d in self.dates)
                if last and not dated and not re.search(r"[,;()]", between) and not preposition.search(between, 0, last[-1].start()):
                    return True
        return False

    @property
    def _between(self) -> list[re.Pattern[str]]:
        """"entre le Maroc et la Tunisie": group 1 names the parties (case-sensitive)."""
        return [re.compile(fold(p)) for p in self.pack.data["cues"]["parties_between"]]

    def _parties(self, clause: SigningClause, people: list[PersonReading], visit_tied: bool = True) -> list[CountryMention]:
        s_start, s_end = self.sentences[clause.sentence]
        subject_zone = (s_start, clause.start)
        chosen: dict[str, CountryMention] = {}
        title_spans = [(t.start, t.end) for p in people for t in p.titles]
        and_words = self.pack.alternation("and_words", "cues")
        countries = [c for c in self.countries if not self._locates_a_city(c)]  # "in Gyeongju, Republic of Korea"
        for country in countries:
            if subject_zone[0] <= country.start < subject_zone[1] and not any(s <= country.start < e for s, e in title_spans):
                chosen.setdefault(country.country, country)
        between = next(filter(None, (p.search(self.folded[s_start:s_end]) for p in self._between)), None)
        for country in countries:
            if between and s_start + between.start() <= country.start <= min(s_start + between.end() + 60, s_end) and country.kind != "demonym":
                chosen.setdefault(country.country, country)
        for place in self.places:
            if subject_zone[0] <= place.start < subject_zone[1] and self.pack.capital_of(place.country) == place.city:
                if re.match(rf"\s+(?:{and_words})\s", self.folded[place.end : place.end + 5]) or re.search(rf"\b(?:{and_words})\s+$", self.folded[max(0, place.start - 5) : place.start]):
                    chosen.setdefault(place.country, CountryMention(place.start, place.end, place.text, place.country, "capital"))
        if len(chosen) < 2:
            for person in people:
                roles = person.role_names()
                if person.country and ({"signatory", "host", "visitor"} & set(roles)):
                    mention = self._country_mention_for(person)
                    if mention is not None:
                        chosen.setdefault(person.country, mention)
        if len(chosen) < 2 and self.visit is not None and visit_tied:  # (not a digest's other item's visit)
            for code in (self.visit.host, self.visit.visitor):
                if code and code not in chosen:
                    mention = next((c for c in self.countries if c.country == code), None)
                    if mention is not None:
                        chosen[code] = mention
        if len(chosen) < 2:
            for country in countries:
                if s_start <= country.start < s_end:
                    chosen.setdefault(country.country, country)
        if len(chosen) < 2:
            # "Le Canada et le Mexique se sont entendus sur … / Un plan d’action … a été signé
            # hier en marge de …": the pair the lead coordinates, two sentences back at most
            for pair in self._coordinated_pair_before(clause.sentence, countries):
                chosen.setdefault(pair.country, pair)
        if len(chosen) == 1:
            # "lui et le chef d’état-major jordanien ont signé": the signer's country is the
            # one the article keeps naming besides the other party (twice at least)
            counts: dict[str, list[CountryMention]] = {}
            for country in self.countries:
                if country.country not in chosen:
                    counts.setdefault(country.country, []).append(country)
            frequent = sorted(counts.values(), key=lambda found: (-len(found), found[0].start))
            if frequent and len(frequent[0]) >= 2 and (len(frequent) == 1 or len(frequent[1]) < len(frequent[0])):
                chosen[frequent[0][0].country] = frequent[0][0]
        ordered = sorted(chosen.values(), key=lambda c: c.start)
        return ordered

    def _coordinated_pair_before(self, index: int, countries: list[CountryMention]) -> list[CountryMention]:
        """Two countries (or capitals) joined by "and" in one of the two sentences before ``index``."""
        and_words = self.pack.alternation("and_words", "cues")
        named = countries + [CountryMention(p.start, p.end, p.text, p.country, "capital") for p in self.places if self.pack.capital_of(p.country) == p.city]
        for before in range(index - 1, max(-1, index - 3), -1):
            start, end = self.sentences[before]
            here = sorted((c for c in named if start <= c.start < end), key=lambda c: c.start)
            for a, b in pairwise(here):
                if a.country != b.country and re.fullmatch(rf"\s+(?:{and_words})\s+(?:\w+\s+|\w+['’])?", self.folded[a.end : b.start]):
                    return [a, b]
        return []

    def _country_mention_for(self, person: PersonReading) -> CountryMention | None:
        for title in person.titles:
            for country in self.countries:
                if title.start <= country.start < title.end and country.country == person.country:
                    return country
        return next((c for c in self.countries if c.country == person.country), None)

    def _signing_place(self, clause: SigningClause, tied: set[int], foreign: frozenset[int] | set[int] = frozenset(),
                       parties: frozenset[str] = frozenset()) -> PlaceMention | None:
        residence = self.pack.cue("residence_before_place")
        journey = self.pack.cue("journey_before_place")
        hosted, meanwhile = self.pack.cue("place_hosted_after"), self.pack.cue("meanwhile_before_place")
        relative = self.pack.cue("place_relative_after")
        # a cue a pack leaves out matches nothing (LanguagePack.cue)
        destination, distance = self.pack.cue("destination_before_place"), self.pack.cue("distance_before_place")
        held_at = self.pack.cue("event_held_before_place")
        posts = [(t.start, t.end) for t in self.titles]

        venues: list[PlaceMention] = []

        def located(index: int, scene: bool = False, last: bool = False) -> PlaceMention | None:
            start, end = self.sentences[index]
            earlier_steps = self._earlier_steps(index)
            # the gazetteer's cities first, then a town it lacks after a place preposition
            # ("C’est là que …", "y ont signé": the place the sentence before told last)
            found = [p for p in self.places if start <= p.start < end] + unlisted_places(self, start, end, parties)
            for place in (sorted(found, key=lambda p: -p.start) if last else found):
                if not start <= place.start < end:
                    continue
                if any(s <= place.start < e for s, e in earlier_steps):
                    continue  # "paraphé en mars dernier à Nairobi, puis signé dimanche": an earlier step's place
                if index == clause.sentence and clause.start < place.start < clause.end:
                    return place  # "had travelled to Kumasi to sign": a journey made to sign ends where it was signed
                if re.match(r" [A-ZÀ-Þ]\w", self.text[place.end : place.end + 3]) and not any(d.start == place.end + 1 for d in self.dates):
                    # "at Hyderabad House" (in New Delhi), "…, New Delhi": a venue named after a
                    # city, which places the signing only where nothing else does
                    if self._place_preposition_end(articles=True).search(self.folded[max(start, place.start - 16) : place.start]):
                        venues.append(place)
                        continue
                    if any(o.start > place.end for o in found):
                        continue
                if hosted.match(self.folded[place.end : place.end + 80]):
                    return place  # "Santiago also saw a smaller signing that week"
                if relative.match(self.folded[place.end : place.end + 20]) and any(
                        c.sentence == index and c.status == "signed" and c.start > place.end for c in self.signings):
                    return place  # "east to Tema, where the letter of intent was signed", "à Kribi, où ils ont signé"
                if residence.search(self.folded[max(start, place.start - 40) : place.start]):
                    continue  # "…, who is resident in Pretoria": where the envoy lives
                if distance.search(self.folded[max(start, place.start - 60) : place.start]):
                    continue  # "à quelque 530 kilomètres de Cotonou": a place measured from
                if scene and destination.search(self.folded[max(start, place.start - 50) : place.start]):
                    return place  # "Le lendemain, la délégation a rejoint Natitingou": the scene of the signing told next
                if journey.search(self.folded[max(start, place.start - 50) : place.start]):
                    continue  # "who arrived in Nadi on Tuesday": where someone travelled
                if meanwhile.search(self.folded[max(start, place.start - 120) : place.start]):
                    continue  # "while Arifin was in Antofagasta, the ambassador signed …": where someone else was
                if any(a <= place.start < b for a, b in posts):
                    continue  # "Kenya’s ambassador in Bangkok": a posting, part of a title
                if held_at.search(self.folded, max(start, place.start - 280), place.start):
                    return place  # "en marge de la conférence …, qui se tient cette semaine à Port-Louis"
                if index == clause.sentence and in_relative_after(self.pack, self.folded, clause.end, place.start):
                    continue  # "…, renewing a partnership that has sent engineers to study in Reykjavik"
                before = self.folded[max(start, place.start - 12) : place.start]
                country_words = self.pack.data["cues"].get("country_prepositions", [])
                if country_words and self.pack.country_of_form(place.text) and before.split()[-1:] and before.split()[-1].lower() in country_words:
                    continue  # "au Panama": the country, not its capital
                after = self.folded[place.end : place.end + 5]
                if self._place_preposition_end().search(before) and not re.match(rf"\s+(?:{self._coordinator_alternation})\s", after):
                    if self._in_a_built_project(place.start, start):
                        continue  # "an agreement on the establishment of a training centre in Kismayo"
                    return place
                lead = self.folded[max(start, place.start - 80) : place.start]
                cue = self.pack.cue("locality_before_name").search(lead) or self.pack.cue("venue_before_place").search(lead)
                if cue and not self._in_instrument_subject(place.start, max(start, place.start - 80) + cue.start(), start):
                    return place  # "in the Colombian river town of Leticia", "at State House, Nairobi"
            return self._capital_named(start, end, parties)

        # "… hospitals in Iași or Chișinău under a memorandum signed in the Moldovan capital on
        # Wednesday": the capital the signing verb names beats a city told before it
        c_end = self.sentences[clause.sentence][1]
        right_after = self._capital_named(clause.end, min(c_end, clause.end + 40), parties)
        if right_after is not None and not re.search(r"[,;]", self.folded[clause.end : right_after.start]):
            return right_after
        found = located(clause.sentence)
        if found is not None:
            return found
        # "On February 4, in Ha Noi, … held talks … After the talks, the two ministers signed …", "Then, …": where the event or signing just before took place
        # … or before an earlier signing sentence of this agreement ("C’est à l’issue de cette séance que les deux premiers documents ont été signés")
        for told in [clause, *(c for c in self.signings if c.status == "signed" and c.sentence in tied and c.sentence < clause.sentence)]:
            there = self.pack.cue("signed_there").search(self.folded, *self.sentences[told.sentence]) is not None
            for before in self._told_before(told):
                if (found := located(before, scene=True, last=there)) is not None:
                    return found
        # "Il y avait foule, jeudi, dans la grande salle du ministère …, à Nouakchott. … c’est dans
        # ce décor que le ministre … ont signé le mémorandum": the scene its paragraph set
        for before in self._paragraph_scene(clause, tied):
            if (found := located(before, scene=True)) is not None:
                return found
        signed_here = {c.sentence for c in self.signings if c.status == "signed"}
        earlier = self._earlier_only
        for index in sorted((tied | self._ceremonies_within(tied, foreign)) - earlier):
            # a ceremony, or another sentence of this agreement saying it was signed ("Le
            # mémorandum a été signé mardi à Dakar"; before the one naming its signers: "Le
            # premier texte … a été conclu lundi … à Santiago. … L’accord a été signé par …")
            if self._past_ceremony(index) or (index in signed_here and index != clause.sentence):
                found = located(index)
                if found is not None:
                    return found
        # "… witnessed the signing of the following instruments at State House, Nairobi:" and
        # the items: the list's introduction places each
        head = self.t.list_head_of(clause.sentence)
        if head is not None and (found := located(head)) is not None:
            return found
        dateline = self._dateline_before(clause.sentence)
        own = dateline == self._dateline_place or len(self._item_datelines) == 1  # not a digest's item's
        if dateline is not None and own and self._visited_elsewhere(dateline, parties):
            dateline = None  # "SANTIAGO — … a four-day visit to India": the reporter's city, not the host's
        return (self._visit_city() if self._visit_places(tied, parties) else None) or dateline or (venues[0] if venues else None)

    def _visit_places(self, tied: set[int], parties: frozenset[str]) -> bool:
        """The article's visit may place this agreement: its host is one of the agreement's
        parties (when the reader found both), and a digest tells it in the agreement's own
        item ("DOHA — … a two-day visit to Doha …" places nothing of the next item, "KUWAIT
        CITY — Kuwait and India signed …")."""
        if self.visit is None or (len(parties) >= 2 and self.visit.host_for(parties) not in parties):
            return False
        sections = self.t.sections
        return sections is None or not tied or sections[self.sentence_of(self.visit.start)] in {sections[i] for i in tied}

    def _capital_named(self, start: int, end: int, parties: frozenset[str] = frozenset()) -> PlaceMention | None:
        """The capital a phrase between ``start`` and ``end`` names ("dans la capitale
        guinéenne"); a demonym two countries share is the one the gazetteer settled there."""
        capital = self._capital_phrase(self.folded[start:end])
        named = self.pack.capital_of_demonym(capital.group(1)) if capital else None
        settled = next((c.country for c in self.countries if capital and c.start == start + capital.start(1)), None)
        if named and settled and settled != named[0]:
            named = (settled, self.pack.capital_of(settled))
        if not (named and named[1]):
            return self._visit_capital(start, end, parties)
        return PlaceMention(start + capital.start(), start + capital.end(), self.text[start + capital.start() : start + capital.end()], named[1], named[0])

    def _visit_capital(self, start: int, end: int, parties: frozenset[str]) -> PlaceMention | None:
        """"dans un hôtel de la capitale", "at a hotel in the capital", told from ``start`` on
        and before ``end``: the capital of the party the story's visit went to, which the
        reader infers."""
        host = self.visit.host_for(parties) if self.visit is not None else None
        if not host or not self.pack.capital_of(host) or (len(parties) >= 2 and host not in parties):
            return None
        for pattern in self.pack.data["cues"].get("bare_capital_phrase", []):
            for m in re.finditer(fold(pattern), self.folded[start:end], re.IGNORECASE):
                after = start + m.end()
                noun = after - len(m.group().split()[-1])  # "… arrived in the | capital"
                if self.pack.cue("journey_before_place").search(self.folded[max(0, start + m.start() - 50) : noun]):
                    continue  # "who arrived in the capital on Tuesday": where someone travelled
                if not any(after <= c.start <= after + 12 for c in self.countries):  # "la capitale malienne", "the capital of Kenya"
                    return PlaceMention(start + m.start(), after, self.text[start + m.start() : after], self.pack.capital_of(host), host, country_stated=False)
        return None

    def _visited_elsewhere(self, place: PlaceMention, parties: frozenset[str]) -> bool:
        """The story tells a visit to another of the ``parties`` than the place's country, whose
        own words name that host (``VisitReading.host_named``: "a four-day visit to India")."""
        visit = self.visit
        return (visit is not None and visit.host_named and visit.host in parties and place.country != visit.host
                and self.sentence_of(visit.start) not in self._earlier_only)

    def _visit_city(self) -> PlaceMention | None:
        """The one city of the host country the visit's sentence names ("a effectué une visite
        de travail à Lomé du 2 au 4 mars", "the visit of the Mongolian minister to Paris"):
        where a signing of the visit that names no place of its own happened — before a
        dateline, which counts only where the text names no other place. A city the visitors
        only arrived in ("who arrived in Nadi on Tuesday for a four-day visit") places no
        signing — an airport is no venue — unless it is the host's capital ("arrivé jeudi à
        Abidjan pour une visite officielle", "arrived in Bucharest … for a state visit")."""
        if self.visit is None or self.visit.host is None or self.sentence_of(self.visit.start) in self._earlier_only:
            return None  # (a sentence about an earlier signing places none of the story's)
        # a visit told first in a headline ("OFFICIAL VISIT OF … TO SINGAPORE, 3 TO 5 FEBRUARY")
        # is told again in the next sentence that tells a visit ("… is making an Official Visit
        # to Singapore"), whose city, if the headline names it, is the one capitals hid there
        first = last = self.sentence_of(self.visit.start)
        headline = self.folded[slice(*self.sentences[first])].lower() if self.t.is_headline(first) else None
        if headline is not None:
            told = self.pack.cue("visit")
            last = next((i for i in range(first + 1, min(len(self.sentences), first + 3)) if told.search(self.folded, *self.sentences[i])), first)
        start, end = self.sentences[first][0], self.sentences[last][1]
        journey = self.pack.cue("journey_before_place")
        named = [p for p in self.places if start <= p.start < end and p.country == self.visit.host
                 # what an instrument is about ("un accord … sur un hôpital près de Kayes", "on a solar farm near Kisumu")
                 and not any(m.start < p.start < m.end for m in self.instruments) and not self._in_a_built_project(p.start, start)
                 # the lead's city is the headline's, which capitals hid from the places
                 and (headline is None or self.folded[p.start : p.end].lower() in headline)]
        # (the capital a delegation arrived in is where its visit is: "arrived in Bucharest on Monday for a state visit")
        capital = lambda city: (self.pack.city_entry(city) or (None, False))[1]
        arrived = {self.pack.city_key(p.city) for p in named if journey.search(self.folded[max(start, p.start - 60) : p.start])
                   and not capital(p.city)}
        cities = [p for p in named if self.pack.city_key(p.city) not in arrived]
        if not named:
            # the visit's sentence names no city: the host's capital the story says the
            # visitors arrived in ("Tóth-Vásárhelyi, arrivé jeudi à Abidjan pour une visite …")
            cities = [p for p in self.places if p.country == self.visit.host and capital(p.city)
                      and self.sentence_of(p.start) not in self._earlier_only
                      and journey.search(self.folded[max(self.sentences[self.sentence_of(p.start)][0], p.start - 60) : p.start])]
        return cities[0] if len({self.pack.city_key(p.city) for p in cities}) == 1 else None

    def _dateline_before(self, index: int) -> PlaceMention | None:
        """The dateline that places sentence ``index``: the last item dateline of a digest
        before it ("KUALA LUMPUR — Papua New Guinea’s minister …"), else the article's own."""
        start = self.sentences[index][0]
        items = [d for d in self._item_datelines if d.start <= start]
        return items[-1] if items else self._dateline_place

    @cached_property
    def _item_datelines(self) -> list[PlaceMention]:
        return [PlaceMention(start, end, self.text[start:end], form, self.pack.gazetteer[form][0])
                for start, end, form in self.t.item_datelines]

    def _earlier_steps(self, index: int) -> list[tuple[int, int]]:
        """The words of an earlier signing in a sentence that also tells the story's own
        ("paraphé en mars dernier à Nairobi, puis signé dimanche"): each earlier clause up to
        the next clause of the sentence."""
        clauses = sorted((c for c in self.signings if c.sentence == index), key=lambda c: c.start)
        if not any(c.status == "signed" for c in clauses):
            return []
        end = self.sentences[index][1]
        return [(c.start, clauses[k + 1].start if k + 1 < len(clauses) else end)
                for k, c in enumerate(clauses) if c.status == "earlier"]

    @cached_property
    def _dateline_place(self) -> PlaceMention | None:
        # reading/datelines.py: the dateline, else the city a release's closing block gives —
        # unless a signing is told in another country's city ("Fait à Antananarivo" of a text
        # signed "à New Delhi" is where the ministry wrote, not where the text was signed)
        found = dateline_place(self.text, self.pack, self.dates, {p.start for p in self.places})
        if found is None and (closing := sign_off_place(self.text, self.pack)) is not None:
            country = self.pack.gazetteer[fold(closing[2])][0]
            signed = {i for c in self.signings if c.status == "signed" for i in (c.sentence - 1, c.sentence)}  # its scene too
            before = self._place_preposition_end()
            abroad = any(p.country != country and self.sentence_of(p.start) in signed and before.search(self.folded, max(0, p.start - 12), p.start)
                         for p in self.places if p.start < closing[0])
            found = None if abroad else closing
        return PlaceMention(found[0], found[1], self.text[found[0] : found[1]], found[2], self.pack.gazetteer[fold(found[2])][0]) if found else None
