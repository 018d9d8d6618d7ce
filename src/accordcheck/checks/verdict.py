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

from accordcheck.checks.context import SourceReading, about_another_agreement, own_part
from accordcheck.checks.outcome import Outcome
from accordcheck.checks.scope import scope_sentences
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
    spans = _verbatim(owner, reading) if carrier is not None and owner is not None else []
    said, span, what = carrier(claim, spans, reading, outcome.path, record) if spans else ("silent", None, "")
    if said == "carries" and not (outcome.verdict == "contradicted" and outcome.stated):
        return replace(
            outcome, verdict="supported", suggestion=None, evidence=[span],
            message=f"the record's evidence says so: '{reading.quote(span.start, span.end)}'",
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


def _verbatim(owner: Any, reading: SourceReading) -> list[Span]:
    return [
        s for s in getattr(owner, "evidence", [])
        if s.source == reading.index and reading.text[s.start : s.end] == s.text
    ]


def _has(text: str, phrase: str | None) -> bool:
    if not phrase or not phrase.strip():
        return False
    return " ".join(fold(phrase).lower().split()) in " ".join(fold(text).lower().split())


# --- carriers: what the cited spans say of one kind of claim ------------------------------


def _words(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A claim quoted from the source (name, title, city, instrument title): it is in a span."""
    for span in spans:
        if _has(span.text, claim):
            return "carries", span, ""
    return "silent", None, ""


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


def _person_country(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A person's side: the countries the cited words that name them give as a side
    ("Türkiye’s Minister of National Defence, Yaşar Güler"), a destination excepted
    ("Ambassador to Japan"). Two sides in one span are for a person to tell apart."""
    from accordcheck.checks.sides import side_named, title_sides

    person = _person(record, path)
    about = [s for s in spans if any(_has(s.text, part) for part in [person.name, *person.titles, _surname(person)] if part)
             or _told_with_demonyms(s.text, person, reading)]
    sides = {}
    for span in about:
        for window in _own_words(span.text, person) + _told_with_demonyms(span.text, person, reading):
            for code in title_sides(window, reading.pack):
                sides.setdefault(code, span)
        for code in side_named(span.text, reading.pack):  # "pour le Mali, par Mme X"
            sides.setdefault(code, span)
    if list(sides) == [claim]:
        return "carries", sides[claim], ""
    if sides and claim not in sides:
        code, span = next(iter(sides.items()))
        return "other", span, f"that they are of {code}"
    # two sides, or words about them that give none ("le ministre de l'Énergie, X")
    return ("unclear", about[0], "") if about else ("silent", None, "")


def _own_words(text: str, person: Any) -> list[str]:
    """The words of ``text`` that are the person's own: each title with what stands just
    before it ("Suriname’s Minister of Public Works"), and what follows the name up to the next
    comma ("X, ministre marocain")."""
    folded = fold(text)
    windows = []
    for title in person.titles:
        for m in re.finditer(re.escape(fold(title)), folded, re.IGNORECASE):
            windows.append(folded[max(0, m.start() - 25) : m.end()])
    if person.name:
        for m in re.finditer(re.escape(fold(person.name)), folded, re.IGNORECASE):
            tail = folded[m.end() : m.end() + 60].split(",")
            windows.append(tail[1] if len(tail) > 1 else "")
    return windows


def _told_with_demonyms(text: str, person: Any, reading: SourceReading) -> list[str]:
    """The person's titles told again in ``text`` with demonyms inside ("le ministre nigérien
    des Mines" for "ministre des Mines"): the record cites those words as the person's."""
    folded = fold(text)
    found = []
    for title in person.titles:
        words = fold(title).split()
        if len(words) < 2:
            continue
        gaps = r"\s+(?:(\w+)\s+)?".join(re.escape(w) for w in words)
        for m in re.finditer(rf"(?<!\w){gaps}(?!\w)", folded, re.IGNORECASE):
            inserted = [g for g in m.groups() if g]
            if inserted and all((reading.pack.country_of_form(g) or ("", ""))[1] == "demonym" for g in inserted):
                found.append(m.group())
    return found


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
    return ("unclear", spans[0], "") if spans else ("silent", None, "")


def _date(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    from accordcheck.checks.dates import same_date

    # a date the span holds, or that holds the span ("on Tuesday, 14 October 2025" read
    # whole, the record citing "Tuesday, 14 October 2025")
    inside = [
        (span, m) for span in spans for m in reading.document.dates
        if (span.start <= m.start and m.end <= span.end) or (m.start <= span.start and span.end <= m.end and span.end - span.start >= (m.end - m.start) / 2)
    ]
    for span, mention in inside:
        if claim is not None and same_date(claim, mention):
            return "carries", span, ""
    for span, mention in inside:
        if mention.date is not None or mention.weekday is not None:
            return "other", span, f"'{mention.expression}' = {mention.describe()}"
    expression = record.signed.expression
    for span in spans:
        if _has(span.text, expression):  # the record's own words for the date, unresolved here
            return "unclear", span, ""
    return "silent", None, ""


def _precision(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    order = {"year": 0, "month": 1, "day": 2}
    for span in spans:
        for m in reading.document.dates:
            if span.start <= m.start and m.end <= span.end and order[m.precision] >= order[claim]:
                return "carries", span, ""
    return "silent", None, ""


def _kind(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    found = [
        (span, m.kind) for span in spans for m in reading.document.instruments
        if span.start <= m.start < span.end
    ]
    for span, kind in found:
        if kind == claim:
            return "carries", span, ""
    if found:
        span, kind = found[0]
        return "other", span, f"a {kind.replace('_', ' ')}"
    return "silent", None, ""


def _domain(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A domain: a span is the source's words for it, in what the agreement covers."""
    scope = scope_sentences(reading)
    phrased = []
    for span in spans:
        own = [c for c, pattern in reading.pack.domain_regexes if pattern.search(fold(span.text))]
        if claim in own and reading.document.sentence_of(span.start) in scope and own_part(span, reading):
            return "carries", span, ""
        phrased += [span] if claim in own else []
    unread = [s for s in spans if s not in phrased and reading.document.sentence_of(s.start) in scope]
    if unread:
        # words the reader has no phrase for, where the source says what the agreement
        # covers: a paraphrase ("sharing what their forces learn")
        return "unclear", unread[0], ""
    # the domain's own words, but only where the source speaks of something else (the
    # background, another agreement): the claim about *this* agreement stays unfound
    return "silent", None, ""


_ROLE_CUES = {"signatory": ("signed",), "host": (), "visitor": ("visit",), "witness": ()}


def _role_patterns(role: str, reading: SourceReading) -> list[re.Pattern[str]]:
    """The cues of a role: the pack's role words, and its signing or visit cues."""
    return [*reading.pack.cue_list("role_in_sentence", role), *(reading.pack.cue(n) for n in _ROLE_CUES[role])]


def _role(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A role: a cited span that says more than the person's name and titles holds its cue."""
    person = _person(record, path)
    about = [s for s in spans if _beyond_name(s, person, reading)]
    if not about:
        return "silent", None, ""
    if claim == "other":
        return "unclear", about[0], ""
    nearest = [(span, _nearest_cue(span.text, person, reading)) for span in about]
    for span, role in nearest:
        if role == claim:
            return "carries", span, ""
    for span, role in nearest:
        if role == "witness" and claim == "signatory" and _names(span.text, person, reading):
            # the cue next to their name is an onlooker's ("en présence de X"); a host or a
            # visitor may sign too ("Son hôte, X, …" says nothing against it)
            return "other", span, f"that they were {role}, not that they signed"
    for span, role in nearest:
        if role is None and claim == "signatory" and _only_looked_on(span.text, reading):
            # words about a group they are in ("les deux responsables ont présidé", "both
            # delegation heads witnessed"): an onlookers' act, and no signing, is what they say
            return "other", span, "that they looked on, not that they signed"
    for span, role in nearest:
        if role is None and (claim != "signatory" or _about_signing(span, reading)):
            return "unclear", span, ""  # words about them the reader has no cue for
    return "silent", None, ""  # the words say what they did, and it is not this role


def _nearest_cue(text: str, person: Any, reading: SourceReading) -> str | None:
    """The role whose cue stands closest to the person's name or title in ``text``."""
    folded = fold(text).lower()
    spots = [m.start() for part in _parts(person, reading) for m in re.finditer(re.escape(fold(part).lower()), folded)]
    if not spots:
        return None
    best: tuple[int, str] | None = None
    for role in _ROLE_CUES:
        for pattern in _role_patterns(role, reading):
            for m in pattern.finditer(folded):
                distance = min(min(abs(m.start() - s), abs(m.end() - s)) for s in spots)
                if best is None or distance < best[0]:
                    best = (distance, role)
    return best[1] if best else None


def _only_looked_on(text: str, reading: SourceReading) -> bool:
    """``text`` says someone looked on, and any signing it names comes after that, as what
    they looked on ("witnessed the signing", "ont assisté à la signature"), or is done in
    their presence ("signés en leur présence", "signed before them")."""
    folded = fold(text).lower()

    def starts(role: str) -> list[int]:
        return [m.start() for p in _role_patterns(role, reading) for m in p.finditer(folded)]

    looked, signed = starts("witness"), starts("signatory")
    if reading.pack.data["cues"].get("witness_pronoun") and reading.pack.cue("witness_pronoun").search(folded):
        return True  # "the documents were signed … in their presence": the signing is what they watched
    return bool(looked) and all(s > min(looked) for s in signed)


def _about_signing(span: Span, reading: SourceReading) -> bool:
    """The span's sentence speaks of a signing (an instrument, a ceremony): uninterpretable
    words there may be a signing cue the reader lacks; elsewhere they say nothing of one."""
    sentence = reading.document.sentence_of(span.start)
    # and the sentence before it in the same paragraph: a name's initial ("Rana M. Aftab")
    # or an honorific ("Hon. James") may have cut the signing sentence in two
    start, end = reading.document.sentences[sentence]
    if sentence > 0 and "\n" not in reading.text[reading.document.sentences[sentence - 1][1] : start]:
        start = reading.document.sentences[sentence - 1][0]
    near = {reading.document.sentence_of(start), sentence}
    if about_another_agreement(sentence, reading, only=True):
        return False  # words about the signing of the article's other agreement
    if any(m.sentence in near for m in reading.document.instruments):
        return True
    if any(c.sentence in near and c.status == "signed" for c in reading.document.signings):
        return True
    return reading.pack.cue("ceremony").search(reading.folded, start, end) is not None


def _names(text: str, person: Any, reading: SourceReading | None = None) -> bool:
    parts = _parts(person, reading) if reading is not None else [p for p in [person.name, *person.titles, _surname(person)] if p]
    return any(_has(text, part) for part in parts)


def _parts(person: Any, reading: SourceReading) -> list[str]:
    """The words that may name the person in a span the record cites for them: their name,
    titles and surname, or a title's head ("du ministre" for "ministre belge de la
    Défense"): the record itself says the span is about them."""
    parts = [p for p in [person.name, *person.titles, _surname(person)] if p]
    for title in person.titles:
        head = reading.pack.title_head_regex.search(fold(title))
        if head and len(head.group()) > 3:
            parts.append(head.group())
    return parts


def _surname(person: Any) -> str | None:
    parts = (person.name or "").split()
    return parts[-1] if parts and len(parts[-1]) > 2 else None


def _beyond_name(span: Span, person: Any, reading: SourceReading) -> bool:
    """The span says more than who they are: what remains without their name, titles,
    surname and title heads, honorifics and the titles the reader found in it ("The
    minister, Hulusi Demirkan", "son homologue tunisien, X, ministre …" say nothing more)."""
    chars = list(span.text)
    for other in reading.document.people:
        for title in other.titles:
            for i in range(max(title.start, span.start), min(title.end, span.end)):
                chars[i - span.start] = " "
    rest = fold("".join(chars)).lower()
    for part in sorted(_parts(person, reading), key=len, reverse=True):
        rest = rest.replace(fold(part).lower(), " ")
    # honorifics ("The minister, Mr X"), a counterpart's head ("son homologue tunisien")
    for word in [*reading.pack.titles.get("honorifics", []), *reading.pack.titles.get("counterpart_heads", [])]:
        rest = re.sub(rf"(?<!\w){re.escape(fold(word).lower())}(?!\w)", " ", rest)
    words = [w for w in re.findall(r"\w+", rest) if not reading.pack.country_of_form(w)]  # "tunisien"
    return len(words) >= 2  # "was inked", "a accueilli": a verb phrase


def _person(record: AgreementRecord, path: str) -> Any:
    return record.people[int(re.match(r"people\[(\d+)\]", path).group(1))]


_CARRIERS: dict[str, Carrier] = {
    "instrument_title": _words,
    "instrument_kind": _kind,
    "party_country": _country,
    "date_consistent": _date,
    "date_precision": _precision,
    "place_city": _words,
    "person_name": _words,
    "person_title": _words,
    "person_country": _person_country,
    "person_role": _role,
    "domain_supported": _domain,
    "visit_host": _visit_side,
    "visit_visitor": _visit_side,
    "visit_duration": _visit_words,
}
