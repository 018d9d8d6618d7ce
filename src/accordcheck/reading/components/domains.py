"""Domains: what an agreement is about ("sécurité maritime", "energy"), the pack's phrases
outside titles; the longer phrase at one place wins."""

from __future__ import annotations

from accordcheck.reading.components.base import Work
from accordcheck.reading.document import DomainMention
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import SpanIndex

__all__ = ["Domains"]


class Domains(Component):
    name = "domains"
    requires = ("titles",)
    assigns = ("domains",)

    def __call__(self, state: State) -> dict:
        return {"domains": _Work(state)._domains()}


class _Work(Work):
    def _domains(self) -> list[DomainMention]:
        taken = SpanIndex(self.titles)
        found: list[DomainMention] = []
        for code, pattern in self.pack.domain_regexes:
            for match in pattern.finditer(self.folded):
                if taken.covers(match.start()):
                    continue
                found.append(DomainMention(match.start(), match.end(), self.text[match.start() : match.end()], code, self.sentence_of(match.start())))
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept: list[DomainMention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue  # the longer phrase at the same place wins
            kept.append(mention)
        return kept

