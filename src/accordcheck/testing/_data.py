"""The data generated articles are made of: a language's phrasings and the officials' names.

``phrasings/<code>.json`` holds everything a generated article says in that language
(grammar words, templates, titles, domain phrases, date forms, and the countries the
generator draws from: the UN members, with what the language needs to name them);
``names.json`` holds names by naming tradition. Both are checked here against the
language pack, so a name never reads as a country or a city and a country's forms always
read back as that country.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

from accordcheck.lang import LanguagePack, fold, get_pack

__all__ = ["CountryForms", "Phrasings", "Template", "phrasings", "available"]


@dataclass(frozen=True)
class Template:
    id: str
    text: str | dict[str, str]
    section: str
    roles: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CountryForms:
    """How the generator may name one country, every form checked against the pack."""

    code: str
    name: str  # the pack's display name, what a record shows
    gender: str  # m | f | v (elided) | pl | none (no article)
    names: tuple[str, ...]  # names that read back as this country
    long_forms: tuple[str, ...]
    demonyms: tuple[str, str] | None  # masculine, feminine singular
    capital: str | None  # usable as a metonym for the government and as a place
    cities: tuple[str, ...]  # usable as places (capital first when usable)
    loc: str | None  # override of the "au/en/aux/à" preposition
    aspirated: bool  # initial h aspiré: no elision


class Phrasings:
    """One language's phrasings, validated against its language pack."""

    def __init__(self, code: str, data: dict[str, Any], names: dict[str, Any], pack: LanguagePack) -> None:
        self.code = code
        self.data = data
        self.pack = pack
        self.grammar: dict[str, Any] = data["grammar"]
        self.vowels: str = self.grammar["vowels"]
        self.countries: dict[str, CountryForms] = self._countries()
        self.templates: dict[str, list[Template]] = {
            section: [Template(t["id"], t["text"], section, t.get("roles", {}), {k: v for k, v in t.items() if k not in ("id", "text", "roles")}) for t in items]
            for section, items in data["templates"].items()
        }
        self.template_by_id: dict[str, Template] = {t.id: t for items in self.templates.values() for t in items}
        self.traditions, self.country_traditions, self.rejected_names = self._names(names)

    # ------------------------------------------------------------------ countries
    def _countries(self) -> dict[str, CountryForms]:
        pack = self.pack
        out: dict[str, CountryForms] = {}
        for code, grammar in self.data["countries"].items():
            entry = pack.countries.get(code)
            if entry is None:
                raise ValueError(f"phrasings/{self.code}.json: {code} is not in the language pack")
            raw = next(c for c in pack.data["countries"]["countries"] if c["code"] == code)

            def reads_back(form: str) -> bool:
                match = pack.country_regex.fullmatch(fold(form))
                found = pack.country_of_form(fold(form)) if match else None
                return found is not None and found[0] == code

            names = tuple(n for n in dict.fromkeys([raw["name"], *raw.get("names", [])]) if reads_back(n) and n[:1].isupper())
            long_forms = tuple(f for f in raw.get("long_forms", []) if reads_back(f) and f.split()[0] in self.data["long_form_gender"])
            demonyms = grammar.get("dem")
            if demonyms is not None and not all(reads_back(d) for d in demonyms):
                raise ValueError(f"phrasings/{self.code}.json: a demonym of {code} does not read back as {code}: {demonyms}")
            country_forms = {fold(f) for f in entry.forms}
            cities = []
            for city in [raw.get("capital"), *raw.get("cities", [])]:
                if not city or not self._usable_city(city, code, country_forms):
                    continue
                cities.append(city)
            capital = raw.get("capital")
            if capital not in cities or pack.capital_of(code) != capital:
                capital = None
            out[code] = CountryForms(
                code=code,
                name=pack.display_name(code),
                gender=grammar["g"],
                names=names,
                long_forms=long_forms,
                demonyms=tuple(demonyms) if demonyms else None,
                capital=capital,
                cities=tuple(dict.fromkeys(cities)),
                loc=grammar.get("loc"),
                aspirated=bool(grammar.get("h_aspire")),
            )
        return out

    def _usable_city(self, city: str, code: str, country_forms: set[str]) -> bool:
        pack = self.pack
        key = fold(city)
        if pack.gazetteer.get(key, (None,))[0] != code:
            return False  # the gazetteer files this spelling under another country
        if pack.country_regex.search(key) or key in country_forms:
            return False  # "Djibouti", "Koweït": the city reads as the country too
        if pack.city_regex.fullmatch(key) is None:
            return False
        first = city.split()[0]
        if first in ("Le", "Les"):
            return False  # "au Caire": the article contracts with the preposition
        return True

    # ------------------------------------------------------------------ names
    def _names(self, names: dict[str, Any]):
        traditions: dict[str, dict[str, Any]] = {}
        by_country: dict[str, list[str]] = {}
        rejected: list[str] = []
        for tradition, raw in names["traditions"].items():
            def keep(part: str) -> bool:
                if self.bad_name_part(part):
                    rejected.append(f"{tradition}: {part}")
                    return False
                return True

            cleaned = dict(raw)
            cleaned["given"] = {g: [p for p in dict.fromkeys(raw["given"][g]) if keep(p)] for g in ("m", "f")}
            cleaned["surname"] = [p for p in dict.fromkeys(raw["surname"]) if keep(p)]
            cleaned["particle"] = list(raw.get("particle", []))
            traditions[tradition] = cleaned
            for code in raw["countries"]:
                by_country.setdefault(code, []).append(tradition)
        return traditions, by_country, rejected

    @cached_property
    def _blocked_words(self) -> frozenset[str]:
        dates = self.pack.dates
        words = set(dates["months"]) | set(dates["weekdays"]) | set(self.data["dates"]["months"]) | set(self.data["dates"]["weekdays"])
        return frozenset(fold(w).lower() for w in words)

    def bad_name_part(self, part: str) -> bool:
        """A name part the reader would take for something else (country, city, title, date)."""
        pack = self.pack
        for word in part.split():
            key = fold(word)
            if pack.country_of_form(key) is not None or pack.country_regex.search(key):
                return True
            if key in pack.gazetteer or pack.city_regex.search(key):
                return True
            if pack.title_head_regex.search(key) or pack.instrument_regex.search(key):
                return True
            if key.lower() in self._blocked_words:
                return True
            if any(pattern.search(key) for _, pattern in pack.domain_regexes):
                return True
            if re.search(r"\d", key):
                return True
        return False

    # ------------------------------------------------------------------ helpers
    def starts_with_vowel(self, text: str) -> bool:
        return bool(text) and text[0] in self.vowels

    def article(self, gender: str, following: str, *, aspirated: bool = False) -> str:
        """'le '/'la '/'l’'/'les '/'' before ``following``."""
        if gender in ("m", "f") and self.starts_with_vowel(following) and not aspirated:
            return self.grammar["article"]["v"]
        return self.grammar["article"][gender]

    def contracted(self, preposition: str, gender: str, following: str, *, aspirated: bool = False) -> str:
        """'du '/'de la '/'de l’'/'des '/'de '/'d’' (preposition 'de') or 'au '... ('a')."""
        table = self.grammar[preposition]
        if gender == "none":
            if preposition == "de" and self.starts_with_vowel(following):
                return table["none_v"]
            return table["none"]
        if gender in ("m", "f") and self.starts_with_vowel(following) and not aspirated:
            return table["v"]
        return table[gender]

    def locative(self, country: CountryForms, name: str) -> str:
        if country.loc:
            return country.loc + " "
        gender = country.gender
        if gender == "m" and self.starts_with_vowel(name) and not country.aspirated:
            gender = "v"
        return self.grammar["loc"][gender]


@cache
def available() -> tuple[str, ...]:
    folder = resources.files("accordcheck.testing").joinpath("phrasings")
    return tuple(sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")))


@cache
def phrasings(language: str) -> Phrasings:
    """The phrasings of ``language``; ``ValueError`` names the languages there are."""
    if language not in available():
        raise ValueError(f"no generated-article phrasings for '{language}' (available: {', '.join(available())})")
    root = resources.files("accordcheck.testing")
    data = json.loads(root.joinpath("phrasings", f"{language}.json").read_text(encoding="utf-8"))
    names = json.loads(root.joinpath("names.json").read_text(encoding="utf-8"))
    return Phrasings(language, data, names, get_pack(language))
