"""Single-fact corruptions of a correct record: the kinds of the mutation benchmark.

Each generator takes a :class:`Context` (the correct record as JSON data, the normalized
texts of its sources, the language pack, a ``random.Random``) and returns a
:class:`Mutation`, or ``None`` when the kind does not apply to that record. The benchmark
(``benchmarks/accuracy/mutations.py``) and the :func:`corruptions` strategy share them: Hypothesis
hands the generators a shrinkable ``Random``.

* ``date_day`` applies only to ``day`` precision (a ``month``/``year`` date stays on the 1st);
  ``weekday`` moves the date by 2 to 5 days, and applies only when the expression has a weekday
  and no number ("ce mardi", "mardi dernier", not "mardi 17 février").
* ``party`` changes ``country`` and ``name`` together (a coherent wrong party), to a country the
  text names outside the record's parties, people, place and visit when there is one, else to one
  it never names (nor any of its cities).
* ``city`` also sets ``place.country`` to the new city's country, so only the city is wrong.
* ``title_moved`` removes the title from its holder (unless it was an unnamed official's only one).
* ``domain_added`` and ``signatory`` append (the new item has no evidence of its own).
* ``span_shift`` with evidence emptied keeps the shifted span alone (now ``evidence[0]``).
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import random
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from accordcheck.lang import LanguagePack, fold, get_pack
from accordcheck.model.record import AgreementRecord, InstrumentKind
from accordcheck.model.vocabulary import DOMAIN_CODES

__all__ = [
    "CORRUPTION_KINDS",
    "KINDS",
    "Context",
    "Mutation",
    "corruptions",
    "empty_evidence",
    "span_dict",
]

# Relative weekday expressions ("ce mardi", "mardi dernier", "on Tuesday"): a weekday word
# and no day number.
WEEKDAY_WORDS = re.compile(
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)

# Officials' names for the name_absent kind; each is checked against the record's sources
# (no part of it may occur there) before use.
ABSENT_NAMES = [
    "Youssef El Amrani", "Jean-Marc Delorme", "Fatima Zahra Bennani", "Carlos Mendoza Ruiz",
    "Olga Petrenko", "Kenji Watanabe", "Amadou Diallo", "Ingrid Solberg", "Rashid Al-Mansouri",
    "Thabo Nkosi", "Lucía Fernández Ortega", "Mehmet Demirtaş", "Nguyen Thi Lan", "Pierre Lavoisier",
    "Aisha Mwangi", "Hamid Karimov", "Sofia Lindqvist", "Oumar Sy Traoré", "Bartholomew Quigley",
    "Radomir Zielinski", "Tupou Faleafa", "Ngozi Eze", "Hiroko Ishikawa", "Gunnhild Ødegaard",
]


@dataclass
class Context:
    """What a generator needs to know about one correct record."""

    record: dict
    texts: list[str]  # normalized text of each source
    pack: LanguagePack
    rng: random.Random

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    def mentions(self, phrase: str) -> bool:
        return fold(phrase).lower() in fold(self.text).lower()


@dataclass
class Mutation:
    kind: str
    target: str  # the contract path of the corrupted field
    description: str
    record: dict
    keep_only_span: str | None = None  # span shifts keep that span when evidence is emptied


Generator = Callable[[Context, int], "Mutation | None"]


def _date(record: dict) -> dt.date | None:
    value = record["signed"].get("date")
    return dt.date.fromisoformat(value) if value else None


def _shift_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28)


def gen_date_day(ctx: Context, n: int) -> Mutation | None:
    date = _date(ctx.record)
    if date is None or ctx.record["signed"].get("precision", "day") != "day":
        return None  # a month/year precision date must stay on the 1st (schema)
    delta = (1, -1)[n % 2] if n < 2 else ctx.rng.choice((1, -1))
    record = copy.deepcopy(ctx.record)
    record["signed"]["date"] = (date + dt.timedelta(days=delta)).isoformat()
    return Mutation("date_day", "signed.date", f"{date} → {record['signed']['date']}", record)


def gen_date_year(ctx: Context, n: int) -> Mutation | None:
    date = _date(ctx.record)
    if date is None:
        return None
    delta = (-1, 1)[n % 2] if n < 2 else ctx.rng.choice((1, -1))
    record = copy.deepcopy(ctx.record)
    record["signed"]["date"] = _shift_years(date, delta).isoformat()
    return Mutation("date_year", "signed.date", f"{date} → {record['signed']['date']}", record)


def gen_weekday(ctx: Context, n: int) -> Mutation | None:
    date = _date(ctx.record)
    expression = ctx.record["signed"].get("expression") or ""
    if date is None or not WEEKDAY_WORDS.search(expression) or re.search(r"\d", expression):
        return None
    # Another day of the same week-ish, never the same weekday, not the ±1 of date_day.
    options = [-2, -3, 2, -4, 3, -5]
    delta = options[(n + ctx.rng.randrange(len(options))) % len(options)]
    record = copy.deepcopy(ctx.record)
    new = date + dt.timedelta(days=delta)
    record["signed"]["date"] = new.isoformat()
    return Mutation("weekday", "signed.date", f"'{expression}' {date:%a} → {new} ({new:%A})", record)


def _countries_in_text(ctx: Context) -> list[str]:
    pack = ctx.pack
    found: list[str] = []
    for match in pack.country_regex.finditer(fold(ctx.text)):
        entry = pack.country_of_form(match.group())
        if entry and entry[0] not in found:
            found.append(entry[0])
    return found


def gen_party(ctx: Context, n: int) -> Mutation | None:
    record = ctx.record
    parties = {p["country"] for p in record["parties"]}
    tied = set(parties)
    tied |= {p.get("country") for p in record.get("people", []) if p.get("country")}
    if record.get("visit"):
        tied |= {record["visit"]["host"], record["visit"]["visitor"]}
    if record.get("place") and record["place"].get("country"):
        tied.add(record["place"]["country"])
    passing = [c for c in _countries_in_text(ctx) if c not in tied]
    named = set(_countries_in_text(ctx))
    named |= {ctx.pack.gazetteer[ctx.pack.city_named(m.group())[0]][0] for m in ctx.pack.city_regex.finditer(fold(ctx.text))}
    never = sorted(c for c in ctx.pack.countries if c not in named and c not in tied)
    # A country the article names only in passing when there is one, else one it never names.
    if passing:
        code, how = ctx.rng.choice(passing), "named in passing"
    elif never:
        code, how = ctx.rng.choice(never), "never named"
    else:
        return None
    i = ctx.rng.randrange(len(record["parties"]))
    out = copy.deepcopy(record)
    old = out["parties"][i]["country"]
    out["parties"][i]["country"] = code
    out["parties"][i]["name"] = ctx.pack.display_name(code)
    return Mutation("party", f"parties[{i}].country", f"{old} → {code} ({how})", out)


def gen_title_moved(ctx: Context, n: int) -> Mutation | None:
    people = ctx.record.get("people", [])
    pairs = []
    for a, pa in enumerate(people):
        for b, pb in enumerate(people):
            if a == b:
                continue
            for t, title in enumerate(pa.get("titles", [])):
                key = fold(title).lower()
                if any(key in fold(x).lower() or fold(x).lower() in key for x in pb.get("titles", [])):
                    continue
                pairs.append((a, b, t))
    if not pairs:
        return None
    a, b, t = ctx.rng.choice(pairs)
    out = copy.deepcopy(ctx.record)
    source, target = out["people"][a], out["people"][b]
    title = source["titles"][t]
    if source.get("name") is not None or len(source["titles"]) > 1:
        del source["titles"][t]  # moved
    target["titles"].append(title)
    path = f"people[{b}].titles[{len(target['titles']) - 1}]"
    return Mutation("title_moved", path, f"'{title}': {_who(people[a])} → {_who(people[b])}", out)


def _who(person: dict) -> str:
    return person.get("name") or (person.get("titles") or ["an unnamed official"])[0]


def gen_name_absent(ctx: Context, n: int) -> Mutation | None:
    named = [i for i, p in enumerate(ctx.record.get("people", [])) if p.get("name")]
    if not named:
        return None
    i = ctx.rng.choice(named)
    existing = [fold(p["name"]).lower() for p in ctx.record["people"] if p.get("name")]
    candidates = [
        name for name in ABSENT_NAMES
        if not ctx.mentions(name)
        and not any(ctx.mentions(part) for part in name.split() if len(part) > 3)
        and all(difflib.SequenceMatcher(None, fold(name).lower(), e).ratio() < 0.6 for e in existing)
    ]
    if not candidates:
        return None
    name = ctx.rng.choice(candidates)
    out = copy.deepcopy(ctx.record)
    old = out["people"][i]["name"]
    out["people"][i]["name"] = name
    return Mutation("name_absent", f"people[{i}].name", f"{old} → {name}", out)


def _near_miss(name: str, rng: random.Random) -> str | None:
    words = name.split(" ")
    choices = [k for k, w in enumerate(words) if sum(c.isalpha() for c in w) >= 4]
    if not choices:
        return None
    k = rng.choice(choices)
    word = words[k]
    positions = [p for p in range(1, len(word)) if word[p].isalpha()]
    op = rng.choice(("double", "drop", "swap"))
    p = rng.choice(positions)
    if op == "double":
        word = word[:p] + word[p] + word[p:]
    elif op == "drop":
        word = word[:p] + word[p + 1 :]
    else:
        q = p + 1 if p + 1 < len(word) and word[p + 1].isalpha() else p - 1
        if q < 1 or word[p] == word[q]:
            return None
        lo, hi = min(p, q), max(p, q)
        word = word[:lo] + word[hi] + word[lo] + word[hi + 1 :]
    words[k] = word
    return " ".join(words)


def gen_name_spelling(ctx: Context, n: int) -> Mutation | None:
    named = [i for i, p in enumerate(ctx.record.get("people", [])) if p.get("name")]
    if not named:
        return None
    for _ in range(20):
        i = ctx.rng.choice(named)
        old = ctx.record["people"][i]["name"]
        new = _near_miss(old, ctx.rng)
        if new and new != old and not ctx.mentions(new):
            out = copy.deepcopy(ctx.record)
            out["people"][i]["name"] = new
            return Mutation("name_spelling", f"people[{i}].name", f"{old} → {new}", out)
    return None


def gen_city(ctx: Context, n: int) -> Mutation | None:
    place = ctx.record.get("place")
    if not place or not place.get("city"):
        return None
    city = fold(place["city"]).lower()
    capitals = []
    for party in ctx.record["parties"]:
        capital = ctx.pack.capital_of(party["country"])
        if capital and fold(capital).lower() != city and party["country"] != place.get("country"):
            capitals.append(capital)
    gazetteer = ctx.pack.gazetteer
    if capitals and n % 2 == 0:
        new = ctx.rng.choice(capitals)
    else:
        others = sorted(c for c in gazetteer if fold(c).lower() != city and c not in capitals)
        new = ctx.rng.choice(others)
    out = copy.deepcopy(ctx.record)
    out["place"]["city"] = new
    if out["place"].get("country") is not None and fold(new) in gazetteer:
        out["place"]["country"] = gazetteer[fold(new)][0]  # a coherent (wrong) place
    return Mutation("city", "place.city", f"{place['city']} → {new}", out)


def gen_domain_added(ctx: Context, n: int) -> Mutation | None:
    text = fold(ctx.text)
    mentioned = {code for code, pattern in ctx.pack.domain_regexes if pattern.search(text)}
    claimed = {d["code"] for d in ctx.record.get("domains", [])}
    candidates = sorted(DOMAIN_CODES - mentioned - claimed - {"other"})
    if not candidates:
        return None
    code = ctx.rng.choice(candidates)
    out = copy.deepcopy(ctx.record)
    out.setdefault("domains", []).append({"code": code, "evidence": []})
    return Mutation("domain_added", f"domains[{len(out['domains']) - 1}].code", f"+{code}", out)


def gen_visit_length(ctx: Context, n: int) -> Mutation | None:
    visit = ctx.record.get("visit")
    if not visit or not visit.get("duration_days"):
        return None
    old = visit["duration_days"]
    delta = (1, -1)[n % 2] if old > 1 else 1
    out = copy.deepcopy(ctx.record)
    out["visit"]["duration_days"] = old + delta
    return Mutation("visit_length", "visit.duration_days", f"{old} → {old + delta}", out)


def gen_signatory(ctx: Context, n: int) -> Mutation | None:
    people = ctx.record.get("people", [])
    candidates = [i for i, p in enumerate(people) if "signatory" not in p.get("roles", [])]
    if not candidates:
        return None
    i = ctx.rng.choice(candidates)
    out = copy.deepcopy(ctx.record)
    out["people"][i]["roles"].append("signatory")
    path = f"people[{i}].roles[{len(out['people'][i]['roles']) - 1}]"
    return Mutation("signatory", path, f"+signatory for {_who(people[i])}", out)


def gen_kind(ctx: Context, n: int) -> Mutation | None:
    old = ctx.record["instrument"]["kind"]
    new = ctx.rng.choice([k.value for k in InstrumentKind if k.value != old])
    out = copy.deepcopy(ctx.record)
    out["instrument"]["kind"] = new
    return Mutation("kind", "instrument.kind", f"{old} → {new}", out)


def gen_span_shift(ctx: Context, n: int) -> Mutation | None:
    record = AgreementRecord.model_validate(ctx.record)
    spans = record.iter_spans()
    if not spans:
        return None
    for _ in range(20):
        path, span = ctx.rng.choice(spans)
        text = ctx.texts[span.source]
        delta = ctx.rng.choice((-5, -4, -3, -2, -1, 1, 2, 3, 4, 5))
        start, end = span.start + delta, span.end + delta
        if start < 0 or end > len(text) or text[start:end] == span.text:
            continue
        out = copy.deepcopy(ctx.record)
        target = span_dict(out, path)
        target["start"], target["end"] = start, end
        return Mutation("span_shift", path, f"{path} {span.start}:{span.end} → {start}:{end}", out, keep_only_span=path)
    return None


def span_dict(record: dict, path: str) -> dict:
    """The span dict at a contract path such as ``people[2].evidence[1]``."""
    node: object = record
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", path):
        node = node[name]  # type: ignore[index]
        if index:
            node = node[int(index)]  # type: ignore[index]
    return node  # type: ignore[return-value]


KINDS: list[tuple[str, str, Generator]] = [
    ("date_day", "date shifted by a day", gen_date_day),
    ("date_year", "date shifted by a year", gen_date_year),
    ("weekday", "wrong weekday for 'ce mardi'", gen_weekday),
    ("party", "party replaced", gen_party),
    ("title_moved", "title moved to another person", gen_title_moved),
    ("name_absent", "name absent from the text", gen_name_absent),
    ("name_spelling", "near-miss spelling (warning ok)", gen_name_spelling),
    ("city", "signing city changed", gen_city),
    ("domain_added", "domain never mentioned added", gen_domain_added),
    ("visit_length", "visit length ±1", gen_visit_length),
    ("signatory", "signatory role not in text", gen_signatory),
    ("kind", "instrument kind changed", gen_kind),
    ("span_shift", "span offsets shifted", gen_span_shift),
]

CORRUPTION_KINDS: tuple[str, ...] = tuple(kind for kind, _, _ in KINDS)

# The least severity of a failing check on the corrupted path that catches the kind.
SEVERITY = {kind: "warning" if kind == "name_spelling" else "error" for kind in CORRUPTION_KINDS}


def empty_evidence(record: dict, keep: str | None = None) -> dict:
    """``record`` with every evidence list emptied (except the span at ``keep``)."""
    out = copy.deepcopy(record)
    kept = copy.deepcopy(span_dict(record, keep)) if keep else None
    holders = [out["instrument"], *out["parties"], out["signed"], *out.get("people", []), *out.get("domains", [])]
    holders += [x for x in (out.get("place"), out.get("visit")) if x]
    for holder in holders:
        holder["evidence"] = []
    if keep:
        owner = re.fullmatch(r"(.*)\.evidence\[\d+\]", keep).group(1)  # type: ignore[union-attr]
        span_dict(out, owner)["evidence"] = [kept]
    return out


def applicable_kinds(record: dict, texts: list[str], pack: LanguagePack, kinds: Collection[str] | None = None) -> list[str]:
    """The kinds that can corrupt ``record`` (in :data:`CORRUPTION_KINDS` order)."""
    wanted = set(CORRUPTION_KINDS if kinds is None else kinds)
    out = []
    for kind, _, generator in KINDS:
        if kind not in wanted:
            continue
        if generator(Context(record, texts, pack, random.Random(0)), 0) is not None:
            out.append(kind)
    return out


def corruptions(case: Any, kinds: Collection[str] | None = None, *, evidence: str = "either"):
    """Corruptions of ``case.record``: one fact made wrong against ``case.text``.

    ``kinds`` limits the kinds (default: every kind of :data:`CORRUPTION_KINDS` that applies
    to the record). ``evidence``: ``"keep"`` leaves the record's other evidence as it is,
    ``"empty"`` empties every evidence list (the checker must then find the support
    itself; a shifted span stays, alone), ``"either"`` draws one of the two.
    """
    from hypothesis import strategies as st

    from accordcheck.testing._case import Corruption

    unknown = sorted(set(kinds or ()) - set(CORRUPTION_KINDS))
    if unknown:
        raise ValueError(f"unknown corruption kinds {unknown} (known: {', '.join(CORRUPTION_KINDS)})")
    if evidence not in ("keep", "empty", "either"):
        raise ValueError(f"evidence must be 'keep', 'empty' or 'either', not {evidence!r}")
    record = case.record.model_dump(mode="json")
    pack = get_pack(case.language)
    texts = [case.text]
    available = applicable_kinds(record, texts, pack, kinds)
    if not available:
        raise ValueError(f"no corruption of the kinds {sorted(kinds or CORRUPTION_KINDS)} applies to record {case.record.id}")
    generators = {kind: generator for kind, _, generator in KINDS}

    @st.composite
    def draw_one(draw) -> Corruption:
        kind = draw(st.sampled_from(available))
        rng = draw(st.randoms(use_true_random=False))
        n = draw(st.integers(0, 3))
        mutation = generators[kind](Context(record, texts, pack, rng), n)
        if mutation is None:  # a kind whose random choices can come up empty (spelling)
            from hypothesis import assume

            assume(False)
        emptied = {"keep": False, "empty": True}.get(evidence)
        if emptied is None:
            emptied = draw(st.booleans())
        data, target = mutation.record, mutation.target
        if emptied:
            data = empty_evidence(data, mutation.keep_only_span)
            if mutation.keep_only_span:
                target = re.sub(r"\[\d+\]$", "[0]", target)  # the shifted span is now evidence[0]
        return Corruption(
            record=AgreementRecord.model_validate(data),
            path=target,
            kind=kind,
            description=mutation.description,
            severity=SEVERITY[kind],
            evidence_emptied=emptied,
        )

    return draw_one()
