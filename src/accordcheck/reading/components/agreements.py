"""Agreements: each signed (or planned) instrument with its signing clause, the sentences
about it, and the officials tied to it; the facts (parties, date, place, domains) come from
:class:`~accordcheck.reading.components.facts.Facts`.

The component copies the officials it is given and marks its copies as tied to an agreement
(with the roles they have for it); those copies are the ``people`` layer.
"""

from __future__ import annotations

from copy import copy
from bisect import bisect_left
from dataclasses import dataclass, replace

from accordcheck.lang import fold
from accordcheck.reading.components.counted import own_words
from accordcheck.reading.components.signed_together import SignedTogether
from accordcheck.reading.document import AgreementReading, InstrumentMention, PersonReading, RoleCue, SigningClause, planned_only_sentences
from accordcheck.reading.pipeline import Component, State

__all__ = ["Agreements"]


@dataclass
class _SentenceTable:
    eligible: list[int]  # sentences naming an instrument, referring to one, or reporting a signing
    unowned: list[int]  # eligible sentences about no one agreement in particular
    owned: dict[int, list[int]]  # agreement (its start) -> eligible sentences about it
    listing: dict[int, list[int]]  # agreement -> sentences listing it among others


def _from(indexes: list[int], first: int) -> list[int]:
    """The sorted ``indexes`` from ``first`` on."""
    return indexes[bisect_left(indexes, first) :]


class Agreements(Component):
    name = "agreements"
    requires = ("grouped_officials", "titles", "visit", "instruments", "signings", "countries", "places", "dates", "domains")
    assigns = ("agreements", "people", "dateline")

    def __call__(self, state: State) -> dict:
        work = _Work(state)
        agreements = work._agreements()
        return {"agreements": agreements, "people": work.people, "dateline": work._dateline_place}


class _Work(SignedTogether):
    def _agreements(self) -> list[AgreementReading]:
        self.people = [copy(p) for p in self.grouped_officials]  # ours to tie to agreements
        # "It follows a similar agreement the two governments signed on 5 September 2024": the
        # signing of an instrument already there is background, in this work's own copy
        self.signings = [replace(c, status="earlier") if c.status == "signed" and self._signs_an_earlier_instrument(c) else c
                         for c in self.signings]
        signed = [c for c in self.signings if c.status == "signed"]
        planned = [c for c in self.signings if c.status == "planned"]
        readings: list[AgreementReading] = []
        new_mentions: list[tuple[InstrumentMention, SigningClause]] = []
        quotes = self.t.quoted_spans
        quoted = lambda offset: any(s <= offset < e for s, e in quotes)  # noqa: E731
        told = any(not quoted(c.start) for c in signed)
        for clause in signed:
            if told and quoted(clause.start):
                # "« C’est un accord entre entreprises, … ce que les gouvernements signent »,
                # souligne-t-on": a signing in someone's words, where the reporter tells its own
                continue
            in_sentence = [m for m in self.instruments if m.sentence == clause.sentence]
            # a plural ("two agreements on maritime security and medicines") is not what a
            # singular naming repeats: it is each of them
            singular = [n for n, _ in new_mentions if not n.plural]
            fresh = [
                m for m in in_sentence
                if not m.anaphoric and m.start not in self.counted
                and not self._repeats(m, singular) and not self._told_again(m, singular)
                and not self._earlier_instrument(m)
            ]
            for mention in fresh:
                new_mentions.append((self._antecedent(mention), clause))
            listed = [] if in_sentence else self._listed_instruments(clause)
            for mention in listed:
                # "the following documents were exchanged …:" and "(i) Memorandum of …", "(ii) …":
                # each item's instrument is one of the signings the list's head tells
                if not self._repeats(mention, [n for n, _ in new_mentions]):
                    new_mentions.append((self._antecedent(mention), clause))
            if not in_sentence and not listed and (named := self._named_just_before(clause, planned)) is not None:
                # "The first is a Joint Declaration on …. The minister signed it with …"
                if not self._repeats(named, [n for n, _ in new_mentions]):
                    new_mentions.append((self._antecedent(named), clause))
        for start, members in self.counted.items():
            # "ont signé deux mémorandums …. Le mémorandum sur le riz, paraphé par …": the
            # count's signing is each member's, when its own sentence reports none
            count_clause = next((c for c in signed if any(m.start == start and m.sentence == c.sentence for m in self.instruments)), None)
            for member in members:
                # (not a short naming of a text named in full before it: "the Antarctic
                # memorandum" after "a memorandum of understanding on Antarctic research …")
                if count_clause is not None and not any(m.start == member.start for m, _ in new_mentions) \
                        and not self._repeats(member, [n for n, _ in new_mentions if not n.plural and n.start < member.start]):
                    new_mentions.append((member, count_clause))
        new_mentions = self._body_over_headline(sorted(new_mentions, key=lambda pair: pair[0].start), signed)
        if any(not m.plural for m, _ in new_mentions):
            # "the two memoranda", "les conventions": a plural names agreements the article
            # names one by one, never one more agreement of its own
            new_mentions = [(m, c) for m, c in new_mentions if not m.plural]
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
        visit_tied = self._visit_tied(tied, foreign)
        people = self._tied_people(tied, foreign, visit_tied)
        parties = self._parties(clause, people, visit_tied)
        date = self._signing_date(clause, tied, foreign)
        # how it was signed is told in its own item, not after a digest's turn to other countries
        remote = self._remote_signing(clause, self._in_own_item(tied))
        place = None if remote else self._signing_place(clause, tied, foreign, frozenset(p.country for p in parties))
        tied = tied | self._content_lists(tied)  # what it covers, listed a few sentences on
        scope = self._scope(mention, all_mentions, tied, date, frozenset(p.country for p in parties))
        domains = self._agreement_domains(mention, all_mentions, scope)
        visit = self.visit if visit_tied else None
        if visit is not None and visit.host is None:
            visit = replace(visit, host=visit.host_for(p.country for p in parties))
        return AgreementReading(mention, clause, parties, date, place, people, domains, visit, sorted(tied), remote, sorted(scope))

    def _tied_sentences(self, mention: InstrumentMention | None, all_mentions: list[InstrumentMention], clause_sentence: int) -> set[int]:
        """Sentences about this agreement: its signing, its mentions, what refers back to it.

        With several agreements in the article, a sentence naming an instrument belongs to
        the agreement that instrument is closest to (kind and title words), and a sentence
        that only refers back ("Il prévoit ...") to the agreement last named before it; a
        sentence listing several agreements belongs to each of them.
        """
        tied = {clause_sentence}
        table = self._sentence_table(tuple(all_mentions))
        several = mention is not None and len(all_mentions) > 1
        if several:
            tied.update(table.listing.get(mention.start, ()))
            # ("Le lendemain, un second texte a été signé": a sentence announcing another text is that text's)
            tied.update(i for i in _from(table.unowned, clause_sentence - 1)
                        if i == clause_sentence or not self._announces_another_text(i))
            # (from the sentence before its naming: "Le premier texte … a été conclu lundi à Santiago. Il s’agit d’un accord-cadre …")
            tied.update(_from(table.owned.get(mention.start, []), min(clause_sentence, mention.sentence) - 1))
        else:
            first = min(clause_sentence, mention.sentence) if mention is not None else clause_sentence
            tied.update(i for i in _from(table.eligible, first - 1) if i == clause_sentence or not self._about_another_instrument(i, mention))
        if mention is not None:
            tied.add(mention.sentence)
        # "l’accord prévoit :" and its bullets: each item continues the sentence it ends, unless
        # it names an instrument of its own ("• A Memorandum of Understanding on …, signed by …")
        # — nor a line under another item's instrument ("(ii) Memorandum …" / "Exchanged by: …")
        definite = self.pack.words("definite_determiners", "instruments")
        for index in sorted(tied):
            owner = None
            for item in self.t.list_items_after(index):
                # (a bare definite kind word, "- a joint working group will review how the
                # arrangement is working", refers back: no instrument of the item's own)
                named = [m for m in self.instruments if m.sentence == item and not m.anaphoric
                         and not (m.determiner in definite and not own_words(m, self.pack))]
                if named:
                    owner = named[0].start
                if owner is None or (mention is not None and owner == mention.start and not any(m.start != mention.start for m in named[1:])):
                    tied.add(item)
        # a digest's items, parted by rule lines, are stories of their own ("═══ … IN BRIEF ▪ the
        # two countries signed a tax treaty in Dhaka in March"): the signing's item only
        if (sections := self.t.sections) is not None:
            tied = {i for i in tied if sections[i] == sections[clause_sentence]}
        return tied

    def _sentence_table(self, all_mentions: tuple[InstrumentMention, ...]) -> _SentenceTable:
        """One pass over the sentences, shared by every agreement: which sentences may be
        about an agreement (``eligible``), and whom the text is talking about in each."""
        key = tuple(m.start for m in all_mentions)
        tables = self.__dict__.setdefault("_tables", {})
        if key in tables:
            return tables[key]
        reference = self.pack.cue("agreement_reference")
        # not "… when they signed a joint statement marking …": a new document the pack has no word for
        signed = {c.sentence for c in self.signings if c.status == "signed" and not self._signs_an_unnamed_document(c)}
        by_sentence: dict[int, list[InstrumentMention]] = {}
        for m in self.instruments:
            by_sentence.setdefault(m.sentence, []).append(m)
        table = _SentenceTable([], [], {}, {})
        closest: dict[int, int] = {}
        planned_only = {c.sentence for c in self.signings if c.status == "planned"} - signed
        new = self.pack.words("new_determiners", "instruments")
        current = None  # the agreement the text is talking about, sentence by sentence
        in_order = sorted(all_mentions, key=lambda m: m.start)
        for index, (start, end) in enumerate(self.sentences):
            here = by_sentence.get(index, [])
            rank = self._ordinal_reference(start, end)
            # … unless the sentence names that agreement itself ("Le premier texte, un accord général de coopération, …")
            if rank is not None and 1 < len(in_order) > rank and all(m.anaphoric for m in here):
                current = in_order[rank].start  # "The second document was signed by …"
                here = []
                table.owned.setdefault(current, []).append(index)
                table.eligible.append(index)
                continue
            if not here and self._announces_another_text(index):
                current = None  # "Le lendemain, un second texte a été signé": not the text named last
            if here and current is not None and self._refers_back_first(start, end, here, all_mentions):
                here = []  # "Il prévoit …, afin qu’une déclaration saisie à Djibouti …": still the text named last
            if here and len(all_mentions) > 1:
                owners = set()
                for m in here:
                    members = {n.start for n in self.counted.get(m.start, [])}
                    if members & {a.start for a in all_mentions}:
                        owners.update(members & {a.start for a in all_mentions})  # "deux mémorandums": each of them
                        continue
                    if index in planned_only and m.determiner in new and m.start not in {a.start for a in all_mentions}:
                        # "An agreement on rice trade is expected to be signed in October": a
                        # text still to come, none of the article's signed ones
                        owners.add(-1)
                        continue
                    if m.start not in closest:
                        closest[m.start] = self._closest_agreement(m, list(all_mentions), current).start
                    owners.add(closest[m.start])
                current = next(iter(owners)) if len(owners) == 1 else None
                if len(owners) > 1:
                    for owner in owners:
                        table.listing.setdefault(owner, []).append(index)
            if here or index in signed or reference.search(self.folded[start:end]) or self._names_an_acronym(start, end):
                table.eligible.append(index)
                if current is None:
                    table.unowned.append(index)
                else:
                    table.owned.setdefault(current, []).append(index)
        tables[key] = table
        return table

    def _refers_back_first(self, start: int, end: int, here: list[InstrumentMention], all_mentions) -> bool:
        """The sentence opens by referring back to an agreement with a pronoun (pack
        ``instrument_pronouns``) and a content cue ("Il prévoit …", "It provides for …") and names
        no other text of the article, only new ones later (a common noun: "une déclaration
        saisie à Djibouti")."""
        pronouns = self.pack.words("instrument_pronouns", "instruments") if "instrument_pronouns" in self.pack.data["instruments"] else frozenset()
        first = self.folded[start:end].split(maxsplit=1)
        if not first or first[0].lower() not in pronouns:
            return False
        # the pronoun, then the cue ("It provides for …", "Il prévoit …")
        opening = self.pack.cue("agreement_reference").match(self.folded, start + len(first[0]) + 1, min(end, start + 40))
        if opening is None or opening.end() > min(m.start for m in here):
            return False
        new = self.pack.words("new_determiners", "instruments")
        known = {a.start for a in all_mentions}
        return all(m.determiner in new and m.start not in known for m in here)

    def _tied_people(self, tied: set[int], foreign: frozenset[int] | set[int] = frozenset(), visit_tied: bool = True) -> list[PersonReading]:
        """Officials tied to this agreement or its visit; what they did for another
        agreement of the article (signing it, say) does not count for this one."""
        visit_sentences = set()
        if self.visit is not None and visit_tied:
            visit_sentences.add(self.sentence_of(self.visit.start))
        people = []
        # a digest's other items are stories of their own: what is told there is not this one's
        sections = self.t.sections
        if sections is not None and tied:
            own = {sections[i] for i in tied}
            foreign = set(foreign) | {i for i in range(len(self.sentences)) if sections[i] not in own}
        # a sentence that only plans a signing tells of a later event ("Il devrait être signé en
        # juillet, lors d’une visite … du secrétaire mexicain"): no part in this one
        planned = planned_only_sentences(self.signings)
        for person in self.people:
            visiting = self._visiting_delegate(person) if visit_tied else []
            mentions = [m for m in person.mentions if m.sentence not in foreign]
            if not mentions:
                # signed another agreement of the visit: still one of the visit's officials
                visit_roles = [c for c in person.roles if c.role in ("visitor", "host")] or visiting
                if visit_roles and self._of_the_visit(person, visit_tied):
                    person.tied = True
                    people.append(replace(person, roles=visit_roles))
                continue
            # a visit's part told outside this agreement's sentences is this one's only with its visit
            roles = [cue for cue in person.roles if self.sentence_of(cue.start) not in foreign | planned
                     and (cue.role not in ("host", "visitor") or self.sentence_of(cue.start) in tied or self._of_the_visit(person, visit_tied))]
            if visiting and not any(c.role == "visitor" for c in roles):
                roles = roles + visiting
                if not foreign:
                    person.roles = roles
            signed = any(c.role == "signatory" for c in roles)
            if roles or any(m.sentence in tied or m.sentence in visit_sentences for m in mentions):
                if roles or any(m.sentence in tied for m in mentions):
                    person.tied = True
                    if signed and any(c.role == "witness" for c in roles):
                        # who signed the agreement is not its witness: "the two ministers
                        # looked on" names others when one of them signed it
                        person = replace(person, roles=[c for c in roles if c.role != "witness"])
                    elif foreign or len(roles) != len(person.roles):
                        person = replace(person, roles=roles)
                    people.append(person)
        return people

    def _of_the_visit(self, person: PersonReading, visit_tied: bool) -> bool:
        """The person may be an official of this agreement's visit: the article reads none, or it
        is this agreement's and they are of neither side of another (a digest's other item: "le
        ministre italien …, en visite en Algérie")."""
        if self.visit is None:
            return True
        return visit_tied and (person.country is None or person.country in (self.visit.host, self.visit.visitor))

    def _visiting_delegate(self, person: PersonReading) -> list[RoleCue]:
        """An official of the visiting country who is no resident diplomat, and to whom the
        text gives no part of their own, is one of the visitors. One who signed, hosted or
        witnessed is that; a visitor too only where the text ties them to the visit ("who is on
        a visit", "the visiting minister"), a role cue of their own."""
        visit = self.visit
        if visit is None or person.country is None or person.country != visit.visitor:
            return []
        resident = self.pack.words("resident_heads")  # a key every pack has (lang/schema.py)
        for title in person.titles:
            lowered = fold(title.head or title.text).lower()  # "Pakistani Ambassador to ...": the head
            if any(lowered.startswith(head) for head in resident):
                return []
        if any(c.role in ("host", "witness", "signatory") for c in person.roles):
            return []
        return [RoleCue("visitor", visit.start, visit.end)]

    def _visit_tied(self, tied: set[int], foreign: frozenset[int] | set[int] = frozenset()) -> bool:
        """The article's visit is this agreement's: told in its sentences, or in none of another
        agreement's — or, told in another's, this one's sentences do not name two other countries
        than the visit's (a digest's next item, "ALGÉRIE – ITALIE … Jeudi, à Alger, le ministre
        italien …", is another story, with its own visit)."""
        if self.visit is None:
            return False
        sentence = self.sentence_of(self.visit.start)
        if (sections := self.t.sections) is not None and tied \
                and not {sections[sentence], sections[self.sentence_of(self.visit.end - 1)]} & {sections[i] for i in tied}:
            return False  # told in a digest's other item (parted by rule lines or item heads)
        if sentence in tied or sentence not in foreign:
            return True
        named = {c.country for c in self.countries if self.sentence_of(c.start) in tied}
        return len(named) < 2 or bool(named & {self.visit.host, self.visit.visitor})
