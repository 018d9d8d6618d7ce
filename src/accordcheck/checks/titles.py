"""Title checks: each title the record gives an official, against the titles the source
writes for them (the one beside their name, or one the reader read for them)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from accordcheck.checks.context import SourceReading
from accordcheck.checks.outcome import Outcome
from accordcheck.lang import fold
from accordcheck.model.record import Person
from accordcheck.reading.document import PersonReading, TitleMention

__all__ = ["check_titles", "cuts_short", "drops_a_rank", "text_key", "title_beside_name"]


@lru_cache(maxsize=8192)
def text_key(text: str | None) -> str:
    stripped = unicodedata.normalize("NFKD", fold(text or "").lower())
    return " ".join("".join(c for c in stripped if not unicodedata.combining(c)).replace("-", " ").split())



def cuts_short(claim: str, title: TitleMention, reading: SourceReading) -> bool:
    """The record's title stops where the source's goes on with more of its own complement
    ("ministre de l’Immigration" of "ministre de l’Immigration, des Réfugiés et de la
    Citoyenneté", "Minister of Trade" of "Minister of Trade and Industry", "ministre des
    Transports" of "Ministre des Transports routiers, aériens et ferroviaires", "Minister of
    Trade" of "Minister of Trade, Industry and Cooperatives"): a cut, not the
    source's title. Words before the claim (an honorific, a national adjective), a country,
    and a place or event after it ("… at the Prime Minister's Office", "… au palais") are none."""
    match = re.search(re.escape(fold(claim).strip()), fold(title.text), re.IGNORECASE)
    if match is None or match.end() >= len(title.text.rstrip()):
        return False
    rest = title.text[match.end() :]
    if reading.pack.countries_in(rest):
        return False
    pack = reading.pack
    links = pack.words("complement_links") - pack.words("location_links")
    joins = links | pack.words("coordinators")
    words = re.findall(r"[^\W\d_]+[’']?", fold(rest))
    if not words:
        return False
    # "…, des Réfugiés et de la Citoyenneté", "… and Industry": a link, then a capitalised word
    linked = words[0].lower() in joins and any(w[:1].isupper() for w in words[1:3])
    # "… routiers, aériens et ferroviaires": lower-case qualifiers joined by commas and a coordinator
    coordinators = "|".join(map(re.escape, pack.words("coordinators")))
    listed = re.fullmatch(rf"\s*[^\W\d_A-Z]+(?:\s*,\s*[^\W\d_A-Z]+)*\s+(?:{coordinators})\s+[^\W\d_A-Z]+\s*", fold(rest)) is not None
    # "Minister of Trade" of "Minister of Trade, Industry and Cooperatives": the portfolio's
    # other capitalised items, after a comma, up to the last after a coordinator
    item = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    listed = listed or re.fullmatch(rf"\s*,\s*{item}(?:\s*,\s*{item})*,?\s+(?:{coordinators})\s+{item}\s*", fold(rest)) is not None
    # "ministre de la Santé" of "ministre de la Santé publique et de la Population": a
    # lower-case word right after the claim goes on with the complement's own noun
    stops = pack.words("title_stop_words", "instruments") | pack.words("boundary_words")
    # (not after a country or city, which completes the complement: "ambassadeur de Madagascar
    # aux Comores" + "suivait la séance", a verb the reader's title ran on to)
    last = re.findall(r"[^\W\d_]+", fold(claim))[-1:]
    placed = bool(last) and bool(pack.countries_in(last[0]) or pack.city_regex.fullmatch(last[0]))
    qualified = re.match(r"\s+[^\W\d_A-Z]", fold(rest)) is not None and words[0].lower() not in joins | stops and len(words[0]) > 3 and not placed
    return linked or listed or qualified


def drops_a_rank(claim: str, title: TitleMention, reading: SourceReading) -> bool:
    """The record's title is the source's without the rank word right before it ("Minister of
    Agriculture" of "State Minister of Agriculture of …", "ministre des Finances" of
    "vice-ministre des Finances"): another, higher office."""
    match = re.search(re.escape(fold(claim).strip()), fold(title.text), re.IGNORECASE)
    if match is None:
        return False
    before = re.findall(r"[^\W\d_]+", fold(title.text)[: match.start()].lower())
    ranks = {fold(w).lower() for w in reading.pack.titles.get("rank_words") or ()}
    return bool(before) and before[-1] in ranks


def check_titles(i: int, person: Person, candidate: PersonReading | None, reading: SourceReading) -> Iterator[Outcome]:
    own = {text_key(t.text): t for t in candidate.titles} if candidate else {}
    for j, title in enumerate(person.titles):
        path = f"people[{i}].titles[{j}]"
        key = text_key(title)
        if key in own:
            t = own[key]
            yield Outcome("person_title", path, "supported", f"the source calls them '{t.text}'", [reading.span(t.start, t.end)])
            continue
        # part of the source's title, or longer than what the reader read of it when the
        # source writes it so (the reader may cut a title short; a reworded one is not the
        # source's: "Deputy Chief of the General Staff …" for "deputy chief of general staff …")
        near = [t for k, t in own.items() if key in k or (k in key and reading.find(title))]
        cut = [t for t in near if key in text_key(t.text) and cuts_short(title, t, reading)]
        if cut:
            t = cut[0]
            yield Outcome(
                "person_title", path, "not_found",
                f"the source's title for them goes on: '{reading.quote(t.start, t.end)}'",
                [reading.span(t.start, t.end)], suggestion=t.text,
            )
            continue
        ranked = [t for t in near if key in text_key(t.text) and drops_a_rank(title, t, reading)]
        if ranked:
            t = ranked[0]
            yield Outcome(
                "person_title", path, "not_found", f"the source gives them another office: '{reading.quote(t.start, t.end)}'",
                [reading.span(t.start, t.end)], suggestion=t.text,
            )
            continue
        if near:
            t = near[0]
            yield Outcome("person_title", path, "supported", f"the source calls them '{t.text}'", [reading.span(t.start, t.end)])
            continue
        holder = next(
            (
                other for other in reading.document.people
                if (candidate is None or other.mentions[0].start != candidate.mentions[0].start)
                and key in {text_key(t.text) for t in other.titles}
            ),
            None,
        )
        beside = title_beside_name(title, person, reading)
        if holder is not None and (holder.name is not None or beside is None):
            t = next(t for t in holder.titles if text_key(t.text) == key)
            label = holder.name or "another official"
            unclaimed = [t.text for k, t in own.items() if k not in {text_key(x) for x in person.titles}]
            yield Outcome(
                "person_title", path, "contradicted",
                f"'{title}' is the title of {label} in the source: '{reading.quote(t.start, t.end)}'",
                [reading.span(t.start, t.end)], suggestion=unclaimed[0] if unclaimed else None,
                stated=False,  # whose title it is: the reader's attribution
            )
            continue
        if beside is not None:
            yield Outcome("person_title", path, "supported", f"'{reading.quote(*beside)}' stands beside their name in the source", [reading.span(*beside)])
            continue
        yield Outcome(
            "person_title", path, "not_found", f"the source does not give them the title '{title}'",
            suggestion=next(iter(t.text for t in own.values()), None),
        )


def title_beside_name(title: str, person: Person, reading: SourceReading) -> tuple[int, int] | None:
    """The title right before or after an occurrence of the name, in the same sentence.

    Only a few words may separate them ("le ministre X, Prénom Nom"; "Nom, ministre X,"),
    and none that introduces someone else ("Nom, en présence de l’ambassadeur de X").
    """
    if not person.name:
        return None
    folded = reading.folded
    someone_else = reading.pack.cue("between_title_and_other_person")
    names = reading.find(person.name) or reading.find(person.name.split()[-1])
    for start, end in reading.find(title):
        for n_start, n_end in names:
            if reading.document.sentence_of(start) != reading.document.sentence_of(n_start):
                continue
            gap = folded[end:n_start] if end <= n_start else folded[n_end:start]
            if len(gap) <= 40 and len(gap.split()) <= 6 and "." not in gap.strip().rstrip(".") and not someone_else.search(gap):
                return start, end
    return None


