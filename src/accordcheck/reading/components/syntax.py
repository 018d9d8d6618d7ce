"""Syntax where word order fails: the language's dependency parser (spaCy, with its NER) on
the sentences that carry a signing cue, and only those, and only when asked (the roles
component asks where the pack's patterns found no role). The parse says who signed — the
passive's agents ("signé par A et par B"), the active verb's subjects ("A et B ont signé",
"A, qui a signé"), each with what is coordinated to it or inside its phrase (appositions,
"pour la partie X") — each agent's phrase taken over its ``flat:name`` parts and appositions. Without a parser for
the language (English here) the layer is empty and the patterns of the pack do the work.
The relations' names come from the pack (``meta.json``, ``parser_relations``)."""

from __future__ import annotations

from dataclasses import dataclass

from accordcheck.reading import ner
from accordcheck.reading.components.base import Work
from accordcheck.reading.ner import ParsedSentence
from accordcheck.reading.pipeline import Component, State

__all__ = ["Parse", "Parses", "Syntax"]


@dataclass(frozen=True)
class Parse:
    """A parsed sentence and the tokens its signing cue covers."""

    sentence: int
    parsed: ParsedSentence
    cue_tokens: tuple[int, ...]

    def signers(self, relations: dict) -> set[int]:
        """Start offsets of the tokens inside the phrases of the cue's agents and subjects."""
        tokens = self.parsed.tokens
        children: dict[int, list[int]] = {}
        for i, (_s, _e, _dep, head) in enumerate(tokens):
            if head != i:
                children.setdefault(head, []).append(i)
        agent, subject = set(relations["agent"]), set(relations["subject"])
        passive_marker, coordinated = set(relations["passive_marker"]), set(relations["coordinated"])
        inside = set(relations["inside"]) | coordinated
        relative = set(relations.get("relative_clause", ()))
        found: set[int] = set()

        def collect(i: int) -> None:
            if i in found:
                return
            found.add(i)
            for child in children.get(i, ()):
                if tokens[child][2] in inside:
                    collect(child)

        for verb in self.cue_tokens:
            kids = children.get(verb, [])
            passive = any(tokens[k][2] in passive_marker for k in kids)
            for kid in kids:
                dep = tokens[kid][2]
                if dep in agent or (dep in subject and not passive):
                    if tokens[verb][2] in relative and dep in subject and not children.get(kid):
                        collect(tokens[verb][3])  # "X, qui a signé": the relative's antecedent
                    else:
                        collect(kid)
        return {tokens[i][0] for i in found}

    def name_end(self, start: int, end: int) -> int:
        """The end of a name that starts at ``start``, over the ``flat:name`` parts the parser
        attaches to it ("Sidi Mohamed Ould Cheikh El Moustapha")."""
        tokens = self.parsed.tokens
        first = next((i for i, t in enumerate(tokens) if t[0] == start), None)
        if first is None:
            return end
        members = {first}
        for i in range(first + 1, len(tokens)):
            s, e, dep, head = tokens[i]
            if head in members and dep.startswith("flat") and s - tokens[i - 1][1] <= 1:
                members.add(i)
                end = max(end, e)
            elif s >= end:
                break
            else:
                members.add(i)
        return end


class Parses:
    """The sentences with a signed clause, parsed on request and once: the roles component
    asks only where the pack's patterns found no role, so most articles parse nothing."""

    def __init__(self, language: str, text: str, spans: dict[int, tuple[int, int]], cues: dict[int, list[tuple[int, int]]]) -> None:
        self.language = language
        self.text = text
        self.spans = spans  # sentence index -> its span
        self.cues = cues  # sentence index -> the signed clauses' spans
        self._done: dict[int, Parse | None] = {}

    @property
    def sentences(self) -> tuple[int, ...]:
        return tuple(sorted(self.spans))

    def get(self, index: int) -> Parse | None:
        if index not in self.spans:
            return None
        if index not in self._done:
            self._parse([index])
        return self._done[index]

    def all(self) -> list[Parse]:
        """Every signed clause's sentence parsed, in one pass of the model (not one per
        sentence: a pass has a fixed cost)."""
        self._parse([i for i in self.sentences if i not in self._done])
        return [p for p in (self._done[i] for i in self.sentences) if p is not None]

    def _parse(self, indexes: list[int]) -> None:
        if not indexes:
            return
        parsed = ner.parse(self.language, self.text, [self.spans[i] for i in indexes])
        for k, index in enumerate(indexes):
            if k >= len(parsed):
                self._done[index] = None
                continue
            sentence = parsed[k]
            cue = tuple(i for i, t in enumerate(sentence.tokens) if any(s <= t[0] < e for s, e in self.cues[index]))
            self._done[index] = Parse(index, sentence, cue)


class Syntax(Component):
    name = "syntax"
    requires = ("signings",)
    assigns = ("parses",)

    def __call__(self, state: State) -> dict:
        work = Work(state)
        if not ner.parser_available(work.pack.code):
            return {"parses": Parses(work.pack.code, work.text, {}, {})}
        cues: dict[int, list[tuple[int, int]]] = {}
        for clause in state.signings:
            if clause.status == "signed":
                cues.setdefault(clause.sentence, []).append((clause.start, clause.end))
        return {"parses": Parses(work.pack.code, work.text, {i: work.sentences[i] for i in cues}, cues)}
