"""Instruments: "accord de coopération militaire", "a defence cooperation agreement", with
their determiner ("un", "le", "ce"), and protocols attached to the agreement they amend."""

from __future__ import annotations

import re
from dataclasses import replace

from accordcheck.lang import fold
from accordcheck.reading.components.phrases import Phrases
from accordcheck.reading.document import InstrumentMention
from accordcheck.reading.pipeline import Component, State

__all__ = ["Instruments"]


class Instruments(Component):
    name = "instruments"
    requires = ("dates",)
    assigns = ("instruments",)

    def __call__(self, state: State) -> dict:
        return {"instruments": _Work(state)._instruments()}


class _Work(Phrases):
    per_spans: tuple[tuple[int, int], ...] = ()  # read before any name: no name ends a title here

    def _instruments(self) -> list[InstrumentMention]:
        data = self.pack.data["instruments"]
        links = frozenset(fold(w).lower() for w in data["complement_links"])
        stops = frozenset(fold(w).lower() for w in data["title_stop_words"])
        anaphoric = frozenset(fold(w).lower() for w in data["anaphoric_determiners"])
        participles = tuple(data["participle_endings"])  # "accord liant les deux pays": a verb follows
        found: list[InstrumentMention] = []
        for match in self.pack.instrument_regex.finditer(self.folded):
            head = match.group().lower()
            kind = self.pack.instrument_kinds.get(head)
            if kind is None:
                continue
            before = self.folded[max(0, match.start() - 30) : match.start()].lower()
            if kind == "agreement" and any(re.search(fold(p), before) for p in data.get("not_instrument_before", [])):
                continue
            index = self._token_index(match.end())
            end = match.end()
            # adjectives right after the head ("accord de coopération militaire", "accord exécutif")
            boundary = self.pack.words("boundary_words")
            post_stops = frozenset(fold(w).lower() for w in data.get("post_head_stops", []))
            for _ in range(data.get("post_head_adjectives", 2)):
                if index is None or index >= len(self.tokens):
                    break
                token = self.tokens[index]
                if self.folded[end : token.start] != " " or not token.is_word or token.capitalized or token.text.isdigit():
                    break
                if token.lower in stops or token.lower in boundary or token.lower in links or self._match_words(index, links) or token.lower.endswith(participles):
                    break
                if self._match_words(index, stops) or self._match_words(index, boundary):
                    break  # a stop phrase split by the tokenizer: "aujourd’hui"
                if self._match_words(index, self.pack.words("coordinators")) or token.lower in post_stops:
                    break
                end = token.end
                index += 1
            if index is not None:
                end = self._extend_phrase(index, links, stops, end, allow_capitals=True, bare_nouns=True)
            if self.text[match.start()].isupper():
                end = self._title_case_run(end, frozenset(fold(w).lower() for w in data.get("title_case_links", [])))
            # head-final languages: modifiers before the head ("a defence cooperation agreement")
            pre_stops = frozenset(fold(w).lower() for w in data.get("pre_head_stops", []))
            start = self._pre_head_start(match.start(), data.get("pre_head_modifiers", 0), lambda t: t.lower not in pre_stops and not t.text.isdigit())
            determiner = self._determiner_before(start)
            found.append(
                InstrumentMention(
                    start=start,
                    end=end,
                    title=self.text[start:end],
                    kind=kind,
                    determiner=determiner,
                    anaphoric=determiner in anaphoric,
                    sentence=self.sentence_of(start),
                )
            )
        return self._attach_instruments(found)

    def _title_case_run(self, end: int, joiners: frozenset[str]) -> int:
        """A capitalised title runs on over its capitalised words and the small words between
        them ("… on Technical and Vocational Education and Training"). A run of capitals that
        reaches an official's title ("… and Defence Minister X") or a date ("… on Monday") is
        not the title's, nor is a word in lower case or after punctuation."""
        index = self._token_index(end)
        dated = [(d.start, d.end) for d in self.dates]
        committed, run_end = end, None
        while joiners and index is not None and 0 < index < len(self.tokens):
            token = self.tokens[index]
            if self.folded[self.tokens[index - 1].end : token.start] != " ":
                break
            if token.lower in joiners:
                if run_end is not None:
                    committed, run_end = run_end, None
                index += 1
                continue
            if not (token.is_word and token.capitalized):
                break
            if self.pack.title_head_regex.fullmatch(token.text) or any(s <= token.start < e for s, e in dated):
                run_end = None  # the run belongs to what follows
                break
            run_end = token.end
            index += 1
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
            if previous is not None and attached and previous.sentence == mention.sentence:
                merged[-1] = replace(previous, end=mention.end, title=self.text[previous.start : mention.end])
                continue
            merged.append(mention)
        return merged

