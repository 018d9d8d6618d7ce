"""Domains: what an agreement is about ("sécurité maritime", "energy"), the pack's phrases
outside officials' titles and outside the names of institutions; the longer phrase at one
place wins."""

from __future__ import annotations

from accordcheck.reading.components.base import Work
from accordcheck.reading.document import DomainMention
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import SpanIndex, without_bullets

__all__ = ["Domains"]


class Domains(Component):
    name = "domains"
    requires = ("titles", "instruments")
    assigns = ("domains",)

    def __call__(self, state: State) -> dict:
        return {"domains": _Work(state)._domains()}


class _Work(Work):
    def _domains(self) -> list[DomainMention]:
        taken = SpanIndex(self.titles)
        found: list[DomainMention] = []
        for code, pattern in self.pack.domain_regexes:
            for match in pattern.finditer(self.folded):
                if taken.covers(match.start()) or self._in_a_name(match.start()):
                    continue
                found.append(DomainMention(match.start(), match.end(), self.text[match.start() : match.end()], code, self.sentence_of(match.start())))
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept: list[DomainMention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue  # the longer phrase at the same place wins
            kept.append(mention)
        return kept


    def _in_a_name(self, offset: int) -> bool:
        """A capitalised phrase inside a sentence names an institution, an office or a place
        ("University of the Witwatersrand", "Department of Electricity and Energy", "ministère
        de l’Énergie"), not what an agreement covers — unless it is in an instrument's title
        ("Agreement on Trade and Investment"), which says just that."""
        if not self.text[offset : offset + 1].isupper():
            return False
        start, _ = self.sentences[self.sentence_of(offset)]
        if not without_bullets(self.text[start:offset]).strip(" \t\n\"“«‘'"):
            return False  # the sentence's (or a bullet's) first word
        # a title written in capitals ("Agreement on …") capitalises its subjects too
        return not any(m.start <= offset < m.end and self.text[m.start : m.start + 1].isupper() for m in self.instruments)
