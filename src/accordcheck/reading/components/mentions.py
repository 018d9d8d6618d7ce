"""Mentions of officials: chains of titles, the name after them ("le ministre X"), a name
with an appositive title ("X, ministre de ..."), names alone."""

from __future__ import annotations

import re

from accordcheck.lang import fold
from accordcheck.reading import ner
from accordcheck.reading.components.name_links import bare_honorifics
from accordcheck.reading.components.pattern_names import PatternNames
from accordcheck.reading.document import PersonMention, TitleMention
from accordcheck.reading.pipeline import Component, State

__all__ = ["Mentions"]


class Mentions(Component):
    name = "mentions"
    requires = ("titles", "ner_spans", "dates", "places", "countries")
    assigns = ("mentions",)

    def __call__(self, state: State) -> dict:
        return {"mentions": _Work(state)._mentions()}


#: one word after a title, which may be a surname ("President Tokayev", "Minister Belo’s")
_DOTTED_SURNAME = re.compile(r"[A-Z](?:\.[A-Z])+\.")  # "K.C.", "B.K."
_SURNAME_AFTER_TITLE = re.compile(r" ([^\W\d_][\w-]*(?:'[^\W\d_][\w-]*)?)")

#: an aside set off by commas, opening on a lower-case word ("…, également accrédité à La Valette, …")
_ASIDE = re.compile(r",\s+([^\W\d_A-ZÀ-Þ][^,;.()\n]{2,80}?)(?=,)")

#: what separates two titles of one person after their name (punctuation, in any language)
_APPOSITION_MARKS = frozenset({",", "–", "—", "-"})


class _Work(PatternNames):
    def _mentions(self) -> list[PersonMention]:
        # without the honorifics and titles a model took in, and, without a model, names found by pattern
        spans = [self._without_title(trimmed) for span in self.ner_spans if (trimmed := self._trimmed(span))[0] < trimmed[1]]
        # … and none a title holds whole ("Secrétaire Général" of "Secrétaire Général du Ministère …")
        spans = [s for s in spans if not any(t.start <= s[0] and s[1] <= t.end for t in self.titles) and not self._in_a_venue(s)]
        # a span grown over the next one ("Emmanuel Nkou’a Mbarga" over "Mbarga") holds it
        self.per_spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
        mentions: list[PersonMention] = []
        used_names: set[tuple[int, int]] = set()
        chain_links = re.compile(fold(self.pack.titles["chain_links"]), re.IGNORECASE)
        titles = self.titles
        used_titles: set[int] = set()
        i = 0
        while i < len(titles):
            chain = [titles[i]]
            while i + 1 < len(titles):
                between = self.folded[chain[-1].end : titles[i + 1].start]
                if chain_links.match(between) and "\n" not in between:
                    chain.append(titles[i + 1])
                    i += 1
                else:
                    break
            i += 1
            name_span = self._name_at(chain[-1].end) or self._name_past_an_aside(chain[-1].end)
            if name_span is not None:
                name_span = self._trimmed(name_span)  # run on over an apostrophe it stopped at
            if name_span is not None and self._apposed_to_name_before(chain[0], chain[-1].end, name_span):
                # "Monsieur X, Ministre délégué …, Son Excellence Monsieur Y, Ministre …": the
                # title between commas is X's apposition, not the next name's
                name_span = None
            if name_span is not None:
                used_names.add(name_span)
                named = [chain[-1]]
                # "Oman's Ambassador to Sri Lanka, Sheikh Salim …, signed": the name closes an
                # apposition with a comma, which a list's item ("…, Minister X and Minister Y") does not
                apposed = self.folded[name_span[1] : name_span[1] + 2].lstrip(" ")[:1] == ","
                for title in reversed(chain[:-1]):
                    if self._same_person_titles(title, named, self.folded[title.end : named[0].start], apposed=apposed):
                        named.insert(0, title)
                    else:
                        break
                for title in chain[: len(chain) - len(named)]:
                    mentions.append(self._mention([title], None))
                mention = self._mention(named, name_span)
                # "son homologue algérien, Rachid Benyoucef, ministre de l'Intérieur ..."
                for after in self._appositive_titles(name_span[1]):
                    mention.titles.append(after)
                    mention.end = after.end
                    used_titles.add(after.start)
                mentions.append(mention)
                used_titles.update(t.start for t in chain)
            else:
                for title in chain:
                    if title.start not in used_titles:
                        mentions.append(self._mention([title], None))
        mentions = [m for m in mentions if m.name is not None or not (m.titles and m.titles[0].start in used_titles and len(m.titles) == 1 and any(m.titles[0] in n.titles[1:] for n in mentions if n.name))]
        if not ner.model_available(self.pack.code):
            self.per_spans = self.per_spans + [self._trimmed(span) for span in self._pattern_names(mentions)]
        else:
            known = self.per_spans
            self.per_spans = known + [span for span in map(self._trimmed, self._pattern_names(mentions, apposed_only=True))
                                      if not any(s < span[1] and span[0] < e for s, e in known)]
        self.per_spans = self.per_spans + self._honorific_surnames(mentions)
        self._title_surnames(mentions)
        # names followed by an appositive title ("Khawaja Asif, ministre pakistanais ...")
        for start, end in self.per_spans:
            if (start, end) in used_names or any(m.name_start is not None and m.name_start <= start < m.name_end for m in mentions):
                continue
            apposed = self._appositive_titles(end)
            if apposed:
                mentions = [m for m in mentions if not (m.name is None and len(m.titles) == 1 and m.titles[0] in apposed)]
                mention = self._mention(apposed, (start, end))
                mention.start = start
                mention.end = max(end, apposed[-1].end)
                mentions.append(mention)
            else:
                mentions.append(self._mention([], (start, end)))
        mentions.sort(key=lambda m: m.start)
        return sorted(mentions + self._demonstrative_mentions(mentions) + self._pronoun_signers(mentions), key=lambda m: m.start)

    def _demonstrative_mentions(self, mentions: list[PersonMention]) -> list[PersonMention]:
        """"… du ministre de la Défense, le général … Sidi Mohamed Ould Boilil, par celui-ci et
        par son homologue", "… by the latter": a demonstrative pronoun names the official named
        last before it, in its sentence or the one before — a mention of them where the
        pronoun stands, whose roles are read as any mention's."""
        if not self.pack.titles.get("demonstrative_pronouns"):
            return []
        found = []
        for match in self.pack.regex_of("demonstrative_pronouns").finditer(self.folded):
            sentence = self.sentence_of(match.start())
            named = [m for m in mentions if m.name is not None and m.end <= match.start() and m.sentence in (sentence, sentence - 1)]
            if named:
                last = max(named, key=lambda m: m.end)
                found.append(_standing_for(last, match, sentence))
        return found

    def _pronoun_signers(self, mentions: list[PersonMention]) -> list[PersonMention]:
        """"Mardi, elle a signé …", "On Tuesday she signed …": a subject pronoun (pack cue
        ``subject_pronouns``, its demonstratives left to ``_demonstrative_mentions``) before a
        signing takes up an official — the last named or titled before it in its sentence,
        else the first of the sentence before, the one it is about. A mention of them where
        the pronoun stands, whose roles are read as any mention's."""
        if not self.pack.data["cues"].get("subject_pronouns"):
            return []
        demonstratives = self.pack.words("demonstrative_pronouns") if self.pack.titles.get("demonstrative_pronouns") else frozenset()
        found = []
        for match in self.pack.regex_of("subject_pronouns", "cues").finditer(self.folded):
            if match.group().lower() in demonstratives:
                continue
            sentence = self.sentence_of(match.start())
            after = self.folded[match.end() : self.sentences[sentence][1]].lstrip(" ,")
            if not self.pack.cue("signatory_after_person").search(after) or self.pack.cue("pronoun_not_a_signer").search(after):
                continue
            same = sorted((m for m in mentions if m.sentence == sentence and m.end <= match.start()), key=lambda m: m.start)
            previous = [m for m in mentions if m.sentence == sentence - 1]
            source = same[-1] if same else min(previous, key=lambda m: m.start) if previous else None
            if same and self.pack.regex_of("relative_pronouns").search(self.folded, same[-1].end, match.start()):
                source = same[0]  # "… welcomed by Zambia's minister, with whom she signed": she is the sentence's subject
            if source is not None and (source.name or source.titles):
                found.append(_standing_for(source, match, sentence))
        return found

    def _name_past_an_aside(self, offset: int) -> tuple[int, int] | None:
        """"l’ambassadeur d’Algérie en Italie, également accrédité à La Valette, M. Nadir
        Hadj-Mokhtar": a participle or an adverb set off by commas between a title and the name
        of who holds it — not a coordinated or determined phrase (another official's title), nor
        one that names a title, a person or a signing."""
        aside = _ASIDE.match(self.folded, offset)
        if aside is None:
            return None
        words = aside.group(1).split()
        closed = self.pack.words("coordinators") | (self.pack.words("complement_determiners") if "complement_determiners" in self.pack.titles else frozenset())
        if words[0].lower() in closed or self.pack.title_head_regex.search(aside.group(1)) or self.pack.cue("signed").search(aside.group(1)):
            return None
        if any(aside.start(1) <= s < aside.end(1) for s, _ in self.per_spans):
            return None
        return self._name_at(aside.end(1))

    def _known_surnames(self, mentions: list[PersonMention]) -> set[str]:
        """The words (folded) that may stand alone for an official named in full so far: the
        surname, last in most names, or first in names that put the family name first
        ("Xi Jinping" → "President Xi", "KANG Jun-ho" → "Ambassador KANG"). An honorific or
        an initial opening the name is no family name."""
        named = [m.name for m in mentions if m.name] + [self.text[s:e] for s, e in self.per_spans]
        honorific = bare_honorifics(self.pack)
        words = set()
        for name in named:
            parts = fold(name).split()
            if len(parts) < 2:
                continue
            words.add(parts[-1])
            if len(parts[0].rstrip(".")) > 1 and not honorific.match(parts[0] + " "):
                words.add(parts[0])
        return words

    def _honorific_surnames(self, mentions: list[PersonMention]) -> list[tuple[int, int]]:
        """The surname of an official named before, after an honorific ("par M. Aubry-Lacoste",
        "by Mr Kamau"), where no name was found: a later mention of that official."""
        surnames = self._known_surnames(mentions)
        found = []
        for match in bare_honorifics(self.pack).finditer(self.folded):
            after = self.folded[match.end() : match.end() + 60]
            # "by Ms K.C.": a surname written in initials, its dots its own
            word = next((w for w in (_DOTTED_SURNAME.match(after), re.match(r"[^\W\d_][\w'-]*", after)) if w and w.group() in surnames), None)
            if word is None:
                continue
            start, end = match.end(), match.end() + word.end()
            if any(s <= start < e for s, e in self.per_spans) or any(m.name_start is not None and m.name_start <= start < m.name_end for m in mentions):
                continue
            found.append((start, end))
        return found

    def _title_surnames(self, mentions: list[PersonMention]) -> None:
        """A title right before the surname of an official named in full ("received President
        Tokayev", "Minister Belo’s first visit", "le président Tebboune"): that official again,
        named by the surname — not an unnamed president beside them."""
        surnames = self._known_surnames(mentions)
        for mention in mentions:
            if mention.name or not mention.titles:
                continue
            end = mention.titles[-1].end
            word = _SURNAME_AFTER_TITLE.match(self.folded, end)
            if word is None or not self.text[word.start(1)].isupper():
                continue
            surname = word.group(1)
            if surname not in surnames:
                surname = re.sub(r"'s$", "", surname)  # "Minister Belo’s first visit"
            span = (word.start(1), word.start(1) + len(surname))
            # a name found there already is this surname's own span or a longer name's
            if surname not in surnames or any(s <= span[0] < e and (s, e) != span for s, e in self.per_spans):
                continue
            mention.name = self.text[word.start(1) : word.start(1) + len(surname)]
            mention.name_start, mention.name_end = word.start(1), word.start(1) + len(surname)
            mention.end = max(mention.end, mention.name_end)

    def _in_a_venue(self, span: tuple[int, int]) -> bool:
        """The name is part of a place's ("au Centre international de conférences Mahatma
        Gandhi de Niamey"): no person of the story."""
        if not self.pack.data["cues"].get("venue_before_name"):
            return False
        start = span[0]
        s_start = self.sentences[self.sentence_of(start)][0]
        return self.pack.cue("venue_before_name").search(self.folded[max(s_start, start - 80) : start]) is not None

    def _without_title(self, span: tuple[int, int]) -> tuple[int, int]:
        """"Général de division Mohamed Vall Ould Ely": a title the model put inside the name;
        "vice-ministre des Finances Phùng Đức Hạnh": the title's last words the model took for
        the name's first (the span starts inside the title)."""
        start, end = span
        for title in self.titles:
            if title.start <= start < title.end < end:
                i = self._token_index(title.end)
                if i is not None and self.tokens[i].start < end and self.tokens[i].capitalized:
                    return (self.tokens[i].start, end)
        return span

    def _apposed_to_name_before(self, title: TitleMention, end: int, name_span: tuple[int, int]) -> bool:
        """``title`` follows a name and a comma, and a comma parts it from the next name."""
        if "," not in self.folded[end : name_span[0]]:
            return False
        if any(e <= title.start and self._appositive_title(e) is title for _, e in self.per_spans):
            return True
        # names found by pattern come later: a capitalised word, a comma (and the pack's
        # appositive prefix, "Kenya's") right before the title
        prefix = self.pack.titles.get("appositive_prefix") or ""
        s_start, _ = self.sentences[self.sentence_of(title.start)]
        before = re.search(r"([^\W\d_][\w.'-]*),\s*" + fold(prefix) + r"$", self.folded[max(s_start, title.start - 80) : title.start])
        if before is None or not self.text[title.start - len(before.group()) : title.start][:1].isupper():
            return False
        # "in the City Hall of Shkodër, the Minister …": a place or a date before the comma is no name
        word_start = title.start - len(before.group())
        return not any(x.start <= word_start < x.end for x in (*self.places, *self.countries, *self.dates))

    def _appositive_title(self, offset: int) -> TitleMention | None:
        offset = self._past_post_nominals(offset)  # "Chukwuemeka N. Obiora, SAN, Attorney-General of …"
        after = self.folded[offset : offset + 3]
        if not after.startswith(","):
            return None
        reach = 3
        prefix = self.pack.titles.get("appositive_prefix")
        if prefix:  # "Khawaja Asif, Pakistan's defence minister": a possessive or article first
            reach = max(reach, re.compile(r",\s*" + fold(prefix)).match(self.folded, offset).end() - offset)
        if self.pack.titles.get("relative_title_links"):  # "X, who is also chairperson of …"
            # (then a possessive or an article, as right after the comma: "who became Canada’s minister of …")
            relative = re.compile(r",\s*(?:" + self.pack.alternation("relative_title_links", "titles") + r")\s+" + (fold(prefix) if prefix else ""), re.IGNORECASE)
            if (clause := relative.match(self.folded, offset)) is not None:
                reach = max(reach, clause.end() - offset)
        return next((t for t in self.titles if 0 <= t.start - offset <= reach and not t.counterpart), None)


    def _appositive_titles(self, offset: int) -> list[TitleMention]:
        """The titles in apposition after a name: "X, ministre d’État, ministre de l’Énergie,"
        — a comma apart each, up to one followed by its own name (the next official's)."""
        first = self._appositive_title(offset)
        if first is None:
            return []
        titles = [first]
        for title in self.titles:
            if title.start < titles[-1].end or title.counterpart:
                continue
            between = self.folded[titles[-1].end : title.start]
            # "X, ministre d’État, ministre de …", "X, Deputy Prime Minister – Minister of …": one
            # person's hats, a comma or a dash apart; or joined with no determiner ("X,
            # Attorney-General of the Federation and Minister of Justice") when no name follows
            joined = fold(between).strip().lower() in self.pack.words("coordinators")
            if (between.strip() not in _APPOSITION_MARKS and not joined) or self._name_at(title.end) is not None \
                    or not self._same_person_titles(title, titles, between if joined else None):
                break
            titles.append(title)
        return titles

    def _same_person_titles(self, title: TitleMention, named: list[TitleMention], link: str | None = None, *, apposed: bool = False) -> bool:
        """``title`` is the same official's as the ``named`` titles after it: not of another
        country, and no envoy's title of its own ("the Ambassador of Japan and the Minister of
        Trade, X") — unless the two titles are joined with no determiner, one person's two
        hats ("Kenya’s Ambassador to Ethiopia and Permanent Representative to the African
        Union, X")."""
        if title.country and any(t.country and t.country != title.country for t in named):
            return False
        words = re.findall(r"\w+", link.lower()) if link is not None else []
        determiners = {fold(d).lower() for d in self.pack.words("complement_determiners")}
        if len(words) >= 2 and words[-1] in determiners and " ".join(words[:-1]) in self.pack.words("coordinators"):
            return False  # "the Minister for Commerce and the Uzbek Deputy Minister …, X": a determiner opens another official
        lowered = fold(title.text).lower()
        if not lowered.startswith(tuple(self.pack.words("own_person_prefixes"))):
            return True
        if link is None:
            return False
        if not words and link.strip() == "," and apposed:
            return True  # the envoy's title, then their rank or honorific and name between commas
        return bool(words) and not any(w in determiners for w in words) and bool(self.pack.words("coordinators") & {" ".join(words)})

    def _mention(self, titles: list[TitleMention], name_span: tuple[int, int] | None) -> PersonMention:
        start = titles[0].start if titles else name_span[0]  # type: ignore[index]
        end = name_span[1] if name_span else titles[-1].end
        name = self.text[name_span[0] : name_span[1]] if name_span else None
        return PersonMention(
            start=start,
            end=end,
            name=name,
            name_start=name_span[0] if name_span else None,
            name_end=name_span[1] if name_span else None,
            titles=list(titles),
            sentence=self.sentence_of(start),
        )


def _standing_for(official: PersonMention, pronoun: re.Match[str], sentence: int) -> PersonMention:
    """A mention of ``official`` (their name and titles) where ``pronoun`` stands, in ``sentence``:
    what the text says there of the pronoun is read as said of them."""
    return PersonMention(pronoun.start(), pronoun.end(), official.name, official.name_start, official.name_end,
                         list(official.titles), sentence)
