"""The Hypothesis strategy :func:`cases`: article plans drawn choice by choice, then rendered.

Every choice lists its options simplest first, so a failing example shrinks toward a plain
article: parties by name, "ce <weekday>", no visit, no fillers.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Callable, Collection, Sequence
from typing import Any, TypeVar

from hypothesis import assume
from hypothesis import strategies as st

from accordcheck.lang.dates import resolve_weekday
from accordcheck.testing._case import Case
from accordcheck.testing._data import Phrasings, phrasings
from accordcheck.testing._render import Official, Plan, render

__all__ = ["cases", "phrasing_ids"]

T = TypeVar("T")

MIN_PUBLISHED = dt.date(2016, 1, 1)
MAX_PUBLISHED = dt.date(2025, 12, 31)
DATE_FORMS = ("this_weekday", "weekday", "last_weekday", "yesterday", "today", "full", "full_weekday", "day_month", "month_year", "year")


class _Choices:
    """Draws one option among those the caller's ``require``/``exclude`` patterns allow."""

    def __init__(self, draw: Callable[[st.SearchStrategy[Any]], Any], require: Collection[str], exclude: Collection[str]) -> None:
        self.draw = draw
        self.require = tuple(require)
        self.exclude = tuple(exclude)

    def allowed(self, phrasing_id: str | None) -> bool:
        return phrasing_id is None or not any(fnmatch.fnmatchcase(phrasing_id, p) for p in self.exclude)

    def required(self, phrasing_id: str | None) -> bool:
        return phrasing_id is not None and any(fnmatch.fnmatchcase(phrasing_id, p) for p in self.require)

    def pick(self, options: Sequence[tuple[str | None, T]], what: str) -> T:
        """``options``: (phrasing id or None, value) pairs, simplest first."""
        kept = [(i, v) for i, v in options if self.allowed(i)]
        if not kept:
            raise ValueError(f"accordcheck.testing.cases: every option for {what} is excluded ({', '.join(str(i) for i, _ in options)})")
        wanted = [(i, v) for i, v in kept if self.required(i)]
        if wanted:
            kept = wanted
        return self.draw(st.sampled_from([v for _, v in kept]))

    def flag(self, ids: Sequence[str], what: str, triggers: Sequence[str] = ()) -> bool:
        """Whether to use an optional part whose own phrasings are ``ids``: never when all
        are excluded; always when one of them, or one of the ``triggers`` (phrasings that
        only occur with the part), is required."""
        if not any(self.allowed(i) for i in ids):
            return False
        if any(self.required(i) and self.allowed(i) for i in (*ids, *triggers)):
            return True
        return self.draw(st.booleans())

    def wants(self, *ids: str) -> bool:
        """Whether the caller requires one of ``ids`` (and excludes none of them)."""
        return any(self.required(i) and self.allowed(i) for i in ids)

    def subset(self, ids: Sequence[str], max_size: int) -> list[str]:
        """Some of the allowed ``ids`` (the required ones always), in drawn order."""
        allowed = [i for i in ids if self.allowed(i)]
        required = [i for i in allowed if self.required(i)]
        drawn = self.draw(st.lists(st.sampled_from(allowed), max_size=max_size, unique=True)) if allowed else []
        return list(dict.fromkeys([*required, *drawn]))


def _needing_a_visit(ph: Phrasings) -> list[str]:
    """The phrasings that only occur in an article reporting a visit (besides its sentence's)."""
    return [t.id for t in ph.templates["host"]] + ["person.head_of_state.m", "person.head_of_state.f", "duration.days", "duration.hours"]


def phrasing_ids(language: str = "fr") -> tuple[str, ...]:
    """Every phrasing class id :func:`cases` can use for ``language`` (for require/exclude)."""
    ph = phrasings(language)
    ids = [t.id for t in ph.template_by_id.values()]
    ids += [f"date.{form}" for form in DATE_FORMS]
    ids += ["party.name", "party.long_form", "party.capital", "party.demonym", "party.people", "place.none", "place.at", "place.dateline", "place.dateline_extended_latin"]
    ids += ["person.gender.m", "person.gender.f"]
    ids += [f"name.{t}" for t in sorted(ph.traditions)]
    ids += sorted({f"name.pattern.{p.replace(' ', '_')}" for t in ph.traditions.values() for p in t["patterns"]}) + ["name.apostrophe"]
    ids += ["person.office.title_first", "person.office.name_first", "person.rank", "person.untitled", "person.ambassador", "person.head_of_state.m", "person.head_of_state.f"]
    ids += [f"domain.{code}.{i}" for code, entries in sorted(ph.data["domains"].items()) for i in range(len(entries))]
    ids += [f"title.np.{code}.{i}" for code, entries in sorted(ph.data["domains"].items()) for i, e in enumerate(entries) if e.get("in_title", True)]
    ids += [c["id"] for c in ph.data["title_complements"]["domain"]] + ["title.bare", "title.generic"]
    ids += ["duration.days", "duration.hours"]
    return tuple(dict.fromkeys(ids))


def cases(
    language: str = "fr",
    *,
    require: Collection[str] = (),
    exclude: Collection[str] = (),
) -> st.SearchStrategy[Case]:
    """Generated articles with the record a correct extraction gives (see :class:`Case`).

    ``require`` and ``exclude`` hold phrasing class ids or ``fnmatch`` patterns of them
    (``"visit.*"``, ``"date.last_weekday"``; :func:`phrasing_ids` lists them): wherever a
    choice offers a required class it is taken, an excluded class is never used. An entry
    joining patterns with ``+`` is a combination: ``exclude=["lead.passive_between+party.capital"]``
    leaves out the articles that use both, ``require=["date.year+lead.signatories"]`` keeps
    only articles that use both.
    """
    ph = phrasings(language)  # fails now, not at the first draw, on an unknown language
    known = phrasing_ids(language)
    parts = [p for entry in (*require, *exclude) for p in entry.split("+")]
    unknown = [p for p in parts if not any(fnmatch.fnmatchcase(i, p) for i in known)]
    if unknown:
        raise ValueError(f"accordcheck.testing.cases: no phrasing class matches {', '.join(map(repr, unknown))}")
    return _cases(ph, tuple(require), tuple(exclude))


def _uses(phrasing: tuple[str, ...], combination: str) -> bool:
    return all(any(fnmatch.fnmatchcase(i, p) for i in phrasing) for p in combination.split("+"))


@st.composite
def _cases(draw, ph: Phrasings, require: tuple[str, ...], exclude: tuple[str, ...]) -> Case:
    singles_require = tuple(p for entry in require for p in entry.split("+"))
    singles_exclude = tuple(p for p in exclude if "+" not in p)
    plan = draw(_plans(ph, singles_require, singles_exclude))
    ids = plan.phrasing_ids
    assume(all(_uses(ids, entry) for entry in require if "+" in entry))
    assume(not any(_uses(ids, entry) for entry in exclude if "+" in entry))
    rendered = render(plan, ph)
    return Case(text=rendered.text, published=plan.published, language=ph.code, record=rendered.record, phrasings=rendered.phrasings)


# ---------------------------------------------------------------------------- names


def _name(c: _Choices, ph: Phrasings, country: str, gender: str, taken: set[str]) -> tuple[str, tuple[str, ...]]:
    """A name from one of the country's naming traditions, sharing no part with ``taken``."""
    traditions = ph.country_traditions.get(country) or sorted(ph.traditions)
    key = c.pick([(f"name.{t}", t) for t in traditions], f"a naming tradition of {country}")
    tradition = ph.traditions[key]
    pattern = c.pick([(f"name.pattern.{p.replace(' ', '_')}", p) for p in tradition["patterns"]], "the shape of a name")
    words = []
    for part in pattern.split():
        if part == "particle" and not tradition["particle"]:
            continue
        pool = tradition["given"][gender] if part == "given" else tradition[part]
        choices = [w for w in pool if w not in words and w not in taken]
        assume(choices)
        words.append(c.draw(st.sampled_from(choices)))
    taken.update(w for w in words if w not in tradition["particle"])
    ids = (f"name.{key}", f"name.pattern.{pattern.replace(' ', '_')}")
    if any("’" in w or "'" in w for w in words):
        if not c.allowed("name.apostrophe"):
            assume(False)
        ids += ("name.apostrophe",)
    return " ".join(words), ids


# ---------------------------------------------------------------------------- dates


def _date_of(form: str, published: dt.date, weekday: int | None, back: int) -> tuple[dt.date, str]:
    if form in ("this_weekday", "weekday"):
        return resolve_weekday(published, weekday), "day"
    if form == "last_weekday":
        return resolve_weekday(published, weekday, strictly_before=True), "day"
    if form == "yesterday":
        return published - dt.timedelta(days=1), "day"
    if form == "today":
        return published, "day"
    if form in ("full", "full_weekday"):
        return published - dt.timedelta(days=back), "day"
    if form == "day_month":
        return published - dt.timedelta(days=back % 45), "day"
    if form == "month_year":
        day = published - dt.timedelta(days=back)
        return day.replace(day=1), "month"
    if form == "year":
        return dt.date(published.year - back % 3, 1, 1), "year"
    raise ValueError(form)


# ---------------------------------------------------------------------------- plans


@st.composite
def _plans(draw, ph: Phrasings, require: tuple[str, ...], exclude: tuple[str, ...]) -> Plan:
    c = _Choices(draw, require, exclude)
    members = sorted(ph.countries)
    published = draw(st.dates(MIN_PUBLISHED, MAX_PUBLISHED))
    a = draw(st.sampled_from(members))
    b = draw(st.sampled_from([m for m in members if m != a]))
    forms = (ph.countries[a], ph.countries[b])
    both_demonyms = all(f.demonyms for f in forms)

    # ---- the lead sentence, and with it how the parties are named
    leads = []
    for template in ph.templates["lead"]:
        mode = template.extra.get("parties")
        if mode in ("demonym", "people") and not both_demonyms:
            continue
        if mode == "people" and c.wants("visit.anaphoric", "person.rank", "person.untitled", *(t.id for t in ph.templates["signatures"])):
            continue  # those need a signatures sentence, which a lead naming the signatories leaves out
        if template.extra.get("no_visit") and c.wants(*(t.id for t in ph.templates["visit"]), *_needing_a_visit(ph)):
            continue
        leads.append((template.id, template))
    lead = c.pick(leads, "the lead sentence")
    mode = lead.extra.get("parties")
    styles: list[str] = []
    written: list[str] = []
    for code, f in zip((a, b), forms):
        if mode != "subject":
            styles.append(mode)
            written.append(f.names[0])
            continue
        options: list[tuple[str, tuple[str, str]]] = [("party.name", ("name", n)) for n in f.names]
        options += [("party.long_form", ("long_form", lf)) for lf in f.long_forms]
        if f.capital:
            options.append(("party.capital", ("capital", f.capital)))
        style, form = c.pick(options, f"how the article names {code}")
        styles.append(style)
        written.append(form)

    # ---- the date
    date_form = c.pick([(f"date.{form}", form) for form in DATE_FORMS], "the signing date")
    weekday = draw(st.integers(0, 6)) if "weekday" in date_form else None
    back = draw(st.integers(0, 400))
    signed, precision = _date_of(date_form, published, weekday, back)
    if date_form == "full_weekday":
        weekday = signed.weekday()

    # ---- the instrument and its title
    instrument = draw(st.integers(0, len(ph.data["instruments"]) - 1))
    domain_phrases = {code: [f"domain.{code}.{i}" for i in range(len(entries))] for code, entries in sorted(ph.data["domains"].items())}

    def phrase_of(code: str, *, in_title: bool = False) -> int | None:
        entries = ph.data["domains"][code]
        options = [
            (i, k) for k, i in enumerate(domain_phrases[code])
            if not in_title or (entries[k].get("in_title", True) and c.allowed(f"title.np.{code}.{k}"))
        ]
        return c.pick(options, f"the words for {code}")

    usable = [code for code, ids in domain_phrases.items() if any(c.allowed(i) for i in ids)]
    wanted = [code for code, ids in domain_phrases.items() if any(c.required(i) and c.allowed(i) for i in ids)]
    titled = [
        code for code in usable
        if any(c.allowed(i) and c.allowed(f"title.np.{code}.{k}") and e.get("in_title", True) for k, (i, e) in enumerate(zip(domain_phrases[code], ph.data["domains"][code])))
    ]
    title_domain = None
    title_complement = ""
    complement = c.pick([(None, None)] + [(x["id"], x["id"]) for x in ph.data["title_complements"]["domain"]], "the instrument's title") if titled else None
    if complement is not None:
        code = draw(st.sampled_from([w for w in wanted if w in titled] or titled))
        title_domain = (code, phrase_of(code, in_title=True), complement)
    else:
        generic = [g for g in ph.data["title_complements"]["generic"] if g]
        title_complement = c.pick([("title.bare", "")] + [("title.generic", g) for g in generic], "the instrument's title")

    # ---- what the agreement covers
    chosen = draw(st.lists(st.sampled_from(usable), max_size=4, unique=True)) if usable else []
    chosen = list(dict.fromkeys([*(w for w in wanted if not title_domain or w != title_domain[0]), *chosen]))
    chosen = [code for code in chosen if not title_domain or code != title_domain[0]]
    domains = [(code, phrase_of(code)) for code in chosen]
    content = c.pick([(t.id, t.id) for t in ph.templates["content"]], "the content sentence") if domains else None
    if domains and content is None:
        domains = []
    ref_choice = draw(st.integers(0, 1))

    # ---- officials
    taken: set[str] = set()
    people: list[Official] = []
    genders = [("person.gender.m", "m"), ("person.gender.f", "f")]

    def office_official(code: str, keys: tuple[str, ...], *, forms_ok: bool = True) -> Official:
        gender = c.pick(genders, "an official's gender")
        held = {p.office for p in people if p.country == code}
        office = draw(st.sampled_from([o["id"] for o in ph.data["offices"] if o["id"] not in held]))
        form = c.pick([("person.office.title_first", "title_first"), ("person.office.name_first", "name_first")], "how an official is introduced") if forms_ok else "title_first"
        name, name_ids = _name(c, ph, code, gender, taken)
        return Official(keys=keys, country=code, gender=gender, kind="office", name=name, office=office, form=form, name_ids=name_ids)

    lead_people = mode == "people"
    signature_ids = [t.id for t in ph.templates["signatures"]]
    signatures = None
    if lead_people or c.flag(signature_ids, "signatories", triggers=["person.rank", "person.untitled", "visit.anaphoric"]):
        if not lead_people:
            options = [(t.id, t.id) for t in ph.templates["signatures"] if not (t.extra.get("counterpart") and forms[1].demonyms is None)]
            if c.wants("person.rank", "person.untitled"):
                options = [o for o in options if ph.template_by_id[o[0]].extra.get("counterpart")] or options
            if c.wants("visit.anaphoric"):
                options = [o for o in options if o[0] == "signatures.passive_par"] or options
            signatures = c.pick(options, "the signatures sentence")
        sig_a = office_official(a, ("sig_a",))
        if signatures is not None and ph.template_by_id[signatures].extra.get("counterpart") == "sig_b":
            kind = c.pick([("person.rank", "rank"), ("person.untitled", "untitled")], "the counterpart")
            gender = "m" if kind == "rank" else c.pick(genders, "an official's gender")
            rank = draw(st.sampled_from(ph.data["ranks"])) if kind == "rank" else None
            name, name_ids = _name(c, ph, b, gender, taken)
            sig_b = Official(keys=("sig_b",), country=b, gender=gender, kind=kind, name=name, rank=rank, name_ids=name_ids)
        else:
            sig_b = office_official(b, ("sig_b",))
        people += [sig_a, sig_b]

    # ---- the visit
    visit = None
    visit_template = host_template = None
    duration = None
    visit_kind = 0
    visit_ids = [t.id for t in ph.templates["visit"]]
    if not lead.extra.get("no_visit") and c.flag(visit_ids, "a visit", triggers=_needing_a_visit(ph)):
        b_visits = c.wants("visit.anaphoric") and signatures == "signatures.passive_par"
        host, visitor = (a, b) if b_visits or draw(st.booleans()) else (b, a)
        visit = (host, visitor)
        visitor_person = next((p for p in people if p.country == visitor), None)
        if visitor_person is None:
            visitor_person = office_official(visitor, ())
            people.append(visitor_person)
        visitor_person.keys = (*visitor_person.keys, "visitor")
        options = []
        for template in ph.templates["visit"]:
            if template.extra.get("needs_last_mentioned") and not ("sig_b" in visitor_person.keys and signatures == "signatures.passive_par"):
                continue
            options.append((template.id, template.id))
        visit_template = c.pick(options, "the visit sentence")
        visit_kind = draw(st.integers(0, len(ph.data["visit_kinds"]) - 1))
        days = draw(st.integers(2, 5))
        duration = c.pick([(None, None), ("duration.days", ("days", days)), ("duration.hours", ("hours", min(days, 3)))], "the visit's length")
        host_options: list[tuple[str | None, str | None]] = [(None, None)]
        for template in ph.templates["host"]:
            if template.id == "host.welcomed_counterpart" and ph.countries[visitor].demonyms is None:
                continue
            if template.id == "host.audience" and ph.countries[host].demonyms is None:
                continue
            host_options.append((template.id, template.id))
        if c.wants("person.head_of_state.m", "person.head_of_state.f"):
            host_options = [o for o in host_options if o[0] == "host.audience"] or host_options
        host_template = c.pick(host_options, "who receives the visitor")
        if host_template == "host.audience":
            gender = c.pick([("person.head_of_state.m", "m"), ("person.head_of_state.f", "f")], "the head of state")
            people.append(Official(keys=("host",), country=host, gender=gender, kind="head_of_state"))
        elif host_template is not None:
            host_person = next((p for p in people if p.country == host and p.kind == "office"), None)
            if host_person is None:
                host_person = office_official(host, ())
                people.append(host_person)
            host_person.keys = (*host_person.keys, "host")

    # ---- a witness of the ceremony
    witness = c.pick([(None, None)] + [(t.id, t.id) for t in ph.templates["witness"]], "a witness")
    if witness is not None:
        kind = c.pick([("person.ambassador", "ambassador"), ("person.office.title_first", "office")], "the witness")
        if kind == "ambassador":
            sender = draw(st.sampled_from([a, b]))
            gender = c.pick(genders, "an official's gender")
            people.append(Official(keys=("witness",), country=sender, gender=gender, kind="ambassador", receiver=b if sender == a else a))
        else:
            country = visit[0] if visit else draw(st.sampled_from([a, b]))
            people.append(office_official(country, ("witness",), forms_ok=False))
    # titles of office holders carry their country's demonym
    assume(all(ph.countries[p.country].demonyms is not None for p in people if p.kind in ("office", "head_of_state")))

    # ---- where it was signed
    place = None
    cities = []
    for code in ([visit[0]] if visit else [a, b]):
        cities += [(code, city) for city in ph.countries[code].cities]
    if lead.extra.get("no_visit"):
        other = draw(st.sampled_from([m for m in members if m not in (a, b) and ph.countries[m].cities]))
        cities += [(other, ph.countries[other].cities[0])]
    datelined = [(code, city) for code, city in cities if city.upper().title() == city]
    latin1 = [(code, city) for code, city in datelined if all(ch < "\u0100" for ch in city.upper())]
    extended = [(code, city) for code, city in datelined if (code, city) not in latin1]
    place_options: list[tuple[str, str | None]] = [("place.at", "at")] if cities else []
    place_options.append(("place.none", None))
    if latin1:
        place_options.append(("place.dateline", "dateline"))
    if extended:
        place_options.append(("place.dateline_extended_latin", "dateline_extended_latin"))
    place_style = c.pick(place_options, "the place of signing")
    if place_style == "at":
        code, city = draw(st.sampled_from(cities))
        place = (city, code)
    elif place_style == "dateline":
        code, city = draw(st.sampled_from(latin1))
        place = (city, code)
    elif place_style == "dateline_extended_latin":
        code, city = draw(st.sampled_from(extended))
        place = (city, code)

    # ---- background, an expert, fillers
    tied = {a, b} | ({place[1]} if place else set())
    others = [m for m in members if m not in tied]
    background = [(template, draw(st.sampled_from(others))) for template in c.subset([t.id for t in ph.templates["background"]], 2)]
    expert = None
    if c.flag(["expert.quote"], "an expert's quote"):
        code = draw(st.sampled_from([a, b]))
        gender = draw(st.sampled_from(["m", "f"]))
        name, name_ids = _name(c, ph, code, gender, taken)
        expert = Official(keys=("expert",), country=code, gender=gender, kind="expert", name=name, expert_title=draw(st.sampled_from(ph.data["experts"])), name_ids=name_ids)
    fillers = [(draw(st.integers(0, 5)), template) for template in c.subset([t.id for t in ph.templates["filler"]], 3)]

    return Plan(
        language=ph.code,
        published=published,
        parties=(a, b),
        party_styles=tuple(styles),  # type: ignore[arg-type]
        party_forms=tuple(written),  # type: ignore[arg-type]
        lead=lead.id,
        date_form=date_form,
        signed=signed,
        precision=precision,
        date_weekday=weekday,
        instrument=instrument,
        title_complement=title_complement,
        title_domain=title_domain,
        domains=domains,
        content=content,
        ref_choice=ref_choice,
        people=people,
        signatures=signatures,
        witness=witness,
        visit=visit,
        visit_template=visit_template,
        visit_kind=visit_kind,
        duration=duration,
        host_template=host_template,
        place=place,
        place_style=place_style or "at",
        background=background,
        expert=expert,
        fillers=fillers,
        paragraph_break=draw(st.integers(0, 1)),
    )
