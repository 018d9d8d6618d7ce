"""Domain checks: what the agreement covers, and what the record leaves out."""

from __future__ import annotations

from collections.abc import Iterator

from accordcheck.checks.context import SourceReading, own_part
from accordcheck.checks.outcome import Outcome
from accordcheck.model.record import AgreementRecord, Span

__all__ = ["check_domains", "in_agreement_words"]

#: The code for a subject outside the vocabulary (docs/format.md, Domain vocabulary).
OTHER = "other"


def in_agreement_words(span: Span, code: str, reading: SourceReading) -> bool:
    """The span is the source's own words in a sentence about the agreement, and no phrase of
    another domain (a quote that is another domain's vocabulary phrase backs that one)."""
    agreement = reading.agreement
    if agreement is None or reading.document.sentence_of(span.start) not in agreement.sentences or not own_part(span, reading):
        return False
    return not any(m.code != code and m.start < span.end and span.start < m.end for m in reading.document.domains)


def _record_evidence_in_agreement(domain, reading: SourceReading):
    """A span the record quotes for this domain, inside a sentence about the agreement."""
    return next((span for span in reading.verbatim(domain.evidence) if in_agreement_words(span, domain.code, reading)), None)


def _cited_only_where_left_out(domain, reading: SourceReading) -> Span | None:
    """The record's spans for this domain all stand in sentences saying what the agreement
    leaves out or what talks covered (pack cues ``scope_denied``, ``talks_topics``): the first."""
    spans = reading.verbatim(domain.evidence)
    if spans and all(reading.document.sentence_of(s.start) in reading.left_out for s in spans):
        return spans[0]
    return None


def _content_clause(reading: SourceReading) -> tuple[int, int] | None:
    """Where the source says what the agreement covers ("le protocole prévoit ...",
    "convention tendant à éviter la double imposition"), from the cue to the clause's end."""
    agreement = reading.agreement
    if agreement is None:
        return None
    cue = reading.pack.cue("agreement_content")
    for index in sorted(agreement.sentences):
        start, end = reading.document.sentences[index]
        match = cue.search(reading.folded, start, end)
        if match:
            stop = min((p for p in (reading.text.find(c, match.end(), end) for c in ".;") if p != -1), default=end)
            return match.start(), min(stop, match.start() + 160)
    return None


def check_domains(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    covered = {d.code: d for d in (reading.agreement.domains if reading.agreement else [])}
    anywhere = {}
    for mention in reading.document.domains:
        anywhere.setdefault(mention.code, mention)
    claimed = set()
    for i, domain in enumerate(record.domains):
        path = f"domains[{i}].code"
        claimed.add(domain.code)
        mention = covered.get(domain.code)
        if (excluded := _cited_only_where_left_out(domain, reading)) is not None:
            # "The memorandum does not deal with tariffs or market access …", "les deux parties
            # ont également évoqué la sécurité maritime": the record's own words say the text
            # leaves it out, or that it was only discussed
            yield Outcome(
                "domain_supported", path, "not_found",
                f"the record cites '{reading.quote(excluded.start, excluded.end)}', where the source says what the "
                f"agreement leaves out or what was only discussed: '{reading.quote(*reading.sentence_span(excluded.start), limit=120)}'",
                [excluded],
            )
        elif mention is not None:
            yield Outcome("domain_supported", path, "supported", f"the agreement covers '{mention.text}'", [reading.span(mention.start, mention.end)])
        elif (backing := _record_evidence_in_agreement(domain, reading)) is not None:
            # the agreement's own words, but none the reader knows for this code: for a
            # person to confirm (checks/verdict.py makes it unverified)
            yield Outcome(
                "domain_supported", path, "not_found",
                f"no phrase the reader knows for {domain.code.replace('_', ' ')} in what the agreement covers",
                [backing],
            )
        elif domain.code == OTHER and not covered and (clause := _content_clause(reading)) is not None:
            # "other" names a subject outside the vocabulary: without evidence of its own it
            # stands where the source says what the agreement covers and none of it is in
            # the vocabulary (its words are the user's to classify).
            yield Outcome(
                "domain_supported", path, "supported",
                f"the source says what the agreement covers: '{reading.quote(*clause)}'",
                [reading.span(*clause)],
            )
        elif domain.code in anywhere:
            other = anywhere[domain.code]
            yield Outcome(
                "domain_supported", path, "not_found",
                f"'{other.text}' appears only outside what the agreement covers: '{reading.quote(*reading.sentence_span(other.start), limit=120)}'",
                [reading.span(other.start, other.end)],
            )
        else:
            yield Outcome("domain_supported", path, "not_found", f"the source says nothing of {domain.code.replace('_', ' ')}")
    omitted = [m for code, m in covered.items() if code not in claimed]
    if omitted:
        yield Outcome(
            "domain_omitted", "domains", "not_found",
            "the agreement also covers " + ", ".join(f"'{m.text}' ({m.code})" for m in omitted),
            [reading.span(m.start, m.end) for m in omitted], suggestion=[m.code for m in omitted],
        )
