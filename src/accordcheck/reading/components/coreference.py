"""Coreference: the mentions of one official across the article, grouped into people —
by surname, by a short or counterpart title pointing back ("le ministre tunisien", "son
homologue"), or by naming later ("Le premier, X"); each person with titles, country, roles."""

from __future__ import annotations

import re
from functools import cache

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.components.name_forms import (
    named_by_family_name_first,
    named_by_surname,
)
from accordcheck.reading.components.name_links import (
    country_after,
    honorific_words,
    naming_cues,
)
from accordcheck.reading.components.names import particle_joined
from accordcheck.reading.components.title_forms import TitleForms
from accordcheck.reading.document import PersonMention, PersonReading, TitleMention
from accordcheck.reading.pipeline import Component, State

__all__ = ["Coreference"]


class Coreference(Component):
    name = "coreference"
    requires = ("mentions_with_roles", "titles", "countries")
    assigns = ("officials",)

    def __call__(self, state: State) -> dict:
        return {"officials": _Work(state)._group(list(state.mentions_with_roles))}


class _Work(TitleForms):
    def _group(self, mentions: list[PersonMention]) -> list[PersonReading]:
        anaphor_only = self.pack.words("anaphor_only_heads")
        groups: list[list[PersonMention]] = []
        # named people first
        for mention in mentions:
            if not mention.name:
                continue
            target = next((g for g in groups if named_by_surname(g, mention)), None) or next(
                (g for g in groups if named_by_family_name_first(g, mention)), None)
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
        several: list[list[PersonMention]] = []
        for mention in mentions:
            if mention.name or not mention.titles:
                continue
            title = mention.titles[0]
            target = self._antecedent(mention, title, groups, country_of)
            if target is _SEVERAL:
                if not mention.roles:
                    several.append([mention])  # an official only if named later
                    continue
                target = None  # what they did stays theirs, for the sides to place (sides.py)
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
        self._named_later(groups, unnamed_groups + several)
        groups.extend(g for g in several if any(m.name for m in g))
        counterparts = [m for m in mentions if not m.name and m.titles and m.titles[0].counterpart]
        self._named_by_pronoun(groups, counterparts)
        self._counterpart_named_next(groups, counterparts)
        groups.extend(unnamed_groups)
        groups.sort(key=lambda g: min(m.start for m in g))
        people = []
        for group in groups:
            named = [m for m in group if m.name]
            # an official named after their function has their titles in the unnamed mentions
            source = named if any(m.titles for m in named) or len(named) == len(group) else group
            # a title right before the surname alone ("General Nyarko-Mensah", "Deputy PM Hung",
            # "Ambassador KANG") addresses an official whose titles came with the full name
            told_in_full = any(t.official and not t.counterpart for m in source if m.name and len(m.name.split()) > 1 for t in m.titles)
            titles: list[TitleMention] = []
            seen: set[str] = set()
            for mention in source:
                for title in mention.titles:
                    key = fold(title.text).lower()
                    if title.counterpart or key in seen or (told_in_full and self._addresses(mention, title)):
                        continue
                    seen.add(key)
                    titles.append(title)
            # the title that names them ("The minister, Dr X", "First Deputy Minister X") stands
            # for the one they were introduced by ("the Minister of Electricity and Energy", "the
            # First Deputy Minister of Economy of Georgia"): the full title
            full = {self._head(t): t for m in group for t in m.titles if not t.counterpart and not self._short(t)}
            before = {id(t): "," in self.folded[t.end : m.name_start] for m in group if m.name_start is not None
                      for t in m.titles if t.end <= m.name_start}
            whole = [t for m in group for t in m.titles if not t.counterpart]
            titles = [
                full.get(self._head(t), t) if self._short(t) and before.get(id(t))
                else next((w for w in whole if w.start < t.start and self._extends(w, t)), t) if id(t) in before and not self._short(t)
                else t
                for t in titles
            ]
            titles = list({id(t): t for t in titles}.values())
            keys = [fold(t.text).lower() for t in titles]
            titles = [t for t, k in zip(titles, keys) if not any(o != k and o.startswith(k + " ") for o in keys)]
            name = max((m.name for m in named), key=lambda n: len(n.split())) if named else None
            official = any(t.official for m in group for t in m.titles if not t.counterpart) or (bool(named) and any(t.counterpart for m in group for t in m.titles))
            if any(not t.official for t in titles) and not self._holds_a_government_office(titles):
                official = False  # "le ministre de la Santé, le professeur X": a minister who also teaches stays official
            roles = [cue for m in group for cue in m.roles]
            if named and not titles and self._full_name(name) and (
                    any(c.role == "signatory" for c in roles)
                    or (any(c.role in ("witness", "host") for c in roles) and any(self._state_honoured(m) for m in named))):
                # "Kwame Mensah and Ama Dogbe signed": who signs for a state is its official; so is
                # who presides or receives under a state's honorific ("in the presence of His Highness Sheikh Mohamed …")
                official = True
            country = None
            evidence = None
            for m in sorted(group, key=lambda m: (m.name is None, m.start)):
                t = next((t for t in m.titles if t.country), None)
                if t is not None:
                    country, evidence = t.country, (t.start, t.end)
                    break
            if country is None and (after := self._country_after_name(group)) is not None:
                country, evidence = after.country, (after.start, after.end)
            people.append(PersonReading(name, group, titles, country, evidence, roles, official, False))
        return [p for p in people if p.official and (p.titles or p.name)]

    def _addresses(self, mention: PersonMention, title: TitleMention) -> bool:
        """``title`` stands right before the one-word name of ``mention``, no comma between: a
        form of address ("Minister Belo"), not an apposition ("Belo, Minister of …")."""
        return (mention.name is not None and len(mention.name.split()) == 1 and mention.name_start is not None
                and title.end <= mention.name_start and "," not in self.folded[title.end : mention.name_start])

    def _holds_a_government_office(self, titles: list) -> bool:
        """One of ``titles`` has a head only a government gives (pack ``government_heads``)."""
        heads = self.pack.words("government_heads") if "government_heads" in self.pack.titles else frozenset()
        return any(fold(t.head or "").lower() in heads for t in titles if t.official)

    def _state_honoured(self, mention) -> bool:
        """A state's honorific ends where the mention's name starts (the pack's ``state_honorifics``)."""
        pattern = _state_honorific_before(self.pack)
        if pattern is None or mention.name_start is None:
            return False
        return pattern.search(self.folded[max(0, mention.name_start - 40) : mention.name_start]) is not None

    def _full_name(self, name: str) -> bool:
        """Two words or more, capitalised but for particles, none of them an honorific, and not a
        place ("Maurice", "Sri Lanka", "Son Excellence Monsieur", "la ministre des Forces armées"):
        what a name with no title must be to stand for an official."""
        folded = fold(name)
        honorifics = honorific_words(self.pack)
        words = [w.rstrip(".").lower() for w in folded.split()]
        particles = self.pack.words("name_particles") | self.pack.words("name_suffix_particles")
        # "la ministre des Forces armées"; not "Rashad Nizami oglu Hasanli", "Sardar Ahsan ul-Haq"
        lower = [w for w in name.split() if not w[:1].isupper() and w.lower() not in particles and not particle_joined(w, self.pack)]
        return len(words) >= 2 and not lower and not any(w in honorifics for w in words) \
            and self.pack.country_of_form(folded) is None and not self.pack.country_regex.fullmatch(folded) \
            and not self.pack.city_regex.fullmatch(folded)

    def _country_after_name(self, group: list[PersonMention]):
        """"President Elchin Rustamov of Azerbaijan", "le ministre Amadou Traoré, du Mali": the
        country named right after the name."""
        for m in group:
            if m.name_end is not None and (country := country_after(m.name_end, self.folded, self.countries, self.pack)) is not None:
                return country
        return None

    def _named_later(self, named: list[list[PersonMention]], unnamed: list[list[PersonMention]]) -> None:
        """Officials introduced by their function and named afterwards join their name:
        "… signature du ministre centrafricain … et du ministre camerounais …. Le premier,
        Hervé Ngouandji, …"; "Son hôte, Hanitra Razafindrabe"; "Mbaé Soilihi Djoumoi, qui
        conduit la délégation comorienne" (the one unnamed official of that country)."""
        naming = naming_cues(self.pack)
        if naming is None or not unnamed:
            return
        for group in list(named):
            first = min(group, key=lambda m: m.start)
            if any(m.titles for m in group) and not self._names_a_function(first, group, unnamed):
                continue
            if not first.name or not first.name[:1].isupper() or len(first.name.split()) < 2:
                continue  # a name, not a stray span of the NER ("kazakhe de la Défense")
            s_start, s_end = self.sentences[first.sentence]
            before = self.folded[s_start : first.start]
            earlier = sorted((g for g in unnamed if min(m.start for m in g) < first.start), key=lambda g: min(m.start for m in g))
            if not earlier:
                continue
            target = None
            if first.titles:
                target = self._names_a_function(first, group, unnamed)
            elif (found := naming.ordinal_at_end.search(before)) is not None:
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


    def _named_by_pronoun(self, named: list[list[PersonMention]], counterparts: list[PersonMention]) -> None:
        """"… signed by ul-Haq and his Ethiopian counterpart. ENA identified him in a later
        dispatch as Dr. Tesfaye Wolde-Giorgis": the counterpart just mentioned is the official
        the pronoun's sentence names (its role and side go with the name)."""
        cues = self.pack.data["cues"].get("named_later") or {}
        if not cues.get("pronoun") or not counterparts:
            return
        pronoun = re.compile(fold(cues["pronoun"]), re.IGNORECASE)
        for group in named:
            first = min(group, key=lambda m: m.start)
            s_start, _ = self.sentences[first.sentence]
            if not pronoun.search(self.folded[s_start : first.start]):
                continue
            before = [m for m in counterparts if m.start < first.start and m.sentence >= first.sentence - 1]
            if before:
                group.append(before[-1])
                group.sort(key=lambda m: m.start)

    def _counterpart_named_next(self, named: list[list[PersonMention]], counterparts: list[PersonMention]) -> None:
        """"… signed by Fiji's Permanent Secretary for Education, Dr X, and her Solomon Islands
        counterpart. Lionel Pitanoe, the Permanent Secretary of the Ministry of Education, said
        …": a sentence that opens on a named official right after the sentence that left a
        counterpart unnamed names that counterpart, when the official is of the counterpart's
        country or holds the function of the one the counterpart answers to, and has no side
        and no role of their own."""
        for group in named:
            first = min(group, key=lambda m: m.start)
            s_start, _ = self.sentences[first.sentence]
            if re.search(r"\w", self.folded[s_start : first.start]) or any(m.roles for m in group):
                continue
            before = [m for m in counterparts if m.sentence == first.sentence - 1 and m.roles]
            if len(before) != 1:
                continue
            counterpart = before[0]
            own = {t.country for m in group for t in m.titles if t.country}
            wanted = counterpart.titles[0].country
            if own and own != {wanted}:
                continue
            partners = [t for g in named if g is not group for m in g if m.sentence == counterpart.sentence
                        for t in m.titles if not t.counterpart and (not wanted or t.country != wanted)]
            same_function = {self._head(t) for m in group for t in m.titles} & {self._head(t) for t in partners}
            if (wanted and own == {wanted}) or same_function:
                for other in named:  # the naming outweighs a guess at an earlier antecedent
                    if counterpart in other and other is not group:
                        other.remove(counterpart)
                group.append(counterpart)
                group.sort(key=lambda m: m.start)
                counterparts.remove(counterpart)

    def _names_a_function(self, first: PersonMention, group: list[PersonMention], unnamed: list[list[PersonMention]]):
        """"The minister, Dr Sello Mahlangu": a name whose only titles are short ones, after
        the one official introduced earlier by a function with that head, names that official;
        so does a name after the first words of that function's title ("the First Deputy
        Minister of Economy of Georgia" … "First Deputy Minister Levan Gvazava")."""
        if not first.titles:
            return None
        if all(len(self._words(t)) >= 2 for t in first.titles):
            earlier = [g for g in unnamed if min(m.start for m in g) < first.start and not any(m.name for m in g)
                       and any(self._extends(t, own) and own.country in (None, t.country)
                               for m in g for t in m.titles if not t.counterpart for own in first.titles)]
            if len(earlier) == 1:
                return earlier[0]
        if not all(self._short(t) and not t.country for t in first.titles):
            return None
        if first.name_start is None or "," not in self.folded[first.titles[-1].end : first.name_start]:
            return None  # the apposition names ("The minister, X"); "Président Mamadou Dia" may be a building's name
        head = self._head(first.titles[0])
        # "The envoy, X" names the ambassador introduced earlier (the pack's function_synonyms)
        heads = {head, *(fold(h).lower() for h in self.pack.titles.get("function_synonyms", {}).get(head, []))}
        # a function introduced in full ("the Minister of Electricity and Energy"), not
        # another short mention ("the minister") that may be anyone's
        earlier = [g for g in unnamed if min(m.start for m in g) < first.start
                   and any(self._head(t) in heads and not t.counterpart and not self._short(t) for m in g for t in m.titles)]
        return earlier[0] if len(earlier) == 1 else None

    def _antecedent(self, mention: PersonMention, title: TitleMention, groups, country_of):
        """The named person an unnamed mention refers back to ("le ministre tunisien", "son homologue")."""
        head = self._head(title)
        anaphor_only = self.pack.words("anaphor_only_heads")
        if not (title.counterpart or self._short(title) or head in anaphor_only):
            return self._same_title(title, groups, country_of)

        def last_before(group):
            starts = [m.start for m in group if m.start < mention.start]
            return max(starts) if starts else -1

        if (holder := self._synonym_holder(title, head, groups, country_of)) is not None:
            return holder
        candidates = groups
        if title.country:
            candidates = [g for g in groups if country_of(g) == title.country]
        if title.counterpart:
            own = self._subject_named_before(mention, groups)
            subject = (country_of(own) if own is not None else None) or self._subject_country(mention)
            if subject is None and not title.country:
                return None
            if not title.country:
                candidates = [g for g in groups if country_of(g) and country_of(g) != subject]
            subject_heads = {self._head(t) for g in groups if country_of(g) == subject for m in g for t in m.titles}
            # the heads of the official named just before, if any of the candidates shares one
            own_heads = {self._head(t) for m in own for t in m.titles} if own is not None else set()
            same_head = [g for g in candidates if any(self._head(t) in own_heads for m in g for t in m.titles)] or \
                [g for g in candidates if any(self._head(t) in subject_heads for m in g for t in m.titles)]
            if title.country and subject_heads and not same_head:
                return None  # a minister's counterpart is no ambassador of that country
            candidates = same_head or candidates
        if not title.counterpart and head not in anaphor_only:
            # "le ministre égyptien" refers back to "ministre d'État égyptien ...": the head's
            # first word is enough
            first = head.split()[0] if head else head
            candidates = [g for g in candidates if any(self._head(t) == head or (self._head(t) or "").split()[:1] == [first] for m in g for t in m.titles)]
        if not candidates:
            return None
        if not title.country and not title.counterpart and len(candidates) > 1:
            # "la visite du Premier ministre" before "Le Premier ministre, X": the title word for word
            exact = self._word_for_word(title, candidates)
            if len(exact) == 1 and len(self._words(title)) >= 2:  # (not a bare "minister")
                return exact[0]
            # "signed by X and the visiting minister": the one visitor among them
            visiting = [g for g in candidates if any(c.role == "visitor" for m in g for c in m.roles)]
            if any(c.role == "visitor" for c in mention.roles) and len(visiting) == 1:
                return visiting[0]
            if head in anaphor_only:
                return None  # "at the head of a delegation": too general a word to point at anyone
            # "the Minister and his Uzbek co-chair, Mr X, signed": one named in the same sentence is another
            elsewhere = [g for g in candidates if not any(m.sentence == mention.sentence for m in g)]
            # else one of several named officials with that function, no one new
            return elsewhere[0] if len(elsewhere) == 1 else _SEVERAL
        before = [g for g in candidates if last_before(g) >= 0]
        if before:
            return max(before, key=last_before)
        return candidates[0]

    def _subject_named_before(self, mention: PersonMention, groups):
        """The named official whose counterpart this is: the last one named before it in its
        sentence ("Minister Ramnauth, who hosted his Barbadian counterpart")."""
        before = [(m.start, g) for g in groups for m in g
                  if m.name and m.sentence == mention.sentence and m.start < mention.start]
        return max(before, key=lambda pair: pair[0])[1] if before else None

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


# what an anaphor refers back to when it may be any of several named officials ("joined the
# minister in Pretoria" after two ministers): none of them — an official of its own only when
# named later or doing something the sides may place
_SEVERAL: list[PersonMention] = []


@cache
def _state_honorific_before(pack: LanguagePack) -> re.Pattern[str] | None:
    """A state's honorific ending a text, before a name ("… His Highness Sheikh ")."""
    honorifics = pack.titles.get("state_honorifics")
    if not honorifics:
        return None
    return re.compile(r"(?:" + "|".join(re.escape(fold(h)) for h in sorted(honorifics, key=len, reverse=True)) + r")\.?\s+$")
