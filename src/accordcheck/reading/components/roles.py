"""Roles: what the sentence around a mention says the official did — signed, hosted,
visited, witnessed — unless the sentence is about an earlier event."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from accordcheck.lang import LanguagePack
from accordcheck.reading.components.base import Work
from accordcheck.reading.components.name_links import bare_honorifics, country_after
from accordcheck.reading.document import PersonMention, RoleCue
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import denied_signings, overlaps, undotted

__all__ = ["RoleFinder", "Roles"]


class Roles(Component):
    name = "roles"
    requires = ("mentions", "parses", "countries")
    assigns = ("mentions_with_roles",)

    def __call__(self, state: State) -> dict:
        work = RoleFinder(state)
        return {
            "mentions_with_roles": [
                replace(m, roles=[] if work._background(m.sentence) else work._roles(m)) for m in state.mentions
            ]
        }


class RoleFinder(Work):
    def _background(self, index: int) -> bool:
        """A sentence about an earlier event ("déjà", "en 2019", "l’an dernier"). A year is
        background only before the publication year: "ont signé en 2016" in a 2016 article
        reports this signing."""
        start, end = self.sentences[index]
        for match in self.pack.cue("background").finditer(self.folded, start, end):
            year = re.search(r"\d{4}", match.group())
            if year is None or self.published is None or int(year.group()) < self.published.year:
                return True
        return False

    @property
    def _DETERMINER_TAIL(self) -> re.Pattern[str]:
        """A determiner ending the text before a mention ("du ", "l'"): dropped before the cues."""
        return _determiner_tail(self.pack)

    def _undotted(self, text: str) -> str:
        return undotted(text, self.pack)

    def _roles(self, mention: PersonMention) -> list[RoleCue]:
        s_start, s_end = self.sentences[mention.sentence]
        # "L’Accord a été signé :" then "– pour la partie gabonaise, par X ;": a list item goes
        # on with the head that opens it with a signing or a presence (read before the item's own words)
        head = self.t.list_head_of(mention.sentence)
        lead = ""
        if head is not None and (self._holds_signing(head) or self._holds_presence(head)):
            h_start, h_end = self.sentences[head]
            lead = self.folded[h_start:h_end] + " "
        raw_before = lead + self._undotted(self.folded[s_start : self._mention_left(mention)])
        before = self._DETERMINER_TAIL.sub("", raw_before)
        end = self._past_country_of(self._past_post_nominals(mention.end))  # "Ahmed Aftab of Pakistan signed …", "Helen Doyle TD signed"
        # "… and Mr. Hasanli looked on": the honorific's dot ends no clause after the mention either
        after = self._undotted(self.folded[end:s_end].lstrip(" ,"))
        after_offset = s_end - len(self.folded[end:s_end].lstrip(" ,"))
        # "Paul Koffi, assis au premier rang, a assisté …": an aside after the mention opens
        # with the comma the text above drops
        aside = self._undotted(self.folded[end:s_end]) if self.folded[end:s_end].lstrip(" ").startswith(",") else None
        cues: list[RoleCue] = []

        def add(role: str, name: str, text: str, base: int, alt: str | None = None, alt_base: int | None = None) -> None:
            pattern = self.pack.cue(name)
            match = pattern.search(text)
            if match is None and alt is not None:
                match = pattern.search(alt)
                if match is not None and alt_base is not None:
                    text, base = alt, alt_base  # offsets in the alternative text, which starts elsewhere
            if match is not None:
                start, end = match.start(), min(match.end(), len(text))
                if base == s_start and lead:  # offsets in the head, or in the item after it
                    h_start = self.sentences[head][0]
                    start = h_start + start if start < len(lead) else s_start + start - len(lead)
                    end = h_start + end if end <= len(lead) else s_start + end - len(lead)
                    cues.append(RoleCue(role, start, end))
                    return
                cues.append(RoleCue(role, base + start, base + end))

        add("signatory", "signatory_after_person", after, after_offset)
        add("signatory", "signatory_before_person", before, s_start, raw_before)
        if not cues and self.pack.cue("co_actor_before_person").search(before):
            # "a procédé jeudi, à Abidjan, avec la ministre X, à la signature …": X shares the act told after them
            add("signatory", "signing_act_after_person", self.folded[end:s_end], end)
        add("host", "host_after_person", after, after_offset, aside, end)
        add("host", "host_before_person", before, s_start, raw_before)
        add("visitor", "visitor_after_person", after, after_offset, aside, end)
        add("visitor", "visitor_before_person", before, s_start, raw_before)
        if not any(c.role == "signatory" for c in cues):
            add("witness", "witness_before_person", raw_before, s_start, before)
        witnessed_after = len(cues)
        add("witness", "witness_after_person", after, after_offset, aside, end)
        if len(cues) > witnessed_after:
            # "signed by A and B, as C looked on", "A signed it with C looking on": the clause
            # that ends on the onlooking verb holds C, whatever signing cue came before it; and
            # "C and D looked on as the officers signed": a signing told after the onlooking
            # verb is the others', in the clause that follows it
            onlooking = cues[witnessed_after]
            cues = [c for c in cues if c.role != "signatory" or mention.end <= c.start and c.end <= onlooking.end]
        if not any(c.role in ("signatory", "witness") for c in cues) and (item := self._side_item(mention, before)) is not None:
            cues.append(item)
        if not any(c.role in ("signatory", "witness") for c in cues) and (item := self._side_after_a_signer(mention)) is not None:
            cues.append(item)
        if not any(c.role in ("signatory", "witness") for c in cues):
            # where the patterns find no role, the parse may ("signé, pour la partie X, par ...")
            cues += self._signed_in_parse(mention)
        # "Neither Menon nor his host … signed the texts themselves", "… n’ont signé": a denied signing
        denials = denied_signings(self.pack, self.folded, s_start, s_end)
        cues = [c for c in cues if c.role != "signatory" or not overlaps(c.start, c.end, denials)]
        # "signed — not by the two ministers, as planned, but by their officials": one named
        # between "not by" and "but by" did not sign
        if any(m.start() <= mention.start < m.end() for m in self.pack.cue("denied_agents").finditer(self.folded, s_start, s_end)):
            cues = [c for c in cues if c.role != "signatory"]
        return cues

    def _side_item(self, mention: PersonMention, before: str) -> RoleCue | None:
        """"Signing for the Kyrgyz side: A. For Tajikistan: B": a sentence that opens on the
        other side and a colon (pack cue ``side_item``), after one whose words up to its colon
        announce a signer, names the other side's signer."""
        if not self.pack.data["cues"].get("side_item") or mention.sentence == 0 or not self.pack.cue("side_item").search(before):
            return None
        p_start, p_end = self.sentences[mention.sentence - 1]
        colon = self.folded.find(":", p_start, p_end)
        if colon == -1 or not self.pack.cue("signatory_before_person").search(self.folded[p_start : colon + 1] + " "):
            return None
        return RoleCue("signatory", self.sentences[mention.sentence][0], mention.start)

    def _side_after_a_signer(self, mention: PersonMention) -> RoleCue | None:
        """"Côté ivoirien, c’est M. X qui a signé ; côté hongrois, M. Y": after a semicolon that
        closes a clause telling one side's signing, a clause opening on the other side and a
        comma names that side's signer, the verb left out (pack cue ``side_clause``)."""
        s_start, _ = self.sentences[mention.sentence]
        semicolon = self.folded.rfind(";", s_start, mention.start)
        if semicolon == -1 or not self.pack.cue("side_clause").match(self.folded[semicolon + 1 : mention.start]):
            return None
        if not self.pack.cue("signed").search(self.folded, s_start, semicolon) and not any(
                c.role == "signatory" for m in self.mentions if m.sentence == mention.sentence and m.end <= semicolon for c in self._roles(m)):
            return None  # the clause before the semicolon tells no signing, nor names a signer ("Signing for Lithuania was X")
        return RoleCue("signatory", semicolon + 1, mention.start)

    def _past_country_of(self, offset: int) -> int:
        """The end of "of Pakistan" / ", du Mali" right after a name (else ``offset``)."""
        country = country_after(offset, self.folded, self.countries, self.pack)
        return country.end if country is not None else offset

    def _holds_presence(self, index: int) -> bool:
        """A presence line opens the list ("Ont également pris part à la cérémonie :", "Also
        present were:"): each item's official was there."""
        start, end = self.sentences[index]
        return self.pack.cue("witness_before_person").search(self.folded[start:end].rstrip(" :") + " ") is not None

    def _holds_signing(self, index: int) -> bool:
        """A signing clause ("L’Accord a été signé :") or the words before a signer ("Signing
        on behalf of the two governments were:") end the sentence."""
        start, end = self.sentences[index]
        text = self.folded[start:end].rstrip(" :")
        return self.pack.cue("signed").search(text) is not None or self.pack.cue("signatory_before_person").search(text + " ") is not None

    def _signed_in_parse(self, mention: PersonMention) -> list[RoleCue]:
        """The parse of the sentence makes the mention an agent or subject of its signing
        verb, or part of one's phrase ("signé, pour la partie X, par le ministre ..., A, et,
        pour la partie Y, par le ministre ..., B")."""
        relations = self.pack.data["meta"].get("parser_relations")
        parse = self.parses.get(mention.sentence)
        if parse is None or not relations or not parse.cue_tokens:
            return []
        signers = parse.signers(relations)
        starts = [mention.name_start] if mention.name_start is not None else []
        starts += [t.start for t in mention.titles]
        if not any(s in signers for s in starts):
            return []
        verb = parse.parsed.tokens[parse.cue_tokens[0]]
        return [RoleCue("signatory", verb[0], verb[1])]

    def _mention_left(self, mention: PersonMention) -> int:
        """Start of the mention including its determiner ("du ", "l'") and the honorifics
        before its name ("Hosted by Mr John Kamau": the cue is "hosted by")."""
        s_start, _ = self.sentences[mention.sentence]
        tail = _honorific_tail(self.pack).search(self.folded, s_start, mention.start)
        return tail.start() if tail and tail.end() == mention.start else mention.start



@cache
def _honorific_tail(pack: LanguagePack) -> re.Pattern[str]:
    """The honorifics names shed (names.py), ending the text: "Hosted by Mr "."""
    return re.compile(rf"(?<![\w]){bare_honorifics(pack).pattern}$")


@cache
def _determiner_tail(pack: LanguagePack) -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:{pack.alternation('determiners_before_person', 'cues')})\s*)$", re.IGNORECASE)

