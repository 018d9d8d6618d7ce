"""The one verdict rule every fact check goes through (docs/checks.md, "How a verdict is given").

A check computes what the *reader* finds for a claim; this module then weighs the words the
*record itself cites* for it, so that evidence is gathered apart from the verdict (as Great
Expectations computes metrics apart from success):

1. ``contradicted`` stands only when the source *states* a different value for this
   agreement (the check marks such outcomes ``stated``), or when the record's own cited
   words state a different value. An inference of the reader (who an ambassador represents,
   which sentence is background, whose title this is) never yields it: without evidence of
   the record's own it becomes ``not_found``.
2. A claim whose cited evidence is in the source verbatim and carries the claimed value is
   ``supported``, unless the source states otherwise.
3. Evidence that is real but that the reader cannot interpret (a paraphrased domain, a role
   cue it does not know, a title naming two countries) makes the claim ``unverified``: a
   warning by default, for a person to confirm.
4. A claim with no usable evidence that the reader cannot find stays ``not_found`` — how an
   invented signatory or date is caught.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any, Literal

from accordcheck.checks.agreement import cut_before_a_coordinate, named_inside
from accordcheck.checks.cited_people import has, person_country, role
from accordcheck.checks.context import (
    SourceReading,
    about_another_agreement,
    in_another_naming,
    own_part,
)
from accordcheck.checks.outcome import Outcome
from accordcheck.checks.place import (
    is_dateline,
    names_the_capital,
    opens_a_line,
    placed_elsewhere,
    provision_sentences,
)
from accordcheck.checks.scope import in_quoted_speech, scope_sentences
from accordcheck.checks.titles import cuts_short, drops_a_rank
from accordcheck.lang import fold
from accordcheck.model.record import AgreementRecord, Span

__all__ = ["settle"]

Reading = Literal["carries", "other", "unclear", "silent"]
# what the record's cited spans say of the claim: they carry the claimed value; they state
# another one; they are about it but the reader cannot tell; they say nothing of it
Carrier = Callable[[Any, list[Span], SourceReading, str, AgreementRecord], tuple[Reading, Span | None, str]]

_OWNER = re.compile(r"^(instrument|signed|place|visit|(?:parties|people|domains)\[\d+\])")


def settle(outcomes: Iterable[Outcome], record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    """Every outcome of one source's checks, with the verdict rule applied."""
    for outcome in outcomes:
        yield _settle(outcome, record, reading)


def _settle(outcome: Outcome, record: AgreementRecord, reading: SourceReading) -> Outcome:
    if outcome.verdict not in ("contradicted", "not_found"):
        return outcome
    inferred = outcome.verdict == "contradicted" and not outcome.stated
    carrier = _CARRIERS.get(outcome.check)
    owner, claim = _owner(record, outcome.path)
    spans = reading.verbatim(getattr(owner, "evidence", [])) if carrier is not None and owner is not None else []
    said, span, what = carrier(claim, spans, reading, outcome.path, record) if spans else ("silent", None, "")
    if said == "carries" and not (outcome.verdict == "contradicted" and outcome.stated):
        return replace(
            outcome, verdict="supported", suggestion=None, evidence=[span],
            message=f"the record's evidence says so: '{reading.quote(span.start, span.end)}'",
        )
    if said == "carries" and outcome.check in _STATED_BY_SIGNING and _states_too(span, outcome, reading, record):
        # the source reports a signing with the record's value in one sentence and the
        # reader's in another: which of them is this agreement's is the reader's inference
        # (an earlier signing, a bulletin's other item, the visit's first stop)
        return replace(
            outcome, verdict="unverified", evidence=[span, *outcome.evidence],
            message=f"the source states both: '{reading.quote(*reading.sentence_span(span.start), limit=140)}' "
            f"for the record's value, and {outcome.message}",
        )
    if said == "other" and (outcome.verdict == "not_found" or inferred):
        return replace(
            outcome, verdict="contradicted", stated=True, evidence=[span],
            message=f"the record's own evidence '{reading.quote(span.start, span.end)}' says {what}",
        )
    if said == "unclear":
        return replace(
            outcome, verdict="unverified", evidence=[span],
            message=f"the record cites '{reading.quote(span.start, span.end)}', which the reader cannot confirm; {outcome.message}",
        )
    if inferred:
        return replace(outcome, verdict="not_found", message=f"the source does not state it; {outcome.message}")
    return outcome


# the claims a sentence reporting a signing states: its city (and the city's country), its date
_STATED_BY_SIGNING = ("place_city", "place_country", "date_consistent")


def _states_too(span: Span, outcome: Outcome, reading: SourceReading, record: AgreementRecord) -> bool:
    """The record's carrying span states its value for a signing — a city in a place phrase
    (not a dateline), a date bound to the signing verb (not a report's) — in a sentence that
    reports a signing and is not about another agreement of the article, while the reader's
    contrary value comes from another sentence."""
    from accordcheck.checks.dates import binds_to_signing, same_date

    sentence = reading.document.sentence_of(span.start)
    theirs = {reading.document.sentence_of(e.start) for e in outcome.evidence}
    if not theirs or sentence in theirs or in_quoted_speech(span.start, reading) or about_another_agreement(sentence, reading, only=True):
        return False
    if not any(c.sentence == sentence and c.status == "signed" for c in reading.document.signings):
        return False
    if outcome.check.startswith("place"):
        return any(span.start <= start < span.end and not is_dateline(start, end, reading) for start, end in reading.find(record.place.city))
    return any(span.start <= m.start and m.end <= span.end and same_date(record.signed.date, m) and binds_to_signing(m, reading)
               for m in reading.document.dates)


def _owner(record: AgreementRecord, path: str) -> tuple[Any, Any]:
    """The record object holding the evidence for ``path``, and the claimed value."""
    match = _OWNER.match(path)
    if match is None:
        return None, None
    owner: Any = record
    for part in re.findall(r"[a-z_]+|\[\d+\]", match.group(1)):
        owner = owner[int(part[1:-1])] if part.startswith("[") else getattr(owner, part, None)
        if owner is None:
            return None, None
    claim: Any = record
    for part in re.findall(r"[a-z_]+|\[\d+\]", path):
        try:
            claim = claim[int(part[1:-1])] if part.startswith("[") else getattr(claim, part)
        except (AttributeError, IndexError):
            return owner, None
    return owner, getattr(claim, "value", claim)


# --- carriers: what the cited spans say of one kind of claim ------------------------------


def _words(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A claim quoted from the source (name, title, instrument title): it is in a span. (A
    person's side and roles: checks/cited_people.py.)"""
    held = reading.agreement.instrument.title if path == "instrument.title" and reading.agreement and reading.agreement.instrument else None
    for span in spans:
        if has(span.text, claim) and not (held and cut_before_a_coordinate(claim, held, reading)):
            return "carries", span, ""
    return "silent", None, ""


def _title(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A title quoted from the source — whole: in a span that holds a longer title of which
    the claim is a cut ("ministre des Transports" of "Ministre des Transports routiers,
    aériens et ferroviaires"), the words state another title."""
    cut = None
    for span in spans:
        if not has(span.text, claim):
            continue
        longer = next((t for p in reading.document.people for t in p.titles
                       if t.start < span.end and span.start < t.end and (cuts_short(claim, t, reading) or drops_a_rank(claim, t, reading))), None)
        if longer is None:
            return "carries", span, ""
        cut = cut or (span, longer)
    if cut is not None:
        return "other", cut[0], f"that their title is '{reading.quote(cut[1].start, cut[1].end)}'"
    return "silent", None, ""


def _place(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """The signing city: a span names it as a place — in a place preposition's phrase ("à Dakar",
    "in the capital, Hanoi", "au siège du ministère …, sur l’Esplanade des ministères de
    Brasília"), after a venue and a comma ("the Cotroceni Palace, Bucharest"), or
    as the dateline opening a line ("DAKAR —", "Tbilisi, 10 September") — not as a government
    ("Dakar et Bamako ont signé", "Hanoi and Santiago will work together")."""
    cues = reading.pack.data["cues"]
    prepositions = [fold(p).lower() for p in [*cues.get("place_prepositions", []), *cues.get("locative_prepositions", [])]]
    # what the agreement provides ("trains loaded in Mombasa") locates no signing
    provisions = provision_sentences(reading)
    hosted = reading.pack.cue("place_hosted_after")  # a cue the pack leaves out matches nothing
    for span in spans:
        if reading.document.sentence_of(span.start) in provisions:
            continue
        if names_the_capital(span.text, claim, reading):
            return "carries", span, ""  # "a passé 48 heures dans la capitale guinéenne"
        if not has(span.text, claim):
            continue
        for start, end in reading.find(claim):
            if not (span.start <= start < span.end):
                continue
            before = reading.folded[max(0, start - 160) : start].lower()
            if (any(re.search(rf"(?:^|\W){re.escape(p)}\s+[^.;:!?]{{0,120}}$", before) for p in prepositions)
                    or before.rstrip().endswith(",") or hosted.match(reading.folded[end : end + 80])):  # "Santiago also saw a signing"
                return "carries", span, ""
            if opens_a_line(start, end, reading) and not placed_elsewhere(claim, reading):
                return "carries", span, ""  # a dateline: the place only where the text names no other
    # the city is cited only where it stands for a government, or not at all
    return "silent", None, ""


def _place_country(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """The signing's country: the record's city, which the gazetteer puts in that country,
    named as a place in its cited words."""
    entry = reading.pack.city_entry(record.place.city) if record.place.city else None
    if entry is None or entry[0] != claim:
        return "silent", None, ""
    return _place(record.place.city, spans, reading, path, record)


def _country(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A party: a span names the country (name, long form, demonym, capital or city)."""
    from accordcheck.checks.evidence import names_country

    for span in spans:
        if names_country(span, claim, reading):
            return "carries", span, ""
    named = [c for s in spans for c in reading.pack.countries_in(s.text)]
    if named and len(spans) == 1:
        return "other", spans[0], f"{', '.join(dict.fromkeys(named))}, not {claim}"
    return "silent", None, ""


def _visit_side(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """Host and visitor: the cited words of the visit name the claimed country, but which side
    it is the reader can only infer ("a visit to the South Korean capital by an Uzbek
    delegation")."""
    from accordcheck.checks.evidence import names_country
    from accordcheck.checks.sides import destinations

    host = path.endswith("host")
    for span in spans:
        where = destinations(span.text, reading.pack)  # "… au Maroc", "a visit to Kenya"
        if not where:
            continue
        if host:
            if claim in where:
                return "carries", span, ""
            return "other", span, f"that the visit goes to {', '.join(where)}"
        if claim in where:
            return "other", span, f"that the visit goes to {claim}: {claim} is the host"
        others = [c for c in reading.pack.countries_in(span.text) if c not in where]
        if claim in others:
            return "carries", span, ""
        if others:
            return "other", span, f"that the visitor is {', '.join(others)}"
    for span in spans:
        if names_country(span, claim, reading):
            return "unclear", span, ""
    return _visit_told(claim, spans, reading, path, record)


def _visit_told(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """That there was a visit: words the record cites for it ("The Senior Secretary was in
    Thimphu from 28 to 30 January 2026 to lead the Bangladesh delegation") that the reader did
    not tie to the signing are for a person to read — never a contradiction, and not unfound.
    (The other visit claims end the same way when no cited words settle them.)"""
    return ("unclear", spans[0], "") if spans else ("silent", None, "")


def _visit_words(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A visit's length: the duration the reader reads inside the record's own visit words;
    other cited words of the visit are for a person to read."""
    for visit in [a.visit for a in reading.document.agreements if a.visit is not None]:
        where = visit.duration_span
        for span in spans:
            if where is not None and span.start <= where[0] and where[1] <= span.end:
                if visit.duration_days == claim:
                    return "carries", span, ""
                return "other", span, f"'{reading.quote(*where)}' = {visit.duration_days} days"
    return _visit_told(claim, spans, reading, path, record)


def _date(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    from accordcheck.checks.dates import counts_from, reported, same_date
    from accordcheck.lang.dates import dateline_end

    # a date the span holds, or that holds the span ("on Tuesday, 14 October 2025" read
    # whole, the record citing "Tuesday, 14 October 2025")
    # a release's closing line, a wire dateline ("DUBAÏ, 22 oct. 2025 (AFP) –") and a
    # report's date ("the ministry said in a statement on Wednesday") date the story: no
    # words for the signing's date either way
    dateline = dateline_end(reading.text)
    closing = [m for m in reading.document.dates if _closing_line(m, reading) or m.end <= dateline or reported(m, reading)]
    inside = [
        (span, m) for span in spans for m in reading.document.dates
        if ((span.start <= m.start and m.end <= span.end) or (m.start <= span.start and span.end <= m.end and span.end - span.start >= (m.end - m.start) / 2))
        and m not in closing
    ]
    for span, mention in inside:
        if claim is not None and same_date(claim, mention):
            return "carries", span, ""
    for span, mention in inside:
        if counts_from(mention, record, reading):
            # "the following day" / "a day after arriving" and the day of what it counts
            # from ("last Thursday in Rotterdam"): the record's reasoning adds up
            return "carries", span, ""
    for span, mention in inside:
        if mention.date is not None or mention.weekday is not None:
            return "other", span, f"'{mention.expression}' = {mention.describe()}"
    expression = record.signed.expression
    for span in spans:
        if has(span.text, expression) and not any(span.start <= m.start and m.end <= span.end for m in closing):  # the record's own words for the date, unresolved here
            return "unclear", span, ""
    return "silent", None, ""


def _closing_line(mention: Any, reading: SourceReading) -> bool:
    """The date of a release's closing line, a place and a date on a line of their own in the
    last third of the text ("Fait à Lomé, le 5 mars 2026", "Yaoundé, le 11 juin 2025"): when
    the release was issued, no words for the signing's date."""
    text = reading.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    if mention.start < len(text) * 2 / 3 or text[mention.end : line_end].strip(" .") or not re.fullmatch(r"[^\n,]{1,60},\s*", text[line_start : mention.start]):
        return False
    return any(line_start <= p.start < mention.start for p in reading.document.places)


def _precision(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    order = {"year": 0, "month": 1, "day": 2}
    for span in spans:
        for m in reading.document.dates:
            if span.start <= m.start and m.end <= span.end and order[m.precision] >= order[claim]:
                return "carries", span, ""
    return "silent", None, ""


def _kind(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    found = [(span, m) for span in spans for m in reading.document.instruments if span.start <= m.start < span.end]
    if carried := next((span for span, m in found if m.kind == claim), None):
        return "carries", carried, ""
    # a text the record's title names after its first words ("ajustement … à l'Accord de base …") is not this one
    own = [(span, m) for span, m in found if named_inside(record.instrument.title, m, reading) is None]
    if own:
        return "other", own[0][0], f"a {own[0][1].kind.replace('_', ' ')}"
    return ("unclear", found[0][0], "") if found else ("silent", None, "")


def _domain(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A domain: a span is the source's words for it, in what the agreement covers."""
    scope = scope_sentences(reading)
    # the agreement's own sentences, less what it leaves out: that one of them is background
    # (a comparison with an earlier text, "Plus opérationnel que le mémorandum de 2019, le
    # nouveau texte engage …") is the reader's inference, which may lower a verdict only
    tied = (set(reading.agreement.sentences) - reading.left_out) if reading.agreement is not None else set()
    phrased = []
    # what a speaker says in quotes is their view, not the text's terms
    spans = [s for s in spans if not in_quoted_speech(s.start, reading)]
    # the vocabulary's codes each span has a phrase for
    codes = {id(s): {c for c, pattern in reading.pack.domain_regexes if pattern.search(fold(s.text))} for s in spans}
    for span in spans:
        own = codes[id(span)]
        if claim in own and reading.document.sentence_of(span.start) in scope and own_part(span, reading) and not in_another_naming(span, reading):
            return "carries", span, ""
        phrased += [span] if claim in own else []
    # (not words of another agreement's naming: "Visa Exemption for Holders of Diplomatic …")
    unread = [s for s in spans if s not in phrased and reading.document.sentence_of(s.start) in scope
              and own_part(s, reading) and not in_another_naming(s, reading)]
    if unread:
        # words the reader has no phrase for, where the source says what the agreement
        # covers: a paraphrase ("sharing what their forces learn")
        return "unclear", unread[0], ""
    aside = [s for s in spans if reading.document.sentence_of(s.start) in tied and own_part(s, reading) and codes[id(s)] <= {claim}
             and not in_another_naming(s, reading)]
    if aside:
        return "unclear", aside[0], ""
    # the domain's own words, but only where the source speaks of something else (the
    # background, another agreement): the claim about *this* agreement stays unfound
    return "silent", None, ""


_CARRIERS: dict[str, Carrier] = {
    "instrument_title": _words,
    "instrument_kind": _kind,
    "party_country": _country,
    "date_consistent": _date,
    "date_precision": _precision,
    "place_city": _place,
    "place_country": _place_country,
    "person_name": _words,
    "person_title": _title,
    "person_country": person_country,
    "person_role": role,
    "domain_supported": _domain,
    "visit_reported": _visit_told,
    "visit_host": _visit_side,
    "visit_visitor": _visit_side,
    "visit_duration": _visit_words,
}
