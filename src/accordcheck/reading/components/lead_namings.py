"""The text a story's first lines name: a headline or a lead that names it short or bare
("X et Y signent un accord de surveillance maritime", "un protocole de coopération en matière de
déminage", "under an arrangement signed in Paris") gives way to the body's full naming of it."""

from __future__ import annotations

from accordcheck.lang import fold
from accordcheck.reading.components.counted import own_words
from accordcheck.reading.components.facts import Facts
from accordcheck.reading.document import InstrumentMention, SigningClause

__all__ = ["LeadNamings"]


class LeadNamings(Facts):
    """Reads ``instruments`` and ``signings`` besides the text and the pack."""

    def _body_over_headline(
        self, new_mentions: list[tuple[InstrumentMention, SigningClause]], signed: list[SigningClause]
    ) -> list[tuple[InstrumentMention, SigningClause]]:
        """A headline and the sentence under it report one signing ("X et Y signent un accord de
        surveillance maritime" / "X et Y ont signé jeudi un accord de partenariat pour …"): the
        body's words name it. The headline's instrument gives way to one the next two sentences
        name afresh, of its kind or more precise than a headline's generic agreement."""
        kept: list[tuple[InstrumentMention, SigningClause]] = []
        lead = next((i for i in range(len(self.sentences)) if not self.t.is_headline(i)), None)
        for mention, clause in new_mentions:
            if mention.sentence == lead:
                mention = self._named_in_the_body(mention) or mention  # (the lead's clause still tells where)
            # (an item of a list whose head tells the signing is no headline: "(i) Memorandum of …")
            elif self.t.is_headline(mention.sentence) and not (self.t.opens_an_item(mention.sentence) and clause.sentence != mention.sentence):
                # the next two sentences of running text: a page's furniture lines between
                # ("Publié le 21 octobre 2025", "Partager : Facebook · X") do not count
                following = [i for i in range(mention.sentence + 1, min(len(self.sentences), mention.sentence + 8)) if not self.t.is_headline(i)][:2]
                body = next(
                    (
                        m for m in self.instruments
                        if mention.sentence < m.sentence <= (following[-1] if following else mention.sentence) and not m.anaphoric
                        and not self.t.is_headline(m.sentence)  # a contents line, then the item's heading, then its body
                        and (m.kind == mention.kind or mention.kind == "agreement" or _shortened(mention.title, m.title))
                    ),
                    None,
                )
                if body is not None:
                    clause = next((c for c in signed if c.sentence == body.sentence), clause)
                    mention = body
            if not any(m.start == mention.start for m, _ in kept):
                kept.append((mention, clause))
        return kept

    def _named_in_the_body(self, mention: InstrumentMention) -> InstrumentMention | None:
        """The body's naming of the text a lead names indefinitely: after a generic agreement
        ("a health cooperation agreement signed … this week"), the next sentence's precise one of
        the same subject ("The Memorandum of Understanding on Cooperation in the Field of Health
        … was signed on Wednesday"); after a short naming of another kind, a fuller title below
        (``_told_in_full_below``); after a bare one ("an arrangement"), the next sentence's full
        naming (``_named_again_in_full``)."""
        if mention.determiner not in self.pack.words("new_determiners", "instruments"):
            return None
        words = own_words(mention, self.pack)
        if not words:
            return self._named_again_in_full(mention)
        if mention.kind == "agreement":
            return next((m for m in self.instruments if m.sentence == mention.sentence + 1 and not m.anaphoric and m.kind != mention.kind
                         and words <= own_words(m, self.pack)), None)
        return self._told_in_full_below(mention, words)

    def _told_in_full_below(self, mention: InstrumentMention, words: frozenset[str]) -> InstrumentMention | None:
        """The body's first fresh naming, within six sentences of a lead's, of a text whose title
        opens on the lead's head word and holds all its words ("un protocole de coopération en
        matière de déminage" / "un protocole d’accord relatif à la coopération en matière de
        déminage humanitaire …") — before any sentence that announces another text."""
        new = self.pack.words("new_determiners", "instruments")
        for index in range(mention.sentence + 1, min(len(self.sentences), mention.sentence + 7)):
            if self._announces_another_text(index):
                return None
            for m in self.instruments:
                # told afresh ("… ont signé un protocole d’accord relatif à …"), not referred back to
                # ("The Memorandum of Understanding on … replaces …", whose text keeps its place in the story)
                if m.sentence == index and not m.anaphoric and m.determiner in new and _shortened(mention.title, m.title) \
                        and words <= own_words(m, self.pack) \
                        and len(m.title.split()) > len(mention.title.split()):  # a fuller naming, not a shorter one
                    return m
        return None

    def _named_again_in_full(self, mention: InstrumentMention) -> InstrumentMention | None:
        """The next sentence's fresh naming of the kind a lead named bare ("an arrangement"),
        with words of its own — unless that sentence announces another text."""
        following = mention.sentence + 1
        if following >= len(self.sentences) or self._announces_another_text(following):
            return None
        return next((m for m in self.instruments if m.sentence == following and not m.anaphoric and m.kind == mention.kind
                     and own_words(m, self.pack)), None)


def _shortened(headline: str, body: str) -> bool:
    """A headline's short name for the body's instrument: its head word opens the body's
    title ("protocole sur la pêche" / "protocole d’accord sur la pêche artisanale")."""
    head = headline.split()[:1]
    return bool(head) and fold(body).lower().startswith(fold(head[0]).lower() + " ")
