"""Instrument checks: the agreement was signed, its kind and its title."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from accordcheck.checks.context import SourceReading, same_instrument
from accordcheck.checks.outcome import Outcome
from accordcheck.lang import ends_with_phrase, fold
from accordcheck.model.record import AgreementRecord

__all__ = ["check_instrument", "cut_before_a_coordinate", "named_inside"]


def check_instrument(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    agreement = reading.agreement
    document = reading.document
    if agreement is None:
        yield Outcome("agreement_signed", "instrument", "not_found", "the source reports no agreement being signed")
    elif agreement.signed:
        clause = agreement.signing
        yield Outcome(
            "agreement_signed", "instrument", "supported",
            f"signed: '{reading.quote(clause.start, clause.end)}'", [reading.span(clause.start, clause.end)],
        )
    else:
        clause = agreement.signing
        words = reading.quote(*document.sentences[clause.sentence])
        yield Outcome(
            "agreement_signed", "instrument", "contradicted",
            f"the source reports the agreement as planned, not signed: '{words}'",
            [reading.span(clause.start, clause.end)],
        )

    kind = record.instrument.kind.value
    instrument = agreement.instrument if agreement else None
    if instrument is not None:
        evidence = [reading.span(instrument.start, instrument.end)]
        if instrument.kind == kind:
            yield Outcome("instrument_kind", "instrument.kind", "supported", f"the source names it '{instrument.title}'", evidence)
        elif kind in _alternative_kinds(instrument.title, reading):
            # a name writers file under more than one kind ("programme exécutif": other or
            # action_plan; the pack's kind_alternatives): the record's choice is for a person to confirm
            yield Outcome(
                "instrument_kind", "instrument.kind", "unverified",
                f"record says {kind}; the source names it '{instrument.title}', which the reader files under {instrument.kind}",
                evidence, suggestion=instrument.kind,
            )
        elif (head := named_inside(record.instrument.title, instrument, reading)) is not None:
            # "un ajustement complémentaire à l'Accord de base …", "an Amendment to the Air
            # Transport Agreement": the reader knows the text it amends or implements, not
            # the kind the record's title opens with
            yield Outcome(
                "instrument_kind", "instrument.kind", "unverified",
                f"record says {kind} for '{head}'; the reader knows only the text it names, '{instrument.title}' ({instrument.kind})",
                evidence, suggestion=instrument.kind,
            )
        else:
            yield Outcome(
                "instrument_kind", "instrument.kind", "contradicted",
                f"record says {kind}; the source names it '{instrument.title}' ({instrument.kind})",
                evidence, suggestion=instrument.kind,
                # stated when the reader's instrument is the record's; with several in one
                # article, which one the record describes is the reader's inference
                stated=same_instrument(record, instrument.title),
            )
    else:
        named = [m for m in document.instruments if m.kind == kind]
        if named:
            yield Outcome("instrument_kind", "instrument.kind", "supported", f"the source names it '{named[0].title}'", [reading.span(named[0].start, named[0].end)])
        else:
            yield Outcome("instrument_kind", "instrument.kind", "not_found", f"the source names no {kind.replace('_', ' ')}")

    title = record.instrument.title
    if title is None:
        return
    found = reading.find(title)
    if found and instrument is not None and cut_before_a_coordinate(title, instrument.title, reading):
        # "accord de coopération militaire" of "accord de coopération militaire et technique"
        yield Outcome("instrument_title", "instrument.title", "not_found", f"the source's title for it goes on: '{instrument.title}'",
                      [reading.span(instrument.start, instrument.end)], suggestion=instrument.title)
    elif found:
        start, end = found[0]
        yield Outcome("instrument_title", "instrument.title", "supported", f"'{reading.quote(start, end)}' occurs in the source", [reading.span(start, end)])
    else:
        suggestion = instrument.title if instrument is not None else None
        message = f"'{title}' does not occur in the source"
        if suggestion:
            message += f"; the source names it '{suggestion}'"
        verdict = "contradicted" if suggestion else "not_found"
        # the reader's title for the agreement it matched is an inference about which one this is
        yield Outcome("instrument_title", "instrument.title", verdict, message, suggestion=suggestion, stated=verdict != "contradicted")


def named_inside(title: str | None, instrument: Any, reading: SourceReading) -> str | None:
    """The record's title, as the source writes it, when the reader's instrument is a text it
    names after its first words ("ajustement complémentaire à | l'Accord de base …")."""
    links = reading.pack.words("named_text_links", "cues")
    for start, end in reading.find(title) if title else []:
        if start < instrument.start and instrument.end <= end:
            # linked to the title's own words ("… à l'", "… to the"), not one of their modifiers ("sixième")
            words = fold(reading.text[start : instrument.start]).lower().split()
            words = words[:-1] if words and words[-1] in reading.pack.words("complement_determiners") else words
            if any(ends_with_phrase(words, {link}) and len(words) > len(link.split()) for link in links):
                return reading.quote(start, end)
    return None


def cut_before_a_coordinate(title: str, held: str, reading: SourceReading) -> bool:
    """The record's title is the source's cut before a coordinated word of its own ("… militaire |
    et technique", "… on Trade | and Investment")."""
    claim, full = fold(title).strip().lower(), fold(held).strip().lower()
    rest = full[len(claim) :].split() if full.startswith(claim) else []
    return len(rest) >= 2 and rest[0] in reading.pack.words("coordinators")


def _alternative_kinds(title: str, reading: SourceReading) -> set[str]:
    """The other kinds a name may fairly be filed under (pack ``kind_alternatives``)."""
    folded = fold(title).lower()
    found: set[str] = set()
    for name, kinds in reading.pack.data["instruments"].get("kind_alternatives", {}).items():
        if fold(name).lower() in folded:
            found.update(kinds)
    return found
