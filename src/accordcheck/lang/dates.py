"""Date expressions: found with a language's templates, resolved against the publication date.

A pack supplies ``DateRules``: regex templates in which ``{WEEKDAY}``, ``{MONTH}``,
``{DAY}``, ``{THIS}``, ``{LAST}`` and ``{RELATIVE}`` stand for its word lists. Each
template names its groups (``wd``, ``d``, ``m``, ``y``, ``this``, ``last``, ``rel``); this
module turns a match into a :class:`DateMention`. Relative words are resolved here, not by
dateparser, which resolves neither "ce mardi" nor "mardi dernier".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from accordcheck.lang import fold, phrase_pattern

__all__ = ["DateMention", "DateRules", "dateline_at", "dateline_end", "event_offset", "event_relative_phrases", "resolve_weekday"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    expression: str
    date: dt.date | None
    precision: str  # day | month | year
    weekday: int | None = None  # the weekday the expression requires, when it names one
    relative: bool = False
    # a count told inside its sentence ("was signed the next morning"): which day told before it
    # that counts from, the reader infers (one opening its sentence follows the day just told)
    counted: bool = False

    @property
    def weekday_alone(self) -> bool:
        """A weekday named with no date of its own ("on Monday", "mardi", "last Thursday"):
        which week it falls in is a count back from the publication or from an event."""
        return self.relative and self.weekday is not None and not any(c.isdigit() for c in self.expression)

    def describe(self) -> str:
        if self.date is not None:
            return self.date.isoformat()
        if self.weekday is not None:
            return f"a {_WEEKDAY_NAMES[self.weekday]}"
        return "an unresolved date"


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def resolve_weekday(published: dt.date, weekday: int, *, strictly_before: bool = False) -> dt.date:
    """The most recent ``weekday`` on or before ``published`` (strictly before if asked)."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - dt.timedelta(days=back)


def _alt(words: Any) -> str:
    return "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))


@dataclass
class DateRules:
    """A language's date templates, most specific first (earlier templates win overlaps)."""

    templates: list[str]
    year_first: bool = False

    def compile(self, data: dict[str, Any]) -> re.Pattern[str]:
        words = {
            "WEEKDAY": _alt(data["weekdays"]),
            "MONTH": _alt(data["months"]),
            "DAY": r"(?:\d{1,2}(?:" + _alt(data.get("day_suffixes", [])) + ")?|" + _alt(data.get("day_words", {})) + ")"
            if data.get("day_words") else r"\d{1,2}",
            "THIS": _alt(data["this_words"]),
            "LAST": _alt(data["last_words"]),
            "RELATIVE": _alt(k for k, v in data["relative_days"].items() if v is not None),
            # an empty alternation would match everywhere: a pack without the words matches none
            "RELATIVE_MONTH": _alt(data.get("relative_months", {})) or "(?!)",
            "RELATIVE_WEEK": _alt(data.get("relative_weeks", {})) or "(?!)",
        }
        parts = []
        for i, template in enumerate(self.templates):
            body = template
            for key, alt in words.items():
                body = body.replace("{" + key + "}", f"(?:{alt})")
            body = re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{i}>", body)
            parts.append(f"(?P<t{i}>{body})")
        return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)

    def find(self, text: str, published: dt.date | None, data: dict[str, Any], pattern: re.Pattern[str]) -> list[DateMention]:
        folded = fold(text)
        months = {fold(k).lower(): v for k, v in data["months"].items()}
        weekdays = {fold(k).lower(): v for k, v in data["weekdays"].items()}
        day_words = {fold(k).lower(): v for k, v in data.get("day_words", {}).items()}
        relative = {fold(k).lower(): v for k, v in data["relative_days"].items()}
        found: list[DateMention] = []
        for match in pattern.finditer(folded):
            index = next(int(k[1:]) for k, v in match.groupdict().items() if k.startswith("t") and v is not None and k[1:].isdigit())
            groups = {k.rsplit("_", 1)[0]: v for k, v in match.groupdict().items() if k.endswith(f"_{index}") and v is not None}
            mention = self._mention(match, groups, published, months, weekdays, day_words, relative, text, data)
            if mention is not None:
                found.append(mention)
        redated: dict[int, dt.date] = {}  # "The day before, on Monday": that weekday is the count's day
        counts = _event_relative(folded, text, data, found, published, redated)
        return [replace(m, date=redated[id(m)]) if id(m) in redated else m for m in found] + counts

    def _mention(self, match, groups, published, months, weekdays, day_words, relative, text, data) -> DateMention | None:
        start, end = match.span()
        expression = text[start:end]
        wd = weekdays.get(_norm(groups["wd"])) if "wd" in groups else None
        if "relm" in groups or "relw" in groups:
            return _relative_period(start, end, expression, groups, published, data)
        if "rel" in groups:
            offset = relative.get(_norm(groups["rel"]))
            date = published + dt.timedelta(days=offset) if (published and offset is not None) else None
            return DateMention(start, end, expression, date, "day", None, True)
        if "cur" in groups and "d" in groups:
            # a day of the month the text is written in ("le 3 courant")
            day = _day(groups["d"], day_words)
            if published is None:
                return DateMention(start, end, expression, None, "day", wd, True)
            try:
                return DateMention(start, end, expression, published.replace(day=day), "day", wd, True)
            except ValueError:
                return None
        if "m" in groups:
            raw_month = _norm(groups["m"])
            month = int(raw_month) if raw_month.isdigit() else months.get(raw_month)
            if month is None or not 1 <= month <= 12:
                return None
            year = int(groups["y"]) if "y" in groups else None
            if "d" in groups:
                day = _day(groups["d"], day_words)
                if year is None:
                    if published is None:
                        return DateMention(start, end, expression, None, "day", wd, True)
                    year = published.year
                    try:
                        if dt.date(year, month, day) > published + dt.timedelta(days=31):
                            year -= 1
                    except ValueError:
                        return None
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    return None
                return DateMention(start, end, expression, date, "day", wd, "y" not in groups)
            if year is None:  # "en septembre", "in September": the latest such month by publication
                if published is None:
                    return None
                year = published.year - (1 if month > published.month else 0)
                return DateMention(start, end, expression, dt.date(year, month, 1), "month", None, True)
            return DateMention(start, end, expression, dt.date(year, month, 1), "month")
        if "y" in groups:
            return DateMention(start, end, expression, dt.date(int(groups["y"]), 1, 1), "year")
        if wd is not None:
            strictly_before = "last" in groups
            date = resolve_weekday(published, wd, strictly_before=strictly_before) if published else None
            return DateMention(start, end, expression, date, "day", wd, True)
        return None


def _relative_period(start: int, end: int, expression: str, groups: dict, published: dt.date | None, data: dict[str, Any]) -> DateMention | None:
    """"last month", "earlier this month", "le mois dernier": that month (precision month);
    "last week", "en début de semaine": the week's month, or its year when it straddles two;
    a weekday of such a week ("Wednesday of last week"): that day."""
    if published is None:
        return None
    if "relm" in groups:
        back = {_norm(k): v for k, v in data.get("relative_months", {}).items()}[_norm(groups["relm"])]
        index = published.year * 12 + published.month - 1 + back
        return DateMention(start, end, expression, dt.date(index // 12, index % 12 + 1, 1), "month", None, True)
    back = {_norm(k): v for k, v in data.get("relative_weeks", {}).items()}[_norm(groups["relw"])]
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=back)
    if "wd" in groups:  # "mercredi de la semaine dernière": that week's day
        weekday = {fold(k).lower(): v for k, v in data["weekdays"].items()}[_norm(groups["wd"])]
        return DateMention(start, end, expression, monday + dt.timedelta(days=weekday), "day", weekday, True)
    last = min(monday + dt.timedelta(days=6), published)
    if (monday.year, monday.month) == (last.year, last.month):
        return DateMention(start, end, expression, monday.replace(day=1), "month", None, True)
    return DateMention(start, end, expression, dt.date(last.year, 1, 1) if monday.year == last.year else None, "year", None, True)


# how far from the publication a date still belongs to the story's own days, not its background
_STORY_DAYS = 60


def _event_relative(folded: str, text: str, data: dict[str, Any], found: list[DateMention],
                    published: dt.date | None = None, redated: dict[int, dt.date] | None = None) -> list[DateMention]:
    """"Jeudi, … ont signé …. La veille, … avaient conclu …", "the next day": a day counted from
    the last day-precise date the text gave before it (within a few sentences), if any — the
    last of the story's own days when there is one ("… ont signé ce vendredi …. Les pièces
    entrées avant le 1er juin 2005 ne sont pas concernées. La veille, …": the eve of Friday, not
    of a date in the background)."""
    offsets = _event_offsets(data)
    if not offsets:
        return []
    pattern = _event_relative_pattern(tuple(sorted(offsets, key=len, reverse=True)))
    today = {fold(k).lower() for k, v in data["relative_days"].items() if v == 0}
    verbs = _verbs_before(tuple(data.get("event_relative_verbs") or ()))
    out = []
    for match in pattern.finditer(folded):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        opening = re.search(r"(?:^|[.!?»\n]\s*)$", folded[max(0, match.start() - 3) : match.start()]) is not None
        if not opening and not _bound_to_signing(folded, match, verbs, offsets, found):
            # "La veille, …" opens a sentence of its own; "arrivé la veille" dates a step of the
            # same one
            continue
        # "Le lendemain, jeudi, …", "The next day, Thursday 16 October, …": the day named beside it
        apposed = next((m for m in found if m.precision == "day" and m.date is not None and 0 <= m.start - match.end() <= 3
                        and folded[match.end() : m.start].strip() in ("", ",")), None)
        # a count may count from the one before it ("Le lendemain, … . Le même jour, …"); one
        # inside its sentence from a day told ("Le lendemain, la justice" heads the section
        # whose "a été signé le lendemain" counts from the day before the heading)
        anchors = [m for m in ([*found, *out] if opening else found) if m.end <= match.start() and m.precision == "day" and m.date is not None
                   and fold(m.expression).lower() not in today]  # "aujourd’hui", "today": now, often "nowadays"; no event
        # the story's own days reach across a feature's sections; any other date only nearby
        story = [m for m in anchors if published is not None and abs((published - m.date).days) <= _STORY_DAYS
                 and match.start() - m.end < 4000]
        anchors = [m for m in anchors if match.start() - m.end < 800]
        counted_date = max(story or anchors, key=lambda m: m.end).date + dt.timedelta(days=offsets[match.group().lower()]) \
            if story or anchors else None
        if apposed is not None and apposed.weekday_alone and counted_date is not None and counted_date.weekday() == apposed.weekday:
            # "The day before, on Monday": a weekday alone, the count's own day when it falls on
            # it (the Monday before "last Tuesday", not the one the publication's week starts on)
            date = counted_date
            if redated is not None:
                redated[id(apposed)] = counted_date
        else:
            date = apposed.date if apposed is not None else counted_date
        if date is not None:
            out.append(DateMention(match.start(), match.end(), text[match.start() : match.end()], date, "day", None, True, counted=not opening))
    return out


def event_offset(expression: str | None, data: dict[str, Any]) -> int | None:
    """The days an event-relative expression counts from the event it names ("the following
    day": 1, "la veille": -1, "a day after arriving": 1, "deux jours après son arrivée": 2),
    or None for an expression that is not one (pack keys ``event_relative_days`` and
    ``counted_event_relative``)."""
    if not expression:
        return None
    folded = _norm(expression)
    if phrases := event_relative_phrases(folded, data):
        return phrases[0][2]
    counted = data.get("counted_event_relative")
    if not counted:
        return None
    numbers = {**{_norm(w): 1 for w in counted.get("one_words", [])}, **{_norm(k): v for k, v in data.get("numbers", {}).items()}}
    units = {_norm(k): v for k, v in data.get("duration_units", {}).items()}
    directions = {_norm(k): v for k, v in counted["directions"].items()}
    pattern = rf"(?<![\w-])(\d+|{_alt(numbers)})\s+({_alt(units)})\s+({_alt(directions)})(?![\w-])"
    match = re.search(pattern, folded)
    if match is None:
        return None
    count = int(match.group(1)) if match.group(1).isdigit() else numbers[match.group(1)]
    return count * units[match.group(2)] * directions[match.group(3)]


def event_relative_phrases(text: str, data: dict[str, Any], start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """Where ``text`` (folded) says "the next day", "le lendemain", "la veille" between
    ``start`` and ``end``: (start, end, days) for each (pack key ``event_relative_days``)."""
    offsets = _event_offsets(data)
    if not offsets:
        return []
    pattern = _event_relative_pattern(tuple(sorted(offsets, key=len, reverse=True)))
    return [(m.start(), m.end(), offsets[m.group().lower()]) for m in pattern.finditer(text, start, len(text) if end is None else end)]


_SENTENCE_END = re.compile(r"[.!?»\n]\s")


def _bound_to_signing(folded: str, match: re.Match[str], verbs: re.Pattern[str] | None, offsets: Mapping[str, int],
                      found: list[DateMention]) -> bool:
    """A count of days told inside its sentence, right after a signing verb the pack lists
    ("was signed the next morning", "a été signé le lendemain"), in a sentence that gives no
    date before it: it counts from the day told before ("… where the memorandum had been signed
    the day before", after "On Tuesday" in the same sentence, counts from that Tuesday, and "le
    même jour" from any day at all — neither is read)."""
    if verbs is None or offsets[match.group().lower()] == 0 or not verbs.search(folded, max(0, match.start() - 40), match.start()):
        return False
    opening = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, match.start())), default=0)
    return not any(opening <= m.start < match.start() for m in found)


def _event_offsets(data: dict[str, Any]) -> Mapping[str, int]:
    """The pack's event-relative phrases with their offsets in days (pack keys
    ``event_relative_days``, ``event_day_word``, ``day_parts``), built once per pack: the
    sentence-by-sentence readers ask for them again and again."""
    return _offsets_of(tuple(data.get("event_relative_days", {}).items()), data.get("event_day_word"), tuple(data.get("day_parts", ())))


@lru_cache(maxsize=8)
def _offsets_of(phrases: tuple[tuple[str, int], ...], day: str | None, parts: tuple[str, ...]) -> Mapping[str, int]:
    """Each phrase also told with a part of the day for its word for "day" ("the next day" →
    "the next morning", "le jour même" → "le soir même"); read-only, as it is shared."""
    offsets = {fold(k).lower(): v for k, v in phrases}
    if day:
        word = re.compile(rf"(?<![\w-]){re.escape(fold(day).lower())}(?![\w-])")
        for phrase, days in list(offsets.items()):
            if word.search(phrase):
                for part in parts:
                    offsets.setdefault(word.sub(fold(part).lower(), phrase), days)
    return MappingProxyType(offsets)


@lru_cache(maxsize=8)
def _verbs_before(verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pack's signing verbs ending a text (``event_relative_verbs``), compiled once per pack."""
    if not verbs:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(fold(v).lower()) for v in verbs) + r")\s+$")


@lru_cache(maxsize=8)
def _event_relative_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The pack's event-relative phrases, longest first, compiled once per pack."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in phrases) + r")(?![\w-])", re.IGNORECASE)


def _day(raw: str, day_words: dict[str, int]) -> int:
    """A day of the month written in figures ("3", "1er", "21st") or words ("premier")."""
    word = _norm(raw)
    return day_words.get(word) or int(re.sub(r"\D", "", word) or 0)


def _norm(word: str) -> str:
    return fold(word).lower().strip()


_DATELINE_WITH_DATE = re.compile(r"\s*([^\W\d_](?:[^\W\d_]|[' -])+[^\W\d_]),[^\n]{0,40}?\s[—–-]{1,2}\s")  # "(WAM) -- "
# "Ulaanbaatar, June 11 /MONTSAME/.", "Tashkent, 5 March /UzA/ –": the agency between slashes
# closes the dateline, whatever the city's case
_DATELINE_AGENCY_SLASH = re.compile(r"\s*([^\W\d_](?:[^\W\d_]|[' -])+[^\W\d_]),[^\n/]{0,30}?\d[^\n/]{0,12}?\s/[^/\n]{2,24}/\s*(?:[.:]|[—–-]{1,2})?\s")
# "Kathmandu, March 4 (RSS):", "Dakar, 5 mars (APS) –": a date, then the agency in parentheses
# before a colon or a dash, whatever the city's case
_DATELINE_AGENCY_BRACKETS = re.compile(r"\s*([^\W\d_](?:[^\W\d_]|[' -])+[^\W\d_]),[^\n()]{0,30}?\d[^\n()]{0,12}?\s\([A-Z][^()\n]{1,24}\)\s*(?::|[—–-]{1,2})\s")


def dateline_at(text: str, offset: int) -> int:
    """Where a dateline with a date that opens the paragraph at ``offset`` ends, or 0: a
    digest's items each carry their own ("1. KAZAKHSTAN–MONGOLIA … ASTANA, 27 January — …")."""
    if offset and text[offset - 1] != "\n":
        return 0
    dateline = _DATELINE_WITH_DATE.match(text, offset)
    return dateline.end() if dateline and dateline.group(1).isupper() and "\n" not in dateline.group() else 0


def dateline_end(text: str) -> int:
    """Where a wire dateline that carries a date ends ("ABUJA, Feb 4 (WANW) – "), or 0: the
    dateline dates the story, not what the story reports. It opens one of the first lines: a
    release may put a kicker or its issuer above it ("PRESS RELEASE", "Ministry of …")."""
    offset = 0
    for line in text[:400].split("\n")[:4]:
        dateline = _DATELINE_WITH_DATE.match(line)
        if dateline and dateline.group(1).isupper():
            return offset + dateline.end()
        if dateline := _DATELINE_AGENCY_SLASH.match(line) or _DATELINE_AGENCY_BRACKETS.match(line):
            return offset + dateline.end()
        offset += len(line) + 1
    return 0
