"""What a record's own cited words say of a person: the side they give them, the role
they give them (the verdict rule's carriers for ``person_country`` and ``person_role``,
checks/verdict.py)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from accordcheck.checks.context import (
    SourceReading,
    about_another_agreement,
    signs_another,
)
from accordcheck.lang import fold
from accordcheck.model.record import AgreementRecord, Span
from accordcheck.reading.text import signs_off

__all__ = ["has", "person_country", "role"]


def has(text: str, phrase: str | None) -> bool:
    if not phrase or not phrase.strip():
        return False
    return " ".join(fold(phrase).lower().split()) in " ".join(fold(text).lower().split())


def person_country(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A person's side: the countries the cited words that name them give as a side
    ("Türkiye’s Minister of National Defence, Yaşar Güler"), a destination excepted
    ("Ambassador to Japan"). Two sides in one span are for a person to tell apart."""
    from accordcheck.checks.sides import destinations, side_named, title_sides

    person = _person(record, path)
    about = [s for s in spans if any(has(s.text, part) for part in [person.name, *person.titles, _surname(person)] if part)
             or _told_with_demonyms(s.text, person, reading)]
    others = [p.name for p in record.people if p is not person and p.name]
    sides = {}
    for span in about:
        for window in _own_words(span.text, person, others, reading.pack) + _told_with_demonyms(span.text, person, reading, others):
            for code in title_sides(window, reading.pack):
                sides.setdefault(code, span)
        for code in side_named(span.text, reading.pack):  # "pour le Mali, par Mme X"
            sides.setdefault(code, span)
    if list(sides) == [claim]:
        return "carries", sides[claim], ""
    if sides and claim not in sides:
        code, span = next(iter(sides.items()))
        return "other", span, f"that they are of {code}"
    # "ambassadeur … au Kazakhstan", "High Commissioner to Kenya": posted there, not of there
    # — an envoy's title; "directeur de l'Agence de promotion des investissements en
    # Mauritanie" places a national body, whose head is of that country
    posted = next((s for s in about for w in _own_words(s.text, person, others, reading.pack)
                   if claim in destinations(w, reading.pack) and _envoy_words(w, reading.pack)), None)
    if posted is not None:
        return "other", posted, f"that they are posted to {claim}, not of it"
    # two sides, or words about them that give none ("le ministre de l'Énergie, X")
    return ("unclear", about[0], "") if about else ("silent", None, "")


def _envoy_words(words: str, pack: Any) -> bool:
    """``words`` hold the head of a title held where one is posted ("ambassad…", "High
    Commissioner", "chargé d’affaires": the pack's ``location_heads``)."""
    return _envoy_heads(pack).search(fold(words).lower()) is not None


@cache
def _envoy_heads(pack: Any) -> re.Pattern[str]:
    """The pack's ``location_heads`` at a word's start, compiled once per pack (a stem may end
    inside the word: "ambassad")."""
    heads = sorted(pack.words("location_heads"))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, heads)) + ")") if heads else re.compile(r"(?!)")


def _own_words(text: str, person: Any, others: list[str] = (), pack: Any = None) -> list[str]:
    """The words of ``text`` that are the person's own: each title with what stands just
    before it ("Suriname’s Minister of Public Works"), and what follows the name up to the next
    comma ("X, ministre marocain") — not a title that names another person of the record
    ("Minister Tamihana and Chile’s Minister of Agriculture, Ignacio Larraín Soto"), nor the
    next person of a list ("X, and New Zealand’s Minister …, Y"), nor a relative clause, which tells what they did ("X, qui avait reçu la délégation cubaine"),
    unless it gives their title ("X, who is Kenya's minister of trade")."""
    folded = fold(text)
    windows = []
    for title in person.titles:
        for m in re.finditer(re.escape(fold(title)), folded, re.IGNORECASE):
            if not _names_another(folded, m.end(), others):
                windows.append(folded[max(0, m.start() - 25) : m.end()])
    if person.name:
        for m in re.finditer(re.escape(fold(person.name)), folded, re.IGNORECASE):
            tail = folded[m.end() : m.end() + 60].split(",")
            apposed = tail[1] if len(tail) > 1 else ""
            if pack is not None and (_relative_clause(apposed, pack) or _coordinated(apposed, pack)):
                apposed = ""
            windows.append(apposed)
    return windows


def _relative_clause(words: str, pack: Any) -> bool:
    """``words`` open with a relative pronoun that does not introduce a title."""
    lowered = words.strip().lower()
    first = lowered.split(" ", 1)[0]
    if first not in pack.words("relative_pronouns"):
        return False
    return not any(lowered.startswith(fold(link).lower()) for link in pack.words("relative_title_links"))


def _coordinated(words: str, pack: Any) -> bool:
    """``words`` open with a coordinator: the next person of a list ("X, and New Zealand’s
    Minister of Agriculture, Y"), not an apposition to the name before."""
    lowered = " ".join(words.lower().split())
    return any(lowered == c or lowered.startswith(c + " ") for c in pack.words("coordinators"))


def _names_another(folded: str, end: int, others: list[str]) -> bool:
    """The title ending at ``end`` is followed by another person's name ("…, Ignacio Larraín Soto")."""
    after = folded[end : end + 80].lstrip(" ,")
    return any(after.lower().startswith(fold(name).lower()) for name in others)


def _told_with_demonyms(text: str, person: Any, reading: SourceReading, others: list[str] = ()) -> list[str]:
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
            if _names_another(folded, m.end(), others):
                continue
            if inserted and all((reading.pack.country_of_form(g) or ("", ""))[1] == "demonym" for g in inserted):
                found.append(m.group())
    return found


_ROLE_CUES = {"signatory": ("signed",), "host": (), "visitor": ("visit",), "witness": ()}


def _role_patterns(role: str, reading: SourceReading) -> list[re.Pattern[str]]:
    """The cues of a role: the pack's role words, and its signing or visit cues."""
    return [*reading.pack.cue_list("role_in_sentence", role), *(reading.pack.cue(n) for n in _ROLE_CUES[role])]


def role(claim: Any, spans: list[Span], reading: SourceReading, path: str, record: AgreementRecord):
    """A role: a cited span that says more than the person's name and titles holds its cue."""
    person = _person(record, path)
    about = [s for s in spans if _beyond_name(s, person, reading)]
    if not about:
        return "silent", None, ""
    if claim == "other":
        return "unclear", about[0], ""
    nearest = [(span, _nearest_cue(span.text, person, reading)) for span in about]
    for span, role in nearest:
        if role == claim and not (claim == "signatory" and _signs_another_in(span, reading)):
            return "carries", span, ""
    if claim == "signatory":
        then_signed = next((span for span in about if _looked_on_then_signed(span.text, reading)), None)
        if then_signed is not None:
            # "looked on before putting their own names to the second text": the onlooking the
            # record's words tell is followed by a signing of their own, which the reader
            # cannot tie to them by name — no contradiction, for a person to confirm
            return "unclear", then_signed, ""
    if claim == "signatory" and any(role == "witness" for _, role in nearest):
        agent = next((span for span, _ in nearest if not _names(span.text, person, reading) and _signed_by(span, reading)), None)
        if agent is not None:
            # "X … a présidé la cérémonie" and "a été signé par le MINEPAT": one who presides may
            # sign too, under a name the reader cannot tie to them (an acronym, an office) — no
            # contradiction, for a person to confirm
            return "unclear", agent, ""
    for span, role in nearest:
        if role == "witness" and claim == "signatory" and _names(span.text, person, reading):
            # the cue next to their name is an onlooker's ("en présence de X"); a host or a
            # visitor may sign too ("Son hôte, X, …" says nothing against it)
            return "other", span, f"that they were {role}, not that they signed"
    for span, role in nearest:
        if claim == "signatory" and not _names(span.text, person, reading) and _ends_on_a_presence(span, reading) \
                and not _opens_with_signing(span, reading):
            # "Trois textes y ont été signés en présence": the words stop where the onlookers'
            # names begin — what they say of whoever follows is that they were present
            return "other", span, "that they were present, not that they signed"
    for span, role in nearest:
        if role is None and claim == "signatory" and _only_looked_on(span.text, reading):
            # words about a group they are in ("les deux responsables ont présidé", "both
            # delegation heads witnessed"): an onlookers' act, and no signing, is what they say
            return "other", span, "that they looked on, not that they signed"
    for span, role in nearest:
        if role is None and (claim != "signatory" or _about_signing(span, reading)):
            return "unclear", span, ""  # words about them the reader has no cue for
    return "silent", None, ""  # the words say what they did, and it is not this role


def _signed_by(span: Span, reading: SourceReading) -> bool:
    """The span tells a signing and its agent ("a été signé par le MINEPAT", "was signed by
    the Ministry's head"), about this agreement."""
    folded = fold(span.text)
    if _signs_another_in(span, reading) or not reading.pack.cue("signed").search(folded):
        return False
    # the agent cues end where the agent's name begins: try them at each word of the span
    agent = reading.pack.cue("signatory_before_person")
    return any(agent.search(folded, 0, m.start()) for m in re.finditer(r"(?<=\s)\S", folded))


def _opens_with_signing(span: Span, reading: SourceReading) -> bool:
    """The span opens with an active signing, as words after a signer do ("signed the
    Protocol in the presence of", "ont signé le texte en présence"): the presence it ends on
    is the onlookers' who follow, and the signing is the subject's before it."""
    return reading.pack.cue("signatory_after_person").match(fold(span.text)) is not None


def _looked_on_then_signed(text: str, reading: SourceReading) -> bool:
    """``text`` tells an onlooking, then, after a sequence link ("before", "then", "avant
    de", "puis"), a signing: the subject's own next act, not what they looked on."""
    if not reading.pack.data["cues"].get("sequence_links"):
        return False
    folded = fold(text).lower()
    looked = [m.start() for p in _role_patterns("witness", reading) for m in p.finditer(folded)]
    if not looked:
        return False
    first = min(looked)
    sequence = reading.pack.cue("sequence_links")
    return any(m.start() > first and sequence.search(folded, first, m.end())
               for p in _role_patterns("signatory", reading) for m in p.finditer(folded))


def _ends_on_a_presence(span: Span, reading: SourceReading) -> bool:
    """A witness cue closes the span, perhaps completed by the source's next word ("… ont été
    signés en présence", "signed in the presence" + "of")."""
    length = len(span.text.rstrip(" ,:"))
    window = reading.folded[span.start : span.start + length + 6].lower()
    return any(m.end() >= length - 3 and m.start() < length for pattern in _role_patterns("witness", reading) for m in pattern.finditer(window))


def _signs_another_in(span: Span, reading: SourceReading) -> bool:
    """The signing the span tells is of another agreement of the article, or is a release's
    sign-off ("Signed:" above its author's name)."""
    cue = reading.pack.cue("signed").search(reading.folded, span.start, span.end)
    return cue is not None and (signs_another(cue.start(), cue.end(), reading) or signs_off(reading.text, cue.start(), cue.end()))


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
    they looked on ("witnessed the signing", "ont assisté à la signature"), or is done in their
    presence, or in the presence of the pair they belong to ("signés en leur présence",
    "signed before them", "signés sous la supervision des deux coprésidents"; pack cue
    ``witness_pronoun``)."""
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
    return any(has(text, part) for part in parts)


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
    # a country or its demonym ("tunisien", "Lithuania’s", read in lower case here) and the
    # possessive's "s" say nothing more
    words = [w for w in re.findall(r"\w+", rest)
             if len(w) > 1 and not (reading.pack.country_of_form(w) or reading.pack.country_of_form(w.capitalize()))]
    return len(words) >= 2  # "was inked", "a accueilli": a verb phrase


def _person(record: AgreementRecord, path: str) -> Any:
    return record.people[int(re.match(r"people\[(\d+)\]", path).group(1))]
