"""The looser reading of an official's role: the role's cue in a sentence that names them,
where the reader tied no cue to their mention — with who signed told apart from who is only
named beside the signing (the agent list, the onlookers, another agreement's sentences)."""

from __future__ import annotations

import re

from accordcheck.checks.context import SourceReading, about_another_agreement
from accordcheck.checks.titles import text_key
from accordcheck.lang import fold
from accordcheck.model.record import Person
from accordcheck.reading.agent_list import in_an_agent_list
from accordcheck.reading.document import PersonReading, RoleCue
from accordcheck.reading.text import denied_signings, overlaps, undotted

__all__ = ["sentence_cue"]


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
    agents = {fold(w).lower() for w in cues.get("agent_words", [])}
    if text.lower().split()[-1:] and text.lower().split()[-1] in agents:
        return any(at >= match.start() and in_an_agent_list(reading.folded[match.end() : at], reading.pack) for at in mentions)
    # (not across a semicolon, which opens a clause of its own: "X visits Barbados; two
    # documents signed")
    if any(at < match.start() and ";" not in reading.folded[at : match.start()] for at in mentions):
        return True
    if not reading.folded[sentence_start : match.start()].strip():
        return True  # the verb first, its subjects after: "Ont apposé leur signature ... X et Y"
    with_link = reading.pack.cue("co_signatory_links")
    # (not "signé par …, et par le colonel X, venu … avec le ministre": a link after another
    # person named past the verb is that one's)
    between = lambda at: any(match.end() <= m.start < at for p in reading.document.people for m in p.mentions if m.start not in mentions)
    return any(at - match.end() <= 240 and with_link.search(reading.folded[match.end() : at]) and not between(at) for at in mentions if at > match.end())


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
