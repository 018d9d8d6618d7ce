"""Namings: which mention of an instrument names which agreement — a definite mention
repeating an earlier naming, a naming told again in other words, a count and the members it
announces, an instrument the sentence names as already there, and the agreement a mention is
closest to. The agreements component builds on it."""

from __future__ import annotations

import re
from functools import cached_property

from accordcheck.lang import ends_with_phrase, fold
from accordcheck.reading.components.counted import (
    coordinated_before,
    counted_groups,
    own_words,
)
from accordcheck.reading.components.lead_namings import LeadNamings
from accordcheck.reading.document import InstrumentMention, SigningClause
from accordcheck.reading.text import title_words, without_bullets

__all__ = ["Namings"]


class Namings(LeadNamings):
    @cached_property
    def _background(self) -> frozenset[int]:
        """Sentences whose signings are only earlier or planned ones: no instrument named
        there is signed in the story."""
        signed = {c.sentence for c in self.signings if c.status == "signed"}
        planned_only = {c.sentence for c in self.signings if c.status == "planned"} - signed
        return frozenset(self._earlier_only | planned_only)

    @cached_property
    def counted(self) -> dict[int, list[InstrumentMention]]:
        """"deux mémorandums …. Le mémorandum sur … . Le mémorandum sur …": each count (by its
        start) with the instruments it announces; the count itself is no instrument."""
        return counted_groups(self.instruments, self.pack, lambda m: m.sentence not in self._background and not self._earlier_instrument(m))

    @cached_property
    def _counted_members(self) -> frozenset[int]:
        return frozenset(m.start for members in self.counted.values() for m in members)

    def _antecedent(self, mention: InstrumentMention) -> InstrumentMention:
        """The naming a definite mention repeats: "a Memorandum of Understanding on Labour
        Migration. The memorandum covers …. The memorandum was signed on Monday" is signed
        as the memorandum first named — the closest earlier naming that is not itself a
        repeat, an earlier agreement, or one that is only planned."""
        definite = self.pack.words("definite_determiners", "instruments")
        if mention.determiner not in definite or self._counted_member(mention):
            return mention
        named = [
            m for m in self.instruments
            if m.end <= mention.start and not m.anaphoric and not m.plural
            and m.sentence not in self._background and not self._earlier_instrument(m) and m.start not in self.counted
        ]
        # "la cérémonie de signature de l’Accord de coopération en matière de police …": a
        # definite naming that gives a title is a naming too, when it repeats none before it
        # ("Le mémorandum couvre …" after "mémorandum d’entente sur …"); a headline's gives way
        # to the body's (``_body_over_headline``)
        named = [m for m in named if m.determiner not in definite or (
            own_words(m, self.pack) and not self.t.is_headline(m.sentence) and not self._repeats(m, [e for e in named if e.start < m.start]))]
        for candidate in reversed(named):
            if self._repeats(mention, [candidate]):
                return candidate
        return mention

    def _earlier_instrument(self, mention: InstrumentMention) -> bool:
        """An instrument the sentence names as already there: "… of a treaty that has been in
        force since 2009", "l’accord de 2012, en vigueur depuis"."""
        patterns = self.pack.data["instruments"].get("earlier_instrument_after", [])
        after = self.folded[mention.end : mention.end + 80]
        # ("le programme d’application … de l’accord de coopération touristique conclu en 1997":
        # what follows a title naming another text inside it tells of that one)
        inner = self._names_another_inside(mention)
        return (not inner and (any(re.match(fold(p), after, re.IGNORECASE) for p in patterns) or self._signed_long_before(mention))) \
            or self._dated_by_an_earlier_year(mention)

    def _names_another_inside(self, mention: InstrumentMention) -> bool:
        """The title names another text in a complement ("programme d’application … de l’accord de
        coopération touristique", "Protocol amending the Convention …"), not its own head after a
        premodifier ("similar agreement")."""
        title = fold(mention.title)
        links = self.pack.words("complement_links")  # the titles' links: "de", "du", "of", "to" …
        return any(m.start() > 0 and ends_with_phrase(title[: m.start()].lower().replace("'", "' ").split(), links)
                   for m in self.pack.instrument_regex.finditer(title))

    def _dated_by_an_earlier_year(self, mention: InstrumentMention) -> bool:
        """"a protocol amending the 2005 Nepal-Qatar labour agreement", "the 2012 accord": a year
        before the instrument's name, earlier than the story's, names one already there."""
        if self.published is None:
            return False
        year = re.search(r"(\w+'?)\s*(?<![\w-])((?:19|20)\d{2})\s+(?:[\w'-]+\s+){0,3}$", self.folded[max(0, mention.start - 50) : mention.start])
        determiners = self.pack.words("definite_determiners", "instruments") | self.pack.words("new_determiners", "instruments")
        # the year is the instrument's premodifier ("the 2005 …"), not a date's ("… 31 décembre 2015 à Tirana un mémorandum")
        # … or the year it has bound the parties since ("liés depuis 2012 par un accord …", "bound since 2012 by a treaty")
        since = {fold(w).lower() for w in self.pack.dates.get("since", [])}
        if year is not None and year.group(1).lower() in determiners | since and int(year.group(2)) < self.published.year:
            return True
        # … or its complement, ending its name ("le protocole d’entente de 2007", "the memorandum of 2007")
        links = {w for w in self.pack.words("complement_links", "instruments") if " " not in w}
        # (words the title ran on over after the year: "un accord de 1994 devenu …")
        last = re.search(r"(?<![\w-])(\w+'?)\s*(?<![\w-])((?:19|20)\d{2})(?:\s+[^\W\d_A-ZÀ-Þ][\w'-]*){0,3}$", fold(mention.title))
        return last is not None and last.group(1).lower() in links and int(last.group(2)) < self.published.year

    def _signed_long_before(self, mention: InstrumentMention) -> bool:
        """"… en vertu d’un arrangement signé le 14 novembre 2019 et arrivé à échéance en
        décembre dernier", "the 2004 accord, signed on 12 May 2004": the signing told right
        after the instrument is dated months before the story (its other dates are other events)."""
        if self.published is None:
            return False
        # past the rest of a title in title case the reader cut at a comma ("Agreement on Electric
        # Power Trade, Cross-border Transmission Interconnection and Grid Connectivity signed …")
        links = self.pack.words("title_case_links", "instruments") if "title_case_links" in self.pack.data["instruments"] else frozenset()
        signed = self.pack.cue("signed").search(self.folded, mention.end, mention.end + 160)
        between = self.folded[mention.end : signed.start()] if signed is not None else ""
        # and a relative clause's subject ("a similar agreement the two governments signed on
        # 5 September 2024", "l’accord que les deux pays avaient signé en 2019")
        subject = self.pack.words("relative_subject_words", "instruments") if "relative_subject_words" in self.pack.data["instruments"] else frozenset()
        words = re.findall(r"[^\W\d_][\w'-]*", between)
        rest = [w for w in words if not w[:1].isupper() and w.lower() not in links | subject]
        relative = bool(subject) and all(w.lower() in subject for w in words)
        if signed is None or rest or between.strip(" ,()0123456789-–") and not between.lstrip().startswith(",") and not relative:
            return False
        # its date, in the clause the verb opens ("signed between the two countries on 21 October 2014")
        clause_end = min((i for i in (self.folded.find(c, signed.end()) for c in ",;.") if i != -1), default=len(self.folded))
        own = [d for d in self.dates if d.date is not None and d.start <= min(signed.end() + 60, clause_end) and d.end >= signed.start()]
        # the first date: "signé le 14 novembre 2019 et arrivé à échéance en décembre dernier";
        # and only beside a signing of the story's own time: an article may be about an old one
        return bool(own) and self._said_months_before(own[0]) and self._signing_of_the_day_besides(mention.sentence)

    def _signing_of_the_day_besides(self, index: int) -> bool:
        """Another sentence reports a signing dated within months of the story, or an undated
        one of an instrument it introduces ("Le Gabon et le Cameroun ont signé un accord")."""
        new = self.pack.words("new_determiners", "instruments")
        # or the sentence's own, told apart from the old signing in it ("… yesterday signed a new
        # memorandum …, replacing a memorandum signed … in June 2014")
        apart = any(c.sentence == index and c.status == "earlier" for c in self.signings)
        for clause in self.signings:
            if clause.status != "signed" or (clause.sentence == index and not apart):
                continue
            start, end = self.sentences[clause.sentence]
            dated = [d for d in self.dates if start <= d.start < end and d.date is not None]
            if dated and not all(self._said_months_before(d) for d in dated):
                return True
            if not dated and any(m.sentence == clause.sentence and m.determiner in new for m in self.instruments):
                return True
        return False

    def _repeats(self, mention: InstrumentMention, earlier: list[InstrumentMention]) -> bool:
        """A definite mention of an instrument already introduced ("le mémorandum")."""
        definite = self.pack.words("definite_determiners", "instruments")
        if mention.determiner not in definite:
            return False
        if self._counted_member(mention):
            # one of a count named one by one repeats only an earlier naming of the same one
            words = own_words(mention, self.pack)
            return any(e.start < mention.start and words & own_words(e, self.pack) for e in earlier)
        # the same kind, or the same first word: "le protocole" repeats "protocole d’accord …"
        # (words the reader took for its adjectives may be a verb: "Le protocole couvre …")
        bare = fold(mention.title).lower().split()[:1]
        # … or a word for any instrument, alone ("The agreement was signed in Doha …", "the
        # deal", "l’accord" after "un mémorandum d’entente …"): the one named before
        hypernym = fold(mention.title).lower() in self.pack.words("hypernym_heads", "instruments") if \
            self.pack.data["instruments"].get("hypernym_heads") else False
        # … but a list's item with a proper title of its own kind under another name, about
        # other things ("- le Mémorandum d’entente relatif à l’interconnexion électrique …" then
        # "- le Protocole d’accord … dans le domaine de la formation aux métiers du pétrole"), is
        # another text (not "the Nile Basin Cooperative Framework Agreement" in running text)
        # ("the medical arrangement" after the "Implementing Arrangement on … Military Health"
        # is a repeat: a common noun phrase may word its subject otherwise)
        # (a proper title, in an item of a list of texts: the list looked up only for one)
        proper = mention.title[:1].isupper() and self.t.list_head_of(mention.sentence) is not None
        own = own_words(mention, self.pack) if proper else frozenset()
        return any(
            e.start < mention.start
            and (fold(e.title).lower().split()[:1] == bare or hypernym
                 or (e.kind == mention.kind and not (own and (theirs := own_words(e, self.pack)) and not _share_a_stem(own, theirs))))
            for e in earlier
        )

    def _told_again(self, mention: InstrumentMention, earlier: list[InstrumentMention]) -> bool:
        """A signing named again in other words: of an earlier one's kind, and what it is about
        a part of what that one is about ("une entente sur l’enseignement supérieur" after
        "une entente de coopération en matière d’enseignement supérieur et de recherche");
        "transport routier" and "transport aérien" stay two."""
        words = own_words(mention, self.pack)
        if not words or self._counted_member(mention):
            return False
        return any(e.kind == mention.kind and e.start < mention.start and words <= own_words(e, self.pack) for e in earlier)

    def _counted_member(self, mention: InstrumentMention) -> bool:
        return mention.start in self._counted_members

    def _joined_to(self, mention: InstrumentMention) -> InstrumentMention | None:
        """The instrument a coordinator joins ``mention`` to, right before it in its sentence."""
        before = [m for m in self.instruments if m.sentence == mention.sentence and m.end <= mention.start and not m.plural]
        if not before or mention.plural:
            return None
        previous = max(before, key=lambda m: m.end)
        link = coordinated_before(self.pack).fullmatch(self.folded, previous.end, mention.start)
        return previous if link is not None else None

    def _closest_agreement(self, mention: InstrumentMention, agreements: list[InstrumentMention], current: int | None = None) -> InstrumentMention:
        if any(a.start == mention.start for a in agreements):
            return next(a for a in agreements if a.start == mention.start)
        joined = self._joined_to(mention)
        if joined is not None and len(agreements) > 1:
            # "the Exchange of Notes and the Grant Agreement for …": the second of two
            # instruments named together is not the first one's agreement
            first = self._closest_agreement(joined, agreements, current)
            agreements = [a for a in agreements if a.start != first.start]
        words = own_words(mention, self.pack)
        referring = self.pack.words("definite_determiners", "instruments") | self.pack.words("anaphoric_determiners", "instruments")
        if mention.determiner in referring and not any(words & own_words(a, self.pack) for a in agreements):
            # a bare "the agreement", "l’accord", "cette convention" says nothing of its subject
            # (no word of it is in any agreement's title): it is the one of its kind named
            # last before it (a bulletin's second item, a story's second text)
            before = [a for a in agreements if a.start < mention.start and a.kind == mention.kind]
            # of one kind under two names ("Mémorandum d’entente …", "Protocole d’accord …"), the
            # one it names the same way
            first = fold(mention.title).lower().split()[:1]
            called = [a for a in before if set(first) <= set(fold(a.title).lower().split())]
            before = called if called else before
            # … unless the sentences just before are about another of that kind ("Le texte sur la
            # cybersécurité porte la signature de …. Le mémorandum prévoit …")
            talked_of = next((a for a in before if a.start == current), None)
            if talked_of is not None:
                return talked_of
            if before:
                return max(before, key=lambda a: a.start)

        def overlap(a: frozenset[str], b: frozenset[str]) -> float:
            return len(a & b) / len(a | b) if a | b else 0.0

        def closeness(agreement: InstrumentMention) -> float:
            # what the two are about weighs most: "the halal memorandum" is the "MoU on … the
            # Halal Industry", not the "higher education memorandum"; "l’accord de pêche" the
            # "mémorandum … sur la pêche". Their whole titles' words still count, for a title
            # that is only its kind's name ("the Exchange of Notes") or subjects written in
            # other words ("le protocole agricole", the "protocole … de l’agriculture saharienne").
            about = overlap(own_words(mention, self.pack), own_words(agreement, self.pack))
            return (agreement.kind == mention.kind) + 3 * about + 2 * overlap(title_words(mention.title), title_words(agreement.title))

        return max(agreements, key=closeness)

    def _signs_an_earlier_instrument(self, clause: SigningClause) -> bool:
        """The instrument right before the signing verb is one already there, and the sentence
        names no other before it."""
        before = [m for m in self.instruments if m.sentence == clause.sentence and m.end <= clause.start]
        return bool(before) and all(self._earlier_instrument(m) for m in before)

    def _named_just_before(self, clause: SigningClause, planned: list[SigningClause]) -> InstrumentMention | None:
        """The instrument a signing sentence that names none refers to: the last one named,
        fresh, in the sentence right before it in the same paragraph — unless that sentence
        plans it or it is an earlier agreement."""
        if self._announces_another_text(clause.sentence):
            return self._named_just_after(clause)  # "Le lendemain, un second texte a été signé. L’accord technique …"
        before = clause.sentence - 1
        if before < 0 or any(c.sentence == before for c in planned):
            return None
        named = [m for m in self.instruments if m.sentence == before and not m.anaphoric and not self._earlier_instrument(m)]
        if "\n" in self.text[self.sentences[before][1] : self.sentences[clause.sentence][0]]:
            # a paragraph apart, only when that paragraph is the instrument's name alone, as a
            # portal lists its documents ("“Agreement between … on road transport”" / "The
            # document was signed by …")
            start, _ = self.sentences[before]
            opening = self.text[start : named[0].start] if named else "-"
            # or when that sentence tells the signing with a noun ("Une visite marquée … par la
            # signature d’un mémorandum d’entente …" / "Le document a été signé au siège …")
            nominal = bool(named) and self.pack.cue("ceremony").search(self.folded, start, named[-1].start) is not None
            if not named or (without_bullets(opening).strip(" \n\t\"“”«»'‘’0123456789.)") and not nominal) or any(c.sentence == before for c in self.signings):
                return None
        return named[-1] if named else None

    def _named_just_after(self, clause: SigningClause) -> InstrumentMention | None:
        """The text a sentence announcing another one names next: the first instrument named,
        fresh, in the sentence right after it, in the same paragraph."""
        after = clause.sentence + 1
        if after >= len(self.sentences) or "\n" in self.text[self.sentences[clause.sentence][1] : self.sentences[after][0]]:
            return None
        return next((m for m in self.instruments if m.sentence == after and not self._earlier_instrument(m)), None)

    def _listed_instruments(self, clause: SigningClause) -> list[InstrumentMention]:
        """The first fresh instrument each item names of the list a signing sentence opens with
        a colon ("the following documents were signed:")."""
        found = []
        for item in self.t.list_items_after(clause.sentence):
            if not self.t.opens_an_item(item):
                continue  # a line under an item ("Signed by: …", "The MoU provides for …")
            named = [m for m in self.instruments if m.sentence == item and not m.anaphoric and not self._earlier_instrument(m)]
            if named:
                found.append(named[0])
        return found

    def _names_an_acronym(self, start: int, end: int) -> bool:
        """The sentence calls an instrument by the short name its title gives in parentheses
        ("l’accord relatif au cinquième Programme indicatif de coopération (PIC V)" … "le PIC V
        mettra l’accent sur …"): a reference to it, like "cet accord"."""
        if "_acronyms_" not in self.__dict__:
            found = set()
            for m in self.instruments:
                found.update(re.findall(r"\(([A-Z][A-Z0-9]{1,9}(?: [IVX0-9]{1,4})?)\)", self.text[m.start : min(len(self.text), m.end + 30)]))
            self.__dict__["_acronyms_"] = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(found, key=len, reverse=True)) + r")\b") if found else None
        acronyms = self.__dict__["_acronyms_"]
        return acronyms is not None and acronyms.search(self.text, start, end) is not None

    def _about_another_instrument(self, index: int, mention: InstrumentMention | None) -> bool:
        """Every instrument sentence ``index`` names is introduced as a new one, or as one
        already there, not this agreement's: "A framework agreement from that period still
        underpins …", "Un accord distinct sur la pêche est en négociation", "A 2019 agreement
        with Jordan already encourages …", "The 2012 accord covered fishing" are about other
        instruments."""
        here = [m for m in self.instruments if m.sentence == index]
        new = self.pack.words("new_determiners", "instruments")
        own = mention is not None and any(m.start == mention.start for m in here)
        if not here or own:
            return False
        if all(m.determiner in new for m in here):
            return True
        if not all(self._dated_by_an_earlier_year(m) for m in here):
            return False
        # texts dated before the story, and no words of the sentence referring to this one ("Plus
        # opérationnel que le mémorandum de 2019, le nouveau texte engage …" is about this one);
        # a reference's match may start at a mention's determiner and year ("the 2012 accord")
        start, end = self.sentences[index]
        theirs = [(m.start - _YEAR_BEFORE, m.end) for m in here]
        return not any(not any(s <= r.start() < e for s, e in theirs)
                       for r in self.pack.cue("agreement_reference").finditer(self.folded, start, end))

    def _signs_an_unnamed_document(self, clause: SigningClause) -> bool:
        """The clause's verb takes one new document that names no instrument the pack knows
        before the clause ends ("they signed a joint statement marking …", "ils avaient signé un
        communiqué conjoint"): the signing of something else, not of an agreement named before
        — unlike a count or a generic word announcing the agreements ("signed two documents",
        "signed a document on …")."""
        end = self.sentences[clause.sentence][1]
        rest = self.folded[clause.end : end]
        words = rest.split(maxsplit=1)
        determiners = self.pack.words("new_determiners", "instruments") - self.pack.words("plural_determiners", "instruments")
        if not words or words[0].lower() not in determiners:
            return False
        stop = re.search(r"[,;:.(]", rest)
        until = clause.end + (stop.start() if stop else len(rest))
        generic = self.pack.words("generic_heads", "instruments")
        if any(w.lower().rstrip("s") in generic for w in re.findall(r"\w+", self.folded[clause.end : until])):
            return False
        return not any(clause.end <= m.start < until for m in self.instruments)

    def _ordinal_reference(self, start: int, end: int) -> int | None:
        """The rank, in the order the article first names them, of the agreement a sentence
        calls by its place in that order ("The second document", "le deuxième texte")."""
        sentence = self.folded[start:end]
        return next((rank for pattern, rank in self.pack.ordinal_references if pattern.search(sentence)), None)


def _share_a_stem(words: frozenset[str], others: frozenset[str]) -> bool:
    """Two sets of title words speak of one subject: a word in common, up to its ending
    ("pharmaceutical" and "pharmaceuticals", "électrique" and "électricité")."""
    return any(a[:6] == b[:6] if min(len(a), len(b)) >= 6 else a == b for a in words for b in others)


#: How far before an instrument's name its determiner and year may start ("the 2012 accord").
_YEAR_BEFORE = 12
