"""Sides: the country of an official no title placed — "Pour le Brésil, ... signé par X",
"signé par A et par B" (the side A is not), the visit's host or visitor — and the visitor
country of a visit that named none."""

from __future__ import annotations

import re

from copy import copy

from accordcheck.lang import fold
from accordcheck.reading.components.title_forms import TitleForms
from accordcheck.reading.document import CountryMention, PersonReading, VisitReading
from accordcheck.reading.pipeline import Component, State

__all__ = ["Sides"]


class Sides(Component):
    name = "sides"
    requires = ("officials", "mentions_with_roles", "visit_draft", "countries", "places", "signings")
    assigns = ("sided_officials", "visit")

    def __call__(self, state: State) -> dict:
        people, visit = _Work(state)._settle_countries()
        return {"sided_officials": people, "visit": visit}


class _Work(TitleForms):
    def _side_country(self, person: PersonReading) -> CountryMention | None:
        """The side a sentence puts the person on: "Pour le Brésil, ... signé par X",
        "signés, côté mozambicain, par X" (the last such country before the mention), "the
        Estonian side, headed by X"."""
        side = self.pack.cue("side_before_country")
        after = self.pack.cue("side_after_person") if self.pack.data["cues"].get("side_after_person") else None
        others = sorted(m.start for p in self.officials if p is not person for m in p.mentions)
        own = {m.start for m in person.mentions}
        other_ends = [m.end for m in self.mentions_with_roles if m.start not in own]  # anyone named, official or not
        signed = self.pack.cue("signed")
        led = self.pack.cue("side_led_by") if self.pack.data["cues"].get("side_led_by") else None
        for mention in person.mentions:
            s_start, s_end = self.sentences[mention.sentence]
            if led is not None and (found := led.search(self.folded, max(s_start, mention.start - 120), mention.start)) is not None:
                # "the Estonian side, headed by X": the side X leads
                inside = [c for c in self.countries if found.start() <= c.start < found.end()]
                if inside:
                    return inside[0]
            # "X, ministre ..., pour la partie malienne", "..., for the Kenyan side"; "X signed the
            # letter for Nepal", "Y a signé au nom du Sénégal": the side after the mention's signing
            following = [c for c in self.countries if mention.end <= c.start < min(s_end, mention.end + 60)
                         and not any(mention.end <= o < c.start for o in others)
                         and ";" not in self.folded[mention.end : c.start]]  # (not the next clause's: "… a signé ; côté suisse, …")
            if following:
                between = self.folded[mention.end : following[0].start]
                if (after is not None and after.search(between)) or (
                        signed.search(between) and side.search(self.folded[max(mention.end, following[0].start - 40) : following[0].start])):
                    return following[0]
            marked = [
                c for c in self.countries
                if s_start <= c.start < mention.start and side.search(self.folded[max(s_start, c.start - 40) : c.start])
                # a side named before another official's mention is that official's
                and not any(c.start < o < mention.start for o in others)
                # and so is one that follows another official's name ("B on behalf of
                # Azerbaijan, while C looked on": Azerbaijan is B's side, not C's)
                # — or follows their signing ("B signed for Kyrgyzstan, in the presence of C")
                and not any(e <= c.start <= e + 60 and ";" not in self.folded[e : c.start]
                            and ((after is not None and after.search(self.folded[e : c.start])) or signed.search(self.folded[e : c.start]))
                            for e in other_ends)
            ]
            if marked:
                return marked[-1]
        return None

    def _settle_countries(self) -> tuple[list[PersonReading], VisitReading | None]:
        """Copies of the officials and the visit, with the countries the sides give them."""
        self.people = [copy(p) for p in self.officials]
        self.visit = copy(self.visit_draft)
        for person in self.people:
            if person.country is None and (marked := self._side_country(person)) is not None:
                person.country, person.country_evidence = marked.country, (marked.start, marked.end)
        # "signé par A et par B": a signatory of unknown country is the side B is not — after
        # the visit's sides for who the text says visits or hosts ("en marge de la visite …
        # entamée dimanche par le ministre …, Hocine Bellil", then "signé … au siège du
        # ministère vietnamien … par M. Bellil": the visitor's side, not the nearest country)
        visit = self.visit
        if visit is not None:
            for person in self.people:
                roles = person.role_names()
                if person.country is None and "visitor" in roles and visit.visitor:
                    person.country = visit.visitor
                elif person.country is None and "host" in roles and "visitor" not in roles and visit.host:
                    person.country = visit.host
        signatories = [p for p in self.people if "signatory" in p.role_names()]
        known = {p.country for p in signatories if p.country}
        signing_sentences = {c.sentence for c in self.signings if c.status == "signed"}
        opposite: set[int] = set()  # signed opposite the host's side, whose own side no sentence gives
        # "a signé avec son homologue béninois", "his Uzbek co-chair": the country a counterpart's
        # title names is the other side's
        counterpart_spans = [(t.start, t.end) for m in self.mentions_with_roles for t in m.titles if t.counterpart]
        for person in signatories:
            if person.country is None:
                own = _signing_sentences(person, self.sentence_of)
                # the sides of those who signed beside them (in a sentence where both sign, not
                # one where this one looks on); when none is known, every side known
                beside = {p.country for p in signatories if p is not person and p.country and own & _signing_sentences(p, self.sentence_of)}
                others = [c for c in self.countries if self.sentence_of(c.start) in signing_sentences and c.country not in (beside or known)
                          and not self._locates_a_city(c) and not any(s <= c.start < e for s, e in counterpart_spans)]
                # the side not theirs that signs nearest their own signing, earlier sentences
                # first: not any side no one is known on, or a third country that another
                # sentence has signing something else ("firms signed deals in Australia"), or
                # another item of a digest, would be theirs
                if beside:
                    others.sort(key=lambda c: _distance(self.sentence_of(c.start), own))
                if others:
                    person.country = others[0].country
                    known.add(others[0].country)
                elif visit is not None and beside == {visit.host}:
                    opposite.add(id(person))  # "a signé avec son homologue marocain": not the host's side
        for person in self.people:
            if person.country is None and visit is not None:
                roles = person.role_names()
                if "visitor" in roles:
                    continue  # the visit's visitor side, given before the signatories' if known — never the host's
                if visit.host and id(person) not in opposite:
                    person.country = visit.host
        if visit is not None and visit.visitor is None:
            visitors = [p.country for p in self.people if "visitor" in p.role_names() and p.country]
            visit.visitor = visitors[0] if visitors else None
        self._named_elsewhere()
        return self.people, visit

    def _named_elsewhere(self) -> None:
        """"… signed by Minister D. Ganzorigt and the visiting Korean minister. … Kim Jae-won,
        Minister of Trade of the Republic of Korea, said …": an official left unnamed where
        they act, once their side is known, is the one named official of that side with that
        function who does nothing of their own in the article. A function told in full ("at
        the invitation of the Union Minister of Power") is the one named official who holds
        it, acting or not — of any side, when the unnamed one's side was only inferred."""
        acting = {"signatory", "witness"}
        for unnamed in [p for p in self.people if p.name is None and p.country and p.roles and p.titles]:
            heads = {fold(t.head or t.text).lower() for t in unnamed.titles}
            if any(len(fold(t.text).split()) > 3 for t in unnamed.titles):
                inferred = unnamed.country_evidence is None  # the visit's host, by default
                named = same = [
                    p for p in self.people
                    if p.name and (inferred or p.country == unnamed.country)
                    and any(_same_function(u.text, t.text) for u in unnamed.titles for t in p.titles)
                ]
            else:
                # a bare function and nationality ("la visite du ministre sénégalais", "the Kenyan
                # minister, who is on a visit") that only visits, hosts or attends is the one named
                # official of that side and function whatever that one does, or of no known side;
                # its head word names the function ("la ministre togolaise": "ministre déléguée …")
                bare = not acting & set(unnamed.role_names()) and all(self._short(t) and t.country for t in unnamed.titles)
                same = self._holders(heads, unnamed.country, loose=bare)
                if bare and not same:
                    same = self._holders(heads, None, loose=True)
                named = same if bare else [p for p in same if not acting & set(p.role_names())]
            if len(named) != 1 or len(same) > 1:
                continue  # one idle official of that side and function, and none who acts
            person = named[0]
            if self._coordinated(person, unnamed):
                continue  # "signed by Justice Minister X and her host, the Minister of Justice of …": two people
            if person.country is None:
                person.country, person.country_evidence = unnamed.country, unnamed.country_evidence
            person.mentions = sorted([*person.mentions, *unnamed.mentions], key=lambda m: m.start)
            person.roles = [*person.roles, *unnamed.roles]
            self.people.remove(unnamed)

    def _coordinated(self, person: PersonReading, other: PersonReading) -> bool:
        """A mention of ``person`` and a later one of ``other`` in one sentence, joined by a
        coordinator ("X and her host, the Minister of …", "X et son homologue, le ministre …"):
        two officials, not one told twice."""
        coordinators = self.pack.words("coordinators")
        return any(a.sentence == b.sentence and a.end <= b.start
                   and any(w in coordinators for w in re.findall(r"\w+", self.folded[a.end : b.start].lower()))
                   for a in person.mentions for b in other.mentions)

    def _holders(self, heads: set[str], country: str | None, *, loose: bool = False) -> list[PersonReading]:
        """The named officials of ``country`` (None: of no known side) with a title of one of
        ``heads`` — ``loose``, a title whose head opens with one of them."""
        def holds(head: str) -> bool:
            return head in heads or (loose and head.split()[:1] in [h.split()[:1] for h in heads])
        return [p for p in self.people if p.name and p.country == country and any(holds(fold(t.head or t.text).lower()) for t in p.titles)]


def _same_function(a: str, b: str) -> bool:
    """Two writings of one function: the shorter's words are all among the longer's (a
    national adjective aside: "ministre ivoirienne de la Santé" and "ministre de la Santé")."""
    wa, wb = set(fold(a).lower().split()), set(fold(b).lower().split())
    small, large = sorted((wa, wb), key=len)
    return small <= large


def _distance(sentence: int, own: set[int]) -> tuple[int, int]:
    """How far a sentence is from the nearest of ``own``: the same one, then earlier ones."""
    gap = min(abs(sentence - o) for o in own)
    return (gap, 0 if sentence in own or any(sentence < o for o in own if o - sentence == gap) else 1)


def _signing_sentences(person: PersonReading, sentence_of) -> set[int]:
    """The sentences where the person's signing is told."""
    return {sentence_of(cue.start) for cue in person.roles if cue.role == "signatory"}
