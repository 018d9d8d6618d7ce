"""Which head words open a title: not a first name ("Cheikh Tidiane Gadio"), not the last word
of a plural ("the directors general"), not a premodifier of a later head ("Deputy Foreign
Minister", "Chief Medical Officer") — and where a head-final title starts before its head."""

from __future__ import annotations

from functools import cache

from accordcheck.lang import fold
from accordcheck.reading.components.phrases import Phrases

__all__ = ["TitleHeads"]


class TitleHeads(Phrases):
    """Reads ``per_spans`` (names known so far) besides the text and the pack."""

    def _given_name(self, start: int, end: int) -> bool:
        """A head that is also a first name (the pack's ``given_name_heads``), in a language that
        writes titles in lower case: capitalised inside a sentence, with no determiner before
        it, and a capitalised name after it ("Cheikh Tidiane Gadio", not "le cheikh Tamim")."""
        names = self.pack.words("given_name_heads") if "given_name_heads" in self.pack.titles else frozenset()
        if not names or self.folded[start:end].lower() not in names or not self.text[start].isupper():
            return False
        index = self._token_index(start)
        if index is None or index + 1 >= len(self.tokens) or not self.tokens[index + 1].capitalized:
            return False
        previous = self.tokens[index - 1] if index else None
        determiners = self.pack.words("determiners_before_person", "cues") | self.pack.words("complement_determiners")
        return previous is None or not previous.is_word or previous.lower not in determiners

    def _opens_a_place_name(self, end: int) -> bool:
        """One to three capitalised words after the head end on a built thing's noun (pack
        ``built_things``), capitalised too: the head begins a place's name."""
        built = {fold(w).lower() for w in self.pack.data["cues"].get("built_things", ())}
        k = self._token_index(end)
        for _ in range(4):
            if k is None or k >= len(self.tokens) or self.folded[self.tokens[k - 1].end : self.tokens[k].start] != " " \
                    or not (self.tokens[k].capitalized and self.tokens[k].is_word):
                return False
            if self.tokens[k].lower in built:
                return True
            k += 1
        return False

    def _after_plural_head(self, start: int) -> bool:
        """The word before ``start`` is a one-word head in the plural ("directors", "secretaries")."""
        before = self.folded[max(0, start - 30) : start]
        words = before.split()
        if not words or not before.endswith(" "):
            return False
        word = words[-1].lower()
        singulars = {word[:-1], word[:-2], word[:-3] + "y"} if len(word) > 3 and word.endswith("s") else set()
        return bool(singulars & _singular_heads(self.pack))

    def _premodified_head(self, offset: int, pre_words: frozenset[str], starts: set[int]) -> bool:
        """Another head follows ``offset``, right after it or past capitalised words that
        premodify a head ("Deputy Foreign Minister", "First Deputy Defence Minister")."""
        for step in range(4):
            following = self._next_word_start(offset)
            if following is None:
                return False
            if following in starts:
                return True
            index = self._token_index(following)
            # in title case only: "the deputy energy minister" describes, and stays as it was read
            if index is None or not self.tokens[index].capitalized:
                return False
            if self.tokens[index].lower not in pre_words:
                # "Chief Medical Officer": one word of its own right before the head (see _sandwiched_premodifier)
                after = self._next_word_start(self.tokens[index].end)
                return step == 0 and after in starts and self.tokens[index].is_word and not self.pack.country_of_form(self.tokens[index].text)
            offset = self.tokens[index].end
        return False

    def _sandwiched_premodifier(self, head_start: int, pre_words: frozenset[str]) -> int:
        """In title case, one capitalised word between a premodifier and the head is the
        title's too ("Chief Medical Officer", "Senior Hydrological Adviser", "Principal
        Geospatial Officer"): where the title starts, else ``head_start``."""
        k = self._token_index(head_start)
        if k is None or k < 2:
            return head_start
        word, before = self.tokens[k - 1], self.tokens[k - 2]
        spaced = self.folded[word.end : head_start] == " " and self.folded[before.end : word.start] == " "
        if spaced and word.is_word and word.capitalized and before.capitalized and before.lower in pre_words \
                and not self.pack.country_of_form(word.text) and not any(s <= word.start < e for s, e in self.per_spans):
            return before.start
        return head_start

    def _next_word_start(self, offset: int) -> int | None:
        """Start of the word right after ``offset`` when only spaces part them."""
        index = self._token_index(offset)
        if index is None or index >= len(self.tokens) or self.folded[offset : self.tokens[index].start] != " ":
            return None
        return self.tokens[index].start


@cache
def _singular_heads(pack) -> frozenset[str]:
    """One-word heads, and the first word of longer ones ("attorney" of "attorney general"):
    what a plural before another head may be the plural of."""
    heads = pack.words("official_heads") | pack.non_official_heads
    return frozenset(heads | {h.split()[0] for h in heads if " " in h})
