"""A Document: one reading of an article, with offsets, shared by extractor and checker.

Everything here is plain data (picklable, cached by the source's sha256). Offsets index
the source's normalized text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from accordcheck.lang.dates import DateMention
from accordcheck.reading.text import NICKNAME

__all__ = [
    "AgreementReading",
    "CountryMention",
    "Document",
    "DomainMention",
    "InstrumentMention",
    "PersonMention",
    "PersonReading",
    "PlaceMention",
    "RoleCue",
    "SigningClause",
    "TitleMention",
    "VisitReading",
    "earlier_only_sentences",
]


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    country: str
    kind: str  # name | long_form | abbreviation | demonym | capital


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    city: str
    country: str
    #: a town the gazetteer lacks, taken for one from a capitalised name after "in" / "à": the
    #: reader's inference, never a stated place
    unlisted: bool = False
    #: the source says the country (a gazetteer entry, "à Kigoma, dans l'ouest de la Tanzanie");
    #: False where the reader inferred it (an unlisted town, in the visit's host)
    country_stated: bool = True


@dataclass(frozen=True)
class TitleMention:
    start: int
    end: int
    text: str
    official: bool
    country: str | None
    head: str = ""  # the title's head word(s) as written ("ministre", "général de division")
    counterpart: bool = False  # "son homologue pakistanais": points at a person, is no title


@dataclass(frozen=True)
class RoleCue:
    role: str
    start: int
    end: int


@dataclass
class PersonMention:
    start: int
    end: int
    name: str | None
    name_start: int | None
    name_end: int | None
    titles: list[TitleMention]
    sentence: int
    roles: list[RoleCue] = field(default_factory=list)


@dataclass
class PersonReading:
    """One official across the article: all their mentions, titles, country, roles."""

    name: str | None
    mentions: list[PersonMention]
    titles: list[TitleMention]
    country: str | None
    country_evidence: tuple[int, int] | None
    roles: list[RoleCue]
    official: bool
    tied: bool

    @property
    def first(self) -> PersonMention:
        return self.mentions[0]

    def role_names(self) -> list[str]:
        seen: list[str] = []
        for cue in self.roles:
            if cue.role not in seen:
                seen.append(cue.role)
        return seen

    def name_variants(self) -> list[str]:
        """The names the source gives this person, and each without a nickname in quotes
        ("Bishwanauth Persaud-Lall" of "Bishwanauth “Bish” Persaud-Lall")."""
        names = [m.name for m in self.mentions if m.name]
        return names + [" ".join(NICKNAME.sub(" ", n).split()) for n in names if NICKNAME.search(n)]


@dataclass(frozen=True)
class InstrumentMention:
    start: int  # of the head
    end: int  # of the title
    title: str
    kind: str
    determiner: str
    anaphoric: bool
    sentence: int
    plural: bool = False  # named in the plural: "deux mémorandums", "the agreements"


@dataclass(frozen=True)
class SigningClause:
    start: int
    end: int
    sentence: int
    status: str  # signed | planned


@dataclass(frozen=True)
class DomainMention:
    start: int
    end: int
    text: str
    code: str
    sentence: int


@dataclass
class VisitReading:
    host: str | None
    visitor: str | None
    duration_days: int | None
    start: int
    end: int
    duration_span: tuple[int, int] | None = None
    #: the visit's own words name its host, or one of the host's cities ("a four-day visit to
    #: India", "Arrivée mardi soir à Varsovie pour une visite officielle"): a stated host
    host_named: bool = False
    #: the visitor is told (a visiting official's side, "the visiting Japanese minister", a
    #: demonym at the cue), not only the first other country a signing sentence names
    visitor_told: bool = False

    def host_for(self, parties) -> str | None:
        """The host, or, where the story never says where the visit went ("En visite officielle,
        un ministre d’État émirien a conclu avec le gouvernement …"), the one party of a
        two-party agreement that is not the visitor."""
        parties = set(parties)
        if self.host is not None or not self.visitor_told or len(parties) != 2 or self.visitor not in parties:
            return self.host
        return next(iter(parties - {self.visitor}))


@dataclass
class AgreementReading:
    """What the article says of one signed (or planned) agreement."""

    instrument: InstrumentMention | None
    signing: SigningClause | None
    parties: list[CountryMention]
    date: DateMention | None
    place: PlaceMention | None
    people: list[PersonReading]
    domains: list[DomainMention]
    visit: VisitReading | None
    sentences: list[int]
    remote: tuple[int, int] | None = None  # "by videoconference": the words saying it was signed at a distance
    #: the sentences saying what it covers: its own, and those going on about it after them
    #: (a content sentence's continuation, the work it sets up, a list of what the parties will do)
    scope: list[int] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return self.signing is not None and self.signing.status == "signed"


@dataclass
class Document:
    text: str
    language: str
    published: dt.date | None
    sentences: list[tuple[int, int]]
    countries: list[CountryMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    people: list[PersonReading]
    instruments: list[InstrumentMention]
    signings: list[SigningClause]
    domains: list[DomainMention]
    visit: VisitReading | None
    agreements: list[AgreementReading]
    dateline: PlaceMention | None = None  # the city a dateline opens the story with

    def sentence_of(self, offset: int) -> int:
        for i, (start, end) in enumerate(self.sentences):
            if start <= offset < end:
                return i
        return len(self.sentences) - 1

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    @property
    def signed_agreements(self) -> list[AgreementReading]:
        return [a for a in self.agreements if a.signed]


def earlier_only_sentences(signings) -> set[int]:
    """Sentences whose only signing is an earlier one (status ``earlier``): what they say an
    agreement covered belongs to that old agreement, not to the article's own."""
    return {c.sentence for c in signings if c.status == "earlier"} - {c.sentence for c in signings if c.status == "signed"}


def planned_only_sentences(signings) -> set[int]:
    """Sentences whose only signing is a planned one: they tell of a later event ("Il devrait
    être signé en juillet, lors d’une visite …"), no part of a signing told elsewhere."""
    return {c.sentence for c in signings if c.status == "planned"} - {c.sentence for c in signings if c.status == "signed"}


def dated_in_an_earlier_year(dates, span: tuple[int, int], year: int | None) -> bool:
    """The sentence at ``span`` dates what it tells in a year before ``year`` (the signing's):
    "a framework agreed … in November 2014, which also covered health", "une stratégie arrêtée
    en juin 2021": background, whatever its verbs."""
    if year is None:
        return False
    start, end = span
    return any(start <= d.start < end and not d.relative and d.date is not None and d.date.year < year for d in dates)


def cued_sentences(pack, folded: str, sentences, *cues: str) -> set[int]:
    """The sentences any of the pack's ``cues`` finds: what an agreement leaves out ("is not
    part of the agreement") or what talks covered ("the talks covered …") lends it no domain."""
    patterns = [pack.cue(name) for name in cues if pack.data["cues"].get(name)]
    found = {i for i, (start, end) in enumerate(sentences) if any(p.search(folded, start, end) for p in patterns)}
    if "scope_denied" in cues and pack.data["cues"].get("scope_denied_back"):
        # "… studying a $400 million investment …. None of this is covered by the memorandum":
        # a denial that points back takes in the sentence before it, in its paragraph
        back = pack.cue("scope_denied_back")
        found |= {i - 1 for i in found if i > 0 and back.search(folded, *sentences[i])
                  and "\n" not in folded[sentences[i - 1][1] : sentences[i][0]]}
    return found
