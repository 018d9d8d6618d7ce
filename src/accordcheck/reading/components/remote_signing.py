"""Signings held at a distance ("by videoconference", "par visioconférence"): such an
agreement has no place. Told in the agreement's own sentences or its ceremony's, in its own
item of a digest."""

from __future__ import annotations

from accordcheck.reading.components.signing_dates import SigningDates
from accordcheck.reading.document import SigningClause

__all__ = ["RemoteSignings"]


class RemoteSignings(SigningDates):
    def _in_own_item(self, tied: set[int]) -> set[int]:
        """The ``tied`` sentences before a paragraph that turns to other countries (a digest's
        next item, "In other news, Peru and Chile …"), or after one that names this agreement's
        countries again: what the others say ("The document was signed by videoconference") is
        that item's."""
        def countries(i: int) -> set[str]:
            start, end = self.sentences[i]
            return {c.country for c in self.countries if start <= c.start < end}

        first = min(tied)
        mine = set().union(*(countries(i) for i in tied if i <= first + 1))
        if not mine:
            return set(tied)
        own, away = set(), False
        for i in range(first, max(tied) + 1):
            if i > first and "\n" in self.folded[self.sentences[i - 1][1] : self.sentences[i][0]]:  # a new paragraph
                named = countries(i)
                if named & mine:
                    away = False
                elif named:
                    away = True
            if i in tied and not away:
                own.add(i)
        return own

    def _same_paragraph(self, a: int, b: int) -> bool:
        first, last = sorted((a, b))
        return "\n" not in self.folded[self.sentences[first][0] : self.sentences[last][1]]

    def _remote_signing(self, clause: SigningClause, tied: set[int]) -> tuple[int, int] | None:
        """The words saying this agreement was signed at a distance ("in a ceremony held by
        videoconference", "par visioconférence"), in its signing sentence or another sentence
        of it that tells of the signing or the ceremony: then it has no place."""
        if not self.pack.data["cues"].get("remote_signing"):
            return None
        remote, ceremony, onlooker = self.pack.cue("remote_signing"), self.pack.cue("ceremony"), self.pack.cue("remote_onlooker_before")
        signed_here = {c.sentence for c in self.signings if c.status == "signed"}
        # and a ceremony sentence that names no text ("La cérémonie de signature s’est tenue en visioconférence")
        named = {m.sentence for m in self.instruments}
        # in a paragraph of this agreement's: a digest's next item ("The document was signed by
        # videoconference …") tells of another signing
        unnamed = {i for i in range(len(self.sentences)) if i not in named and any(self._same_paragraph(i, t) for t in tied)}
        for index in [clause.sentence, *sorted((tied | unnamed) - self._earlier_only - {clause.sentence})]:
            start, end = self.sentences[index]
            if index != clause.sentence and (index not in tied or index not in signed_here) and not ceremony.search(self.folded[start:end]):
                continue
            content = self.pack.cue("agreement_content")
            for found in remote.finditer(self.folded, start, end):
                # "… une convention qui vise à faciliter l’audition de témoins par visioconférence":
                # what the text provides for, not how it was signed
                if content.search(self.folded, start, found.start()):
                    continue
                # "le directeur a suivi la signature à distance", "watched the ceremony online from
                # Geneva": how an onlooker followed it, not how it was signed
                if onlooker.search(self.folded[max(start, found.start() - 80) : found.start()]):
                    continue
                return found.start(), found.end()
        return None
