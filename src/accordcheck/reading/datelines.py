"""Datelines: the article's own, in its first lines ("DAKAR —", "Tbilisi, 10 September 2025"),
and those further down that open a digest's items ("KUALA LUMPUR — …")."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack, fold
from accordcheck.lang.dates import DateMention

__all__ = ["ITEM_DATELINE", "dateline_place", "item_datelines", "release_date", "sign_off_place"]

# A dateline's city in capitals, in any alphabet ("KLAIPĖDA –", "DAKAR —"); the caller
# checks the capitals, since re has no class for upper-case letters beyond ASCII.
_DATELINE_CITY = re.compile(r"\s*([^\W\d_](?:[^\W\d_]|[' -])+[^\W\d_])\s*(?:,|\(|–|-|—|:)")
# "Dakar - Le ministre …": a city of a few words before a spaced dash, opening the lead; or
# before a full stop or a colon and the lead's first capital ("Kathmandu. The Government of
# Japan …", "Islamabad: Pakistan and …", a release's style)
_LEAD_DATELINE = re.compile(r"\s*([^\W\d_][^\W\d_'’-]*(?:[ '’][^\W\d_][^\W\d_'’-]*){0,3})(?:\s+(?:–|-|—)\s|(?:\.|\s?:)\s+(?=[A-ZÀ-ÖØ-Þ]))")
# a line of this many words or more that ends a sentence is prose: the lead paragraph, not
# a page's furniture (a menu, a breadcrumb) or a headline
_LEAD_WORDS = 12
_SENTENCE_ENDS = ".!?:»”\"…"

# An item's own dateline further down a digest: a line opening with a city in capitals, its
# agency perhaps in parentheses, and a dash or colon ("KUALA LUMPUR — …", "NIAMEY (ANP) - …",
# "BISHKEK: …"); the caller checks the capitals and the city
ITEM_DATELINE = re.compile(r"(?m)^[ \t]*([^\W\d_](?:[^\W\d_]|[' -])*[^\W\d_])[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:–|-|—|:)[ \t]")


def item_datelines(text: str, pack: LanguagePack) -> list[tuple[int, int, str]]:
    """Lines of ``text`` that open with a city the gazetteer knows, in capitals, before a
    dash or colon: (the city's start, its end, the gazetteer's spelling)."""
    found = []
    for match in ITEM_DATELINE.finditer(text):
        name = match.group(1).strip()
        if name.isupper() and (form := pack.city_spelling(name.title())) is not None and form in pack.gazetteer:
            found.append((match.start(1), match.end(1), form))
    return found


def dateline_place(text: str, pack: LanguagePack, dates: list[DateMention], place_starts: set[int]) -> tuple[int, int, str] | None:
    """The dateline's city, in one of the lines up to the lead paragraph (after a kicker, or
    a page's furniture: site name, menu, headline, "Published:" line): in capitals before
    a dash or comma ("DAKAR —", "KLAIPĖDA, 5 mai"), a known city followed by a comma and
    the date ("Tbilisi, 10 September 2025"), or one that opens the lead paragraph before a
    dash ("Baghdad – The Minister …"; not a headline's pair, "Rabat – Islamabad : …"): its
    start, end and the gazetteer's spelling."""
    offset, seen_lead = 0, False
    for index, line in enumerate(text[:1500].split("\n")[:16]):
        lead = len(line.split()) >= _LEAD_WORDS and line.rstrip()[-1:] in _SENTENCE_ENDS
        seen_lead = seen_lead or lead
        opening = _LEAD_DATELINE.match(line) if lead else None
        opens_lead = opening is not None and opening.group(1)[:1].isupper() and not _names_a_place(text, offset + opening.end(), place_starts)
        dateline = opening if opens_lead else _DATELINE_CITY.match(line)
        if dateline is not None:
            name = dateline.group(1).strip()
            comma = offset + dateline.end()
            dated = line[dateline.end() - 1 : dateline.end()] == "," and any(0 <= d.start - comma <= 4 for d in dates)
            if (name.isupper() or opens_lead or (dated and name[:1].isupper())) and (form := _city_form(name, pack)) is not None:
                start = offset + dateline.start(1)
                return start, start + len(dateline.group(1)), form
        offset += len(line) + 1
        if seen_lead and (index >= 3 or offset >= 400):
            break  # the first lines, and any page furniture up to the lead paragraph
    return None


def _names_a_place(text: str, offset: int, place_starts: set[int]) -> bool:
    """A headline's pair after ``offset``: a city named right after it, or a colon close
    by ("Rabat – Islamabad : …", "Kenya – Finland: a new chapter")."""
    after = len(text[offset:]) - len(text[offset:].lstrip())
    return ":" in text[offset : offset + 40] or offset + after in place_starts


def _outer_lines(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The lines before the first paragraph of prose and those after the last one (a
    release's heading, and its closing block: issuer, city, date), with their offsets."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    prose = [k for k, (_, line) in enumerate(lines) if len(line.split()) >= _LEAD_WORDS and line.rstrip()[-1:] in _SENTENCE_ENDS]
    return (lines[: prose[0]], lines[prose[-1] + 1 :]) if prose else ([], [])


def release_date(text: str, dates: list[DateMention]) -> DateMention | None:
    """The date a release gives itself on a line of its own, at its head or in its closing
    block ("Podgorica, 10 February 2026"; "BANDAR SERI BEGAWAN / 4 SEPTEMBER 2025"): a day
    the text names, with at most a few words beside it (a city, an article)."""
    head, closing = _outer_lines(text)
    for start, line in head + closing[:8]:
        end = start + len(line)
        for d in dates:
            if start <= d.start and d.end <= end and d.precision == "day" and not d.relative and d.date is not None:
                rest = (text[start : d.start] + " " + text[d.end : end]).split()
                if len([w for w in rest if w.strip(",.:;–—-")]) <= 4 and not any(c.isdigit() for c in "".join(rest)):
                    return d
    return None


def sign_off_place(text: str, pack: LanguagePack) -> tuple[int, int, str] | None:
    """The issuing city in a release's closing block, on a line of its own or before a
    comma, after the pack's ``sign_off_openings`` ("BANDAR SERI BEGAWAN", "Dakar, 5 March
    2026", "Fait à N'Djamena, le 12 décembre 2025"): start, end, the gazetteer's spelling."""
    openings = sorted((fold(w).lower() for w in pack.data["cues"].get("sign_off_openings", ())), key=len, reverse=True)
    for start, line in _outer_lines(text)[1][:8]:
        name = line.split(",")[0].strip()
        opening = next((w for w in openings if fold(name).lower().startswith(w + " ")), None)
        name = name[len(opening) + 1 :].strip() if opening else name  # "Fait à N'Djamena"
        if not name or len(name.split()) > 4:
            continue
        if (form := _city_form(name, pack)) is not None:
            at = start + line.index(name)
            return at, at + len(name), form
    return None


def _city_form(name: str, pack: LanguagePack) -> str | None:
    """The gazetteer's spelling of a city a dateline or a closing line writes ("DAKAR", "Lome")."""
    candidate = name.title() if name.isupper() else name
    return candidate if fold(candidate) in pack.gazetteer else pack.city_spelling(candidate)
