"""Date checks: the signing date, its precision and expression, against the source's words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from accordcheck.checks.context import SourceReading, about_this_record
from accordcheck.checks.outcome import Outcome
from accordcheck.lang import fold
from accordcheck.model.record import AgreementRecord
from accordcheck.lang.dates import DateMention, dateline_end, event_offset
from accordcheck.reading.text import reported_date

__all__ = ["binds_to_signing", "check_dates", "reported", "same_date"]

_ORDER = {"year": 0, "month": 1, "day": 2}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _describe(date: dt.date, precision: str) -> str:
    if precision == "day":
        return f"{date.isoformat()} (a {_WEEKDAYS[date.weekday()]})"
    if precision == "month":
        return date.strftime("%Y-%m")
    return str(date.year)


def same_date(date: dt.date, mention: DateMention) -> bool:
    if mention.date is None:
        return mention.weekday is not None and date.weekday() == mention.weekday
    if mention.precision == "month":
        return (date.year, date.month) == (mention.date.year, mention.date.month)
    if mention.precision == "year":
        return date.year == mention.date.year
    return date == mention.date


def counts_from(mention: DateMention, record: AgreementRecord, reading: SourceReading) -> bool:
    """``mention`` is the day the record's own event-relative expression counts from ("the
    following day", "a day after arriving", "le lendemain de son arrivée"): with the
    expression's count it gives the record's day-precise date."""
    signed = record.signed
    if mention.date is None or mention.precision != "day" or signed.date is None or signed.precision.value != "day":
        return False
    if fold(mention.expression).lower() in fold(signed.expression or "").lower():
        return False  # "le lendemain de son arrivée, lundi": the expression's own day is no anchor
    offset = event_offset(signed.expression, reading.pack.data["dates"])
    return offset is not None and offset != 0 and mention.date + dt.timedelta(days=offset) == signed.date


def _source_date(record: AgreementRecord, reading: SourceReading) -> DateMention | None:
    """The source's date of the signing; the record's own expression picks among equals."""
    agreement = reading.agreement
    chosen = agreement.date if agreement else None
    expression = record.signed.expression
    if expression and chosen is not None and fold(expression).lower() not in fold(chosen.expression).lower():
        # another sentence about this agreement may report the signing too ("... initialled
        # three months earlier." / "The plan was initialled in Vientiane in October 2024")
        # ... or a lead naming the signing in general terms ("a pact signed in Manila last
        # Tuesday. The memorandum of understanding ... is the first of its kind")
        signed = reading.pack.cue("signed")
        signing_sentences = {c.sentence for c in reading.document.signings if c.status == "signed"}
        signing_sentences |= {
            i for i in agreement.sentences if signed.search(fold(reading.document.sentence_text(i)))
        }
        dateline = dateline_end(reading.text)
        same_sentence = [
            d for d in reading.document.dates
            if d.start >= dateline  # the wire dateline dates the story ("ABUJA, Feb 4 (WANW) –")
            and fold(expression).lower() in fold(d.expression).lower()
            and reading.document.sentence_of(d.start) in signing_sentences
        ]
        # a date binds to the nearest signing verb: "have signed an MoU …, the ministry said
        # in a statement on Wednesday" vs "The MoU was signed … on Tuesday"
        same_sentence = [d for d in same_sentence if _verb_distance(d, reading) <= _verb_distance(chosen, reading)]
        if same_sentence:
            return same_sentence[0]
    return chosen


def _verb_distance(mention: DateMention, reading: SourceReading) -> float:
    """Characters between a date and the nearest signing clause of its sentence."""
    sentence = reading.document.sentence_of(mention.start)
    gaps = [
        max(clause.start - mention.end, mention.start - clause.end, 0)
        for clause in reading.document.signings
        if clause.sentence == sentence and clause.status == "signed"
    ]
    return min(gaps, default=float("inf"))


def reported(mention: DateMention, reading: SourceReading) -> bool:
    """The date is a report's ("…, the ministry said in a statement on Wednesday", "a
    indiqué mercredi"): it dates the telling, not the signing."""
    start = reading.document.sentences[reading.document.sentence_of(mention.start)][0]
    return reported_date(reading.pack, reading.folded, start, mention.start)


def binds_to_signing(mention: DateMention, reading: SourceReading) -> bool:
    """The date is the one its sentence gives the signing: the date nearest a signing verb
    there, not a report's."""
    distance = _verb_distance(mention, reading)
    if distance == float("inf") or reported(mention, reading):
        return False
    sentence = reading.document.sentence_of(mention.start)
    return all(distance <= _verb_distance(d, reading) for d in reading.document.dates if reading.document.sentence_of(d.start) == sentence)


def _stated(mention: DateMention, reading: SourceReading, record: AgreementRecord) -> bool:
    """The date stands in a sentence that reports a signing: the source ties it to one. A
    date the reader only picked (the sole date near the agreement) is an inference, and so is
    the day a count names ("the next morning"): the reader chose the day it counts from."""
    if mention.counted:
        return False
    sentence = reading.document.sentence_of(mention.start)
    about = reading.agreement.sentences if reading.agreement is not None else ()
    return (
        sentence in about
        and any(c.sentence == sentence and c.status == "signed" for c in reading.document.signings)
        and about_this_record(sentence, record, reading)
    )


def _another_week(day: dt.date, precision: str, mention) -> bool:
    """The record's day is the weekday a relative mention names alone ("on Monday", "mardi"),
    one or two weeks from the day the reader counted it to: the week is the reader's guess."""
    return (precision == "day" and mention.date is not None and mention.weekday_alone and day.weekday() == mention.weekday
            and abs((day - mention.date).days) in (7, 14))


def check_dates(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    signed = record.signed
    published = record.sources[reading.index].published or reading.document.published
    mention = _source_date(record, reading)
    stated = mention is not None and _stated(mention, reading, record)
    if signed.date is not None and published is not None:
        if signed.date > published:
            yield Outcome(
                "date_after_publication", "signed.date", "contradicted",
                f"record says {signed.date.isoformat()}, after the source was published ({published.isoformat()})",
                suggestion=mention.date.isoformat() if mention and mention.date else None,
            )
        else:
            yield Outcome("date_after_publication", "signed.date", "supported", f"{signed.date.isoformat()} is not after publication ({published.isoformat()})")

    if mention is None:
        if signed.date is not None:
            yield Outcome("date_consistent", "signed.date", "not_found", "the source gives no date for the signing")
    elif signed.date is None:
        suggestion = mention.date.isoformat() if mention.date else None
        yield Outcome(
            "date_consistent", "signed.date", "contradicted",
            f"record gives no date; source says '{mention.expression}'" + (f" = {suggestion}" if suggestion else ""),
            [reading.span(mention.start, mention.end)], suggestion=suggestion, stated=stated,
        )
    elif same_date(signed.date, mention):
        yield Outcome(
            "date_consistent", "signed.date", "supported",
            f"source says '{mention.expression}' = {mention.describe()}", [reading.span(mention.start, mention.end)],
        )
    elif _another_week(signed.date, signed.precision.value, mention):
        # "on Monday": which Monday is the reader's count back from the publication — the record's
        # date falls on the weekday the source names, a week or two off: for a person to confirm
        yield Outcome(
            "date_consistent", "signed.date", "unverified",
            f"source says '{mention.expression}', read as {_describe(mention.date, mention.precision)}; the record's "
            f"{_describe(signed.date, signed.precision.value)} is that weekday in another week",
            [reading.span(mention.start, mention.end)], suggestion=mention.date.isoformat(),
        )
    else:
        resolved = mention.describe() if mention.date is None else _describe(mention.date, mention.precision)
        yield Outcome(
            "date_consistent", "signed.date", "contradicted",
            f"record says {_describe(signed.date, signed.precision.value)}; source says '{mention.expression}' = {resolved}",
            [reading.span(mention.start, mention.end)],
            suggestion=mention.date.isoformat() if mention.date else None, stated=stated,
        )

    if mention is not None and signed.date is not None:
        claimed = signed.precision.value
        if _ORDER[claimed] > _ORDER[mention.precision]:
            yield Outcome(
                "date_precision", "signed.precision", "contradicted",
                f"record claims a {claimed}; source gives only a {mention.precision}: '{mention.expression}'",
                [reading.span(mention.start, mention.end)], suggestion=mention.precision, stated=stated,
            )
        else:
            yield Outcome("date_precision", "signed.precision", "supported", f"source gives a {mention.precision}: '{mention.expression}'", [reading.span(mention.start, mention.end)])

    if signed.expression:
        found = reading.find(signed.expression)
        if found:
            yield Outcome("date_expression", "signed.expression", "supported", f"'{signed.expression}' occurs in the source", [reading.span(*found[0])])
        else:
            yield Outcome(
                "date_expression", "signed.expression", "not_found", f"'{signed.expression}' does not occur in the source",
                suggestion=mention.expression if mention else None,
            )
