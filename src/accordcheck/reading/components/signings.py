"""Signing clauses: where a sentence says an agreement was signed, or will be."""

from __future__ import annotations

from accordcheck.reading.components.base import Work
from accordcheck.reading.document import SigningClause
from accordcheck.reading.pipeline import Component, State

__all__ = ["Signings"]


class Signings(Component):
    name = "signings"
    requires = ()
    assigns = ("signings",)

    def __call__(self, state: State) -> dict:
        return {"signings": _Work(state)._signings()}


class _Work(Work):
    def _signings(self) -> list[SigningClause]:
        found: list[SigningClause] = []
        signed = self.pack.cue("signed")
        planned = self.pack.cue("planned")
        for index, (start, end) in enumerate(self.sentences):
            sentence = self.folded[start:end]
            plans = list(planned.finditer(sentence))
            for match in signed.finditer(sentence):
                if any(p.start() <= match.start() < p.end() or match.start() <= p.start() < match.end() for p in plans):
                    continue
                found.append(SigningClause(start + match.start(), start + match.end(), index, "signed"))
            if not any(c.sentence == index for c in found):
                for match in plans:
                    found.append(SigningClause(start + match.start(), start + match.end(), index, "planned"))
        return found

