"""What every fact check holds a record against: one source's reading, and the agreement
in it that the record describes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from accordcheck.lang import LanguagePack, fold, get_pack
from accordcheck.model.record import AgreementRecord, Span
from accordcheck.model.results import trusted
from accordcheck.reading.document import (
    AgreementReading,
    Document,
    InstrumentMention,
    cued_sentences,
)
from accordcheck.reading.enumeration import part_owners
from accordcheck.reading.text import title_words

__all__ = ["SourceReading", "about_this_record", "match_agreement", "same_instrument", "about_another_agreement", "in_another_naming", "other_instruments", "own_part", "signs_another"]


@dataclass
class SourceReading:
    index: int  # position of the source in record.sources
    document: Document
    agreement: AgreementReading | None
    pack: LanguagePack

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    def span(self, start: int, end: int) -> Span:
        # offsets come from the reading of this very text: valid by construction
        return trusted(Span, source=self.index, start=start, end=end, text=self.text[start:end])

    def quote(self, start: int, end: int, limit: int = 160) -> str:
        words = " ".join(self.text[start:end].split())
        return words if len(words) <= limit else words[: limit - 1] + "…"

    def find(self, phrase: str | None, *, within: tuple[int, int] | None = None) -> list[tuple[int, int]]:
        """Case- and apostrophe-insensitive occurrences of ``phrase`` (spaces match any run)."""
        if not phrase or not phrase.strip():
            return []
        pattern = _phrase_regex(phrase)
        folded = self.folded
        start, end = within or (0, len(folded))
        return [(m.start(), m.end()) for m in pattern.finditer(folded, start, end)]

    def sentence_span(self, offset: int) -> tuple[int, int]:
        return self.document.sentences[self.document.sentence_of(offset)]

    def verbatim(self, evidence: list[Span]) -> list[Span]:
        """The spans of ``evidence`` that quote this source exactly."""
        return [s for s in evidence if s.source == self.index and self.text[s.start : s.end] == s.text]

    @cached_property
    def left_out(self) -> set[int]:
        """Sentences saying what an agreement leaves out ("is not part of the agreement") or what
        talks covered ("the talks covered …"): no agreement's scope (pack cues ``scope_denied``,
        ``talks_topics``)."""
        return cued_sentences(self.pack, self.folded, self.document.sentences, "scope_denied", "talks_topics")


@lru_cache(maxsize=4096)
def _phrase_regex(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in fold(phrase).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", fold(text or "").lower()))


def similarity(record: AgreementRecord, reading: AgreementReading, document: Document | None = None) -> float:
    """How plausibly ``reading`` is the agreement ``record`` describes.

    Title words (of its naming, or of any naming in its own sentences: "the long-awaited
    agreement" is then called "the Bilateral Agreement on the Design … of the Corentyne River
    Bridge"), domains, date and people decide; the record's kind only breaks ties, so a
    record with a wrong kind is still held against the agreement it describes.
    """
    score = 0.0
    instrument = reading.instrument
    if instrument is not None:
        a = _words(record.instrument.title)
        titles = [instrument.title]
        if document is not None:
            # not the naming of another of the article's agreements ("… signed a memorandum of
            # understanding and a letter of intent on halal certification")
            others = {a.instrument.start for a in document.agreements if a is not reading and a.instrument is not None}
            # nor a naming of another kind that one of the others is ("the Exchange of Notes and
            # the Grant Agreement for …": the grant agreement's words are not the exchange's)
            other_kinds = {a.instrument.kind for a in document.agreements if a is not reading and a.instrument is not None} - {instrument.kind}
            titles += [m.title for m in document.instruments if m.sentence in reading.sentences and not m.anaphoric and not m.plural
                       and m.start not in others and m.kind not in other_kinds]
        overlaps = [len(a & b) / len(a | b) for b in map(_words, titles) if a and b]
        if overlaps:
            score += 2.0 * max(overlaps)
        if instrument.kind == record.instrument.kind.value:
            score += 0.1
    codes_a = {d.code for d in record.domains}
    codes_b = {d.code for d in reading.domains}
    if codes_a or codes_b:
        score += len(codes_a & codes_b) / len(codes_a | codes_b)
    names_a = {frozenset(_words(p.name)) for p in record.people if p.name}
    names_b = {frozenset(_words(p.name)) for p in reading.people if p.name}
    if names_a or names_b:
        score += 0.5 * len(names_a & names_b) / len(names_a | names_b)
    if reading.date is not None and reading.date.date == record.signed.date:
        score += 0.3
    if reading.signed:
        score += 0.5
    return score


def match_agreement(record: AgreementRecord, document: Document) -> AgreementReading | None:
    """The agreement of ``document`` that ``record`` most plausibly describes."""
    if not document.agreements:
        return None
    return max(document.agreements, key=lambda reading: similarity(record, reading, document))


def reading_for(record: AgreementRecord, index: int, document: Document) -> SourceReading:
    return SourceReading(index, document, match_agreement(record, document), get_pack(document.language))


def about_this_record(sentence: int, record: AgreementRecord, reading: SourceReading) -> bool:
    """Whether a sentence the reader took for this agreement's is about the agreement the
    record describes: it names one of the record's parties or words of its title. A value
    such a sentence states contradicts the record; one from a sentence about another
    signing (a bulletin's next item, an earlier accord) is the reader's inference."""
    if about_another_agreement(sentence, reading, only=True):
        # "Also on Wednesday, at Camp Aguinaldo in Quezon City, … inked a memorandum on
        # defence industry": the article's other agreement shares the parties and the kind's
        # words, so neither tells which agreement the sentence is about; the reader's tie does
        return False
    named = [m for m in reading.document.instruments if m.sentence == sentence]
    agreements = reading.document.agreements
    if len(agreements) > 1 and all(m.plural for m in named):
        # "The deals were sealed in Muscat", "The three documents were signed in Lomé": a
        # plural, or a signing that names no text and that the reader ties to no one
        # agreement, tells of all the article's agreements, this one too
        signing = any(c.sentence == sentence and c.status == "signed" for c in reading.document.signings)
        tied = [a for a in agreements if sentence in a.sentences]
        if named or (signing and (not tied or reading.agreement in tied)):
            return True
    start, end = reading.document.sentences[sentence]
    text = reading.text[start:end]
    parties = {p.country for p in record.parties}
    if parties & set(reading.pack.countries_in(text)):
        return True
    title = {w for w in _words(record.instrument.title) if len(w) > 3}  # content words only
    return bool(title) and len(title & _words(text)) >= max(2, len(title) // 2)


def same_instrument(record: AgreementRecord, title: str | None) -> bool:
    """The reader's instrument title names the record's instrument (or the record gives none)."""
    mine, theirs = _words(record.instrument.title), _words(title)
    if not mine or not theirs:
        return True
    return len(mine & theirs) / len(mine | theirs) >= 0.34


def about_another_agreement(index: int, reading: SourceReading, *, only: bool = False) -> bool:
    """The sentence names an instrument that is another agreement of the article, not this one
    (with ``only``: every instrument it names is another's — "l’accord agricole a été signé
    par A, la convention sanitaire par B" is about both)."""
    own = reading.agreement
    others = [a for a in reading.document.agreements if a is not own and a.instrument is not None]
    if own is None or not others:
        return False
    named = [m for m in reading.document.instruments if m.sentence == index]
    if named and all(m.plural for m in named):
        # "The deals were sealed in Muscat", "Les deux accords ont été signés lundi à Bamako":
        # a plural names every agreement of the article, this one too
        return False
    named = [m for m in named if not m.plural]
    if not named:
        # "Elle a été signée par …", "This one was signed by …": a sentence that names no
        # instrument is about the agreement whose sentences the reader tied it to
        return index not in own.sentences and any(index in a.sentences for a in others)
    ours, theirs = index in own.sentences, any(index in a.sentences for a in others)
    if ours or theirs:
        # the reader tied the sentence to its agreements (the one rule for "which agreement
        # is this"): a listing sentence is tied to each agreement it names
        return not ours if only else theirs

    def closeness(mention, agreement) -> float:
        if agreement.instrument is None:
            return 0.0
        a, b = title_words(mention.title), title_words(agreement.instrument.title)
        return (mention.kind == agreement.instrument.kind) + (len(a & b) / len(a | b) if a | b else 0.0)

    for mention in named:
        if own.instrument is not None and mention.start == own.instrument.start:
            return False
        best_other = max(closeness(mention, a) for a in others)
        if best_other > closeness(mention, own):
            if not only:
                return True
        elif only:
            return False
    return only


def other_instruments(reading: SourceReading) -> list[InstrumentMention]:
    """The namings of the article's agreements other than the one the record describes."""
    return [a.instrument for a in reading.document.agreements if a is not reading.agreement and a.instrument is not None]


def in_another_naming(span: Span, reading: SourceReading) -> bool:
    """The span lies in the naming of another of the article's agreements."""
    return any(m.start < span.end and span.start < m.end for m in other_instruments(reading))


def signs_another(start: int, end: int, reading: SourceReading) -> bool:
    """The instrument a signing verb at ``start``-``end`` governs — the first named after it in
    its sentence, or the one a participle clause follows — is another agreement of the
    article: its object ("Kiriau and Larasati …
    signed an Agreement on Visa Exemption …, a short drive from where the memorandum had been
    signed the day before") or, in a participle clause set off by a comma, its subject ("2.
    The Memorandum … between …, signed on behalf of the Kingdom of Bahrain by …")."""
    others = {m.start for m in other_instruments(reading)}
    index = reading.document.sentence_of(start)
    named = sorted((m for m in reading.document.instruments if m.sentence == index and not m.anaphoric and not m.plural),
                   key=lambda m: m.start)
    after = [m for m in named if m.start >= end]
    if after:
        return after[0].start in others
    # a participle clause set off by a comma names what its subject signed
    before = [m for m in named if m.end <= start and "," in reading.text[m.end : start]]
    return bool(before) and before[-1].start in others


def own_part(span: Span, reading: SourceReading) -> bool:
    """Not in the part of an enumerating sentence about another agreement ("…, one exempting
    diplomats from visas and the other advancing the railway link")."""
    own = reading.agreement.instrument if reading.agreement else None
    mentions = [a.instrument for a in reading.document.agreements if a.instrument is not None]
    if own is None or len(mentions) < 2:
        return True
    sentence = reading.document.sentences[reading.document.sentence_of(span.start)]
    owners = part_owners(reading.pack, reading.folded, sentence, span.start, mentions)
    return owners is None or any(o.start == own.start for o in owners)
