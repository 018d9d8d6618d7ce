"""People checks: name, titles, country and roles of each official, and officials omitted."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache

from accordcheck.checks.context import (
    SourceReading,
    about_another_agreement,
    signs_another,
)
from accordcheck.checks.outcome import Outcome
from accordcheck.checks.sentence_roles import sentence_cue
from accordcheck.checks.sides import title_sides
from accordcheck.checks.titles import check_titles, text_key
from accordcheck.lang import LanguagePack, fold
from accordcheck.model.record import AgreementRecord, Person
from accordcheck.reading.document import PersonReading

__all__ = ["check_people", "match_person"]

_VARIANT_RATIO = 0.8


def _title_key(text: str) -> str:
    return text_key(text)


def _people_pool(reading: SourceReading) -> list[PersonReading]:
    """The agreement's own view of its officials first (roles from its own sentences), then
    everyone else the article names."""
    own = list(reading.agreement.people) if reading.agreement else []
    seen = {p.mentions[0].start for p in own}
    return own + [p for p in reading.document.people if p.mentions[0].start not in seen]


def match_person(person: Person, reading: SourceReading) -> tuple[PersonReading | None, str]:
    """The source's person for a record person: ('exact' | 'variant' | 'absent')."""
    people = _people_pool(reading)
    if person.name is None:
        keys = {_title_key(t) for t in person.titles}
        for key in (_title_key(t) for t in person.titles):  # in the record's order: its first title says who it is
            for candidate in people:
                if candidate.name is None and key in {_title_key(t.text) for t in candidate.titles}:
                    return candidate, "exact"
        for candidate in people:  # the reading cut the title short ("… of Bosnia" for "… of Bosnia and Herzegovina")
            if candidate.name is None and any(_cut_short(_title_key(t.text), keys) for t in candidate.titles):
                return candidate, "exact"
        return None, "absent"
    wanted = text_key(person.name)
    # the record may keep the honorifics the source puts before the name ("Dato Seri Setia Haji
    # Rosli bin Haji Ismail", "Sheikh Hamad …"), where the reading leaves them out
    bare = text_key(_without_honorifics(person.name, reading))
    for candidate in people:
        if any(text_key(v) in (wanted, bare) for v in candidate.name_variants()):
            return candidate, "exact"
    best, best_ratio = None, 0.0
    for candidate in people:
        for variant in candidate.name_variants():
            ratio = difflib.SequenceMatcher(None, text_key(variant), wanted).ratio()
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
    if best is not None and best_ratio >= _VARIANT_RATIO:
        return best, "variant"
    return None, "absent"


def _without_honorifics(name: str, reading: SourceReading) -> str:
    """``name`` without the pack's honorifics before it, however many ("His Excellency Sheikh …")."""
    pattern = _leading_honorifics(reading.pack)
    match = pattern.match(fold(name)) if pattern is not None else None
    return name[match.end():] if match and match.end() < len(name) else name


@cache
def _leading_honorifics(pack: LanguagePack) -> re.Pattern[str] | None:
    """A run of the pack's honorifics, in any case, each with an optional dot and a space."""
    honorifics = sorted((fold(h).lower().rstrip(".") for h in pack.titles.get("honorifics", [])), key=len, reverse=True)
    return re.compile(r"(?:(?:" + "|".join(re.escape(h) for h in honorifics) + r")\.?\s+)+", re.IGNORECASE) if honorifics else None


def _cut_short(held: str, keys: set[str]) -> bool:
    """The source's title is the start of one of ``keys``, as the reading cut it short
    ("… contre le VIH" for "… contre le VIH/sida"); three words at least."""
    return len(held.split()) >= 3 and any(key.startswith(held) for key in keys)


def _named_elsewhere(person: Person, candidate: PersonReading | None, record: AgreementRecord, reading: SourceReading) -> PersonReading | None:
    """The unnamed official of the source who is this named person, when the article gives
    the function and the name apart ("Le document porte la signature du ministre
    centrafricain …. Hervé Ngouandji a salué …") and the reading could not join them: the
    source's name carries no title of its own, the record's title belongs to one official
    the source leaves unnamed, and no unnamed person of the record claims that title."""
    # only a short title of its own ("The Zimbabwean minister, Tendai Moyo-Sibanda") still
    # leaves the full one to the unnamed mention
    short = candidate is None or all(len(_title_key(t.text).split()) <= 3 for t in candidate.titles)
    if not person.name or not short:
        return None
    keys = {_title_key(t) for t in person.titles}
    claimed = {_title_key(t) for p in record.people if p.name is None for t in p.titles}
    if not keys or keys & claimed:
        return None
    holders = [
        p for p in reading.document.people
        if p.name is None and any(_title_key(t.text) in keys or _cut_short(_title_key(t.text), keys) for t in p.titles)
        and (candidate is None or not candidate.titles or None in (p.country, candidate.country) or p.country == candidate.country)
    ]
    return holders[0] if len(holders) == 1 else None


def _merged(candidate: PersonReading | None, stand_in: PersonReading) -> PersonReading:
    if candidate is None:
        return stand_in
    return PersonReading(
        candidate.name,
        sorted(candidate.mentions + stand_in.mentions, key=lambda m: m.start),
        stand_in.titles,
        stand_in.country or candidate.country,
        stand_in.country_evidence or candidate.country_evidence,
        stand_in.roles + candidate.roles,
        True,
        stand_in.tied or candidate.tied,
    )


def _mention_span(candidate: PersonReading) -> tuple[int, int]:
    mention = next((m for m in candidate.mentions if m.titles and m.name), candidate.mentions[0])
    return mention.start, mention.end


def check_people(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    matched: list[PersonReading] = []
    for i, person in enumerate(record.people):
        candidate, how = match_person(person, reading)
        if candidate is not None:
            matched.append(candidate)
        yield from _check_name(i, person, candidate, how, reading)
        stand_in = _named_elsewhere(person, candidate, record, reading)
        if stand_in is not None:
            matched.append(stand_in)
            candidate = _merged(candidate, stand_in)
        yield from check_titles(i, person, candidate, reading)
        yield from _check_country(i, person, candidate, reading)
        yield from _check_roles(i, person, candidate, reading)
    tied = reading.agreement.people if reading.agreement else []
    for candidate in tied:
        if any(candidate is m for m in matched):
            continue
        start, end = _mention_span(candidate)
        label = candidate.name or candidate.titles[0].text
        yield Outcome(
            "person_omitted", "people", "not_found",
            f"the source ties {label} to the agreement: '{reading.quote(start, end)}'",
            [reading.span(start, end)],
            suggestion={
                "name": candidate.name,
                "titles": [t.text for t in candidate.titles],
                "country": candidate.country,
                "roles": candidate.role_names() or ["other"],
            },
        )


def _check_name(i: int, person: Person, candidate: PersonReading | None, how: str, reading: SourceReading) -> Iterator[Outcome]:
    path = f"people[{i}].name"
    if person.name is None:
        return
    if how == "exact":
        start, end = _mention_span(candidate)
        yield Outcome("person_name", path, "supported", f"named in the source: '{reading.quote(start, end)}'", [reading.span(start, end)])
        return
    if how == "variant":
        spelling = max(candidate.name_variants(), key=len)
        start, end = _mention_span(candidate)
        yield Outcome(
            "person_name_variant", path, "contradicted",
            f"record spells '{person.name}'; the source spells '{spelling}'",
            [reading.span(start, end)], suggestion=spelling,
        )
        return
    found = reading.find(person.name)
    if found:
        yield Outcome("person_name", path, "supported", f"'{person.name}' occurs in the source", [reading.span(*found[0])])
        return
    yield Outcome("person_name", path, "not_found", f"'{person.name}' is not named in the source")


def _check_country(i: int, person: Person, candidate: PersonReading | None, reading: SourceReading) -> Iterator[Outcome]:
    if person.country is None:
        return
    path = f"people[{i}].country"
    if candidate is not None and candidate.country is not None:
        evidence = [reading.span(*candidate.country_evidence)] if candidate.country_evidence else []
        if candidate.country == person.country:
            yield Outcome("person_country", path, "supported", f"the source makes them {candidate.country}", evidence)
        else:
            where = f": '{reading.quote(*candidate.country_evidence)}'" if candidate.country_evidence else ""
            yield Outcome(
                "person_country", path, "contradicted",
                f"record says {person.country}; the source makes them {candidate.country}{where}",
                evidence, suggestion=candidate.country,
                stated=False,  # the reader's reading of their side (demonyms, "ambassadeur … au …")
            )
        return
    for title in person.titles:
        for code in title_sides(title, reading.pack):
            verdict = "supported" if code == person.country else "contradicted"
            yield Outcome(
                "person_country", path, verdict, f"the title '{title}' names {code}",
                suggestion=None if verdict == "supported" else code,
            )
            return
    yield Outcome("person_country", path, "not_found", "the source does not say which country they serve")


def _check_roles(i: int, person: Person, candidate: PersonReading | None, reading: SourceReading) -> Iterator[Outcome]:
    cues = {}
    if candidate is not None:
        for cue in candidate.roles:
            if cue.role == "signatory" and (about_another_agreement(reading.document.sentence_of(cue.start), reading, only=True)
                                            or signs_another(cue.start, cue.end, reading)):
                continue  # they signed the article's other agreement, not this one
            cues.setdefault(cue.role, cue)
    for k, role in enumerate(person.roles):
        path = f"people[{i}].roles[{k}]"
        name = role.value
        cue = cues.get(name) or sentence_cue(name, person, candidate, reading)
        watched = cues.get("witness")
        if cue is not None and name not in cues and name == "signatory" and watched is not None and cue.start < watched.start \
                and reading.document.sentence_of(cue.start) == reading.document.sentence_of(watched.start):
            cue = None  # "signed by A and B, while C … stood behind them": a signing C watched
        if cue is not None:
            yield Outcome("person_role", path, "supported", f"{name}: '{reading.quote(*reading.sentence_span(cue.start), limit=140)}'", [reading.span(cue.start, cue.end)])
            continue
        if name == "other":
            if candidate is not None and candidate.tied:
                start, end = _mention_span(candidate)
                yield Outcome("person_role", path, "supported", "tied to the agreement or visit", [reading.span(start, end)])
            else:
                yield Outcome("person_role", path, "not_found", "the source does not tie them to the agreement or the visit")
            continue
        found = ", ".join(sorted(cues)) or "no role"
        suggestion = sorted(cues) or None
        if name == "signatory":
            yield Outcome(
                "person_role", path, "contradicted",
                f"the source never says {person.name or 'this official'} signed (it gives: {found})",
                suggestion=suggestion, stated=False,  # an absence, not a statement
            )
        else:
            clash = {"host": "visitor", "visitor": "host"}.get(name)
            verdict = "contradicted" if clash in cues else "not_found"
            yield Outcome(
                "person_role", path, verdict,
                f"no cue in the source makes {person.name or 'this official'} a {name} (it gives: {found})",
                suggestion=suggestion, stated=verdict != "contradicted",
            )
