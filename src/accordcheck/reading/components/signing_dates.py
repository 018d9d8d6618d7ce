"""The signing's date among an article's dates: the one the signing sentence gives, else
another sentence that reports this signing or its ceremony — never the date of a report, of
a wire dateline, or of a stay."""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from itertools import pairwise

from accordcheck.lang.dates import (
    DateMention,
    dateline_at,
    dateline_end,
    event_relative_phrases,
)
from accordcheck.reading.components.event_dates import EventDates
from accordcheck.reading.document import SigningClause, earlier_only_sentences

__all__ = ["SigningDates"]


class SigningDates(EventDates):
    """Date readings, for the agreements component's work."""

    @cached_property
    def _earlier_only(self) -> set[int]:
        """Sentences whose only signing is an earlier one: they date, place and scope none
        of the story's agreements."""
        return earlier_only_sentences(self.signings)

    def _signing_date(self, clause: SigningClause, tied: set[int], foreign: frozenset[int] | set[int] = frozenset()) -> DateMention | None:
        found = self._signing_day(clause, tied, foreign)
        return self._counted_from(clause, found) or self._counted_from_arrival(tied) or self._counted_from_previous_signing(clause, tied) or found

    def _counted_from_previous_signing(self, clause: SigningClause, tied: set[int], depth: int = 0) -> DateMention | None:
        """"The second text was signed the following day …", "The following day, in Lüderitz,
        … signed …": a sentence reporting this signing, with no date of its own, that counts
        days from another event takes the day of the article's previous signing, however far
        back it is told, and the count."""
        # its own sentence, or one next to it that tells the same signing ("The second text was
        # signed the following day … The Implementing Arrangement … was signed by …")
        if depth > 3:
            return None  # a chain of counts this long is no reading of the article
        told = [c for c in self.signings if c.status == "signed" and (c is clause or (c.sentence in tied and abs(c.sentence - clause.sentence) == 1))]
        for signing in sorted(told, key=lambda c: (c is not clause, c.sentence)):
            s_start, s_end = self.sentences[signing.sentence]
            # (not a count in an aside: "…, qui l’avait accueilli la veille au siège de son département")
            counts = [c for c in event_relative_phrases(self.folded, self.pack.data["dates"], s_start, s_end)
                      if not self.pack.cue("event_named_after").match(self.folded, c[1]) and c[2] != 0
                      and not self._span_in_an_aside(c[0], c[1], signing)]
            # a day the date rules already counted from the last date told ("La veille" after a
            # background date) is this count, not a date of the sentence's own
            if any(s_start <= d.start < s_end and d.precision == "day" and not any(d.start < e and b < d.end for b, e, _ in counts)
                   for d in self.dates if not self._reported(d)):
                continue
            earlier = [c for c in self.signings if c.status == "signed" and c.sentence < signing.sentence
                       and c.sentence not in self._earlier_only and c.sentence not in tied]
            if len(counts) != 1 or not earlier:
                continue  # no count, or two; or no other signing before it
            anchor = None
            for previous in reversed(earlier):  # the nearest signing told before that has a day
                p_start, p_end = self.sentences[previous.sentence]
                own = [d for d in self.dates if p_start <= d.start < p_end and d.precision == "day" and d.date is not None and self._dates_an_event(d)]
                anchor = self._nearest(own, previous) if own \
                    else self._counted_from_previous_signing(previous, {previous.sentence}, depth + 1) \
                    or self._day_the_paragraph_sets(previous, {previous.sentence})  # the scene it was told in
                if anchor is not None and anchor.date is not None:
                    break
            if anchor is None or anchor.date is None:
                continue
            start, end, days = counts[0]
            return self._counted_day(start, end, anchor.date, days)
        return None

    def _counted_day(self, start: int, end: int, anchor: dt.date, days: int) -> DateMention:
        """The day the words at ``start``–``end`` count to ("the following day", "le lendemain de
        l’arrivée"): ``days`` from the anchor's day."""
        return DateMention(start, end, self.text[start:end], anchor + dt.timedelta(days=days), "day", None, True)

    def _counted_from_arrival(self, tied: set[int]) -> DateMention | None:
        """"… ont signé à Hanoï un mémorandum, le lendemain de l’arrivée du ministre. … Arrivé
        mercredi 29 octobre à Hanoï, le ministre a signé …": a signing sentence counts from the
        arrival, and the article dates the arrival — the signing's day is that date and the
        count (the arrival's own date is no signing date)."""
        named, before = self.pack.cue("arrival_named_after"), self.pack.cue("arrival_before_date")
        signing = {c.sentence for c in self.signings if c.status == "signed"} & tied
        counts = [(start, end, days) for index in sorted(signing)
                  for start, end, days in event_relative_phrases(self.folded, self.pack.data["dates"], *self.sentences[index])
                  if named.match(self.folded[end : end + 40])]
        arrivals = [d for d in self.dates if d.date is not None and d.precision == "day" and self.sentence_of(d.start) in tied
                    and before.search(self.folded[max(0, d.start - 40) : d.start])]
        if not counts or len({d.date for d in arrivals}) != 1:
            return None  # no count from the arrival, or no one date of it
        start, end, days = counts[0]
        return self._counted_day(start, end, arrivals[0].date, days)

    def _counted_from(self, clause: SigningClause, anchor: DateMention | None) -> DateMention | None:
        """"Arrivée mardi …, la ministre a signé le lendemain", "Arriving on Tuesday, the minister
        signed the agreement the next day": an event-relative phrase beside the signing verb
        counts from the day told before it — the signing's day is that day and the count.
        ("signed on Tuesday, the day before the summit": a phrase naming its own event is left.)"""
        if anchor is None or anchor.date is None or anchor.precision != "day" or anchor.end > clause.start:
            return None
        s_start, s_end = self.sentences[clause.sentence]
        # the signing's own clause: from the verb to the next comma or semicolon
        stop = re.search(r"[,;]", self.folded[clause.end : s_end])
        until = clause.end + stop.start() if stop else s_end
        near = [(start, end, days) for start, end, days in event_relative_phrases(self.folded, self.pack.data["dates"], max(s_start, clause.start - 40), until)
                if not self.pack.cue("event_named_after").match(self.folded, end)
                and not any(d.start < end and start < d.end for d in self.dates)]  # a day the dates already counted
        # the day told in another clause before ("Arrivée mardi …, ", "landed on Thursday, and")
        if not near or not re.search(r"[,;]", self.folded[anchor.end : clause.start]):
            return None
        start, end, days = min(near, key=lambda p: min(abs(p[0] - clause.end), abs(clause.start - p[1])))
        return self._counted_day(start, end, anchor.date, days)

    def _signing_day(self, clause: SigningClause, tied: set[int], foreign: frozenset[int] | set[int]) -> DateMention | None:
        s_start, s_end = self.sentences[clause.sentence]
        in_sentence = [d for d in self.dates if s_start <= d.start < s_end]
        # "ABUJA, Dec. 15 — ... signed on Sunday": the dateline dates the story (or the digest's item it opens)
        if dateline := dateline_at(self.text, s_start) or dateline_end(self.text):
            told = [d for d in in_sentence if d.start >= dateline]
            if not told and in_sentence:
                # a lead dated by its dateline alone: a later sentence that dates this
                # signing ("The memorandum was signed in Canberra on Tuesday, June 30") comes
                # first; the dateline's date is the flash's only date otherwise
                if (elsewhere := self._date_of_another_signing(clause, tied)) is not None:
                    return elsewhere
            in_sentence = told or in_sentence
        # "who is in Mauritius from May 4 to 6": a stay's first day, not the signing's; "X,
        # who had received the delegation on Sunday, signed …": the aside's own event's
        # "au terme d’une visite entamée lundi", "in Bern until Sunday": when a stay began or ends
        in_sentence = [d for d in in_sentence if not self._opens_a_range(d) and not self._in_an_aside(d, clause)
                       and not self._bounds_a_stay(d) and not self._of_an_earlier_clause(d, clause) and not self._year_of_a_title(d)]
        # "a indiqué mercredi", "said in a statement on Monday": when the story was told
        reported = [d for d in in_sentence if self._reported(d)]
        # the sentence's only dates date the report: the signing's own date, told elsewhere
        # (another signing sentence, the ceremony's), comes first, the report's date last
        only_reported = bool(reported) and len(reported) == len(in_sentence)
        in_sentence = [d for d in in_sentence if d not in reported]
        # beside a day of the story's own time, a date long before dates something else ("ont
        # signé ce vendredi 15 mai le programme d’application de l’accord … conclu en 1997")
        recent = [d for d in in_sentence if d.date is not None and not self._months_before(d.date)]
        if recent and len(recent) < len(in_sentence):
            in_sentence = recent
        if in_sentence:
            chosen = self._nearest(in_sentence, clause)
            if chosen.precision != "day" and chosen.date is not None:
                # "signed last week …" and later "The memorandum was signed on Wednesday,
                # September 24": the day another sentence of this signing gives, within the period
                told = self._date_of_another_signing(clause, tied)
                if told is not None and told.precision == "day" and told.date is not None and _within(told.date, chosen):
                    return told
            return chosen
        # "X et Y ont signé un mémorandum. Le mémorandum a été signé mardi à Dakar."
        told = self._date_of_another_signing(clause, tied) or self._participle_date(tied)
        if told is not None:
            return told
        ceremony = self.pack.cue("ceremony")
        before = self._ceremonies_before(tied, foreign)
        candidates = sorted(tied | before)
        if only_reported:
            # "…, rapportent mercredi les médias. Les ministres ont présidé mardi la cérémonie de
            # signature": a ceremony sentence that names no agreement of its own is this signing's
            named = {m.sentence for m in self.instruments if not m.anaphoric}
            candidates = [i for i in candidates if i != clause.sentence] + [
                i for i in range(clause.sentence + 1, len(self.sentences)) if i not in tied and i not in named and i not in self._earlier_only
            ]
        for index in candidates:
            if index in self._earlier_only:
                continue  # "the 2004 accord, which was signed in Kampala on 12 May 2004"
            start, end = self.sentences[index]
            if ceremony.search(self.folded[start:end]):
                found = [d for d in self.dates if start <= d.start < end and self._dates_an_event(d) and not self._aside_date(d)
                         # a ceremony told before is held on a day: a coarser date there is
                         # another event's ("the ambassador, back at his post in December")
                         and (index not in before or index in tied or d.precision == "day")]
                if found:
                    return found[0]
        head = self.t.list_head_of(clause.sentence)
        if head is not None:
            # "At the conclusion of the talks on Tuesday, … the following instruments …:"
            start, end = self.sentences[head]
            found = [d for d in self.dates if start <= d.start < end and self._dates_an_event(d)]
            if found:
                return found[-1]
        # "… on Thursday, 14 May 2026, signed two instruments …. On Wednesday, … paid a courtesy
        # call …. The Memorandum … was signed by …": the day a sentence counting the texts
        # signed states, before a day an unrelated sentence just before sets
        if (counted := self._date_of_counted_texts(clause)) is not None:
            return counted
        # "Then, … a Memorandum … was signed", "Dans la foulée, un protocole a été signé": the
        # day of the signing a sentence before tells (or of the event just before that one);
        # "Le 3 courant, le Chef de l’État a reçu … À l’issue de l’audience, les deux parties ont
        # procédé à la signature": the day of the event a sentence just before dates
        for before in self._told_before(clause):
            start, end = self.sentences[before]
            # an event already past ("au plus tard le 1er janvier 2027" dates none)
            found = [d for d in self.dates if start <= d.start < end and self._dates_an_event(d) and not self._aside_date(d)
                     and not (self.published and d.date and d.date > self.published)]
            if found:
                return found[-1]
        if only_reported:
            return self._nearest(reported, clause)
        if self.sentences and (clause.sentence == 0 or not any(c.sentence == 0 and c.status == "signed" for c in self.signings)):
            # a date early in the first sentence is its dateline's ("ABUJA, Dec 15 — …"), unless
            # that sentence reports a signing of its own (another item's: "X et Y ont signé lundi …")
            start, end = self.sentences[0]
            # … the lead's own day after it first ("SANTO DOMINGO, Oct 8 (CNW) – The Dominican
            # Republic and The Bahamas agreed on Tuesday to …": the story's act, not the dispatch)
            after = dateline_end(self.text)
            told = [d for d in self.dates if after and after <= d.start < end and d.precision == "day" and self._dates_an_event(d)]
            dateline = [d for d in self.dates if start <= d.start < min(end, start + 60) and self._dates_an_event(d)]
            if told and dateline and dateline[0].start < after:
                return told[0]
            if dateline:
                return dateline[0]
        return self._day_the_paragraph_sets(clause, tied)

    def _day_the_paragraph_sets(self, clause: SigningClause, tied: set[int]) -> DateMention | None:
        """"Il est un peu plus de midi, mercredi, lorsque la ministre repose le stylo. En face
        d’elle, son homologue vient d’apposer sa signature. … viennent de conclure un
        mémorandum": the day a scene sentence before the signing tells, for a signing dated
        nowhere else."""
        for index in self._paragraph_scene(clause, tied):
            start, end = self.sentences[index]
            found = [d for d in self.dates if start <= d.start < end and d.precision == "day" and self._dates_an_event(d)
                     and d.date is not None and not self._months_before(d.date)
                     and not (self.published and d.date > self.published)]
            if found:
                return found[-1]
        return None

    def _paragraph_scene(self, clause: SigningClause, tied: set[int]) -> list[int]:
        """The earlier sentences of the signing's own paragraph (three back at most, nearest
        first) that set its scene — past the sentences that sign this agreement, up to one that
        signs another or an old text (its day and place are its own)."""
        c_start = self.sentences[clause.sentence][0]
        signing = {c.sentence for c in self.signings}
        scene = []
        for index in range(clause.sentence - 1, max(-1, clause.sentence - 4), -1):
            if "\n" in self.text[self.sentences[index][1] : c_start] or index in self._earlier_only:
                break  # the paragraph opens after it; an old signing's sentence
            if index in signing:
                if index in tied:
                    continue
                break
            scene.append(index)
        return scene

    def _ceremonies_within(self, tied: set[int], foreign: frozenset[int] | set[int]) -> set[int]:
        """Ceremony sentences naming no text that lie between two sentences of this agreement
        or just after its last one, with none of another agreement's in between ("… ont procédé à la signature d’un Accord.
        La cérémonie s’est déroulée … à Yaoundé. L’Accord a été signé : …"): this signing's,
        and those told just before one of its sentences (``_ceremonies_before``)."""
        named = {m.sentence for m in self.instruments}
        ordered = sorted(tied)
        # and the two sentences after its last one ("… signed an agreement on air services.
        # The signing ceremony was held in Mombasa.")
        ordered.append(min(ordered[-1] + 3, len(self.sentences)))
        found = set()
        for before, after in pairwise(ordered):
            between = range(before + 1, after)
            if any(i in foreign or i in named for i in between):
                continue
            found.update(i for i in between if self._past_ceremony(i))
        return found | self._ceremonies_before(tied, foreign)

    def _ceremonies_before(self, tied: set[int], foreign: frozenset[int] | set[int]) -> set[int]:
        """A ceremony sentence naming no text told in the two sentences before one of this
        agreement's that says it was signed, with nothing of another agreement's between ("La cérémonie de signature
        s’est déroulée le mardi 14 octobre à Diamniadio. L’accord-cadre a été signé par les deux
        ministres."): it dates and places this signing."""
        named = {m.sentence for m in self.instruments}
        found = set()
        # before a sentence saying it was signed (not "A spokesperson … confirmed the signing"
        # after what the agreement covers)
        for own in sorted(tied & {c.sentence for c in self.signings if c.status == "signed"}):
            for index in range(own - 1, max(-1, own - 3), -1):
                if index in tied or index in foreign or index in named or index in self._earlier_only:
                    break
                if self._past_ceremony(index):
                    found.add(index)
                    break
        return found

    def _past_ceremony(self, index: int) -> bool:
        """Sentence ``index`` tells of the ceremony, and not of one still to come ("La signature
        pourrait intervenir … à Antananarivo", "will be held in Brasília")."""
        start, end = self.sentences[index]
        return bool(self.pack.cue("ceremony").search(self.folded, start, end)) and not self.pack.cue("ceremony_ahead").search(self.folded, start, end)

    def _participle_date(self, tied: set[int]) -> DateMention | None:
        """"… l’un des volets de la convention spécifique « Semences … », signée fin mars à
        Kinshasa": the date a participle gives right after a naming of this agreement (an
        earlier instrument is no naming of it: ``earlier_only_sentences``)."""
        participle = self.pack.cue("signed_participle_before_date")
        for mention in self.instruments:
            if mention.anaphoric or mention.sentence not in tied or mention.sentence in self._earlier_only:
                continue
            # past the title the naming may quote
            title = re.match(r"\s*(?:«[^»]{1,200}»|“[^”]{1,200}”)", self.folded[mention.end : mention.end + 210])
            at = mention.end + (title.end() if title else 0)
            said = participle.match(self.folded[at : at + 40])
            if said is None:
                continue
            dated = next((d for d in self.dates if d.start == at + said.end() and d.date is not None), None)
            if dated is not None and self._dates_an_event(dated):
                return dated
        return None

    def _told_before(self, clause: SigningClause) -> list[int]:
        """The sentences, nearest first, that tell when and where a signing sentence's event
        happened when it opens on what came before: after "Then," / "Dans la foulée," the
        previous signing's sentence (five back at most) and the two before it; after "À
        l’issue de l’audience," / "Following the talks," or in one signed "there" ("Trois textes y
        ont été signés") the three sentences before it."""
        c_start, c_end = self.sentences[clause.sentence]
        # (past a paragraph's number: "6. Following the talks, …")
        opening = re.sub(r"^\s*\d{1,2}[.)]\s+", "", self.folded[c_start:c_end])
        if self.pack.cue("after_previous_signing").match(opening):
            signed = {c.sentence for c in self.signings if c.status == "signed"}
            previous = next((i for i in range(clause.sentence - 1, max(-1, clause.sentence - 6), -1) if i in signed), None)
            return [] if previous is None else list(range(previous, max(-1, previous - 3), -1))
        if (event := self.pack.cue("after_dated_event").match(opening)) or self.pack.cue("signed_there").search(opening):
            near = list(range(clause.sentence - 1, max(-1, clause.sentence - 4), -1))
            if event is None:
                return near
            # "On November 18th, the two Ministers held talks … [what they discussed, what else
            # the visitor did] … Following the talks, the following documents were exchanged":
            # the nearest sentence that names the event comes first
            noun = re.escape(event.group(0).split()[-1])
            told = next((i for i in range(clause.sentence - 1, max(-1, clause.sentence - 12), -1)
                         if re.search(rf"\b{noun}\b", self.folded[slice(*self.sentences[i])], re.IGNORECASE)), None)
            return near if told is None else [told, *(i for i in near if i != told)]
        # "On Tuesday it was the turn of the foreign ministers. X and Y signed …": a sentence
        # that opens on a day and signs nothing itself sets the time of the next
        if clause.sentence > 0 and not any(c.sentence == clause.sentence - 1 for c in self.signings):
            p_start, _ = self.sentences[clause.sentence - 1]
            if any(p_start <= d.start <= p_start + 4 for d in self.dates):
                return [clause.sentence - 1]
        return []

    def _date_of_another_signing(self, clause: SigningClause, tied: set[int]) -> DateMention | None:
        """The date of a later sentence of this agreement that says it was signed, when the
        signing sentence only dates the report."""
        for other in self.signings:
            if other.status != "signed" or other.sentence == clause.sentence or other.sentence not in tied:
                continue
            start, end = self.sentences[other.sentence]
            # past a wire dateline, which dates the dispatch ("DHAKA, Nov 16 (BSS) - … have signed two memorandums")
            wire = dateline_end(self.text)
            opening = max(start, dateline_at(self.text, start), wire if start < wire else 0)
            found = [d for d in self.dates if opening <= d.start < end and self._dates_an_event(d)]
            if found:
                return self._nearest(found, other)
        return None


def _within(day: dt.date, period: DateMention) -> bool:
    """``day`` falls in the month or year a coarser mention names."""
    if period.precision == "month":
        return (day.year, day.month) == (period.date.year, period.date.month)
    return day.year == period.date.year
