"""What a date near a signing dates instead of it: a report ("a indiqué mercredi"), a stay's
bounds ("depuis lundi", "until Sunday"), a range's first day, the year an instrument's title
covers, the event of an aside or of an earlier clause of the sentence; and the day a count of
texts signed together gives each of them."""

from __future__ import annotations

import re
from functools import cache

from accordcheck.lang import LanguagePack
from accordcheck.lang.dates import DateMention, dateline_at
from accordcheck.reading.components.base import Work
from accordcheck.reading.components.counted import counted_texts
from accordcheck.reading.document import SigningClause
from accordcheck.reading.text import reported_date

__all__ = ["EventDates"]


class EventDates(Work):
    """Reads ``dates``, ``instruments`` and ``signings`` besides the text and the pack."""

    @staticmethod
    def _nearest(dates: list[DateMention], clause: SigningClause) -> DateMention:
        """The date closest to the clause's words, before or after them."""
        return min(dates, key=lambda d: min(abs(d.start - clause.end), abs(clause.start - d.end)))

    def _aside_date(self, date: DateMention) -> bool:
        """The date stands in an aside of its sentence ("…, Şükrü Yıldız, who had hosted the
        delegation since its arrival on Monday."), off the sentence's signing clause if it has
        one: the aside's own event's, never the signing's."""
        index = self.sentence_of(date.start)
        clause = next((c for c in self.signings if c.sentence == index and c.status == "signed"), None) \
            or SigningClause(self.sentences[index][0], self.sentences[index][0], index, "signed")
        return self._in_an_aside(date, clause)

    def _date_of_counted_texts(self, clause: SigningClause) -> DateMention | None:
        """The one day the article's signing verbs whose object is a count of texts of any kind
        give ("… on Thursday, 14 May 2026, signed two instruments", "ont signé mardi à Jakarta
        deux textes": ``counted_texts`` right after the verb, the day beside them; "The documents
        were signed on Friday": such texts, or the definite ones, its subject), in the
        clause's own item of a digest: the day of each text signed. (Not "carrying two signed
        documents", "En signant deux textes … en début de semaine".)"""
        sections = self.t.sections
        found = []
        for other in self.signings:
            if other.status != "signed" or other.sentence == clause.sentence or other.sentence in self._earlier_only \
                    or (sections is not None and sections[other.sentence] != sections[clause.sentence]):
                continue
            start, end = self.sentences[other.sentence]
            counts = [(a, b) for a, b in counted_texts(self.folded, self.pack, start, end)
                      if other.end <= a <= other.end + 60 and not re.search(r"[,;:()]", self.folded[other.end : a])]
            # … or its subject, counted or definite ("The documents were signed in Ankara on Thursday")
            subject = [(a, b) for a, b in counted_texts(self.folded, self.pack, start, end, definite=True)
                       if b <= other.start <= b + 25 and not re.search(r"[,;:()]", self.folded[b : other.start])]
            opening = dateline_at(self.text, start) or start  # past a dateline ("COTONOU, 16 oct. (ABP) –")
            counts = counts or [(a, other.end) for a, _ in subject]
            # before the count, or after it in its clause ("signed three legal instruments in Accra on Thursday")
            dates = [d for d in self.dates if opening <= d.start < end and counts and (d.end <= counts[0][1] or (
                     d.start <= counts[0][1] + 60 and not re.search(r"[,;:()]", self.folded[counts[0][1] : d.start])))
                     and d.precision == "day" and d.date is not None and self._dates_an_event(d) and not self._reported(d)]
            if dates:
                found.append(self._nearest(dates, other))
        return found[0] if len({d.date for d in found}) == 1 else None

    def _year_of_a_title(self, date: DateMention) -> bool:
        """A year inside an instrument's title says what the text covers ("protocole relatif à
        l’aide financière militaire … au titre de l’année 2026", "Work Plan for the year 2026"),
        not when it was signed — also when the title stops at the date's link ("au titre" + " de ")."""
        if date.precision != "year":
            return False
        links = self.pack.words("complement_links", "instruments")
        return any(m.start <= date.start < m.end or (m.end <= date.start <= m.end + 20 and self.folded[m.end : date.start].strip().lower() in links)
                   for m in self.instruments if not m.anaphoric)

    def _of_an_earlier_clause(self, date: DateMention, clause: SigningClause) -> bool:
        """The date follows another clause of the sentence that signed an earlier text ("ont
        signé un accord-cadre …, appelé à remplacer l’accord … signé à Ankara le 29 octobre
        2013"): that one's date, not this signing's."""
        return any(c.sentence == clause.sentence and c.status == "earlier" and clause.end <= c.start <= date.start
                   for c in self.signings)

    def _in_an_aside(self, date: DateMention, clause: SigningClause) -> bool:
        """", qui était arrivé lundi à Dakar,": the date stands in a relative clause set off
        by commas that does not hold the signing clause."""
        return self._span_in_an_aside(date.start, date.end, clause)

    def _span_in_an_aside(self, start: int, end: int, clause: SigningClause) -> bool:
        """The span stands in an aside set off by commas, opened by a relative pronoun or a
        participle (", qui était arrivé lundi,", ", arrivé jeudi à Abidjan,", ", having landed on
        Thursday,"), that does not hold the signing clause."""
        relative, participle = _aside_openers(self.pack)
        if relative is None and participle is None:
            return False
        s_start, s_end = self.sentences[self.sentence_of(start)]
        opened = self.folded.rfind(",", s_start, start)
        closed = self.folded.find(",", end, s_end)
        if opened < 0 or opened < clause.start < (closed if closed >= 0 else s_end):
            return False
        aside = self.folded[opened:start]
        return any(p is not None and p.match(aside) for p in (relative, participle))

    def _dates_an_event(self, date: DateMention) -> bool:
        """Not the date of a report, nor a stay's first or last day, nor when a stay began, nor
        the year a title covers."""
        return not self._reported(date) and not self._opens_a_range(date) and not self._bounds_a_stay(date) and not self._year_of_a_title(date)

    def _bounds_a_stay(self, date: DateMention) -> bool:
        """"qui séjourne depuis lundi", "une visite entamée lundi", "in Nairobi since Sunday" (pack
        ``since``): when a stay began; "en visite jusqu’à dimanche", "in Bern until Sunday"
        (``until``): when it ends."""
        before = self.folded[max(0, date.start - 12) : date.start]
        return any(re.search(rf"\b(?:{self.pack.alternation(bound, 'dates')})\s*$", before, re.IGNORECASE)
                   for bound in ("since", "until") if self.pack.data["dates"].get(bound))

    def _opens_a_range(self, date: DateMention) -> bool:
        """"from May 4 to 6", "du 4 au 6 mai": the date is a span's first day — or its last
        ("du 28 juin au 3 juillet", "from 4 to 6 March"): a stay, not an event."""
        range_from, range_to = self.pack.alternation("range_from", "dates"), self.pack.alternation("range_to", "dates")
        before = self.folded[max(0, date.start - 15) : date.start]
        if re.search(rf"\b(?:{range_from})\s*$", before, re.IGNORECASE) and re.match(rf"\s*(?:{range_to})\b", self.folded[date.end : date.end + 10], re.IGNORECASE):
            return True
        before = self.folded[max(0, date.start - 30) : date.start]
        return re.search(rf"\b(?:{range_from})\s+[\w ]{{1,20}}?\s+(?:{range_to})\s*$", before, re.IGNORECASE) is not None

    def _reported(self, date: DateMention) -> bool:
        """A date attached to a reporting verb or statement (pack cue ``reported_before_date``)."""
        return reported_date(self.pack, self.folded, self.sentences[self.sentence_of(date.start)][0], date.start)


@cache
def _aside_openers(pack: LanguagePack) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """What opens an aside after its comma, once per pack: a relative pronoun (any case), and a
    participle — by its ending where the language tells it from a finite verb ("arrivé" is no
    "est arrivé"), after an auxiliary where it cannot ("received …" may be the sentence's verb,
    "having received …" is not)."""
    dates = pack.data["dates"]
    if not dates.get("relative_openers") and not dates.get("participle_endings"):
        return None, None  # a pack that reads no asides
    relative = re.compile(rf",\s*(?:{pack.alternation('relative_openers', 'dates')})\b", re.IGNORECASE) if dates.get("relative_openers") else None
    endings = "|".join(re.escape(e) for e in dates.get("participle_endings", []))
    auxiliaries = "|".join(re.escape(w) for w in dates.get("participle_auxiliaries", []))
    forms = [rf"(?:{auxiliaries})\s+[^\W\d_]+" if auxiliaries else None, rf"[^\W\d_A-ZÀ-Þ][^\W\d_]+(?:{endings})\b" if endings else None]
    opener = "|".join(f for f in forms if f)
    return relative, (re.compile(rf",\s*(?:{opener})") if opener else None)
