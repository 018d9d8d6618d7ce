"""Language packs: everything language-specific, looked up by ISO 639-1 code.

A pack is a folder ``lang/<code>/`` holding data files (``meta.json``, ``countries.json``,
``titles.json``, ``cues.json``, ``instruments.json``, ``domains.json``, ``dates.json``; their
shape is :mod:`accordcheck.lang.schema`) and a module whose
``DATE_RULES`` object resolves the language's date expressions. Core code never names a
language: it asks :func:`get_pack` and reads what the pack holds, the way spaCy's
``Language.Defaults`` work.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import import_module, resources
from typing import Any

from accordcheck.lang.text_forms import (  # noqa: F401 (the pack's public words-and-patterns helpers)
    APOSTROPHES,
    WORD_END,
    WORD_START,
    _alternation,
    ends_with_phrase,
    fold,
    phrase_pattern,
    place_key,
)

__all__ = ["LanguagePack", "available_languages", "fold", "get_pack", "phrase_pattern", "place_key"]




@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    capital: str | None
    forms: dict[str, str] = field(default_factory=dict)  # folded lowercase surface form -> kind


@dataclass
class LanguagePack:
    code: str
    data: dict[str, Any]
    date_rules: Any

    # --- countries and places -------------------------------------------------------
    @cached_property
    def countries(self) -> dict[str, CountryEntry]:
        entries: dict[str, CountryEntry] = {}
        for raw in self.data["countries"]["countries"]:
            forms: dict[str, str] = {}
            for kind, key in (("name", "names"), ("long_form", "long_forms"), ("abbreviation", "abbreviations"), ("demonym", "demonyms")):
                for form in raw.get(key, []):
                    forms.setdefault(fold(form), kind)
            forms.setdefault(fold(raw["name"]), "name")
            entries[raw["code"]] = CountryEntry(raw["code"], raw["name"], raw.get("capital"), forms)
        return entries

    @cached_property
    def _country_index(self) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
        """Case-sensitive forms (names, abbreviations) and forms read in any case, by their
        lowercase: demonyms, and names and long forms of several words, which communiqués write
        in title case or capitals ("République Démocratique du Congo", "Émirats Arabes Unis")."""
        exact: dict[str, tuple[str, str]] = {}
        any_case: dict[str, tuple[str, str]] = {}
        for entry in self.countries.values():
            for form, kind in entry.forms.items():
                if kind == "demonym" or (kind in ("long_form", "name") and len(form.split()) > 1):
                    any_case.setdefault(form.lower(), (entry.code, kind))
                else:
                    exact.setdefault(form, (entry.code, kind))
        return exact, any_case

    @cached_property
    def country_regex(self) -> re.Pattern[str]:
        exact, demonyms = self._country_index
        # the forms read in any case first: "Émirats Arabes Unis" whole, not "Émirats" (an
        # alternation takes its first branch that matches, not its longest)
        return re.compile(
            rf"{WORD_START}(?:(?i:(?P<demonym>{_alternation(list(demonyms), ignore_case=True)}))|(?P<exact>{_alternation(list(exact))})){WORD_END}"
        )

    def countries_in(self, text: str) -> list[str]:
        """Codes of the countries ``text`` names (name, long form, abbreviation, demonym), in order."""
        codes = []
        for match in self.country_regex.finditer(fold(text)):
            entry = self.country_of_form(match.group())
            if entry:
                # a demonym two countries share ("congolais") names either: out of the
                # article's context, words that use it cannot tell one from the other
                codes.extend(self.shared_demonyms.get(match.group().lower()) or (entry[0],))
        return codes

    @cached_property
    def shared_demonyms(self) -> dict[str, tuple[str, ...]]:
        """Demonyms two countries share ("congolais"): the article's own parties decide."""
        shared = self.data["countries"].get("shared_demonyms", {})
        return {fold(form).lower(): tuple(codes) for form, codes in shared.items()}

    @cached_property
    def named_only_demonyms(self) -> dict[str, tuple[str, ...]]:
        """Demonyms read only where the article names their country (schema: CountriesData)."""
        forms = self.data["countries"].get("named_only_demonyms", {})
        return {fold(form).lower(): tuple(codes) for form, codes in forms.items()}

    def country_of_form(self, folded: str) -> tuple[str, str] | None:
        exact, demonyms = self._country_index
        return exact.get(folded) or demonyms.get(folded.lower())

    @cached_property
    def gazetteer(self) -> dict[str, tuple[str, bool]]:
        """City as written → (country code, is capital)."""
        places: dict[str, tuple[str, bool]] = {}
        suffixes = self.data["countries"].get("capital_suffixes", [])
        for raw in self.data["countries"]["countries"]:
            if raw.get("capital"):
                places.setdefault(fold(raw["capital"]), (raw["code"], True))
                if place_key(raw["capital"]) == place_key(raw["name"]):
                    for suffix in suffixes:  # "Djibouti City"
                        places.setdefault(fold(raw["capital"] + suffix), (raw["code"], True))
            for city in raw.get("cities", []):
                places.setdefault(fold(city), (raw["code"], False))
        for other, spelling in self.data["countries"].get("city_spellings", {}).items():
            places[fold(other)] = places[fold(spelling)]  # "Juba" is the capital "Djouba" is
        return places

    def city_entry(self, name: str) -> tuple[str, bool] | None:
        """The gazetteer entry of a city however it is spelled (:func:`place_key`)."""
        return self.gazetteer.get(fold(name)) or self.gazetteer.get(self.city_spelling(name) or "")

    def in_feature_name(self, folded: str, start: int, end: int) -> bool:
        """The country form at ``start``–``end`` of ``folded`` is part of a sea's, gulf's,
        lake's or river's name ("Gulf of Guinea", "océan Indien", "lac Tchad"), or an
        organisation's (``feature_before``/``feature_after`` in countries.json)."""
        ahead, behind = self._feature_patterns
        return bool((ahead is not None and ahead.search(folded, max(0, start - 30), start)) or (behind is not None and behind.match(folded, end)))

    @cached_property
    def _feature_patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        before = self.data["countries"].get("feature_before") or []
        after = self.data["countries"].get("feature_after") or []
        return (re.compile(rf"(?i:\b(?:{'|'.join(phrase_pattern(w) for w in before)})\s+)$") if before else None,
                re.compile(rf"(?i:\s+(?:{'|'.join(phrase_pattern(w) for w in after)})\b)") if after else None)

    @cached_property
    def _spelling_keys(self) -> dict[str, str]:
        return {place_key(other): place_key(spelling) for other, spelling in self.data["countries"].get("city_spellings", {}).items()}

    def homonym_countries(self, name: str) -> frozenset[str]:
        """The other countries with a city of this name (``homonyms`` in countries.json)."""
        return self._homonym_keys.get(place_key(name), frozenset())

    @cached_property
    def _homonym_keys(self) -> dict[str, frozenset[str]]:
        return {place_key(city): frozenset(codes) for city, codes in self.data["countries"].get("homonyms", {}).items()}

    def city_key(self, name: str) -> str:
        """What every writing of one city shares: :func:`place_key`, without a capital's
        suffix ("Djibouti City" and "Djibouti" are one city)."""
        key = place_key(name)
        key = self._spelling_keys.get(key, key)
        for suffix in self.data["countries"].get("capital_suffixes", []):
            ending = " " + place_key(suffix)
            if key.endswith(ending) and self.city_entry(name) is not None:
                return key.removesuffix(ending)
        return key

    def city_spelling(self, name: str) -> str | None:
        """The gazetteer's spelling of a city written another way ("LOME" → "Lomé")."""
        return self._gazetteer_by_key.get(place_key(name))

    @cached_property
    def _gazetteer_by_key(self) -> dict[str, str]:
        keyed: dict[str, str] = {}
        for city in self.gazetteer:
            keyed.setdefault(place_key(city), city)
        return keyed

    @cached_property
    def contracted_cities(self) -> dict[str, str]:
        """A city whose name begins with an article, as a preposition swallows it: "au Caire"
        → "Le Caire" (``contracted_articles`` in countries.json: {"Le": ["au", "du"]})."""
        contracted: dict[str, str] = {}
        articles = self.data["countries"].get("contracted_articles", {})
        for city in self.gazetteer:
            article, _, rest = city.partition(" ")
            for contraction in articles.get(article, []) if rest else []:
                contracted[fold(f"{contraction} {rest}")] = city
        return contracted

    def city_named(self, surface: str) -> tuple[str, int]:
        """The gazetteer city a matched surface form names, and where its own words begin."""
        city = self.contracted_cities.get(surface) or self.contracted_cities.get(self._contracted_by_key.get(place_key(surface), ""))
        if city is None:
            # the gazetteer's spelling of a city written with other accents ("Iași" for "Iasi")
            return (surface if surface in self.gazetteer else self.city_spelling(surface) or surface), 0
        return city, surface.index(" ") + 1

    @cached_property
    def _contracted_by_key(self) -> dict[str, str]:
        return {place_key(form): form for form in self.contracted_cities}

    @cached_property
    def city_regex(self) -> re.Pattern[str]:
        # "Garoua-Boulaï" is not Garoua: a city name does not run on into a hyphenated word
        return re.compile(rf"{WORD_START}(?:{_alternation([*self.gazetteer, *self.contracted_cities], any_accents=True)}){WORD_END}(?!-\w)")

    def capital_of(self, code: str) -> str | None:
        entry = self.countries.get(code)
        return entry.capital if entry else None

    def capital_of_demonym(self, form: str) -> tuple[str, str | None] | None:
        """The country a demonym names and its capital ("guinéenne" → GIN, Conakry), as a
        capital phrase uses it ("dans la capitale guinéenne", "in the Indian capital"); None
        for a word that is no demonym."""
        entry = self.country_of_form(form)
        if not entry or entry[1] != "demonym":
            return None
        return entry[0], self.capital_of(entry[0])

    def display_name(self, code: str) -> str:
        entry = self.countries.get(code)
        return entry.name if entry else code

    # --- titles -----------------------------------------------------------------------
    @cached_property
    def titles(self) -> dict[str, Any]:
        return self.data["titles"]

    @cached_property
    def title_head_regex(self) -> re.Pattern[str]:
        heads = self.titles["official_heads"] + self.titles["non_official_heads"]
        return re.compile(rf"(?i:{WORD_START}(?:{_alternation(heads, ignore_case=True)}){WORD_END})")

    @cached_property
    def non_official_heads(self) -> frozenset[str]:
        return frozenset(fold(h).lower() for h in self.titles["non_official_heads"])

    @cache
    def words(self, key: str, section: str = "titles") -> frozenset[str]:
        return frozenset(fold(w).lower() for w in self.data[section][key])

    def regex_of(self, key: str, section: str = "titles") -> re.Pattern[str]:
        return re.compile(rf"(?i:{WORD_START}(?:{_alternation(self.data[section][key], ignore_case=True)}){WORD_END})")

    # --- cues, instruments, domains -----------------------------------------------------
    @cache
    def cue(self, name: str) -> re.Pattern[str]:
        patterns = [fold(p) for p in self.data["cues"].get(name) or ()]
        # a cue the pack leaves empty matches nothing (an empty alternation would match everywhere)
        return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)

    @cache
    def cue_list(self, section: str, name: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(fold(p), re.IGNORECASE) for p in self.data["cues"][section][name])

    @cached_property
    def ordinal_references(self) -> tuple[tuple[re.Pattern[str], int], ...]:
        """"The second document", "le deuxième texte": each pattern with the rank (from 0) of
        the agreement it refers to, in the order the article first names them."""
        return tuple((re.compile(fold(p), re.IGNORECASE), rank) for p, rank in (self.data["cues"].get("ordinal_reference") or {}).items())

    @cached_property
    def instrument_regex(self) -> re.Pattern[str]:
        heads = [h for phrases in self.data["instruments"]["kinds"].values() for h in phrases]
        return re.compile(rf"(?i:{WORD_START}(?:{_alternation(heads, ignore_case=True)}){WORD_END})")

    @cached_property
    def instrument_insertion_regex(self) -> re.Pattern[str] | None:
        """A multiword kind's name with up to ``inserted_adjectives`` words after its first
        word: groups ``first``, ``inner`` and ``rest`` (``None`` when the pack allows none)."""
        count = self.data["instruments"].get("inserted_adjectives", 0)
        phrases = [fold(h).split() for phrases in self.data["instruments"]["kinds"].values() for h in phrases]
        phrases = [words for words in phrases if len(words) > 1]
        if not count or not phrases:
            return None
        first = _alternation([words[0] for words in phrases], ignore_case=True)
        rest = _alternation([" ".join(words[1:]) for words in phrases], ignore_case=True)
        inner = rf"(?:\s+[^\W\d_][\w’'-]*){{1,{count}}}"
        return re.compile(rf"(?i:{WORD_START}(?P<first>{first})(?P<inner>{inner})\s+(?P<rest>{rest}){WORD_END})")

    @cached_property
    def instrument_kinds(self) -> dict[str, str]:
        kinds: dict[str, str] = {}
        for kind, phrases in self.data["instruments"]["kinds"].items():
            for phrase in phrases:
                kinds.setdefault(fold(phrase).lower(), kind)
        return kinds

    @cached_property
    def domain_regexes(self) -> list[tuple[str, re.Pattern[str]]]:
        out = []
        for code, patterns in self.data["domains"].items():
            if code.startswith("_"):
                continue
            joined = "|".join(f"(?:{_domain_pattern(p)})" for p in patterns)
            out.append((code, re.compile(rf"{WORD_START}(?:{joined}){WORD_END}", re.IGNORECASE)))
        return out

    @cached_property
    def dates(self) -> dict[str, Any]:
        return self.data["dates"]

    @property
    def ner_model(self) -> str | None:
        """The spaCy model (a PyPI package) that finds the language's person names."""
        return self.data["meta"].get("ner_model")

    def alternation(self, key: str, section: str) -> str:
        """The words of a pack list as a regex alternation over folded text, longest first
        (flat: callers may compile it case-insensitively, where a trie's branches in two cases
        could let a shorter phrase win)."""
        unique = sorted({fold(p) for p in self.data[section][key] if p}, key=len, reverse=True)
        return "|".join(phrase_pattern(p) for p in unique)

    def __hash__(self) -> int:
        return hash(self.code)


def _domain_pattern(entry: str | dict) -> str:
    """A domain's regex, or a words-near pair (lang/schema.py, ``WordsNear``) as one: the two
    groups in either order with up to ``within`` words of the same clause between them."""
    if isinstance(entry, str):
        return fold(entry)
    from accordcheck.lang.schema import WordsNear

    pair = WordsNear.model_validate(entry)  # its defaults (``within``, ``ordered``) live in the schema alone
    first, second = ("|".join(f"(?:{fold(p)})" for p in group) for group in pair.near)
    gap = rf"(?:\s+[\w'-]+){{0,{pair.within}}}\s+"
    forward = rf"(?:{first}){WORD_END}{gap}(?:{second})"
    return forward if pair.ordered else rf"{forward}|(?:{second}){WORD_END}{gap}(?:{first})"


_DATA_FILES = ("meta", "countries", "titles", "cues", "instruments", "domains", "dates")


@cache
def available_languages() -> tuple[str, ...]:
    root = resources.files("accordcheck.lang")
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("countries.json").is_file()
               and p.joinpath("titles.json").is_file())
    )


_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")


def expand_fragments(cues: dict[str, Any], key: str = "fragments") -> dict[str, Any]:
    """The section with every ``{{name}}`` replaced by its fragment of that name (a group,
    under ``key``), so that one class of phrasing — what a ceremony is called, the verbs of
    attending it, the services whose officers are civilians — is written once and every
    pattern that needs it grows with it."""
    fragments = cues.get(key) or {}

    def expand(value: Any) -> Any:
        if isinstance(value, str):
            return _FRAGMENT.sub(lambda m: f"(?:{expand(fragments[m.group(1)])})", value)
        if isinstance(value, list):
            return [expand(v) for v in value]
        if isinstance(value, dict):
            return {k: expand(v) for k, v in value.items()}
        return value

    return {name: value if name == key else expand(value) for name, value in cues.items()}


@cache
def get_pack(code: str) -> LanguagePack:
    """The language pack for ``code``; ``KeyError`` names the languages there are."""
    if code not in available_languages():
        raise KeyError(f"no language pack for '{code}' (available: {', '.join(available_languages())})")
    folder = resources.files(f"accordcheck.lang.{code}")
    data = {name: json.loads(folder.joinpath(f"{name}.json").read_text(encoding="utf-8")) for name in _DATA_FILES}
    from accordcheck.lang.schema import PackData

    PackData.model_validate(data)  # unknown or missing keys fail here, naming the file and key
    data["cues"] = expand_fragments(data["cues"])
    data["domains"] = expand_fragments(data["domains"], key="_fragments")
    module = import_module(f"accordcheck.lang.{code}")
    return LanguagePack(code=code, data=data, date_rules=module.DATE_RULES)
