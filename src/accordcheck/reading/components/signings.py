"""Signing clauses: where a sentence says an agreement was signed, or will be — or was, long
before the story ("En février 2024, les deux pays avaient conclu un contrat", "signed last
year"): such an earlier signing is background, never the article's own."""

from __future__ import annotations

import re

from accordcheck.lang import fold
from accordcheck.reading.components.base import Work
from accordcheck.reading.document import SigningClause
from accordcheck.reading.pipeline import Component, State
from accordcheck.reading.text import overlaps, signs_off

__all__ = ["Signings"]


class Signings(Component):
    name = "signings"
    requires = ("dates", "instruments")
    assigns = ("signings",)

    def __call__(self, state: State) -> dict:
        return {"signings": _Work(state)._signings()}


class _Work(Work):
    def _signings(self) -> list[SigningClause]:
        found: list[SigningClause] = []
        signed = self.pack.cue("signed")
        if self.pack.data["cues"].get("watched_signing"):
            # "watched their ministers sign": the signing its onlookers report (roles make them witnesses)
            signed = re.compile(f"{signed.pattern}|{self.pack.cue('watched_signing').pattern}", re.IGNORECASE)
        journey = self.pack.cue("signed_on_a_journey")
        planned = self.pack.cue("planned")
        negated = self.pack.cue("negated_signing")
        denied_signers = self.pack.cue("negated_agents")
        put_off = self.pack.cue("signing_put_off")
        unsigned: set[int] = set()  # sentences telling a signing put off or denied
        planned_only: set[int] = set()  # … or only still to come
        for index, (start, end) in enumerate(self.sentences):
            sentence = self.folded[start:end]
            # "had travelled to Mindelo to sign …": a past journey made to sign is a signing, its
            # infinitive no plan
            journeys = [m.span() for m in journey.finditer(sentence)]
            plans = [p for p in planned.finditer(sentence) if not overlaps(p.start(), p.end(), journeys)]
            # "Aucun accord n’a été signé", "the memorandum was not signed": no signing, not even a planned one
            denials = [d.span() for d in negated.finditer(sentence)]
            agents = [a.span() for a in denied_signers.finditer(sentence)]
            if agents and index + 1 < len(self.sentences) and signed.search(self.folded, *self.sentences[index + 1]):
                # "… was not signed by the ministers. It was signed by …": the signers are denied,
                # the next sentence names them (roles.py: whoever the first names did not sign)
                denials = [d for d in denials if not overlaps(d[0], d[1], agents)]
                plans = [p for p in plans if not overlaps(p.start(), p.end(), agents)]
            blocked = [p.span() for p in plans] + denials
            if denials or put_off.search(sentence):
                unsigned.add(index)
            elif plans:
                planned_only.add(index)
            for match in signed.finditer(sentence):
                if overlaps(match.start(), match.end(), blocked) or signs_off(self.text, start + match.start(), start + match.end()) \
                        or self._in_contents_line(start + match.start()):
                    continue  # (a release's sign-off, a digest's contents line)
                found.append(SigningClause(start + match.start(), start + match.end(), index, "signed"))
            found.extend(SigningClause(start + a, start + b, index, "signed") for a, b in journeys
                         if not overlaps(a, b, denials) and not any(c.sentence == index and a <= c.start - start < b for c in found))
            if not any(c.sentence == index for c in found):
                for match in plans:
                    found.append(SigningClause(start + match.start(), start + match.end(), index, "planned"))
        found, apart = self._initialled_before(found)
        earlier = {c.sentence for c in found if c.status == "signed" and c.sentence not in apart and self._long_before(c.sentence, c)}
        if any(c.status == "signed" and self._dated_recently(c.sentence) for c in found):
            # only next to a signing dated in the story's own time: an article may be about an old one
            found = _as_earlier(found, earlier)
        elif present := {c.sentence for c in found if c.status == "signed" and self._undated_present(c.sentence)}:
            # next to an undated signing of the story, only what is years back ("… se substitue
            # au protocole signé à Yaoundé le 22 novembre 1999"): a lead dated months before
            # its publication still dates the story itself — and so does one the undated
            # sentences only tell again (an article about an old signing)
            old = {c.sentence for c in found if c.sentence in earlier and c.status == "signed" and self._years_before(c)
                   and not all(self._tells_again(u, c) for u in present)}
            found = _as_earlier(found, old)
        elif unsigned or planned_only:
            # a story whose own signing is put off or denied ("Nothing has been signed", "the
            # signing … has been postponed"): what was signed long before is its background
            # ("China and Nepal signed a memorandum … in 2018", "has signed defence documents with
            # a dozen countries in the past five years"), not its news; beside a signing only
            # still to come ("is expected to be signed in June"), what was signed years back
            old = {c.sentence for c in found if c.sentence in earlier and c.status == "signed" and (unsigned or self._years_before(c))}
            found = _as_earlier(found, old)
        return found

    def _initialled_before(self, found: list[SigningClause]) -> tuple[list[SigningClause], set[int]]:
        """"Il a été paraphé en mars dernier à Nairobi, puis signé dimanche": of two signings
        one sentence tells, one dated months back and the other recently, the old one is an
        earlier step (each clause dated by the words up to the next clause). So is one dated
        months back beside one the sentence leaves undated, when no date comes before them
        ("ont signé un accord-cadre …, appelé à remplacer l’accord … signé à Ankara le 29
        octobre 2013": the text it replaces). Returns the clauses, and the sentences so told
        apart (their other clauses are the story's own)."""
        out, apart = list(found), set()
        for index in {c.sentence for c in found}:
            clauses = sorted((c for c in found if c.sentence == index and c.status == "signed"), key=lambda c: c.start)
            if len(clauses) < 2 or self.published is None:
                continue
            s_start, s_end = self.sentences[index]
            bounds = [c.start for c in clauses[1:]] + [s_end]
            ages = []
            # the first clause's words from the sentence's start: "… yesterday afternoon signed a
            # new memorandum …, replacing a memorandum signed … in June 2014"
            for clause, begin, end in zip(clauses, [s_start] + [c.start for c in clauses[1:]], bounds):
                dated = [m for m in self.dates if begin <= m.start < end and m.date is not None]
                ages.append(None if not dated else all(self._months_before(m.date) for m in dated))
            opened = any(s_start <= m.start < clauses[0].start for m in self.dates)
            # an undated clause that signs a text it names next ("ont signé un accord-cadre …"),
            # not a participle after its noun ("the most recent document signed between …, a
            # memorandum …, was inked … on 7 November 2023": one old signing)
            active = all(self._signs_a_text_named_next(c) for c, age in zip(clauses, ages) if age is None)
            if True in ages and (False in ages or (None in ages and not opened and active)):
                old = {c.start for c, age in zip(clauses, ages) if age}
                out = [SigningClause(c.start, c.end, c.sentence, "earlier") if c.start in old else c for c in out]
                apart.add(index)
        return out, apart

    def _signs_a_text_named_next(self, clause: SigningClause) -> bool:
        """An instrument is named right after the clause's verb, with no punctuation between."""
        return any(0 <= m.start - clause.end <= 60 and not re.search(r"[,;.:()]", self.folded[clause.end : m.start])
                   for m in self.instruments)

    def _dated_recently(self, index: int) -> bool:
        """The sentence gives a date within months of the publication ("mardi", "on 12 May")."""
        start, end = self.sentences[index]
        return self.published is not None and any(
            start <= m.start < end and (m.date is None or (self.published - m.date).days < self._RECENT_DAYS) for m in self.dates
        )

    def _years_before(self, clause: SigningClause) -> bool:
        """The signing's own date — the one nearest its verb — is two years or more before the
        publication ("signé à Nouakchott le 9 février 2018 …, et le premier gaz a été produit
        en 2025": the later event's date is not the signing's)."""
        start, end = self.sentences[clause.sentence]
        dated = [m for m in self.dates if start <= m.start < end and m.date is not None]
        if not dated:
            return False
        own = min(dated, key=lambda m: min(abs(m.start - clause.end), abs(clause.start - m.end)))
        # on its latest possible day: "en 2016" in January 2018 may be thirteen months back
        latest = own.date.replace(month=12, day=31) if own.precision == "year" else own.date
        return (self.published - latest).days >= 2 * 365

    def _undated_present(self, index: int) -> bool:
        """The sentence reports a signing with no date and nothing placing it in the past
        ("Le Gabon et le Cameroun ont signé un accord …")."""
        start, end = self.sentences[index]
        return not any(start <= m.start < end for m in self.dates) and not self._long_before(index)

    def _tells_again(self, later: int, clause: SigningClause) -> bool:
        """Sentence ``later`` tells again the old signing ``clause``: it names only definite
        repeats of the one that clause signs
        ("La lettre d’intention a été signée par …" after "Une lettre d’intention relative au
        tourisme a été signée le 17 juillet 2019") — not of another its sentence names ("Le
        présent Accord se substitue au protocole … signé à Yaoundé le 22 novembre 1999")."""
        new = self.pack.words("new_determiners", "instruments")

        def first(m) -> list[str]:
            return fold(m.title).lower().split()[:1]

        before = [m for m in self.instruments if m.sentence == clause.sentence and m.end <= clause.start]
        signed = before[-1:] or [m for m in self.instruments if m.sentence == clause.sentence][:1]
        mine = [m for m in self.instruments if m.sentence == later]
        return bool(signed) and bool(mine) and all(m.determiner not in new and first(m) == first(signed[0]) for m in mine)

    def _dated_months_before(self, mention) -> bool:
        """The date is months before the publication — a year only when it is an earlier year
        ("This week" across a month's end reads as the year; "in 2025" in an article of October
        2025 may be this week's news)."""
        if mention.precision == "year" and mention.date is not None and mention.date.year == self.published.year:
            return False
        return self._months_before(mention.date)

    def _long_before(self, index: int, clause: SigningClause | None = None) -> bool:
        """The sentence places its signing long before the story: every date it gives is
        months older than the publication ("En février 2024, … avaient conclu") — or the
        signing's own, the date right after its verb ("welcomed the entry into force on 1
        January 2026 of the Agreement …, signed in Dili on 14 August 2024") — or it gives
        none and holds one of the pack's background cues ("last year", "déjà", "in 2019" with
        a year before the publication's)."""
        if self.published is None:
            return False
        start, end = self.sentences[index]
        dated = [m for m in self.dates if start <= m.start < end]
        if dated and clause is not None:
            own = [m for m in dated if clause.end <= m.start <= clause.end + 40 and m.date is not None
                   and not re.search(r"[,;]", self.folded[clause.end : m.start])]
            if own and self._dated_months_before(own[0]):
                return True
        if dated:
            return all(self._dated_months_before(m) for m in dated)
        for match in self.pack.cue("background").finditer(self.folded, start, end):
            year = re.search(r"\d{4}", match.group())
            if year is None or int(year.group()) < self.published.year:
                return True
        return self._at_a_time_told_before(index)

    def _at_a_time_told_before(self, index: int) -> bool:
        """The sentence's time is an anaphor ("avaient alors conclu", "at the time", "back then")
        and the sentence before it gives dates, all long before the story: the signing is then."""
        start, end = self.sentences[index]
        if index == 0 or not self.pack.cue("time_told_before").search(self.folded, start, end):
            return False
        p_start, p_end = self.sentences[index - 1]
        told = [m for m in self.dates if p_start <= m.start < p_end]
        return bool(told) and all(m.date is not None and self._dated_months_before(m) for m in told)


def _as_earlier(found: list[SigningClause], sentences: set[int]) -> list[SigningClause]:
    """The clauses, with the signings of ``sentences`` marked as earlier ones (background)."""
    return [SigningClause(c.start, c.end, c.sentence, "earlier") if c.sentence in sentences and c.status == "signed" else c for c in found]
