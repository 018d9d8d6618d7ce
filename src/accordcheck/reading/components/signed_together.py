"""Agreements signed together: texts a lead reports at once ("two agreements … yesterday in
Port Louis", "ont conclu hier à Abidjan deux nouveaux textes") share the lead's date and place
when their own sentences give none — but not items of a bulletin between other countries, nor
texts signed on other days. The agreements component builds on it."""

from __future__ import annotations

from accordcheck.reading.components.namings import Namings
from accordcheck.reading.document import AgreementReading, PlaceMention, SigningClause

__all__ = ["SignedTogether"]


class SignedTogether(Namings):
    def _ceremony_lead(self, signed: list[SigningClause], named: set[int]) -> list[SigningClause]:
        """"Le mercredi 10 décembre s’est tenue, … à Yaoundé, la cérémonie de signature de deux
        instruments. / 1. Accord de … / Ont signé l’Accord …": a ceremony told before the first
        signing, naming no text, with only the texts' own headings between: a lead for each."""
        if not signed:
            return []
        first = min(c.sentence for c in signed)
        for index in range(first - 1, max(-1, first - 4), -1):
            if index in named:
                continue  # "1. Accord de coopération financière": the section's heading
            if self._past_ceremony(index) and index not in self._earlier_only:
                start, end = self.sentences[index]
                return [SigningClause(start, end, index, "signed")]
            break
        return []

    def _share_date_and_place(self, readings: list[AgreementReading], signed: list[SigningClause]) -> None:
        """Agreements signed together: "two agreements ... yesterday in Port Louis" dates and
        places the second text too, when its own sentences give no date or place; so does a
        lead that names no instrument ("ont conclu hier à Abidjan deux nouveaux textes")."""
        named = {m.sentence for m in self.instruments if m.start not in self.counted and not m.plural}
        leads = [c for c in signed if c.sentence not in named]  # a count or a plural names none: "deux mémorandums"
        dated = next((r.date for r in readings if r.date is not None), None)
        placed = next((r.place for r in readings if r.place is not None), None)
        parties = frozenset(p.country for r in readings for p in r.parties)
        for clause in [*leads, *self._ceremony_lead(signed, named)]:
            dated = dated or self._signing_date(clause, {clause.sentence})
            placed = placed or self._signing_place(clause, {clause.sentence}, parties=parties)
        for start in sorted(self.counted):
            # "witnessed the exchange of three agreements … on Tuesday": the count's sentence
            count = next(m for m in self.instruments if m.start == start)
            told = SigningClause(count.start, count.end, count.sentence, "signed")
            dated = dated or self._signing_date(told, {count.sentence})
            placed = placed or self._signing_place(told, {count.sentence}, parties=parties)
        # "DAKAR, 5 mars – … Les deux accords ont été signés lundi à Bamako": a city the lead or
        # the count names places each text before the dateline does (the reporter's city)
        datelines = {d.start for d in (self._dateline_place, *self._item_datelines) if d is not None}
        told = None
        for clause in leads:
            found = self._signing_place(clause, {clause.sentence}, parties=parties)
            if found is not None and found.start not in datelines:
                told = found
                break
        sides = {id(r): frozenset(p.country for p in r.parties) for r in readings}
        if any(a and b and not a & b for a in sides.values() for b in sides.values()):
            # a bulletin's items between other countries were not signed together: an item
            # takes a date or place only from texts with a side in common with its own
            own = {id(r): [o for o in readings if o is not r and sides[id(o)] & sides[id(r)]] for r in readings}
            for reading in readings:
                if reading.date is None:
                    reading.date = next((o.date for o in own[id(reading)] if o.date is not None), None)
                if reading.place is None and reading.remote is None:
                    reading.place = next((o.place for o in own[id(reading)] if o.place is not None), None)
            return
        # "les Comores et la Tanzanie signent deux accords" … "Le second, un mémorandum …, porte la
        # signature de la ministre des Transports": texts a count or plural announces are
        # between the countries the lead names, when their own sentences name fewer
        pairs = {sides[id(r)] for r in readings if len(sides[id(r)]) >= 2}
        counts = self.pack.words("plural_determiners", "instruments")
        if any(m.plural and m.determiner in counts for m in self.instruments) and len(pairs) == 1:
            donor = next(r for r in readings if len(sides[id(r)]) >= 2)
            for reading in readings:
                if len(sides[id(reading)]) < 2:
                    reading.parties = list(donor.parties)
        # texts signed on different days were not signed where the lead says both were
        together = len({r.date.date for r in readings if r.date is not None}) <= 1
        for reading in readings:
            if reading.date is None:
                reading.date = dated
            if reading.remote is not None:
                continue  # signed at a distance: no place
            if reading.place is None:
                # (where a text of another day was signed is no sign of this one's place: the
                # delegation may have moved on — "Le vendredi, la délégation s’est envolée pour Las
                # Palmas. C’est là …" —, a digest's or a tour's item be elsewhere; a missing place is
                # safer than a wrong one)
                reading.place = told or (placed if together else None)
            elif told is not None and (reading.place.start in datelines or (together and self._inferred_beside(reading.place, told))):
                reading.place = told

    def _inferred_beside(self, own: PlaceMention, told: PlaceMention) -> bool:
        """A town the reader only inferred for this text ("La cérémonie s’est déroulée au siège
        du ministère, à Kimihurura": a district) gives way to the known city the lead states
        ("ont signé ce jeudi à Kigali deux textes") before it — not one the lead itself names
        ("l’un à Cotonou, l’autre à Natitingou"), nor a city a later sentence names."""
        return own.unlisted and not told.unlisted and self.sentence_of(told.start) < self.sentence_of(own.start)
