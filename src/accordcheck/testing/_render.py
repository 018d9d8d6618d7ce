"""Rendering an article plan into text, and the plan into the article's correct record.

A :class:`Plan` holds every choice (parties and how each is named, the date form, the
officials and their titles, the templates of each sentence...). :func:`render` writes the
article through the language's phrasings, keeping the offsets of everything a record
quotes, then builds the record those offsets support, following docs/format.md, Conventions.
The renderer never guesses from the text: the record comes from the plan.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from accordcheck.extraction.extract import KIND_SLUG
from accordcheck.model.record import AgreementRecord, Role
from accordcheck.dataset.sources import normalize_text, text_sha256
from accordcheck.testing._data import CountryForms, Phrasings, Template

__all__ = ["Official", "Plan", "Rendered", "render"]

ROLE_ORDER = tuple(role.value for role in Role)


@dataclass
class Official:
    """One official of the article (or a non-official expert, never in the record)."""

    keys: tuple[str, ...]  # the template slots this person fills: sig_a, visitor...
    country: str
    gender: str  # m | f
    kind: str  # office | rank | untitled | ambassador | head_of_state | expert
    name: str | None = None
    office: str | None = None  # office id (kind office)
    rank: str | None = None  # kind rank
    form: str = "title_first"  # title_first | name_first (kind office)
    receiver: str | None = None  # the country an ambassador is posted to
    name_ids: tuple[str, ...] = ()  # phrasing ids of the name (tradition, pattern)
    expert_title: str | dict[str, str] | None = None


@dataclass
class Plan:
    language: str
    published: dt.date
    parties: tuple[str, str]
    party_styles: tuple[str, str]  # name | long_form | capital (for 'subject' leads)
    party_forms: tuple[str, str]  # the exact name / long form / capital written
    lead: str  # template id
    date_form: str
    signed: dt.date
    precision: str
    date_weekday: int | None  # the weekday written, when the form has one
    instrument: int  # index into phrasings instruments
    title_complement: str  # generic complement text ("" for none)
    title_domain: tuple[str, int, str] | None  # (code, phrase index, complement id)
    domains: list[tuple[str, int]]  # content domains: (code, phrase index)
    content: str | None  # template id
    ref_choice: int  # which anaphor of the instrument
    people: list[Official] = field(default_factory=list)
    signatures: str | None = None
    witness: str | None = None
    visit: tuple[str, str] | None = None  # (host, visitor)
    visit_template: str | None = None
    visit_kind: int = 0
    duration: tuple[str, int] | None = None  # ("days", n) | ("hours", n)
    host_template: str | None = None
    place: tuple[str, str] | None = None  # (city, country)
    place_style: str = "at"  # at | dateline
    background: list[tuple[str, str]] = field(default_factory=list)  # (template id, country)
    expert: Official | None = None
    fillers: list[tuple[int, str]] = field(default_factory=list)  # (after paragraph n, template id)
    paragraph_break: int = 0

    def official(self, key: str) -> Official | None:
        return next((p for p in self.people if key in p.keys), None)

    @property
    def phrasing_ids(self) -> tuple[str, ...]:
        """Every phrasing class the article uses (template ids and form ids)."""
        ids = [self.lead, f"date.{self.date_form}", f"place.{self.place_style if self.place else 'none'}"]
        ids += [f"party.{style}" for style in self.party_styles]
        for template in (self.signatures, self.witness, self.visit_template, self.host_template, self.content):
            if template:
                ids.append(template)
        if not self.title_domain:
            ids.append("title.generic" if self.title_complement else "title.bare")
        if self.title_domain:
            ids.append(self.title_domain[2])
            ids.append(f"domain.{self.title_domain[0]}.{self.title_domain[1]}")
            ids.append(f"title.np.{self.title_domain[0]}.{self.title_domain[1]}")
        ids += [f"domain.{code}.{index}" for code, index in self.domains]
        ids += [t for t, _ in self.background]
        if self.expert is not None:
            ids.append("expert.quote")
        ids += [t for _, t in self.fillers]
        for person in [*self.people, *([self.expert] if self.expert else [])]:
            ids += person.name_ids
        for person in self.people:
            if person.kind in ("office", "untitled", "ambassador"):
                ids.append(f"person.gender.{person.gender}")
            if person.kind == "office":
                ids.append(f"person.office.{person.form}")
            elif person.kind == "head_of_state":
                ids.append(f"person.head_of_state.{person.gender}")
            else:
                ids.append(f"person.{person.kind}")
        if self.duration:
            ids.append(f"duration.{self.duration[0]}")
        return tuple(dict.fromkeys(ids))


@dataclass(frozen=True)
class Rendered:
    text: str
    record: AgreementRecord
    phrasings: tuple[str, ...]


# ---------------------------------------------------------------------------- text builder


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self._open: dict[str, int] = {}

    def write(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def open(self, label: str) -> None:
        self._open[label] = self.length

    def close(self, label: str) -> None:
        start = self._open.pop(label)
        if self.length > start:
            self.spans.setdefault(label, []).append((start, self.length))

    @property
    def text(self) -> str:
        return "".join(self.parts)


# A piece of a sentence: text, or ("open" | "close", label) around the text a label covers.
Piece = str | tuple[str, str]
_SLOT = re.compile(r"\{(\^?)([^{}]+)\}")


def _cap(pieces: list[Piece]) -> list[Piece]:
    out = list(pieces)
    for i, piece in enumerate(out):
        if isinstance(piece, str) and piece:
            out[i] = piece[0].upper() + piece[1:]
            break
    return out


def _is_empty(pieces: list[Piece]) -> bool:
    return not any(isinstance(p, str) and p for p in pieces)


class _Renderer:
    def __init__(self, plan: Plan, phrasings: Phrasings) -> None:
        self.plan = plan
        self.ph = phrasings
        self.grammar = phrasings.grammar
        self.builder = _Builder()
        self.mentioned: set[int] = set()  # ids of officials already named in full
        self.roles: dict[int, list[str]] = {}
        self.instrument = phrasings.data["instruments"][plan.instrument]
        self._ref_subject = False  # the sentence's subject is the instrument's anaphor

    # ------------------------------------------------------------------ countries
    def country(self, code: str) -> CountryForms:
        return self.ph.countries[code]

    def party_index(self, code: str) -> int:
        return self.plan.parties.index(code)

    def country_subject(self, code: str, label: str | None) -> list[Piece]:
        """'le Maroc', 'le Royaume du Maroc', 'Rabat' — as the plan names this party."""
        forms = self.country(code)
        if code in self.plan.parties:
            i = self.party_index(code)
            style, written = self.plan.party_styles[i], self.plan.party_forms[i]
        else:
            style, written = "name", forms.names[0]
        if style == "capital":
            article = ""
        elif style == "long_form":
            gender = self.ph.data["long_form_gender"][written.split()[0]]
            article = self.ph.article(gender if gender != "v" else "m", written) if gender != "pl" else self.grammar["article"]["pl"]
        else:
            article = self.ph.article(forms.gender, written, aspirated=forms.aspirated)
        return [article, *self._labelled(written, label)]

    def country_de(self, code: str, label: str | None) -> list[Piece]:
        forms = self.country(code)
        written = forms.names[0]
        return [self.ph.contracted("de", forms.gender, written, aspirated=forms.aspirated), *self._labelled(written, label)]

    def country_loc(self, code: str, label: str | None) -> list[Piece]:
        forms = self.country(code)
        written = forms.names[0]
        return [self.ph.locative(forms, written), *self._labelled(written, label)]

    @staticmethod
    def _labelled(text: str, label: str | None) -> list[Piece]:
        if label is None:
            return [text]
        return [("open", label), text, ("close", label)]

    def demonym(self, code: str, gender: str = "m", label: str | None = None) -> list[Piece]:
        forms = self.country(code)
        assert forms.demonyms is not None, code
        word = forms.demonyms[0 if gender == "m" else 1]
        return self._labelled(word, label)

    # ------------------------------------------------------------------ officials
    def title_text(self, person: Official) -> list[Piece]:
        """The official's title as written, demonym labelled as a party mention when it is one."""
        if person.kind == "office":
            office = next(o for o in self.ph.data["offices"] if o["id"] == person.office)
            template = office["title"] if isinstance(office["title"], str) else office["title"][person.gender]
            before, _, after = template.partition("{dem}")
            pieces: list[Piece] = [before]
            pieces += self.demonym(person.country, person.gender, self._party_label(person.country))
            pieces.append(after)
            return pieces
        if person.kind == "rank":
            return [person.rank or ""]
        if person.kind == "ambassador":
            template = self.ph.data["ambassador"][person.gender]
            sender = self.country(person.country)
            receiver = person.receiver
            text = template.replace("{de_sender}", self.ph.contracted("de", sender.gender, sender.names[0], aspirated=sender.aspirated) + sender.names[0])
            if receiver:
                forms = self.country(receiver)
                text = text.replace("{loc_receiver}", " " + self.ph.locative(forms, forms.names[0]) + forms.names[0])
            else:
                text = text.replace("{loc_receiver}", "")
            return [text]
        if person.kind == "head_of_state":
            template = self.ph.data["head_of_state"][person.gender]
            before, _, after = template.partition("{dem}")
            return [before, *self.demonym(person.country, person.gender), after]
        if person.kind == "expert":
            return [person.expert_title[person.gender] if isinstance(person.expert_title, dict) else person.expert_title or ""]
        return []

    def _party_label(self, code: str) -> str | None:
        """Demonyms in titles are the party mentions of leads that name no party."""
        if code in self.plan.parties and self._lead().extra.get("parties") == "people":
            return f"party:{code}"
        return None

    def _lead(self) -> Template:
        return self.ph.template_by_id[self.plan.lead]

    def head_word(self, person: Official) -> str:
        if person.kind == "office":
            office = next(o for o in self.ph.data["offices"] if o["id"] == person.office)
            return office["head"][person.gender]
        if person.kind == "rank":
            return person.rank or ""
        return ""

    def _flat(self, pieces: list[Piece]) -> str:
        return "".join(p for p in pieces if isinstance(p, str))

    def person_full(self, person: Official, key: str, case: str, comma: bool) -> list[Piece]:
        """First mention: determiner, title and name, the whole labelled as the person."""
        label = f"person:{id(person)}"
        title = self.title_text(person)
        title_str = self._flat(title)
        pieces: list[Piece] = []
        if person.kind in ("office", "untitled") and (person.form == "name_first" or person.kind == "untitled"):
            preposition = self._preposition(case, person.name or "")
        if person.kind == "office" and person.form == "name_first":
            body: list[Piece] = [preposition, ("open", label), person.name or "", ", ", ("open", f"title:{id(person)}"), *title, ("close", f"title:{id(person)}"), ("close", label)]
            if comma:
                body.append(",")
            return body
        if person.kind == "untitled":
            return [preposition, ("open", label), person.name or "", ("close", label)]
        # English names a rank without an article ('Major General X'): gender "none" takes none
        bare = person.kind == "rank" and self.grammar.get("rank_article") is False
        pieces.append(self._determiner(case, "none" if bare else person.gender, title_str))
        pieces += [("open", label), ("open", f"title:{id(person)}"), *title, ("close", f"title:{id(person)}")]
        if person.name is not None:
            if person.kind == "rank":
                pieces += [" ", person.name]
            else:
                pieces += [", ", person.name]
        pieces.append(("close", label))
        if comma and person.name is not None and person.kind == "office":
            pieces.append(",")
        return pieces

    def _preposition(self, case: str, following: str) -> str:
        """'de '/'d’'/'à ' before a name (no article)."""
        if case == "de":
            return self.ph.contracted("de", "none", following)
        if case == "a":
            return self.ph.contracted("a", "none", following)
        return ""

    def _determiner(self, case: str, gender: str, following: str) -> str:
        if case == "de":
            return self.ph.contracted("de", gender, following)
        if case == "a":
            return self.ph.contracted("a", gender, following)
        return self.ph.article(gender, following)

    def person_short(self, person: Official, case: str) -> list[Piece]:
        """A later mention: 'le ministre pakistanais'; the full form where no short one reads well."""
        if person.kind == "office" and self.country(person.country).demonyms is not None:
            head = self.head_word(person)
            # word order is the language's: 'le ministre pakistanais', 'the Pakistani minister'
            before, _, after = self.grammar.get("short_mention", "{head} {dem}").partition("{dem}")
            first = (before or after).replace("{head}", head)
            return [self._determiner(case, person.gender, first), before.replace("{head}", head), *self.demonym(person.country, person.gender), after.replace("{head}", head)]
        if person.kind == "untitled":
            return [self._preposition(case, person.name or ""), person.name or ""]
        return self.person_full(person, "", case, comma=False)

    def person(self, key: str, case: str, *, short: bool, comma: bool) -> list[Piece]:
        """An official: in full at the first mention, then shortly ('le ministre pakistanais')
        where that cannot be mistaken for another official of the article."""
        person = self.plan.official(key)
        assert person is not None, key
        if id(person) not in self.mentioned:
            self.mentioned.add(id(person))
            return self.person_full(person, key, case, comma)
        if self._short_is_unambiguous(person):
            return self.person_short(person, case)
        return self.person_full(person, key, case, comma)

    def _short_is_unambiguous(self, person: Official) -> bool:
        if person.kind != "office":
            return person.kind == "untitled"
        if self.country(person.country).demonyms is None:
            return False
        head = self.head_word(person)
        return not any(
            other is not person and other.country == person.country and other.kind == "office" and self.head_word(other) == head
            for other in self.plan.people
        )

    # ------------------------------------------------------------------ other slots
    def date_pieces(self) -> list[Piece]:
        plan = self.plan
        dates = self.ph.data["dates"]
        form = dates["forms"][plan.date_form]
        date = plan.signed
        text = form
        if "{wd}" in text:
            text = text.replace("{wd}", dates["weekdays"][plan.date_weekday])
        text = text.replace("{d}", dates["first_day"] if date.day == 1 else str(date.day))
        text = text.replace("{month}", dates["months"][date.month - 1]).replace("{y}", str(date.year))
        return self._labelled(text, "date")

    def place_pieces(self) -> list[Piece]:
        if self.plan.place is None or self.plan.place_style.startswith("dateline"):
            return []
        city = self.plan.place[0]
        before, _, after = self.ph.data["place"].partition("{city}")
        return [before, ("open", "place"), city, ("close", "place"), after]

    def title_pieces(self) -> list[Piece]:
        """The instrument's title: head, then a generic or a domain complement."""
        head = self.instrument["head"]
        pieces: list[Piece] = [head]
        if self.plan.title_domain is not None:
            code, index, complement_id = self.plan.title_domain
            entry = self.ph.data["domains"][code][index]
            complement = next(c for c in self.ph.data["title_complements"]["domain"] if c["id"] == complement_id)
            text = complement["text"] if isinstance(complement["text"], str) else complement["text"][self.instrument["g"]]
            np = entry["np"]
            before, slot, after = re.split(r"(\{np\}|\{bare\})", text)
            if slot == "{np}":
                if before.endswith("de "):
                    pieces += [" ", before[: -len("de ")], self.ph.contracted("de", entry["g"], np)]
                elif before.endswith("à "):
                    pieces += [" ", before[: -len("à ")], self.ph.contracted("a", entry["g"], np)]
                else:
                    pieces += [" ", before, self.ph.article(entry["g"], np) if entry["g"] != "pl" else self.grammar["article"]["pl"]]
            else:  # bare noun after "de": elided before a vowel
                if before.endswith("de ") and self.ph.starts_with_vowel(np):
                    pieces += [" ", before[: -len("de ")], "d’"]
                else:
                    pieces += [" ", before]
            pieces += [("open", f"domain:{code}"), np, ("close", f"domain:{code}"), after]
        elif self.plan.title_complement:
            pieces += [" ", self.plan.title_complement]
        return pieces

    def instr_pieces(self) -> list[Piece]:
        indefinite = self.grammar["indefinite"][self.instrument["g"]]
        return [indefinite, ("open", "instrument"), *self.title_pieces(), ("close", "instrument")]

    @property
    def ref(self) -> dict:
        refs = self.instrument["refs"]
        return refs[self.plan.ref_choice % len(refs)]

    def instr_ref(self) -> list[Piece]:
        return [self.ref["text"]]

    def domain_list(self) -> list[Piece]:
        items: list[list[Piece]] = []
        for code, index in self.plan.domains:
            entry = self.ph.data["domains"][code][index]
            np = entry["np"]
            article = self.grammar["article"]["pl"] if entry["g"] == "pl" else self.ph.article(entry["g"], np)
            items.append([article, ("open", f"domain:{code}"), np, ("close", f"domain:{code}")])
        out: list[Piece] = []
        for i, item in enumerate(items):
            if i:
                out.append(self.grammar["list_and"] if i == len(items) - 1 else self.grammar["list_comma"])
            out += item
        return out

    def participle(self, word: str, who: str) -> str:
        forms = self.ph.data["participles"][word]
        if who == "instr":
            return forms[self.ref["g"] if self._ref_subject else self.instrument["g"]]
        person = self.plan.official(who)
        return forms[person.gender if person else "m"]

    def visit_kind(self) -> str:
        return self.ph.data["visit_kinds"][self.plan.visit_kind]

    def duration(self) -> str:
        if self.plan.duration is None:
            return ""
        unit, n = self.plan.duration
        text = self.ph.data["durations"][unit]
        return text.replace("{n}", self.ph.data["numbers"][str(n)]).replace("{hours}", str(24 * n))

    # ------------------------------------------------------------------ templates
    def slot(self, spec: str, template: Template) -> list[Piece]:
        comma = spec.endswith(",")
        spec = spec.rstrip(",")
        parts = spec.split(":")
        head = parts[0]
        plan = self.plan
        if spec in ("A", "B"):
            code = plan.parties[0 if spec == "A" else 1]
            return self.country_subject(code, f"party:{code}")
        if spec == "C":
            return self.country_subject(self._background_country(template), None)
        if head == "de" and parts[1] in ("A", "B", "C"):
            code = self._code(parts[1], template)
            return self.country_de(code, f"party:{code}" if code in plan.parties else None)
        if head == "loc":
            code = self._code(parts[1], template)
            if parts[1] == "host":
                return [("open", "visit:dest"), *self.country_loc(code, None), ("close", "visit:dest")]
            return self.country_loc(code, None)
        if head == "dem":
            code = self._code(parts[1], template)
            label = f"party:{code}" if template.extra.get("parties") == "demonym" else None
            person = plan.official(parts[1]) if parts[1] not in ("A", "B", "C") else None
            return self.demonym(code, person.gender if person else "m", label)
        if head == "P":
            return self.person(parts[1], "", short=False, comma=comma)
        if head == "de" and parts[1] == "P":
            return self.person(parts[2], "de", short=False, comma=comma)
        if head == "ref":
            return self.person(parts[1], "", short=True, comma=comma)
        if head == "de" and parts[1] == "ref":
            return self.person(parts[2], "de", short=True, comma=comma)
        if head == "anaphor":
            person = plan.official(parts[1])
            return [self.grammar["anaphor"][person.gender if person else "m"]]
        if head == "pp":
            return [self.participle(parts[1], parts[2])]
        if spec == "date":
            return self.date_pieces()
        if spec == "place":
            return self.place_pieces()
        if spec == "instr":
            return self.instr_pieces()
        if spec == "instr_ref":
            return self.instr_ref()
        if spec == "domains":
            return self.domain_list()
        if spec == "visit_kind":
            return self._labelled(self.visit_kind(), "visit:kind")
        if spec == "duration":
            text = self.duration()
            return [("open", "duration"), text, ("close", "duration")] if text else []
        if spec == "expert":
            expert = plan.expert
            assert expert is not None
            return [expert.name or "", ", ", *self.title_text(expert)]
        raise KeyError(f"template {template.id}: unknown slot {{{spec}}}")

    def _code(self, who: str, template: Template) -> str:
        plan = self.plan
        if who == "A":
            return plan.parties[0]
        if who == "B":
            return plan.parties[1]
        if who == "C":
            return self._background_country(template)
        if who == "host" and plan.visit is not None:
            return plan.visit[0]
        if who == "visitor" and plan.visit is not None:
            person = plan.official("visitor")
            return person.country if person else plan.visit[1]
        person = plan.official(who)
        assert person is not None, who
        return person.country

    def _background_country(self, template: Template) -> str:
        return next(code for tid, code in self.plan.background if tid == template.id)

    def sentence(self, template_id: str) -> None:
        template = self.ph.template_by_id[template_id]
        text = template.text if isinstance(template.text, str) else template.text["m"]
        self._ref_subject = "{^instr_ref}" in text
        tokens: list[str | tuple[bool, str]] = []
        last = 0
        for match in _SLOT.finditer(text):
            tokens.append(text[last : match.start()])
            tokens.append((match.group(1) == "^", match.group(2)))
            last = match.end()
        tokens.append(text[last:])
        rendered: list[list[Piece] | str] = []
        for token in tokens:
            if isinstance(token, str):
                rendered.append(token)
                continue
            capital, spec = token
            pieces = self.slot(spec, template)
            rendered.append(_cap(pieces) if capital else pieces)
        # an empty slot takes one neighbouring space with it ("signé ce mardi  un" → one space)
        for i, item in enumerate(rendered):
            if isinstance(item, list) and _is_empty(item):
                before = rendered[i - 1] if i else ""
                after = rendered[i + 1] if i + 1 < len(rendered) else ""
                if isinstance(after, str) and isinstance(before, str) and before.endswith(" ") and (after.startswith((" ", ",", "."))):
                    rendered[i - 1] = before[:-1]
        for key, role in template.roles.items():
            person = self.plan.official(key)
            if person is not None:
                roles = self.roles.setdefault(id(person), [])
                if role not in roles:
                    roles.append(role)
        for item in rendered:
            if isinstance(item, str):
                self.builder.write(item)
                continue
            for piece in item:
                if isinstance(piece, str):
                    self.builder.write(piece)
                elif piece[0] == "open":
                    self.builder.open(piece[1])
                else:
                    self.builder.close(piece[1])

    # ------------------------------------------------------------------ the article
    def article(self) -> None:
        plan = self.plan
        b = self.builder
        paragraphs: list[list[str]] = [[plan.lead]]
        second: list[str] = []
        if plan.signatures:
            second.append(plan.signatures)
        visit_here = plan.visit_template is not None
        if visit_here and plan.visit_template == "visit.anaphoric":
            second.append(plan.visit_template)
            visit_here = False
        if plan.witness:
            second.append(plan.witness)
        if second:
            paragraphs.append(second)
        third: list[str] = []
        if visit_here:
            third.append(plan.visit_template)
        if plan.host_template:
            third.append(plan.host_template)
        if third:
            paragraphs.append(third)
        if plan.content:
            paragraphs.append([plan.content])
        if plan.background:
            paragraphs.append([t for t, _ in plan.background])
        if plan.expert is not None:
            paragraphs.append(["expert.quote"])
        for after, filler in sorted(plan.fillers, key=lambda f: f[0]):
            position = min(after + 1, len(paragraphs))
            paragraphs.insert(position, [filler])
        separator = self.grammar["paragraph"][plan.paragraph_break % len(self.grammar["paragraph"])]
        if plan.place is not None and plan.place_style.startswith("dateline"):
            before, _, after = self.ph.data["dateline"].partition("{CITY}")
            b.write(before)
            b.open("place")
            b.write(plan.place[0].upper())
            b.close("place")
            b.write(after)
        for p, sentences in enumerate(paragraphs):
            if p:
                b.write(separator)
            for s, template_id in enumerate(sentences):
                if s:
                    b.write(" ")
                self.sentence(template_id)
        b.write("\n")


# ---------------------------------------------------------------------------- the record


def _span(text: str, start: int, end: int) -> dict:
    return {"source": 0, "start": start, "end": end, "text": text[start:end]}


def render(plan: Plan, phrasings: Phrasings) -> Rendered:
    r = _Renderer(plan, phrasings)
    r.article()
    text = normalize_text(r.builder.text)
    assert text == r.builder.text, "phrasings must be written in NFC with \\n line ends"
    spans = r.builder.spans
    pack = phrasings.pack

    def first(label: str) -> tuple[int, int]:
        found = spans.get(label)
        assert found, f"the article has no {label}"
        return found[0]

    parties = []
    for code in plan.parties:
        start, end = first(f"party:{code}")
        parties.append((start, {"country": code, "name": pack.display_name(code), "evidence": [_span(text, start, end)]}))
    parties.sort(key=lambda item: item[0])

    instrument = phrasings.data["instruments"][plan.instrument]
    i_start, i_end = first("instrument")
    d_start, d_end = first("date")
    expression = text[d_start:d_end]
    place = None
    if plan.place is not None:
        p_start, p_end = first("place")
        place = {"city": plan.place[0], "country": plan.place[1], "evidence": [_span(text, p_start, p_end)]}

    people = []
    for person in plan.people:
        roles = r.roles.get(id(person))
        label = f"person:{id(person)}"
        if label not in spans:
            continue  # planned but never written
        start, end = first(label)
        titles = []
        if f"title:{id(person)}" in spans:
            t_start, t_end = first(f"title:{id(person)}")
            titles.append(text[t_start:t_end])
        people.append(
            (
                start,
                {
                    "name": person.name,
                    "titles": titles,
                    "country": person.country,
                    "roles": sorted(roles or ["other"], key=ROLE_ORDER.index),
                    "evidence": [_span(text, start, end)],
                },
            )
        )
    people.sort(key=lambda item: item[0])

    domains = []
    seen = set()
    for label, found in sorted(((k, v) for k, v in spans.items() if k.startswith("domain:")), key=lambda kv: kv[1][0][0]):
        code = label.split(":", 1)[1]
        if code in seen:
            continue
        seen.add(code)
        start, end = found[0]
        domains.append({"code": code, "evidence": [_span(text, start, end)]})

    visit = None
    if plan.visit is not None and plan.visit_template is not None:
        pieces = [first(label) for label in ("visit:kind", "visit:dest", "duration") if label in spans]
        v_start, v_end = min(s for s, _ in pieces), max(e for _, e in pieces)
        visit = {
            "host": plan.visit[0],
            "visitor": plan.visit[1],
            "duration_days": plan.duration[1] if plan.duration else None,
            "evidence": [_span(text, v_start, v_end)],
        }

    digest = text_sha256(text)
    codes = [_alpha2(p["country"]) for _, p in parties]
    record_id = "-".join([*codes, plan.signed.isoformat(), KIND_SLUG[instrument["kind"]], digest[:8]])
    record = {
        "id": record_id,
        "sources": [
            {
                "path": f"sources/{record_id}.txt",
                "url": None,
                "publisher": None,
                "title": None,
                "published": plan.published.isoformat(),
                "language": plan.language,
                "sha256": digest,
            }
        ],
        "instrument": {"kind": instrument["kind"], "title": text[i_start:i_end], "evidence": [_span(text, i_start, i_end)]},
        "parties": [p for _, p in parties],
        "signed": {"date": plan.signed.isoformat(), "precision": plan.precision, "expression": expression, "evidence": [_span(text, d_start, d_end)]},
        "place": place,
        "people": [p for _, p in people],
        "domains": domains,
        "visit": visit,
    }
    return Rendered(text=text, record=AgreementRecord.model_validate(record), phrasings=plan.phrasing_ids)


def _alpha2(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return (country.alpha_2 if country else code[:2]).lower()
