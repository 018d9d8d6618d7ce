"""The shape of a language pack: one pydantic model per data file, unknown keys refused.

:func:`accordcheck.lang.get_pack` validates every pack through :class:`PackData` when it
loads it, so a misspelt key or a key no code reads fails loudly instead of being ignored.
Patterns are Python regular expressions over folded text (one apostrophe, ``'``); word
lists are matched case-insensitively unless a field says otherwise.
"""

# ruff: noqa: RUF012 -- pydantic fields, whose mutable defaults pydantic copies for each instance

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    field_validator,
)

from accordcheck.lang.cue_schema import CuesData
from accordcheck.lang.sections import Patterns, Words, _Section

__all__ = [
    "CountriesData", "CuesData", "DatesData", "DomainsData", "InstrumentsData", "MetaData", "PackData", "TitlesData", "WordsNear",
]

class Relations(_Section):
    """The dependency relations the language's spaCy parser uses (Universal Dependencies)."""

    agent: Words  # the passive's agent: "signé par X"
    subject: Words  # the active verb's subject: "X a signé"
    passive_marker: Words  # a child that makes the verb passive (its subject is the signed text)
    coordinated: Words  # "A et B", "par A et par B"
    inside: Words  # the phrase of an agent that names the same person: its name parts, appositions
    relative_clause: Words = []  # "X, qui a signé": the subject is the clause's antecedent


class MetaData(_Section):
    ner_model: str | None = None  # spaCy model (a PyPI package) for person names
    parser_relations: Relations | None = None  # the model's parser, run on the sentences that carry a cue


class Country(_Section):
    code: str
    name: str
    names: Words = []
    long_forms: Words = []
    abbreviations: Words = []  # case-sensitive
    demonyms: Words = []
    capital: str | None = None
    cities: Words = []


class CountriesData(_Section):
    language: str
    notes: list[str] = []
    countries: list[Country]
    contracted_articles: dict[str, Words] = {}  # "Le": ["au", "du"]: "au Caire" is "Le Caire"
    shared_demonyms: dict[str, Words] = {}
    # demonyms left out of the forms because they are ambiguous out of context ("coréen":
    # "péninsule coréenne"): form → [country, countries whose naming blocks it]; read as that
    # country only where the article names it and none of the others
    named_only_demonyms: dict[str, Words] = {}
    # a country's form inside a geographic feature's name is no mention of the country:
    # "Gulf of Guinea", "South China Sea", "golfe de Guinée"
    feature_before: Words = []
    feature_after: Words = []
    # a capital named like its country is also written with these after it, joiner included
    # ("Djibouti City", "Koweït City", "Djibouti-Ville"): the same city
    capital_suffixes: Words = []
    # a city of the gazetteer whose name cities of other countries share ("St. John's" of
    # Antigua and of Newfoundland, "Hyderabad" of India and of Sindh): city → those countries;
    # a record giving one of them is never contradicted by the gazetteer's choice
    homonyms: dict[str, Words] = {}
    # one city under two spellings the gazetteer both lists ("Juba" and "Djouba", "Kyiv" and
    # "Kiev"): the other spelling → the one its country entry names; one city to every check
    city_spellings: dict[str, str] = {}


class TitlesData(_Section):
    official_heads: Words
    non_official_heads: Words
    honorifics: Words
    state_honorifics: Words = []  # honorifics only a state gives ("His Highness", "Son Excellence"): an official's, not anyone's ("Mr", "M.")
    title_modifiers: Words
    pre_head_words: Words | None = None  # head-final titles: "Defence Minister"
    # words that make another office of a title ("State Minister", "vice-ministre"): a title
    # written without the one before it is not the source's
    rank_words: Words = []
    complement_capitals: Words | None = None  # capitalised office words a complement may hold
    complement_links: Words
    complement_determiners: Words  # after a link: "de la", "of the"
    location_links: Words
    # an office a title's complement may name with its seat ("directeur du bureau de l’UNICEF à Dakar", "head of the EU delegation in Dakar")
    office_nouns: Words = []
    location_heads: Words
    coordinators: Words
    bare_coordination: bool = False
    boundary_words: Words
    name_particles: Words
    anaphor_only_heads: Words
    function_synonyms: dict[str, list[str]] = {}  # "the envoy" names an ambassador or high commissioner introduced earlier
    non_official_complements: Words
    appositive_links: Words
    guarded_links: Words
    name_suffixes: Words = []
    counterpart_heads: Words
    possessive_suffixes: Words = []
    appositive_prefix: str | None = None
    name_suffix_particles: Words = []  # patronymics after a name: "Azamat Zhenishbek uulu", "Aida Bakyt kyzy"
    hyphen_particles: Words = []  # particles only ever joined to the next name word: "Sardar Ahsan ul-Haq", "Zia ud-Din"
    patronymic_particles: Words = []  # "bin", "ould": the word before or after one is a name, even a title's ("Sultan bin Hamad")
    post_nominals: list[str] = []  # letters after a name, matched as written: "Ciarán Ó Murchú TD", "Sarah Okonjo MP"
    # a given name written short, part of the name it opens: "Ma. Teresa Cruz", "Md. Habibur Rahman"
    given_name_abbreviations: list[str] = []
    # offices a title names after commas: "Secretary, Health Services Division, Ministry of …"
    office_path_nouns: Words = []
    # heads only a government gives: a complement naming a company or a sector ("ministre de la
    # Petite entreprise", "Minister for Universities") leaves them official
    government_heads: Words = []
    # a state's form, naming it alone after the definite article ("of the Federation")
    state_forms: Words = []
    # bodies that are the state's when the complement names the state or a country ("Royal
    # Netherlands Meteorological Institute", "Institut national de la statistique"), not a
    # company's or a think tank's ("Institute for Security Studies"); with their modifiers
    state_institution_nouns: Words = []
    state_modifiers: Words = []
    # the nouns a body's capitalised name ends on ("… Risk Reduction and Management Council"), in title case
    body_nouns: Words = []
    # how an adjective after a title's head ends, where the language puts its adjectives there
    # ("conseiller technique", "attaché culturel", "directeur financier"… in French; none in English)
    adjective_endings: Words = []
    # titles a name span may open with after an honorific and a determiner ("Madame le Professeur
    # Jacqueline Ngo Mbock"): trimmed off a model's name, as the pack's spelled-out honorifics are
    spelled_honorifics: Words = []
    # the nouns a body's own name follows ("du programme Hungary Helps, M. X", "de l’agence Enabel,
    # Mme Y"): the name is the title's, the person's follows the comma
    named_after_nouns: Words = []
    # heads that open a title only capitalised ("Chief Medical Officer"; not "officer training";
    # "PM Modi", not "3 pm")
    capitalised_heads: Words = []
    name_country_links: Words = []  # "President X of Azerbaijan", "le ministre X, du Mali"
    counterpart_country_links: Words = []  # more links after a counterpart: "his counterpart from Ghana"
    relative_pronouns: Words = []  # "X, qui avait reçu la délégation cubaine": what they did, not what they are
    relative_title_links: Words = []  # "X, who is also <title>", "X, qui est également <title>"
    demonstrative_pronouns: Words = []  # "par celui-ci", "by the latter": the official named last before
    chain_links: str  # a pattern
    resident_heads: Words
    own_person_prefixes: Words  # a title in a chain that is a person of its own ("ambassad…")
    given_name_heads: Words = []  # heads that are also first names ("Cheikh Tidiane Gadio"), told apart by case
    group_heads: Words = []  # nouns for one official of each side at once: "the two leaders", "les deux chefs de la diplomatie"
    plural_endings: Words = []  # "ministers" is the plural of the head "minister"


class PurposeHeads(_Section):
    heads: Words
    purpose: str


class InstrumentsData(_Section):
    kinds: dict[str, Words]
    # names writers file under more than one kind ("programme exécutif": other or action_plan):
    # a record choosing one of the alternatives is unverified, not contradicted
    kind_alternatives: dict[str, list[str]] = {}
    complement_links: Words
    title_stop_words: Words
    new_determiners: Words
    anaphoric_determiners: Words
    definite_determiners: Words
    determiner_adjectives: Words  # "le présent accord"
    qualifying_adjectives: Words = []  # "the new agreement", "un nouvel accord": the determiner before them decides
    participle_endings: Words  # a word ending so is a verb, not an adjective of the head
    # per kind, the words before its name that make it a common noun ("d’un commun accord",
    # "in full accord", "a breach of protocol", "le chef du protocole"); under ``any``, for every
    # kind ("moins contraignant qu’un traité", "unlike a treaty": such texts in general)
    # pronouns that refer back to a text, opening a sentence about it ("It provides for …")
    instrument_pronouns: Words = []
    not_instrument_before: dict[str, Patterns] = {}
    post_head_adjectives: int = 2
    # words a language may put inside a multiword kind's name, after its first word
    # ("programme [indicatif] de coopération", "plan [conjoint] d’action")
    inserted_adjectives: int = 0
    # a complement so introduced that names a country names the parties and ends the title
    # ("accord de coopération | entre le Niger et le Tchad")
    party_links: Words = []
    # words that, after a definite determiner, refer back to an instrument whose name holds
    # them but is no kind's name alone ("le programme" for "programme indicatif de coopération")
    referring_heads: Words = []
    # generic nouns that, after a definite determiner and with what they are about, refer back to
    # the instrument of that subject ("le texte sur la cybersécurité", "the document on customs")
    generic_heads: Words = []
    hypernym_heads: Words = []  # a word for any instrument, alone after a definite determiner: "the agreement", "l’accord" (the one named before)
    # determiners that count more than one: "deux mémorandums", "two agreements", "several MoUs"
    plural_determiners: Words = []
    # the kinds' names that are plurals ("accords", "memoranda of understanding"): such a
    # mention names several instruments, never one
    plural_kind_names: Words = []
    # plural nouns for any kind of text, counted ("two instruments", "trois documents de
    # coopération"): the count announces the texts the article then names, whatever their kind
    generic_plurals: Words = []
    post_head_stops: Words = []
    pre_head_modifiers: int = 0
    pre_head_stops: Words = []
    attaching_words: Words = []
    attaching_links: Words = []
    earlier_instrument_after: Patterns = []
    relative_subject_words: Words = []  # "the two governments", "que les deux pays": a relative clause's subject between an instrument and its signing verb
    description_after: Patterns = []
    # a kind's name that is part of a venue's name ("Arthur Chung Convention Centre", "the
    # Treaty Room"): the capitalised nouns that make it a place, not an instrument
    venue_nouns: Words = []
    # words that name an instrument of a kind only with what their title says it is for:
    # {kind: {"heads": [...], "purpose": pattern}} — "Programme of Cultural Cooperation",
    # "programme d’échanges culturels", but not "nuclear programme"
    purpose_heads: dict[str, PurposeHeads] = {}
    # languages that capitalise a title's words ("Agreement on Technical and Vocational
    # Education and Training"): the small words that may join them inside the title
    title_case_links: Words = []

    @field_validator("kinds", "purpose_heads")
    @classmethod
    def _known_kinds(cls, kinds: dict) -> dict:
        from accordcheck.model.record import InstrumentKind

        unknown = set(kinds) - {k.value for k in InstrumentKind}
        if unknown:
            raise ValueError(f"unknown instrument kinds: {sorted(unknown)}")
        return kinds


class CountedEventRelative(_Section):
    directions: dict[str, int]  # "after": 1, "before": -1
    one_words: Words = []  # "a day after": the article standing for one


class DatesData(_Section):
    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int] = {}
    day_suffixes: Words = []  # "1er", "1st"
    this_words: Words
    last_words: Words
    relative_days: dict[str, int | None]
    # months back from the publication's ("last month": -1, "earlier this month": 0), precision month
    relative_months: dict[str, int] = {}
    # weeks back from the publication's ("last week": -1, "en début de semaine": 0): the week's
    # month when all of it falls in one month, else its year
    relative_weeks: dict[str, int] = {}
    # days from the dated event told just before ("La veille", "the next day"), not from publication
    event_relative_days: dict[str, int] = {}
    event_day_word: str | None = None  # "day" in those, which a part of it may replace ("the next morning")
    day_parts: Words = []
    event_relative_verbs: Words = []  # binding one told inside a sentence ("was signed the next day")
    # "a day after arriving", "deux jours après son arrivée": a count of days (or weeks) from an event
    counted_event_relative: CountedEventRelative | None = None
    numbers: dict[str, int]
    duration_units: dict[str, int]  # days each
    hour_units: Words
    # a count of days that is no visit's length: an offset after it ("une semaine après la
    # visite", "two days later") or a span of something else before it ("signés en deux jours")
    offset_after_duration: Words = []
    span_before_duration: Words = []
    range_from: Words  # "du 4 au 6 mai"
    range_to: Words
    since: Words = []  # "qui séjourne depuis lundi", "une visite entamée lundi": when a state began, not an event's date
    until: Words = []  # "en visite jusqu’à dimanche": when a state ends, not an event's date
    # what opens a relative clause ("who", "qui"): a date in one set off by commas dates its own event
    relative_openers: Words = []
    # how a participle opening such an aside ends, where that tells it from a finite verb ("…,
    # arrivé jeudi à Abidjan, …"; English "received" may be either); an auxiliary before a
    # participle opens one in any language ("…, having landed on Thursday, …")
    participle_endings: Words = []
    participle_auxiliaries: Words = []


class WordsNear(BaseModel):
    """Two groups of words in one clause, in either order, at most ``within`` words apart:
    an action and what it acts on ("share best practices", "experts will be seconded",
    "échanger leurs expériences") — the class of a paraphrase, not one of its sentences."""

    model_config = ConfigDict(extra="forbid")

    near: tuple[Patterns, Patterns]
    within: int = Field(3, ge=0, le=8)
    ordered: bool = False  # only the first group first ("research on drones", not "armements et la recherche")


class DomainsData(RootModel[dict[str, Any]]):
    """Domain code → patterns (a regex, or a :class:`WordsNear` pair); ``_comment`` and
    ``_fragments`` (name → regex group, used as ``{{name}}`` in any pattern) aside, every key
    is a known domain code."""

    @field_validator("root")
    @classmethod
    def _codes(cls, value: dict[str, Any]) -> dict[str, Any]:
        from accordcheck.model.vocabulary import DOMAIN_CODES

        fragments = value.get("_fragments", {})
        if not isinstance(fragments, dict) or not all(isinstance(v, str) for v in fragments.values()):
            raise ValueError("_fragments: a mapping of names to regex groups")
        missing = set(re.findall(r"\{\{(\w+)\}\}", json.dumps(value, ensure_ascii=False))) - set(fragments)
        if missing:
            raise ValueError(f"domains use undefined fragments: {', '.join(sorted(missing))}")
        for code, patterns in value.items():
            if code.startswith("_"):
                continue
            if code not in DOMAIN_CODES:
                raise ValueError(f"unknown domain code '{code}'")
            if not isinstance(patterns, list):
                raise ValueError(f"domain '{code}': a list of patterns")
            for pattern in patterns:
                if not isinstance(pattern, str):
                    WordsNear.model_validate(pattern)
        return value


class PackData(BaseModel):
    model_config = ConfigDict(extra="forbid")

    meta: MetaData
    countries: CountriesData
    titles: TitlesData
    cues: CuesData
    instruments: InstrumentsData
    domains: DomainsData
    dates: DatesData
