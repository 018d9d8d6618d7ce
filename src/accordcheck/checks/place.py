"""Place checks: the city of the signing and its country."""

from __future__ import annotations

import re
from collections.abc import Iterator

from accordcheck.checks.context import SourceReading, about_this_record
from accordcheck.checks.outcome import Outcome
from accordcheck.lang import fold
from accordcheck.model.record import AgreementRecord

__all__ = [
    "check_place", "is_dateline", "names_the_capital", "opens_a_line", "placed_elsewhere", "provision_sentences", "visited_elsewhere",
]


def _after_preposition(city: str, reading: SourceReading, sentences: set[int], *, dateline: bool = False) -> tuple[int, int] | None:
    """"à <city>" in one of ``sentences`` (with ``dateline``, also the city opening the text)."""
    prepositions = {fold(p).lower() for p in reading.pack.data["cues"].get("place_prepositions", [])}
    for start, end in reading.find(city):
        before = reading.folded[max(0, start - 12) : start].split()
        index = reading.document.sentence_of(start)
        opens_the_story = index <= 2 or (reading.document.dateline is not None and reading.document.dateline.start == start)
        if dateline and opens_the_story and opens_a_line(start, end, reading):
            return start, end  # a dateline, after a page's furniture too ("… | Published: …\n\nBaghdad – The Minister …")
        if before and before[-1].lower() in prepositions and index in sentences:
            return start, end
    return None


def opens_a_line(start: int, end: int, reading: SourceReading) -> bool:
    """A dateline: the city opens a line and a dash, comma, parenthesis or colon follows it
    ("DAKAR —", "Tbilisi, 10 September 2025") — not a government's metonym ("Hanoi and
    Santiago will work together")."""
    line_start = reading.text.rfind("\n", 0, start) + 1
    return not reading.text[line_start:start].strip() and reading.text[end : end + 3].lstrip(" ")[:1] in (",", "(", "–", "—", "-", ":")


def is_dateline(start: int, end: int, reading: SourceReading) -> bool:
    """A dateline: a city opening a line near the top ("Tbilisi, 10 September 2025"), or
    opening any line in capitals or before a dash, a colon or an agency's parenthesis (a
    digest's item: "MANAMA —", "NAIROBI:", "DOHA (QNA) –") — where a body line that opens with
    a city goes on with a comma ("Rabat, capitale du royaume, a accueilli …")."""
    if not opens_a_line(start, end, reading):
        return False
    return start < 400 or reading.text[start:end].isupper() or reading.text[end : end + 3].lstrip(" ")[:1] != ","


def provision_sentences(reading: SourceReading) -> set[int]:
    """Sentences that tell what the agreement provides ("It foresees that a container loaded
    in Baku …", "Il prévoit un état-major commun à N’Djamena") and report no signing or
    ceremony, and those that only plan one: a city there is no place of this signing."""
    signed = {c.sentence for c in reading.document.signings if c.status == "signed"}
    planned = {c.sentence for c in reading.document.signings if c.status == "planned"}
    ceremony, content = reading.pack.cue("ceremony"), reading.pack.cue("agreement_content")
    found = planned - signed  # "If the higher-education agreement is signed in Baku as planned"
    for i, (start, end) in enumerate(reading.document.sentences):
        if i not in signed and content.search(reading.folded, start, end) and not ceremony.search(reading.folded, start, end):
            found.add(i)
    return found


def _located_in_agreement(city: str, reading: SourceReading) -> tuple[int, int] | None:
    """"à <city>" in a sentence about the agreement but not about what it provides, or its
    dateline when those sentences name no other city (a dateline is the reporter's city: it counts only when the
    text names no other place)."""
    sentences = (set(reading.agreement.sentences) if reading.agreement else set()) - provision_sentences(reading)
    others = _other_cities(city, reading, sentences)
    return _after_preposition(city, reading, sentences, dateline=not others and not visited_elsewhere(city, reading))


def visited_elsewhere(city: str, reading: SourceReading) -> bool:
    """The city is the story's dateline and the agreement was signed during a visit to another
    country, which the visit's own words name, or one of its cities ("SANTIAGO — … the
    centrepiece of a four-day visit to India"): the reporter's city, not the host's."""
    visit, entry, dateline = (reading.agreement.visit if reading.agreement else None), reading.pack.city_entry(city), reading.document.dateline
    if visit is None or not visit.host_named or visit.host not in {p.country for p in reading.agreement.parties} \
            or entry is None or entry[0] == visit.host:
        return False  # (a visit to a country not party to it is another story's, in a digest)
    return dateline is None or reading.pack.city_key(dateline.city) == reading.pack.city_key(city)


def placed_elsewhere(city: str, reading: SourceReading) -> bool:
    """The text places the signing in another city: it was signed during a visit to another
    country (visited_elsewhere), or the reader's place stands in a sentence that reports
    a signing ("The documents were signed … in Tashkent"), not in a dateline."""
    if visited_elsewhere(city, reading):
        return True
    found = reading.agreement.place if reading.agreement else None
    if found is None or reading.pack.city_key(found.city) == reading.pack.city_key(city) or opens_a_line(found.start, found.end, reading):
        return False
    if found.unlisted and not found.country_stated:
        return False  # a name the reader only guessed is a town ("signed in State House"), in a country it inferred
    index = reading.document.sentence_of(found.start)
    return any(c.sentence == index and c.status == "signed" for c in reading.document.signings)


def names_the_capital(text: str, city: str, reading: SourceReading) -> bool:
    """``text`` names ``city`` as a country's capital ("dans la capitale guinéenne", "in the
    Indian capital"; pack cue ``capital_phrase``, its group the demonym)."""
    for pattern in reading.pack.data["cues"].get("capital_phrase", []):
        for match in re.finditer(fold(pattern), fold(text), re.IGNORECASE):
            named = reading.pack.capital_of_demonym(match.group(1))
            # a demonym two countries share ("congolaise") names either one's capital
            codes = {named[0], *reading.pack.shared_demonyms.get(fold(match.group(1)).lower(), [])} if named else set()
            if any((capital := reading.pack.capital_of(code)) and reading.pack.city_key(capital) == reading.pack.city_key(city) for code in codes):
                return True
    return False


def _other_cities(city: str, reading: SourceReading, sentences: set[int]) -> set[str]:
    mine = reading.pack.city_key(city)
    found = set()
    for index in sentences:
        start, end = reading.document.sentences[index]
        for match in reading.pack.city_regex.finditer(reading.folded, start, end):
            if reading.pack.city_key(match.group()) != mine:
                found.add(match.group())
    return found


def _in_signing_clause(city: str, reading: SourceReading) -> tuple[int, int] | None:
    """"à <city>" right in the sentence whose verb reports this agreement's signing."""
    agreement = reading.agreement
    if agreement is None or agreement.signing is None:
        return None
    return _after_preposition(city, reading, {agreement.signing.sentence})


def _nearer_the_signing(mine: tuple[int, int], found, reading: SourceReading) -> bool:
    """The record's city belongs to the signing clause at least as much as the city the reader
    took: in the verb's own clause after it ("Back in Manila …, X and Y signed … in Quezon
    City"), or nearer the verb — not past a comma, in a clause about the report ("… signé en
    novembre à Malabo …, selon un communiqué publié lundi à Yaoundé")."""
    verb = reading.agreement.signing if reading.agreement is not None else None
    if verb is None:
        return False
    if mine[0] >= verb.end:
        return not re.search(r"[,;:]", reading.text[verb.end : mine[0]])

    def distance(start: int, end: int) -> int:
        return max(verb.start - end, start - verb.end, 0)

    return distance(*mine) <= distance(found.start, found.end)


def check_place(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    found = reading.agreement.place if reading.agreement else None
    place = record.place
    if place is None or place.city is None:
        if found is not None:
            yield Outcome(
                "place_omitted", "place", "not_found",
                f"the source names where it was signed: '{found.text}'",
                [reading.span(found.start, found.end)],
                suggestion={"city": found.city, "country": found.country},
            )
        return
    remote = reading.agreement.remote if reading.agreement else None
    if remote is not None:
        # "in a ceremony held by videoconference": a city given for it is the reader's
        # dateline or an inference of the writer's
        yield Outcome(
            "place_city", "place.city", "contradicted",
            f"record says {place.city}; the source says it was signed at a distance: '{reading.quote(*remote)}' "
            f"('{reading.quote(*reading.sentence_span(remote[0]), limit=120)}')",
            [reading.span(*remote)], suggestion=None, stated=True,
        )
        return
    city = reading.pack.city_key(place.city)
    in_clause = _in_signing_clause(place.city, reading)
    other_place = None
    if found is not None and reading.pack.city_key(found.city) == city:
        yield Outcome("place_city", "place.city", "supported", f"signed in '{found.text}'", [reading.span(found.start, found.end)])
    elif in_clause is not None and (found is None or reading.document.sentence_of(found.start) != reading.document.sentence_of(in_clause[0])):
        # "ont signé, le 1er avril à Garoua-Boulaï, …": the sentence that reports the signing
        # names the place, whatever a later sentence says of the visit ("accueilli la veille à X")
        yield Outcome(
            "place_city", "place.city", "supported",
            f"signed in '{reading.quote(*in_clause)}': '{reading.quote(*reading.sentence_span(in_clause[0]), limit=140)}'",
            [reading.span(*in_clause)],
        )
    elif found is not None and in_clause is not None and _nearer_the_signing(in_clause, found, reading):
        # "Back in Manila the following day, … signed … at the Department of Agriculture in
        # Quezon City": the sentence that reports the signing names both cities; which one
        # the signing was in is for a person to tell, not a contradiction
        yield Outcome(
            "place_city", "place.city", "unverified",
            f"the sentence that reports the signing names both '{found.text}' and '{reading.quote(*in_clause)}': "
            f"'{reading.quote(*reading.sentence_span(in_clause[0]), limit=140)}'",
            [reading.span(*in_clause)], suggestion=found.city,
        )
    elif found is not None:
        # stated when the sentence reporting the signing names it; a dateline or a
        # visit's destination taken for the place is the reader's inference
        stated = any(c.sentence == reading.document.sentence_of(found.start) and c.status == "signed" for c in reading.document.signings) \
            and about_this_record(reading.document.sentence_of(found.start), record, reading) \
            and not is_dateline(found.start, found.end, reading) \
            and not names_by_rank(reading.document.sentence_of(found.start), reading) \
            and not found.unlisted and found.country_stated \
            and not names_the_capital(found.text, place.city, reading)
        # (a town the gazetteer lacks is the reader's guess at a name; a capital named by a
        # demonym two countries share, "la capitale congolaise", the reader's guess at which;
        # "in the capital" with no demonym, its guess at whose)
        if stated:
            other_place = found  # the source states another place: the country is tested against it too
        yield Outcome(
            "place_city", "place.city", "contradicted",
            f"record says {place.city}; the source says it was signed in '{found.text}' ('{reading.quote(*reading.sentence_span(found.start), limit=120)}')",
            [reading.span(found.start, found.end)], suggestion=found.city, stated=stated,
        )
    else:
        located = _located_in_agreement(place.city, reading)
        if located is not None:
            yield Outcome(
                "place_city", "place.city", "supported",
                f"'{reading.quote(*reading.sentence_span(located[0]), limit=140)}' (the source names no other place of signing)",
                [reading.span(*located)],
            )
        elif reading.find(place.city):
            start, end = reading.find(place.city)[0]
            yield Outcome(
                "place_city", "place.city", "not_found",
                f"'{place.city}' occurs in the source, but not as where the agreement was signed: "
                f"'{reading.quote(*reading.sentence_span(start), limit=120)}'",
                [reading.span(start, end)],
            )
        else:
            yield Outcome("place_city", "place.city", "not_found", f"'{place.city}' does not occur in the source")

    if place.country is None:
        return
    if other_place is not None and other_place.country and other_place.country != place.country:
        # a dateline's city and country given for a signing elsewhere: both are wrong
        yield Outcome(
            "place_country", "place.country", "contradicted",
            f"record says {place.country}; the source says it was signed in '{other_place.text}', in {other_place.country}",
            [reading.span(other_place.start, other_place.end)], suggestion=other_place.country,
        )
        return
    gazetteer = reading.pack.city_entry(place.city)
    # (a town the gazetteer lacks has the country the source gives it, not one the reader inferred)
    expected = gazetteer[0] if gazetteer else (
        found.country if found and found.country_stated and reading.pack.city_key(found.city) == city else None)
    if expected is None:
        yield Outcome("place_country", "place.country", "not_found", f"no gazetteer entry for '{place.city}'")
    elif expected == place.country:
        yield Outcome("place_country", "place.country", "supported", f"{place.city} is in {expected}")
    elif place.country in reading.pack.homonym_countries(place.city):
        # "St. John's" of Newfoundland as well as of Antigua: which one the gazetteer
        # lists is no word of the source
        yield Outcome("place_country", "place.country", "unverified",
                      f"{place.city} is in {expected} in the gazetteer, and a city of {place.country} has that name too")
    else:
        yield Outcome("place_country", "place.country", "contradicted", f"{place.city} is in {expected}, not {place.country}", suggestion=expected)


def names_by_rank(index: int, reading: SourceReading) -> bool:
    """The sentence names its document by a rank beyond the documents the reader found ("Le
    troisième document a été signé … à Busan" where it found two): which document that is,
    the reader cannot tell. (A rank it can count to — "Le premier texte … a été conclu à
    Santiago" — states that document's place.)"""
    start, end = reading.document.sentences[index]
    text = reading.folded[start:end]
    found = sum(1 for a in reading.document.agreements if a.signed)
    return any(rank >= found and pattern.search(text) for pattern, rank in reading.pack.ordinal_references)
