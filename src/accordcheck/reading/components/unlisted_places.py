"""Towns the gazetteer lacks, named where a signing happened: "signed last Wednesday in
Sejong, the administrative capital south of Seoul", "in Lüderitz, Hirvonen and … signed",
"ont signé jeudi à Kigoma, dans l'ouest de la Tanzanie".

A gazetteer is never complete (secondary cities, border posts, research towns), and a
dateline or a capital must not stand in for a town the sentence names. A capitalised name
after a town's preposition or a journey's verb (pack cue ``town_prepositions``: "in", "à",
"travelled to", "a rejoint" — "at", "au" lead to venues, "at Suvavou House", "au Palais") that
is no country, known city, person, title, date or instrument is taken for a town (``PlaceMention.unlisted``: an inference, never stated).
Its country is the one its apposition names (", dans l'ouest de la Tanzanie", ", north-west
of Stockholm", ", France"), or else the visit's host, or the party that is not the visitor —
a country the reader infers, which a check never holds against a record
(``PlaceMention.country_stated``).
"""

from __future__ import annotations

import re

from accordcheck.lang import fold
from accordcheck.reading.document import PlaceMention

__all__ = ["unlisted_places"]

#: a capitalised name of one to three words ("Sejong", "Isa Town", "Tcholpon-Ata")
_NAME = re.compile(r"[A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){0,2}")
#: "in Rakhimov’s office": a person's, not a town
_POSSESSIVE = re.compile(r"['’]s\b")
#: the apposition after the town: to the next comma, semicolon, full stop or parenthesis' end
_APPOSITION = re.compile(r",\s*([^,;.()]{1,100})|\s*\(([^()]{1,40})\)")


def unlisted_places(work, start: int, end: int, parties: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """The towns the gazetteer lacks after a town's preposition in ``work``'s text between
    ``start`` and ``end`` (a sentence), with their countries (``parties``: the agreement's)."""
    words = work.pack.data["cues"].get("town_prepositions") or []
    if not words:
        return []
    prepositions = "|".join(_with_an_adverb(fold(w)) for w in words)
    found = []
    for match in re.finditer(rf"\b(?:{prepositions})\s+(?=[A-ZÀ-Þ])", work.folded[start:end]):
        at = start + match.end()
        name = _NAME.match(work.text, at, end)
        if name is None or _taken(work, at, name.end()) or _POSSESSIVE.search(work.text, name.start(), name.end() + 2):
            continue
        country, stated = _country_of(work, name.end(), end, parties)
        if country is not None:
            found.append(PlaceMention(at, name.end(), name.group(), name.group(), country, unlisted=True, country_stated=stated))
    return found


def _taken(work, start: int, end: int) -> bool:
    """Another reading holds the name: a country, a known city, a person, a title, a date,
    an instrument, or a word the pack's country forms know (a demonym: "signed in Spanish")."""
    if work.pack.country_of_form(work.folded[start:end]) or work.pack.city_entry(work.text[start:end]):
        return True
    spans = [
        *((m.start, m.end) for m in work.countries), *((p.start, p.end) for p in work.places),
        *((t.start, t.end) for t in work.titles), *((d.start, d.end) for d in work.dates),
        *((i.start, i.end) for i in work.instruments),
        *((m.start, m.end) for person in work.grouped_officials for m in person.mentions),
    ]
    return any(s < end and start < e for s, e in spans)


def _country_of(work, after: int, end: int, parties: frozenset[str]) -> tuple[str | None, bool]:
    """The country the town's apposition names, or a known city's there (", south of Seoul");
    else the visit's host, inferred, or the party that is not the visitor."""
    apposition = _APPOSITION.match(work.text, after, end)
    if apposition is not None:
        words = apposition.group(1) or apposition.group(2)
        lo, hi = apposition.start(), apposition.end()
        # an apposition, not the sentence going on ("in Lüderitz, Hirvonen and …", "à Varadero,
        # elle a signé avec son homologue cubain …")
        going_on = work.pack.cue("signed").search(work.folded, lo, hi)
        if not going_on and (words[:1].islower() or work.pack.country_of_form(work.folded[lo:hi].strip(" ,()"))):
            named = [m.country for m in work.countries if lo <= m.start < hi]
            named += [p.country for p in work.places if lo <= p.start < hi]
            if named:
                return named[0], True
    visit = work.visit
    if visit is not None and visit.host is not None and (len(parties) < 2 or visit.host in parties):
        return visit.host, False  # (not a digest's other item's visit, to neither party)
    if visit is not None and len(parties) == 2 and visit.visitor in parties:
        return next(iter(parties - {visit.visitor})), False  # "La ministre haïtienne, en visite …"
    return None, False


def _with_an_adverb(phrase: str) -> str:
    """A journey's words, with room for one lower-case word before their last ("flew north to",
    "travelled on to", "a ensuite rejoint")."""
    *head, last = phrase.split()
    if not head:
        return re.escape(last)
    return r"\s+".join(re.escape(w) for w in head) + r"(?:\s+[a-zà-ÿ]+)?\s+" + re.escape(last)

