"""Instruments: "accord de coopération militaire", "a defence cooperation agreement", with
their determiner ("un", "le", "ce"), and protocols attached to the agreement they amend."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.components.acronyms import acronym_references
from accordcheck.reading.components.counted import coordinated_before
from accordcheck.reading.components.phrases import Phrases
from accordcheck.reading.document import InstrumentMention
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import title_words

__all__ = ["Instruments"]


class Instruments(Component):
    name = "instruments"
    requires = ("dates", "countries")
    assigns = ("instruments",)

    def __call__(self, state: State) -> dict:
        return {"instruments": _Work(state)._instruments()}


class _Work(Phrases):
    per_spans: tuple[tuple[int, int], ...] = ()  # read before any name: no name ends a title here

    def _instruments(self) -> list[InstrumentMention]:
        found: list[InstrumentMention] = []
        for match in self.pack.instrument_regex.finditer(self.folded):
            kind = self.pack.instrument_kinds.get(match.group().lower())
            if kind is not None and not self._not_an_instrument(match.start(), kind) and not self._venue_name(match.end()):
                mention = self._mention(match.start(), match.end(), kind)
                found.append(replace(mention, plural=match.group().lower() in self._folded_words("plural_kind_names")))
        # "programme indicatif de coopération": a word inside a multiword kind's name
        inserted = self.pack.instrument_insertion_regex
        for match in inserted.finditer(self.folded) if inserted is not None else ():
            kind = self.pack.instrument_kinds.get(f"{match['first']} {match['rest']}".lower())
            if kind is None or any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            inner = [self._token_index(match.start("inner") + w.start()) for w in re.finditer(r"\S+", match["inner"])]
            if all(i is not None and self._adjective_at(i) for i in inner) and not self._not_an_instrument(match.start(), kind):
                found.append(self._mention(match.start(), match.end(), kind))
        found += self._purpose_named(found)
        found.sort(key=lambda m: m.start)
        # "a memorandum of understanding (MOU) on …": the short name in parentheses is the
        # naming's own, no second instrument
        found = [m for k, m in enumerate(found) if not (
            k and self.folded[m.start - 1 : m.start] == "(" and self.folded[m.end : m.end + 1] == ")"
            and not self.folded[found[k - 1].end : m.start - 1].strip())]
        # "… signed an agreement on road transport …, a deal officials said would …": a bare
        # kind in apposition right after a naming describes it, no second instrument
        new = self._folded_words("new_determiners")
        found = [replace(m, anaphoric=True) if k and m.determiner in new and len(m.title.split()) == 1 and m.sentence == found[k - 1].sentence
                 and re.fullmatch(r"[^;:]*,\s*\w+\s*", self.folded[found[k - 1].end : m.start]) else m for k, m in enumerate(found)]
        found = [m for m in self._attach_instruments(found) if not self._in_contents_line(m.start)]  # (a digest's contents line)
        return sorted(found + self._head_word_references(found), key=lambda m: m.start)

    def _purpose_named(self, found: list[InstrumentMention]) -> list[InstrumentMention]:
        """A head that names an instrument only with its purpose ("Programme of Cultural
        Cooperation", "Cultural Exchange Programme", "programme d’échanges culturels"), where no
        kind's name already stands: its title must say what it is for."""
        named = []
        for kind, spec in _purpose_heads(self.pack):
            heads, purpose = spec
            for token in self.tokens:
                if token.lower not in heads or any(m.start <= token.start < m.end for m in found + named):
                    continue
                mention = self._mention(token.start, token.end, kind)
                if purpose.search(self.folded, mention.start, mention.end):
                    named.append(mention)
        return named

    def _head_word_references(self, found: list[InstrumentMention]) -> list[InstrumentMention]:
        """"le programme", "the plan": a definite determiner and a word of the pack's
        ``referring_heads`` refer back to the last instrument named before whose title holds
        that word, as "le mémorandum" does by its kind's own name."""
        heads = self._folded_words("referring_heads")
        definite = self._folded_words("definite_determiners")
        references = []
        for index, token in enumerate(self.tokens):
            if token.lower not in heads or not index or self.tokens[index - 1].lower not in definite:
                continue
            if any(m.start <= token.start < m.end for m in found):
                continue
            named = [m for m in found if m.end <= token.start and token.lower in fold(m.title).lower().split()]
            if named:
                references.append(
                    InstrumentMention(
                        start=token.start,
                        end=token.end,
                        title=self.text[token.start : token.end],
                        kind=named[-1].kind,
                        determiner=self.tokens[index - 1].lower,
                        anaphoric=False,
                        sentence=self.sentence_of(token.start),
                    )
                )
        return references + self._generic_references(found) + acronym_references(self, found)

    def _generic_references(self, found: list[InstrumentMention]) -> list[InstrumentMention]:
        """"Le texte sur la cybersécurité", "the document on customs": a definite determiner, a
        generic head (pack ``generic_heads``) and what it is about refer back to the instrument
        named before whose subject shares those words — one of the article's, by its subject."""
        heads = self._folded_words("generic_heads") if "generic_heads" in self.pack.data["instruments"] else frozenset()
        definite = self._folded_words("definite_determiners")
        links = self._folded_words("complement_links")
        references = []
        for index, token in enumerate(self.tokens):
            if token.lower not in heads or not index or self.tokens[index - 1].lower not in definite or index + 1 >= len(self.tokens):
                continue
            if any(m.start <= token.start < m.end for m in found) or not self._match_words(index + 1, links):
                continue
            end = self._extend_phrase(index + 1, links, frozenset(), token.end, allow_capitals=True)
            words = title_words(self.text[token.start : end]) - {token.lower}
            named = [m for m in found if m.end <= token.start and words & title_words(m.title)]
            if named and len({m.title for m in named}) == 1:
                references.append(InstrumentMention(start=token.start, end=end, title=self.text[token.start : end], kind=named[-1].kind,
                                                    determiner=self.tokens[index - 1].lower, anaphoric=False, sentence=self.sentence_of(token.start)))
        return references

    def _venue_name(self, end: int) -> bool:
        """The kind's name ends in a venue's name: "Convention Centre", "Treaty Room"."""
        venues = self.pack.data["instruments"].get("venue_nouns", [])
        following = re.match(r"\s+(\w+)", self.text[end : end + 30])
        return following is not None and following.group(1) in venues and self.text[end - 1 : end].isalpha() and self._capitalised_before(end)

    def _capitalised_before(self, end: int) -> bool:
        """The kind's own name is written with a capital ("Convention", not "convention")."""
        head = re.search(r"(\w+)$", self.text[max(0, end - 40) : end])
        return head is not None and head.group(1)[:1].isupper()

    def _coordinated_modifier_before(self, start: int, head_start: int, pre_stops: frozenset[str]) -> int:
        """"a trade and investment agreement", "a science and technology cooperation agreement":
        a modifier coordinated with the first one, right after the determiner, is the title's."""
        index = self._token_index(start)
        if start == head_start or index is None or index < 3:
            return start
        coordinator, modifier, determiner = self.tokens[index - 1], self.tokens[index - 2], self.tokens[index - 3]
        if coordinator.lower not in self.pack.words("coordinators") or not modifier.is_word or modifier.lower in pre_stops \
                or modifier.text[:1].isupper() != self.tokens[index].text[:1].isupper():
            return start
        if determiner.lower not in pre_stops or self.folded[determiner.end : start].count(" ") != 3:
            return start  # only "a trade and investment …", where the determiner opens the phrase
        return modifier.start

    def _not_an_instrument(self, start: int, kind: str) -> bool:
        """"d’un commun accord", "in full accord", "a breach of protocol": the kind's word as a
        common noun, not an instrument; "moins contraignant qu’un traité", "unlike a treaty": any
        kind's word as what such texts are in general (pack key ``any``)."""
        table = self.pack.data["instruments"].get("not_instrument_before", {})
        patterns = [*table.get(kind, []), *table.get("any", [])]
        before = self.folded[max(0, start - 30) : start].lower()
        return any(re.search(fold(p), before) for p in patterns)

    def _adjective_at(self, index: int) -> bool:
        """The token at ``index`` may be an adjective of an instrument's name: a lower-case
        word that no stop word, link, boundary, coordinator or verb ending rules out."""
        data = self.pack.data["instruments"]
        links = self._folded_words("complement_links")
        stops = self._folded_words("title_stop_words")
        post_stops = self._folded_words("post_head_stops")
        token = self.tokens[index]
        if not token.is_word or token.capitalized or token.text.isdigit():
            return False
        boundary = self.pack.words("boundary_words")
        if token.lower in stops or token.lower in boundary or token.lower in links or token.lower in post_stops:
            return False
        if token.lower.endswith(tuple(data["participle_endings"])):
            return False  # "accord liant les deux pays": a verb follows
        # stop phrases split by the tokenizer ("aujourd’hui"), multiword links and coordinators
        return not any(self._match_words(index, words) for words in (links, stops, boundary, self.pack.words("coordinators")))

    def _folded_words(self, key: str) -> frozenset[str]:
        return _instrument_words(self.pack, key)

    def _mention(self, start: int, end: int, kind: str) -> InstrumentMention:
        """The instrument whose kind's name spans ``start``-``end``, with its whole title."""
        data = self.pack.data["instruments"]
        links = self._folded_words("complement_links")
        stops = self._folded_words("title_stop_words")
        head_start, head_end = start, end
        index = self._token_index(end)
        # adjectives right after the head ("accord de coopération militaire", "accord exécutif")
        for _ in range(data.get("post_head_adjectives", 2)):
            if index is None or index >= len(self.tokens):
                break
            token = self.tokens[index]
            if self.folded[end : token.start] != " " or not self._adjective_at(index):
                break
            end = token.end
            index += 1
        if index is not None and end > head_end:
            end, index = self._coordinated_adjectives(index, end)
        if index is not None:
            end = self._extend_phrase(index, links, stops, end, allow_capitals=True, bare_nouns=True)
        if self.text[head_start].isupper():
            end = self._title_case_run(end, self._folded_words("title_case_links"))
            # "Agreement between the Government of … and the Government of … on international
            # road transport": the subject, in lower case, after the capitalised run
            following = self._token_index(end)
            if following is not None and following < len(self.tokens) and self.folded[end : self.tokens[following].start] == " " \
                    and self._match_words(following, links):
                end = self._extend_phrase(following, links, stops, end, allow_capitals=True, bare_nouns=True)
        end = self._before_the_parties(head_start, end)
        end = self._before_a_coordinated_instrument(head_end, end)
        end = self._without_trailing_function_words(head_end, end)
        # head-final languages: modifiers before the head ("a defence cooperation agreement")
        pre_stops = self._folded_words("pre_head_stops")
        start = self._pre_head_start(head_start, data.get("pre_head_modifiers", 0), lambda t: t.lower not in pre_stops and not t.text.isdigit())
        start = self._coordinated_modifier_before(start, head_start, pre_stops)
        determiner = self._determiner_before(start)
        # "…, the first deal of its kind", "le premier accord de ce type": a description of the
        # instrument just named, not a new one
        described = any(re.match(p, self.folded[at : at + 40], re.IGNORECASE) for p in data.get("description_after", ()) for at in (head_end, end))
        # "The second document was signed by …": an agreement already named, called by its rank
        window = self.folded[max(0, start - 25) : head_end]
        described = described or any(m.end() == len(window) for pattern, _rank in self.pack.ordinal_references for m in pattern.finditer(window))
        return InstrumentMention(
            start=start,
            end=end,
            title=self.text[start:end],
            kind=kind,
            determiner=determiner,
            anaphoric=described or determiner in self._folded_words("anaphoric_determiners"),
            sentence=self.sentence_of(start),
        )


    def _coordinated_adjectives(self, index: int, end: int) -> tuple[int, int]:
        """Adjectives joined to those after the head ("accord de coopération militaire | et
        technique", "scientifique, | technique et culturelle"): up to three more."""
        coordinators = self.pack.words("coordinators")
        at = index
        for _ in range(3):
            if at + 1 >= len(self.tokens):
                break
            joint = self.tokens[at]
            if joint.lower not in coordinators and joint.text != "," or not self._adjective_at(at + 1):
                break
            at += 2
            if joint.lower in coordinators:  # a comma list counts once a coordinator closes it
                end, index = self.tokens[at - 1].end, at
                break
        return end, index

    def _without_trailing_function_words(self, head_end: int, end: int) -> int:
        """A title ends on no preposition, link, determiner or coordinator: "un accord pour la
        construction d'une centrale solaire | à Sokodé", "un accord sur le transit | au Centre
        international", where the phrase stopped at a capitalised word after one."""
        ending = _title_enders(self.pack)
        while end > head_end:
            words = self.folded[head_end:end].rstrip().rsplit(None, 1)
            if len(words) < 2 or words[-1].lower() not in ending:
                break
            end = head_end + len(words[0].rstrip())
        return end

    def _before_the_parties(self, start: int, end: int) -> int:
        """Where a title ends when it runs on into the complement that names the parties
        ("accord de coopération | entre le Niger et le Tchad"): that complement says who
        signed, not what the document is called."""
        links = self._folded_words("party_links")
        index = self._token_index(start)
        while links and index is not None and index < len(self.tokens) and self.tokens[index].start < end:
            if index and self.tokens[index].lower in links:
                after = self.tokens[index].end
                if any(after <= c.start <= after + 6 and c.kind != "demonym" for c in self.countries):
                    return self.tokens[index - 1].end
            index += 1
        return end

    def _before_a_coordinated_instrument(self, head_end: int, end: int) -> int:
        """Where a title ends when a coordinator joins another instrument to it ("the Exchange
        of Notes | and the Grant Agreement for …", "le mémorandum | et le protocole sur …"):
        the second is an instrument of its own, not words of the first one's title."""
        joined = coordinated_before(self.pack)
        for match in self.pack.instrument_regex.finditer(self.folded, head_end, end):
            if self.pack.instrument_kinds.get(match.group().lower()) is None:
                continue
            link = joined.search(self.folded, head_end, match.start())
            if link is not None:
                return link.start()
        return end

    def _title_case_run(self, end: int, joiners: frozenset[str]) -> int:
        """A capitalised title runs on over its capitalised words and the small words between
        them ("… on Technical and Vocational Education and Training"), a comma list a joiner
        closes ("on the Construction, Maintenance and Joint Use of …") and a compound name's
        dash ("the Ljubovija–Bratunac Bridge"). A run of capitals that
        reaches an official's title ("… and Defence Minister X") or a date ("… on Monday") is
        not the title's, nor is a word in lower case or after punctuation."""
        index = self._token_index(end)
        dated = [(d.start, d.end) for d in self.dates]
        committed, run_end = end, None
        listed = None  # where a comma list began: it counts once a joiner closes it ("Construction, Maintenance and …")
        towns = {fold(w).lower() for w in self.pack.data["cues"].get("town_prepositions") or []}
        while joiners and index is not None and 0 < index < len(self.tokens):
            token = self.tokens[index]
            gap = self.folded[self.tokens[index - 1].end : token.start]
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            if not gap and token.text in (",", "–", "-") and following is not None and following.is_word and following.capitalized:
                if token.text == ",":
                    if self.folded[token.end : following.start] != " " or self.pack.country_of_form(following.text) \
                            or self.pack.city_entry(following.text) or self.pack.title_head_regex.match(self.folded, following.start):
                        break  # "… on Tourism, Kenya and Uganda's ministries said": the clause goes on
                    listed = run_end or committed if listed is None else listed
                elif following.start != token.end:
                    break  # a dash inside a compound name ("Ljubovija–Bratunac"), not one between clauses
                index += 1
                continue
            dashed = self.tokens[index - 1].text in ("–", "-") and not gap
            if gap != " " and not dashed:
                break
            if token.lower in joiners:
                if run_end is not None:
                    committed, run_end, listed = run_end, None, None
                index += 1
                continue
            if not (token.is_word and token.capitalized):
                break
            if self.pack.title_head_regex.fullmatch(token.text) or any(s <= token.start < e for s, e in dated):
                run_end = None  # the run belongs to what follows
                break
            if (self.pack.city_entry(token.text) or self.pack.country_of_form(token.text)) \
                    and self.tokens[index - 1].lower in towns:
                break  # "… Maritime Trafficking in Nassau on Tuesday": where it was signed, not the title's
            run_end = token.end
            index += 1
        if listed is not None:
            return listed  # a comma list no joiner closed ("… on Trade, Kenya's minister said")
        return run_end if run_end is not None else committed

    def _attach_instruments(self, found: list[InstrumentMention]) -> list[InstrumentMention]:
        """"protocole additionnel à l’accord de 2019 sur ...": one instrument, the protocol,
        whose title runs on through the instrument it is attached to."""
        data = self.pack.data["instruments"]
        words = tuple(fold(w).lower() for w in data.get("attaching_words", []))
        links = {fold(w).lower() for w in data.get("attaching_links", [])}
        merged: list[InstrumentMention] = []
        for mention in found:
            previous = merged[-1] if merged else None
            if previous is not None and previous.start <= mention.start < previous.end:
                continue  # inside a title already read
            gap = " ".join(self.folded[previous.end : mention.start].lower().split()) if previous else ""
            gap = gap.replace("' ", "'")
            # "protocole additionnel | à l’ | accord …", "Protocol | amending the | Agreement …"
            attached = (self.folded[previous.start : previous.end].lower().endswith(words) and gap in links) if previous and words else False
            attached = attached or any(gap == word or (gap.startswith(word + " ") and gap[len(word) + 1 :] in links) for word in words)
            # "Protocol amending the rules of origin of their | free trade agreement": what the
            # amending words govern, a short phrase with no clause break, ends on the text amended
            attached = attached or any(gap.startswith(word + " ") and self._governed_phrase(gap[len(word) + 1 :]) for word in words)
            if previous is not None and not attached and self._governed_phrase(gap):
                # "protocole portant amendement des règles d’origine | de leur | accord …": the
                # amending words already inside the title read
                title = " ".join(self.folded[previous.start : previous.end].lower().split())
                attached = any(f" {word} " in f" {title} " for word in words)
            if previous is not None and attached and previous.sentence == mention.sentence:
                merged[-1] = replace(previous, end=mention.end, title=self.text[previous.start : mention.end])
                continue
            merged.append(mention)
        return merged

    def _governed_phrase(self, words: str) -> bool:
        """``words`` (folded, lower case) are a short noun phrase: eight words at most, no
        punctuation, no coordinator, no signing verb."""
        split = words.split()
        coordinators = self.pack.words("coordinators")
        return 0 < len(split) <= 8 and not re.search(r"[,;:.()]", words) and not coordinators & set(split) \
            and self.pack.cue("signed").search(words) is None


@cache
def _title_enders(pack: LanguagePack) -> frozenset[str]:
    """Words no title ends on: place prepositions, coordinators, complement links and
    determiners (once per pack, not per naming read)."""
    words = {fold(w).lower() for w in (*pack.data["cues"].get("place_prepositions", ()), *pack.words("coordinators"))}
    return frozenset(words | _instrument_words(pack, "complement_links") | set(pack.words("complement_determiners")))


@cache
def _instrument_words(pack: LanguagePack, key: str) -> frozenset[str]:
    """An instruments section's word list, folded: once per pack, not per word read (the
    pack's ``words`` requires the key; these lists are optional)."""
    return frozenset(fold(w).lower() for w in pack.data["instruments"].get(key, []))


@cache
def _purpose_heads(pack: LanguagePack) -> tuple[tuple[str, tuple[frozenset[str], re.Pattern[str]]], ...]:
    specs = pack.data["instruments"].get("purpose_heads", {})
    return tuple(
        (kind, (frozenset(fold(h).lower() for h in spec["heads"]), re.compile(fold(spec["purpose"]), re.IGNORECASE)))
        for kind, spec in specs.items()
    )

