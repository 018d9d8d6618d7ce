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
from accordcheck.checks.sides import title_sides
from accordcheck.checks.titles import check_titles, text_key
from accordcheck.lang import LanguagePack, fold
from accordcheck.model.record import AgreementRecord, Person
from accordcheck.reading.document import PersonReading, RoleCue
from accordcheck.reading.text import denied_signings, overlaps, undotted

__all__ = ["check_people", "match_person", "sentence_cue"]

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


def sentence_cue(role: str, person: Person, candidate: PersonReading | None, reading: SourceReading) -> RoleCue | None:
    """A looser reading: the role's cue in a sentence that mentions the person.

    The reader ties cues to a mention only where the syntax is plain; this finds the cue in
    the person's sentences ("les deux ministres ont signé", "il a été reçu par ..."), but
    never in a sentence about another agreement of the article, and never makes a signatory
    of someone the sentence names as present ("en présence de ...").
    """
    if role not in reading.pack.data["cues"].get("role_in_sentence", {}):
        return None
    folded = reading.folded
    mentions: dict[int, list[int]] = {}  # sentence -> where the person is named in it
    ends: dict[int, int] = {}  # where each of those mentions ends
    if candidate is not None:
        for m in candidate.mentions:
            mentions.setdefault(m.sentence, []).append(m.start)
            ends[m.start] = m.end
    for phrase in [person.name, *(person.name.split()[-1:] if person.name else [])]:
        for start, end in reading.find(phrase):
            if any(s < start < e for s, e in ends.items()):
                continue  # the surname inside the full name found already
            mentions.setdefault(reading.document.sentence_of(start), []).append(start)
            ends.setdefault(start, end)
    pronouns = tuple(fold(p).lower() + " " for p in reading.pack.data["cues"].get("subject_pronouns", []))
    for index in list(mentions):
        # "Il a été reçu ..., avec lequel il a signé": the next sentence's subject pronoun
        if index + 1 < len(reading.document.sentences) and index + 1 not in mentions:
            start, _ = reading.document.sentences[index + 1]
            if folded[start : start + 20].lstrip().lower().startswith(pronouns):
                mentions[index + 1] = [start]
    patterns = reading.pack.cue_list("role_in_sentence", role)
    witness = reading.pack.cue("witness_before_person")
    looking_on = reading.pack.cue("witness_after_person")

    def present_only(index: int) -> bool:
        """Every mention of them in the sentence is an onlooker's ("en présence de X", "as X
        looked on")."""
        start, end = reading.document.sentences[index]
        return all(
            witness.search(undotted(folded[start:at], reading.pack)) or (at in ends and looking_on.search(undotted(folded[ends[at] : end], reading.pack)))
            for at in mentions.get(index, [])
        )

    for index in sorted(mentions):
        if about_another_agreement(index, reading):
            continue
        start, end = reading.document.sentences[index]
        if role == "signatory" and present_only(index):
            continue
        # "Neither Menon nor his host … signed the texts themselves": a denied signing
        denials = denied_signings(reading.pack, folded, start, end) if role == "signatory" else []
        for pattern in patterns:
            for match in pattern.finditer(folded, start, end):
                if overlaps(match.start(), match.end(), denials):
                    continue
                if role != "signatory" or _signs_here(match, mentions[index], reading, start):
                    return RoleCue(role, match.start(), match.end())
    if role == "signatory" and person.country is not None and reading.agreement is not None:
        # "signé par le ministre guinéen …, et par son homologue sierra-léonais"
        counterpart = reading.pack.cue("counterpart_signer")
        signing = reading.pack.cue_list("role_in_sentence", "signatory")
        for index in sorted(reading.agreement.sentences):
            start, end = reading.document.sentences[index]
            if about_another_agreement(index, reading) or not any(p.search(folded, start, end) for p in signing):
                continue
            for match in counterpart.finditer(folded, start, end):
                entry = reading.pack.country_of_form(match.group("demonym"))
                named_there = re.match(r"\s*,\s*[^\W\d_]*[A-ZÀ-Þ]", reading.text[match.end() : match.end() + 8]) or _apposed_other(
                    match.start(), match.end(), end, person, reading
                )
                present = candidate is not None and any(c.role == "witness" for c in candidate.roles)
                if entry is not None and entry[0] == person.country and not named_there and not present:
                    return RoleCue(role, match.start(), match.end())
    if role == "signatory" and candidate is not None and any(t.official for t in candidate.titles):
        plural = reading.pack.cue("plural_signatories")
        own = set(reading.agreement.sentences) if reading.agreement else set()
        for index in sorted(own | set(mentions)):
            start, end = reading.document.sentences[index]
            if about_another_agreement(index, reading) or (index in mentions and present_only(index)):
                continue
            match = plural.search(folded, start, end)
            if match and _one_of_them(match.group(), candidate, reading) and not _two_named_already(index, match.start(), candidate, reading):
                return RoleCue(role, match.start(), match.end())
    return None


def _apposed_other(phrase_start: int, offset: int, sentence_end: int, person: Person, reading: SourceReading) -> bool:
    """The counterpart phrase is followed, in apposition, by someone else: "son homologue
    angolais, le général de division Jean-Pierre Mbemba" names the counterpart."""
    if reading.text[offset : offset + 3].lstrip()[:1] != ",":
        return False
    window_end = min(sentence_end, offset + 120)
    mine = text_key(person.name)
    for other in reading.document.people:
        if other.name and text_key(other.name) != mine and any(phrase_start <= m.start < window_end for m in other.mentions):
            return True
    return False


def _signs_here(match: re.Match[str], mentions: list[int], reading: SourceReading, sentence_start: int) -> bool:
    """Whether the sentence's signing verb is the person's: the subject of an active verb
    ("X et Y ont signé"), the agent of a passive one ("signé par X"), a co-signer ("X a signé
    avec son homologue Y"), or named as a signatory; not someone named elsewhere in the
    sentence ("Le Brésil et le Mozambique ont signé ..., lors de la visite effectuée par X")."""
    cues = reading.pack.data["cues"]
    text = match.group()
    if any(re.fullmatch(fold(noun), text, re.IGNORECASE) for noun in cues.get("signatory_nouns", [])):
        return True
    if text.lower().split()[-1:] and text.lower().split()[-1] in {fold(w).lower() for w in cues.get("agent_words", [])}:
        return any(at >= match.start() for at in mentions)
    if any(at < match.start() for at in mentions):
        return True
    if not reading.folded[sentence_start : match.start()].strip():
        return True  # the verb first, its subjects after: "Ont apposé leur signature ... X et Y"
    with_link = reading.pack.cue("co_signatory_links")
    return any(at - match.end() <= 240 and with_link.search(reading.folded[match.end() : at]) for at in mentions if at > match.end())


def _one_of_them(phrase: str, candidate: PersonReading, reading: SourceReading) -> bool:
    """"les deux ministres ont signé" makes signers of ministers, not of a general present."""
    heads = reading.pack.data["cues"].get("plural_signatory_heads", {})
    lowered = fold(phrase).lower()
    for plural, singulars in heads.items():
        if fold(plural).lower() in lowered:
            if not singulars:
                return True
            titles = [fold(t.text).lower() for t in candidate.titles]
            return any(re.search(rf"\b{re.escape(fold(s).lower())}\b", title) for title in titles for s in singulars)
    return True


def _two_named_already(index: int, offset: int, candidate: PersonReading, reading: SourceReading) -> bool:
    """"X a accueilli son homologue Y, et les deux ministres ont signé …": the phrase's own
    sentence names who "the two" are; an official it does not name there is not one of them."""
    mine = {(m.sentence, m.start) for m in candidate.mentions}
    before = {(m.sentence, m.start) for p in reading.document.people for m in p.mentions if m.sentence == index and m.start < offset}
    return bool(before) and not (before & mine)


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
