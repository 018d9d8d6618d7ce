"""The text layer every component reads: the article, its folded view, tokens and sentences.

Offsets index the normalized text; ``folded`` has the same length with one apostrophe.
Token and sentence look-ups are binary searches, so a look-up costs the same anywhere in
a long article.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from accordcheck.lang import LanguagePack, fold
from accordcheck.reading.datelines import item_datelines

__all__ = ["BULLET", "NICKNAME", "SpanIndex", "Text", "Token", "denied_signings", "in_relative_after", "opens_with_bullet", "overlaps", "quoted_spans", "signs_off", "undotted", "without_bullets"]

_TOKEN = re.compile(r"\w+'|\w+(?:[-.]\w+)*|[^\w\s]", re.UNICODE)
# a sentence ends after . ! ? and, it may be, a closing quotation mark ('… he said." The',
# '… reporters.” Then', "… prêts. » Le"), before a capital, a digit or an opening quote; a
# guillemet without the sentence's own mark ("Abdoulaye « Ablo » Diop") closes none
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’»])|(?<=[.!?][ \u00a0\u202f]»))\s+(?=[«\"“‘A-ZÀ-ÖØ-Þ0-9])|\n+")
# an initial inside a name ("Deodat K. Ramcharran", "Farrukh Sh. Yusupov") ends no sentence
# a nickname between a name's words, in any quotation marks ("Robert “Bob” Kanyinda",
# "Abdoulaye « Ablo » Diop"): typography, not words
NICKNAME = re.compile(r"[\"“«‘'’] ?[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)? ?[\"”»’']")


def _bullet_class() -> str:
    """A character class of the typography that opens a list item: a dash, a bullet, an arrow,
    a geometric shape or a dingbat ("–", "•", "▸", "►", "➢", "■", "✓") — any of Unicode's
    dashes and symbols from General Punctuation to Miscellaneous Symbols and Arrows, so that a
    release's own choice of bullet is not a list the reader misses."""
    signs = "-*·•‣⁃" + "".join(chr(c) for c in range(0x2010, 0x2C00) if unicodedata.category(chr(c)) in ("Pd", "Sm", "So"))
    return "[" + "".join(re.escape(c) for c in dict.fromkeys(signs)) + "]"


#: One list item's bullet or dash (a regular expression's character class).
BULLET = _bullet_class()
_BULLETS = re.compile(BULLET)


def without_bullets(text: str) -> str:
    """``text`` less its bullets and dashes (what is left of a line's opening besides typography)."""
    return _BULLETS.sub("", text)


def opens_with_bullet(text: str) -> bool:
    return _BULLETS.match(text.lstrip()) is not None


# a list item's marker: a bullet, a dash or a number ("•", "-", "2.", "3)"), typography not words
# "•", "-", "1.", "2)", and lettered or roman items: "(a)", "b)", "(iii)", "(2)"
_LIST_ITEM = re.compile(r"\s*(?:" + BULLET + r"|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s+")


def _marker_kind(marker: str) -> str:
    """The kind of a list item's marker: a bullet, a number, a letter or roman numeral ("(i)"
    may be either)."""
    bare = marker.strip(" ()")
    if bare[:1].isdigit():
        return "number"
    if bare[:1].isalpha():
        return "letter"
    return "bullet"


# a rule line: three symbols or more ("═══", "* * *"), or one dash or bullet alone on its line
# ("—" between a digest's items)
_RULE_LINE = re.compile(r"^[ \t]*(?:(?:[^\w\s][ \t]*){3,}|" + BULLET + r"[ \t]*)$", re.MULTILINE)
# a digest item's head: a line in capitals with a dash between two names ("ZAMBIA – MALAWI: ONE
# BORDER, ONE STOP"), or a bullet opening on two names and a colon ("• Oman – Greece: …")
_ITEM_HEAD = re.compile(r"^(?:[^\n\Wa-zß-ÿ]|[ ,:'’&.!?()])*[^\W\da-zß-ÿ] [–—-] [^\W\da-zß-ÿ](?:[^\n\Wa-zß-ÿ]|[ ,:'’&.!?()])*$"
                        r"|^" + BULLET + r"\s*[^\W\d_][\w’'.-]*(?: [\w’'.-]+)? [–—-] [^\W\d_][\w’'.-]*(?: [\w’'.-]+)?[ \u00a0\u202f]?:", re.MULTILINE)
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}\.")
_INITIAL_DOT = re.compile(r"(?<![\w.])(?:[A-ZÀ-ÖØ-Þ]\w+|[A-ZÀ-ÖØ-Þ]\.) [A-ZÀ-ÖØ-Þ][a-z]?\.$")
# a lone capital and its dot after a comma, a bracket or a lower-case word: an initial, unless
# the next word is one of the language's most frequent (it opens a sentence: "Plan B. The …")
_LONE_INITIAL = re.compile(r"(?:^|[\s,(])[A-ZÀ-ÖØ-Þ][a-z]?\.$")  # "A.", and "Md." / "Er." before a name
# a short capitalised abbreviation after a comma, before a name of two capitalised words: an
# honorific no list holds ("…, Cllr. Jallah A. Kollie", "…, Arch. Nadia Haddad"); two letters
# are a given name as often ("Md.", "Ma.")
_ABBREVIATION = r"([A-ZÀ-ÖØ-Þ][a-z]{2,4})"
_TWO_NAME_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’-]+ [A-ZÀ-ÖØ-Þ]"
_APPOSED_ABBREVIATION = re.compile(r", " + _ABBREVIATION + "$")
_NAME_AFTER = re.compile(" " + _TWO_NAME_WORDS)


@dataclass
class Token:
    start: int
    end: int
    text: str  # folded

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@lru_cache(maxsize=4096)
def title_words(title: str) -> frozenset[str]:
    """The words of more than three letters of a title, folded and in lower case: what two
    mentions share when they name one instrument (the reader's and the checks' one rule)."""
    return frozenset(w for w in re.findall(r"\w+", fold(title).lower()) if len(w) > 3)


class Text:
    def __init__(self, text: str, pack: LanguagePack, published: dt.date | None) -> None:
        self.text = text
        self.folded = fold(text)
        self.pack = pack
        self.published = published
        self.tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.folded)]
        self._token_starts = [t.start for t in self.tokens]
        self.sentences = self._sentences()
        self._sentence_starts = [s for s, _ in self.sentences]

    def _sentences(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        text = self.folded  # no-break spaces as spaces: "Mr.\u00a0Oh" is no sentence's end
        # the words whose dot undotted() masks ("Oct.", "Smt.", "MM.") end no sentence either
        abbreviations = tuple(w + "." for w in _undotted_words(self.pack))
        for match in _SENTENCE_END.finditer(text):
            before = text[max(0, match.start() - 12) : match.start()]
            # a whole word: "Toktosunov." ends a sentence though "nov." is an abbreviation
            if not match.group().strip(" ") and any(before.endswith(a) and not before[: -len(a)][-1:].isalpha() for a in abbreviations):
                continue
            if not match.group().strip(" ") and self._apposed_abbreviation(match.start() - 1):
                continue
            # the initial's word and capital end right at the boundary: no need to scan the text before
            in_name = _INITIAL_DOT.search(text, max(0, match.start() - 80), match.start())
            initial = in_name or _LONE_INITIAL.search(text, max(0, match.start() - 4), match.start())
            if not match.group().strip(" ") and initial and not self._opens_a_sentence(match.end(), in_name=in_name is not None):
                continue  # "Deodat K. Ramcharran", "by the Secretary, H. M. D. Nimal Bandara", "signed by A. K. Menon"
            line_start = text.rfind("\n", 0, match.start()) + 1
            if not match.group().strip(" ") and _ITEM_NUMBER.fullmatch(text, line_start, match.start()):
                continue  # "1. Memorandum of Understanding …": a numbered item's marker ends no sentence
            if text[start : match.start()].strip():
                spans.append((start, match.start()))
            start = match.end()
        if text[start:].strip():
            spans.append((start, len(text.rstrip())))
        return spans or [(0, len(text))]

    def _apposed_abbreviation(self, dot: int) -> bool:
        """The dot at ``dot`` closes an abbreviated honorific: the text never writes the word in
        lower case, and it names no country or town ("…, Togo. The minister …" ends a sentence)."""
        found = _APPOSED_ABBREVIATION.search(self.text, max(0, dot - 8), dot)
        if found is None or not _NAME_AFTER.match(self.text, dot + 1):
            return False
        word = found.group(1)
        return word.lower() not in self.lowercase_words and not self.pack.country_of_form(word) \
            and not self.pack.city_regex.fullmatch(fold(word))

    def _opens_a_sentence(self, offset: int, *, in_name: bool = False) -> bool:
        if re.match(r"[A-ZÀ-ÖØ-Þ][a-z]?\.\s", self.text[offset : offset + 4]):
            return False  # another initial ("W. A. Nimal"): "A" is no article here
        word = re.match(r"[^\W\d_]+", self.text[offset : offset + 30])
        if in_name and word is not None and fold(word.group()).lower() in self.pack.words("name_particles") \
                and re.match(r"\s+[A-ZÀ-ÖØ-Þ]", self.text[offset + word.end() : offset + word.end() + 3]):
            return False  # "Jean-Marc P. Le Guen": a particle that goes on with the surname
        return word is None or fold(word.group()).lower() in _sentence_openers(self.pack)

    def sentence_of(self, offset: int) -> int:
        """The sentence holding ``offset`` (the last sentence when none does)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return i
        return max(len(self.sentences) - 1, 0)

    def is_headline(self, index: int) -> bool:
        """Sentence ``index`` is a line of its own with no closing punctuation, with more text
        after it: a headline, a live blog's item title, a briefing's bold line."""
        start, end = self.sentences[index]
        line_start = start == 0 or self.text[start - 1] == "\n"
        line_end = self.text[end : end + 1] == "\n"
        return line_start and line_end and index + 1 < len(self.sentences) and not self.text[start:end].rstrip(" *_").endswith(tuple(".!?:;»”\""))

    def list_items_after(self, index: int) -> list[int]:
        """The sentences that are the items of a list sentence ``index`` opens with a colon
        ("L’accord prévoit :" then "• des patrouilles …", "• le renforcement …")."""
        start, end = self.sentences[index]
        if not self.text[start:end].rstrip().endswith(":"):
            return []
        items = []
        kind = None
        following = index + 1
        while following < len(self.sentences):
            marker = self._item_kind(following)
            if marker is not None and kind in (None, marker):
                kind = marker
                items.append(following)
                following += 1
                continue
            # "(i) Memorandum of Understanding …" / "Exchanged by: X; and Y" / "(ii) …": a line
            # under an item, before the next item of the same kind, goes on with the item
            resumed = following + 1 < len(self.sentences) and self._item_kind(following + 1) == kind
            if items and kind is not None and (resumed or self._closes_a_lettered_list(following, kind)):
                items.append(following)
                following += 1
                continue
            break
        return items

    def opens_an_item(self, index: int) -> bool:
        """Sentence ``index`` opens with a list item's marker ("•", "2.", "(b)", "(iii)")."""
        return self._item_kind(index) is not None

    def _item_kind(self, index: int) -> str | None:
        """The kind of the list marker sentence ``index`` opens with, if any."""
        marker = _LIST_ITEM.match(self.text, self.sentences[index][0])
        return _marker_kind(marker.group()) if marker is not None else None

    def _closes_a_lettered_list(self, index: int, kind: str) -> bool:
        """The line right under a lettered or roman-numbered list's last item, a line of its own
        ("Exchanged by: …"), before a new paragraph: the item's continuation."""
        start, end = self.sentences[index]
        return kind == "letter" and ":" in self.text[start : min(end, start + 40)] and self.text[end : end + 1] in ("\n", "")

    def list_head_of(self, index: int) -> int | None:
        """The sentence ending with a colon whose list sentence ``index`` is an item of."""
        for head in range(index - 1, -1, -1):
            if index in self.list_items_after(head):
                return head
            if not self.opens_an_item(head):
                return None
        return None

    @cached_property
    def item_datelines(self) -> list[tuple[int, int, str]]:
        return item_datelines(self.text, self.pack)  # reading/datelines.py

    def sentence_span(self, index: int) -> tuple[int, int]:
        return self.sentences[index]

    @cached_property
    def sections(self) -> list[int] | None:
        """Each sentence's section, when rule lines (a line of symbols only: "═══", "* * *",
        "━━━━") or item heads (a line in capitals with a dash, "ZAMBIA – MALAWI: ONE BORDER";
        a bullet's "• Oman – Greece:") part the text into three or more: a digest's items, each
        its own story; and items' own datelines, two or more ("DOHA — …", "KUWAIT CITY — …").
        None for a text with fewer parts (an article, a feature with one break)."""
        datelines = {start for start, _, _ in self.item_datelines} if len(self.item_datelines) >= 2 else set()
        rules = sorted({m.start() for m in _RULE_LINE.finditer(self.text)} | {m.start() for m in _ITEM_HEAD.finditer(self.text)} | datelines)
        if len(rules) < 2:
            return None
        return [bisect_right(rules, start) for start, _ in self.sentences]

    def is_sentence_start(self, offset: int) -> bool:
        i = bisect_left(self._sentence_starts, offset)
        return i < len(self._sentence_starts) and self._sentence_starts[i] == offset

    def token_index(self, offset: int) -> int | None:
        """The token starting at ``offset``, else the first one after it."""
        i = bisect_left(self._token_starts, offset)
        return i if i < len(self.tokens) else None

    def match_words(self, index: int, phrases: frozenset[str]) -> int:
        """Length in tokens of the longest phrase of ``phrases`` starting at token ``index``."""
        best = 0
        joined = ""
        for length in range(1, 6):
            if index + length > len(self.tokens):
                break
            token = self.tokens[index + length - 1]
            if length == 1:
                joined = token.lower
            else:
                gap = self.folded[self.tokens[index + length - 2].end : token.start]
                joined += (" " if gap else "") + token.lower
            if joined in phrases:
                best = length
        return best

    def sentence_folded(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.folded[start:end]

    @cached_property
    def quoted_spans(self) -> list[tuple[int, int]]:
        return quoted_spans(self.text)

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """The words the text writes in lower case somewhere: capitalised elsewhere (a headline,
        a ministry's name), such a word is a common noun, not part of a name."""
        return frozenset(t.text for t in self.tokens if t.is_word and t.text.islower())


class SpanIndex:
    """Spans (objects with ``start`` and ``end``, or pairs) for "is this offset inside one?"
    in logarithmic time, overlapping spans included."""

    def __init__(self, spans) -> None:
        pairs = sorted((s.start, s.end) if hasattr(s, "start") else tuple(s) for s in spans)
        self.starts = [start for start, _ in pairs]
        self.reach: list[int] = []  # the furthest end among the spans so far
        for _, end in pairs:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def covers(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.reach[i] > offset


@lru_cache(maxsize=None)
def _sentence_openers(pack: LanguagePack) -> frozenset[str]:
    """Words that open a sentence after a lone capital's dot ("Plan B. The …"): the pack's
    frequent words, subject pronouns and determiners."""
    cues = pack.data["cues"]
    return frozenset(fold(w).lower() for key in ("frequent_words", "subject_pronouns", "determiners_before_person") for w in cues.get(key, ()))


@cache
def _undotted_words(pack: LanguagePack) -> tuple[str, ...]:
    """Honorifics and the pack's other abbreviations, without their dot ("Oct", "Gen", "U.S",
    "Smt"), longest first: dots that end no sentence — every honorific the titles write with a
    dot among them ("Barr. Chukwuemeka Obiora", "Engr. …"), and every given name written short
    ("Mohd. Azlan Ismail")."""
    cues = pack.data["cues"]
    titled = (h[:-1] for key in ("honorifics", "given_name_abbreviations") for h in pack.titles.get(key, ()) if h.endswith("."))
    return tuple(sorted({*cues["dotted_honorifics"], *titled, *(a.rstrip(".") for a in cues.get("sentence_abbreviations", ()))}, key=len, reverse=True))


@lru_cache(maxsize=None)
def _dotted_words(pack: LanguagePack) -> re.Pattern[str]:
    words = _undotted_words(pack)
    # and an initial inside a name ("Deodat K. Ramcharran", "Roberto C. de Guzman"), whose dot
    # is no sentence's end either
    particles = "|".join(re.escape(p) for p in sorted(pack.words("name_particles"), key=len, reverse=True))
    name_goes_on = rf"[A-ZÀ-ÖØ-Þ]|(?:{particles}) " if particles else "[A-ZÀ-ÖØ-Þ]"
    # and an abbreviated honorific after a comma, before a name ("…, Cllr. Jallah A. Kollie")
    # and a name that ends on a run of initials ("Ms Sushila K.C. and the Senior Secretary …")
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\.|(?<![\w.])([A-ZÀ-ÖØ-Þ][a-z]?)\.(?= (?:" + name_goes_on + "))"
                      + r"|(?<=, )" + _ABBREVIATION + r"\.(?= " + _TWO_NAME_WORDS + ")"
                      + r"|(?<=\w )((?:[A-ZÀ-ÖØ-Þ]\.)+[A-ZÀ-ÖØ-Þ])\.(?= [a-zà-ÿ])")


def undotted(text: str, pack: LanguagePack) -> str:
    """``text`` with the dots of honorifics ("Mr.", "M."), abbreviations ("Oct.") and initials masked, same length and
    offsets: a role cue reading up to a clause's end ("… and Mr. Hasanli looked on") is not
    stopped by them."""
    return _dotted_words(pack).sub(lambda m: (m.group(1) or m.group(2) or m.group(3) or m.group(4)).replace(".", "_") + "_", text)


@lru_cache(maxsize=64)
def quoted_spans(text: str) -> list[tuple[int, int]]:
    """What someone says in quotes (« », “ ”, or straight quotes on one line)."""
    return [(m.start(), m.end()) for m in re.finditer(r'«[^»]{0,1000}»|“[^”]{0,1000}”|"[^"\n]{0,1000}"', text)]


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """``start``–``end`` begins inside one of ``spans``, or one of them begins inside it."""
    return any(a <= start < b or start <= a < end for a, b in spans)


def in_relative_after(pack: LanguagePack, folded: str, cue_end: int, offset: int) -> bool:
    """``offset`` lies in a relative clause opened after a signing cue ending at ``cue_end``,
    a clause that tells of something else than the signing ("… signed a memorandum, renewing a
    partnership that has sent engineers to study in Reykjavik"): what it places is no signing."""
    if offset <= cue_end:
        return False
    pronouns = pack.words("relative_pronouns")
    opened = next((w for w in re.finditer(r"\w+", folded[cue_end:offset]) if w.group().lower() in pronouns), None)
    return opened is not None and not pack.cue("signed").search(folded, cue_end + opened.start(), offset)


def denied_signings(pack: LanguagePack, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of ``folded[start:end]`` that deny a signing ("Neither X nor Y signed", "n’ont
    pas signé"; pack cue ``negated_signing``): a signing cue inside them is none."""
    return [m.span() for m in pack.cue("negated_signing").finditer(folded, start, end)]


def reported_date(pack: LanguagePack, folded: str, sentence_start: int, offset: int) -> bool:
    """The date at ``offset`` is attached to a reporting verb or statement ("a indiqué
    mercredi", "said in a statement on Wednesday"; pack cue ``reported_before_date``): it dates
    the telling, not the signing."""
    return pack.cue("reported_before_date").search(folded[max(sentence_start, offset - 80) : offset]) is not None


def signs_off(text: str, cue_start: int, cue_end: int) -> bool:
    """A release's sign-off — "Signed:" or "(Signé)" alone on its line, the author's name on
    the next: who wrote the statement, not a signing of the agreement."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    line_end = text.find("\n", cue_end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line_end >= 0 and not re.sub(r"[\W_]+", "", line.replace(text[cue_start:cue_end], "", 1))
