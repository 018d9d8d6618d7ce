"""What an agreement covers: the domains its own sentences name, and the sentences that go
on saying what it covers after them (a content sentence's continuation, a list of what the
parties will do) — never what it leaves out, what talks covered or an earlier text's scope."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from accordcheck.lang import fold
from accordcheck.lang.dates import DateMention
from accordcheck.reading.components.counted import counted_texts
from accordcheck.reading.components.remote_signing import RemoteSignings
from accordcheck.reading.document import (
    DomainMention,
    InstrumentMention,
    cued_sentences,
    dated_in_an_earlier_year,
)
from accordcheck.reading.enumeration import part_owners

__all__ = ["AgreementScope"]


class AgreementScope(RemoteSignings):
    """The domains of each agreement, for the agreements component's work."""

    @cached_property
    def _denied_scope(self) -> set[int]:
        """Sentences that say a subject is not in the agreement ("ne figurent pas dans le
        mémorandum", "is not part of the agreement"), or what talks covered ("the talks covered
        critical minerals, health care and … beef"), discussed, not signed: they lend it no domain."""
        return cued_sentences(self.pack, self.folded, self.sentences, "scope_denied", "talks_topics")

    def _content_lists(self, tied: set[int]) -> set[int]:
        """A list of what the parties will do, opened a few sentences after the agreement's own
        ("The memorandum was signed in Francistown …. According to the statement, the two
        countries will:" then "▪ vaccinate cattle …", "▪ train veterinary staff …"): its head,
        with a content cue and a colon, and its items — unless the text has turned to another
        instrument, another signing, the background or another digest item before it."""
        content = self.pack.cue("agreement_content")
        background = self.pack.cue("background")
        sections = self.t.sections
        signing_sentences = {c.sentence for c in self.signings}
        found: set[int] = set()
        for index in sorted(tied):
            for head in range(index + 1, min(len(self.sentences), index + 1 + _LIST_HEAD_WITHIN)):
                start, end = self.sentences[head]
                if head in tied or (sections is not None and sections[head] != sections[index]):
                    break
                if head in signing_sentences or any(m.sentence == head for m in self.instruments) or background.search(self.folded, start, end):
                    break
                items = self.t.list_items_after(head)
                if items and head not in self._denied_scope and content.search(self.folded, start, end):
                    found.update([head, *items])
                    break
        return found

    def _scope(self, mention: InstrumentMention | None, all_mentions: list[InstrumentMention], tied: set[int],
               date: DateMention | None = None, parties: frozenset[str] = frozenset()) -> set[int]:
        """The sentences saying what the agreement covers: its own, a content sentence's
        continuation and the work it sets up (what the checks read a domain's evidence in)."""
        year = date.date.year if date is not None and date.date is not None else (self.published.year if self.published else None)
        return tied | self._content_continuations(tied, len(all_mentions) > 1, year) | self._funded_work(tied, mention, parties) | self._told_back(tied)

    def _told_back(self, tied: set[int]) -> set[int]:
        """The sentence before one of the agreement's that says it was part of it ("La faculté
        accueillera douze ingénieurs congolais. C’est l’un des volets de la convention …"): in
        the same digest item, naming no instrument of its own, neither background nor a subject
        left out."""
        back, background = self.pack.cue("scope_told_back"), self.pack.cue("background")
        sections = self.t.sections
        found = set()
        for index in tied:
            before = index - 1
            if before < 0 or before in tied or (sections is not None and sections[before] != sections[index]):
                continue
            start, end = self.sentences[index]
            if not back.match(self.folded[start:end].lstrip()):
                continue
            b_start, b_end = self.sentences[before]
            if (any(m.sentence == before for m in self.instruments) or background.search(self.folded, b_start, b_end)
                    or before in self._denied_scope or self.t.is_headline(before)):
                continue
            found.add(before)
        return found

    def _agreement_domains(self, mention: InstrumentMention | None, all_mentions: list[InstrumentMention], tied: set[int]) -> list[DomainMention]:
        domains = self.domains
        starts, by_sentence, quoted = self._domain_index()
        holders = self._domain_holders(tuple(all_mentions))
        # the domains this agreement may have: in its sentences, or in its own title
        candidates = {i for index in tied for i in by_sentence.get(index, ())}
        if mention is not None:
            candidates.update(range(bisect_left(starts, mention.start), bisect_left(starts, mention.end)))
        chosen: list[DomainMention] = []
        earlier = self._earlier_only
        for i in sorted(candidates):
            domain = domains[i]
            if i in quoted:
                continue  # what someone says in quotes is comment, not the agreement's content
            if domain.sentence in earlier:
                continue  # what an agreement signed long before covered
            if domain.sentence in self._denied_scope:
                continue  # "ces dossiers ne figurent pas dans le mémorandum": left out of it
            inside_own = mention is not None and mention.start <= domain.start < mention.end
            if any(holder is not mention for holder in holders.get(i, ())):
                continue  # in another agreement's title
            if not inside_own and domain.sentence not in tied:
                continue
            if mention is not None and not inside_own and len(all_mentions) > 1 and not self._in_own_part(domain, mention, all_mentions):
                continue  # "two documents, one exempting … from visas and the other advancing the railway"
            if not inside_own and len(all_mentions) > 1 and mention is not None and domain.sentence == mention.sentence:
                continue  # in a list of agreements, each one's domains are in its own title
            if domain.code not in [d.code for d in chosen]:
                chosen.append(domain)
        return chosen

    def _in_own_part(self, domain: DomainMention, mention: InstrumentMention, all_mentions: list[InstrumentMention]) -> bool:
        start, end = self.sentences[domain.sentence]
        owners = part_owners(self.pack, self.folded, (start, end), domain.start, all_mentions)
        if owners is None:
            # "signent deux textes sur l'eau et l'agriculture", "the two agreements cover trade
            # and health": the topics of the texts together, which of them covers which untold
            counts = self.pack.words("plural_determiners", "instruments")
            return not counted_texts(self.folded, self.pack, start, domain.start, definite=True) and not any(
                m.plural and fold(m.determiner or "").lower() in counts and start <= m.start < domain.start for m in self.instruments)
        return any(o is mention for o in owners)

    def _domain_index(self) -> tuple[list[int], dict[int, list[int]], set[int]]:
        """The domains' starts, the domains of each sentence, and those said in quotes."""
        if "_domain_index_" not in self.__dict__:
            starts = [d.start for d in self.domains]
            by_sentence: dict[int, list[int]] = {}
            for i, domain in enumerate(self.domains):
                by_sentence.setdefault(domain.sentence, []).append(i)
            # a quotation that opens with an instrument's name is its title ("“Memorandum of
            # Understanding … in the field of energy”", « Accord … »), not someone's words
            speech = [(s, e) for s, e in self.t.quoted_spans if not any(s <= m.start <= s + 2 for m in self.instruments)]
            quoted = {i for s, e in speech for i in range(bisect_left(starts, s), bisect_left(starts, e))}
            self.__dict__["_domain_index_"] = (starts, by_sentence, quoted)
        return self.__dict__["_domain_index_"]

    def _domain_holders(self, all_mentions: tuple[InstrumentMention, ...]) -> dict[int, list[InstrumentMention]]:
        """Domain (its index) → the instrument titles it is in."""
        cache = self.__dict__.setdefault("_domain_holders_", {})
        key = tuple(id(m) for m in all_mentions)
        if key not in cache:
            starts = self._domain_index()[0]
            holders: dict[int, list[InstrumentMention]] = {}
            for m in all_mentions:
                for i in range(bisect_left(starts, m.start), bisect_left(starts, m.end)):
                    holders.setdefault(i, []).append(m)
            cache[key] = holders
        return cache[key]

    def _content_continuations(self, tied: set[int], several: bool, year: int | None = None) -> set[int]:
        """Sentences that go on listing what the agreement covers: right after a tied sentence
        saying what it covers ("it provides for ..."), in the same paragraph, naming no
        instrument, no background and no other agreement ("A joint committee will meet every
        six months to review progress", which may open the next paragraph)."""
        if several:
            return self._told_by_pronoun(tied)
        content = self.pack.cue("agreement_content")
        terms = self.pack.cue("agreement_terms")
        background = self.pack.cue("background")
        found: set[int] = set()
        for index in sorted(tied):
            start, end = self.sentences[index]
            if not content.search(self.folded[start:end]):
                continue
            following = index + 1
            while following < len(self.sentences) and following not in tied:
                next_start, next_end = self.sentences[following]
                sentence = self.folded[next_start:next_end]
                if "\n" in self.text[end:next_start] and not terms.search(sentence):
                    break  # a new paragraph, unless it names the body that follows the text up
                if any(m.sentence == following for m in self.instruments) or background.search(sentence):
                    break
                if dated_in_an_earlier_year(self.dates, (next_start, next_end), year):
                    break  # "… a framework agreed in November 2014, which also covered health"
                found.add(following)
                end = next_end
                following += 1
        return found

    def _told_by_pronoun(self, tied: set[int]) -> set[int]:
        """With several texts: the sentence right after one naming this one, in its paragraph,
        whose subject is a pronoun for it and that tells what it does ("The letter of intent is
        more modest. It describes how …"; pack cue ``content_by_pronoun``)."""
        told = self.pack.cue("content_by_pronoun")
        found: set[int] = set()
        for index in tied:
            following = index + 1
            if following >= len(self.sentences) or following in tied or not any(m.sentence == index for m in self.instruments):
                continue
            end, (start, stop) = self.sentences[index][1], self.sentences[following]
            if "\n" not in self.text[end:start] and told.match(self.folded[start:stop]) and not any(m.sentence == following for m in self.instruments):
                found.add(following)
        return found

    def _funded_work(self, tied: set[int], mention: InstrumentMention | None = None, parties: frozenset[str] = frozenset()) -> set[int]:
        """A sentence soon after the agreement's, which may open the next paragraph, whose
        subject is the work the agreement funds or sets up and which says what that will do
        ("The new phase will build about 2,000 water points and train technicians", "Sur
        quatre ans, le projet doit raccorder 40 000 habitants"), or which says what a date will
        change ("From January 1, lorries will be able to cross at any hour"), or whose subject
        is what the agreement's own title sets up ("… relative à la création d'un centre
        d'excellence" … "Le futur centre, dont …, doit accueillir 600 jeunes"; "Under the project,
        34 school buildings will be rebuilt": pack cue ``work_reference``), or whose subject
        is one of its parties and which says what it undertakes ("Serbia will build the spans",
        "La partie turque formerait les formateurs") — before the text turns to another
        instrument, the background or another digest item; never a subject left out. Each such
        sentence lets the telling go on for as many sentences again, and so does one where an
        official signs or witnesses it."""
        work, effect = self.pack.cue("funded_work"), self.pack.cue("effect_from_date")
        subject, named = self.pack.cue("work_subject"), self._title_nouns(mention)
        reference = self.pack.cue("work_reference")
        background = self.pack.cue("background")
        sections = self.t.sections
        found: set[int] = set()
        if tied and (lead := self._commitment_before(min(tied), parties)) is not None:
            found.add(lead)
        found |= self._work_paragraphs(tied, named)
        for index in tied:
            following, last = index + 1, index + 1 + _FUNDED_WORK_WITHIN
            while following < min(last, len(self.sentences)):
                if following in tied or (sections is not None and sections[following] != sections[index]):
                    break
                start, end = self.sentences[following]
                if any(m.sentence == following for m in self.instruments):
                    break
                sentence = self.folded[start:end].lstrip()
                said = subject.match(sentence) or reference.match(sentence)
                told = said if said is not None and said.group("noun").lower() in named else None  # the title's own work
                lead = work.match(sentence) or effect.match(sentence) or told or self._party_commitment(start, end, parties)
                # a past date after the work's future verb dates what it acts on ("The bridge will
                # replace a structure built in 1991"): only one before it turns to the background
                opened = end - len(sentence) + (lead.end() if lead is not None else len(sentence))
                if background.search(self.folded, start, opened):
                    break
                if following not in self._denied_scope and lead is not None:
                    found.add(following)
                    last = following + 1 + _FUNDED_WORK_WITHIN
                elif following in self._ceremony_sentences:
                    last += 1  # "X witnessed the exchange.": still the signing's story, not a turn
                following += 1
        return found

    def _work_paragraphs(self, tied: set[int], named: frozenset[str]) -> set[int]:
        """A paragraph between two of the agreement's sentences that opens on the work its
        title sets up ("… relatif à la création d’un centre d’excellence …" / "Le futur centre
        d’excellence sera installé … L’Inde s’engage à l’équiper … 300 jeunes y apprendront …"):
        the whole paragraph is what the agreement covers, up to a sentence naming a text."""
        subject, reference = self.pack.cue("work_subject"), self.pack.cue("work_reference")
        found: set[int] = set()
        if not tied or not named:
            return found
        index = min(tied) + 1
        while index < max(tied):
            start, end = self.sentences[index]
            opens = index not in tied and "\n" in self.text[self.sentences[index - 1][1] : start]
            sentence = self.folded[start:end].lstrip()
            said = (subject.match(sentence) or reference.match(sentence)) if opens else None
            if said is None or said.group("noun").lower() not in named or index in self._denied_scope:
                index += 1
                continue
            while index < len(self.sentences) and not any(m.sentence == index for m in self.instruments):
                if index not in self._denied_scope:
                    found.add(index)
                index += 1
                if "\n" in self.text[self.sentences[index - 1][1] : self.sentences[index][0] if index < len(self.sentences) else len(self.text)]:
                    break
        return found

    def _commitment_before(self, first: int, parties: frozenset[str]) -> int | None:
        """"Le Japon va offrir deux vedettes aux garde-côtes seychellois. Un échange de notes a
        été signé ce matin …": a lede that tells what a party undertakes, in the paragraph of the
        agreement's first sentence and right before it."""
        lead = first - 1
        # ("… This is not part of the memorandum …": the first sentence tells back what it denies)
        if lead < 0 or {lead, first} & self._denied_scope or any(m.sentence == lead for m in self.instruments):
            return None
        start, end = self.sentences[lead]
        if "\n" in self.text[end : self.sentences[first][0]]:
            return None
        return lead if self._party_commitment(start, end, parties) is not None else None

    @cached_property
    def _ceremony_sentences(self) -> frozenset[int]:
        """Sentences where an official signs or witnesses a signing, or visits or receives the
        visitor ("X was on a four-day working visit …", "He was received in Hanoi by …"): the
        signing's story, which does not turn the telling to something else."""
        roles = ("signatory", "witness", "host", "visitor")
        return frozenset(self.sentence_of(c.start) for p in self.people for c in p.roles if c.role in roles)

    def _party_commitment(self, start: int, end: int, parties: frozenset[str]) -> re.Match | None:
        """The sentence's subject is one of the agreement's parties — its name, its capital, its
        people ("Vietnamese scientists", "la partie turque"), never an official’s title — and says
        what that party will do (pack cue ``party_commitment``); or both of them ("the two
        countries", "les deux parties": pack cue ``group_of_two``)."""
        sentence = self.folded[start:end].lstrip()
        said = self.pack.cue("party_commitment").match(sentence)
        if said is None:
            return None
        left = end - len(sentence)
        first, last = left + said.start("subject"), left + said.end("subject")
        if any(t.start < last and first < t.end for t in self.titles):
            return None  # "the Turkish minister will travel …": an official's plans
        if self.pack.cue("group_of_two").match(self.folded, first, last) or self.pack.cue("each_party").match(self.folded, first, last):
            return said  # "The two countries will also run a joint border crossing", "Either country may ask …"
        return said if any(first <= c.start < last and c.country in parties for c in self.countries) else None

    def _title_nouns(self, mention: InstrumentMention | None) -> frozenset[str]:
        """The words of an agreement's own title that may name what it sets up ("centre",
        "excellence", "métiers" in "lettre d’intention relative à la création d’un centre
        d’excellence … des métiers"): not the words of its kind, of a link or a stop word."""
        if mention is None:
            return frozenset()
        kinds = {w for names in self.pack.data["instruments"]["kinds"].values() for name in names for w in re.findall(r"\w+", fold(name).lower())}
        other = self.pack.words("title_stop_words", "instruments") | self.pack.words("complement_links", "instruments")
        words = re.findall(r"\w[\w-]*", self.folded[mention.start : mention.end].lower())
        return frozenset(w for w in words if len(w) > 3 and w not in kinds and w not in other)


#: How many sentences after the agreement's own a list of what it covers may open.
_LIST_HEAD_WITHIN = 3

#: How many sentences after the agreement's own the work it funds may be told.
_FUNDED_WORK_WITHIN = 2
