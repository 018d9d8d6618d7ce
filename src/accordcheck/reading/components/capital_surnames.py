"""Surnames in capitals, as protocol writes them ("Monsieur Abdelhak BENCHEKROUN-ALAOUI",
"Son Excellence Monsieur Alejandro MÉNDEZ VILLASEÑOR", "Madame Paulina DE LA FUENTE IBARRA").

A name model trained on ordinary prose often stops inside such a surname ("Alejandro
MÉNDEZ"), and the patterns take no word in capitals for a name word (a headline's, an
acronym's): after a given name, a run of words in capitals is the surname.
"""

from __future__ import annotations

from bisect import bisect_left

__all__ = ["is_capital_surname", "through_capital_surname"]


def is_capital_surname(token, pack) -> bool:
    """A word in capitals that may be part of a surname: letters (a hyphen or an apostrophe
    between them), two at least, no post-nominal ("MP", "TD") and no country's form."""
    letters = token.text.replace("-", "").replace("'", "").replace("’", "")
    return (letters.isalpha() and token.text.isupper() and len(letters) >= 2
            and token.text not in (pack.titles.get("post_nominals") or ()) and not pack.country_of_form(token.text))


def through_capital_surname(work, start: int, end: int) -> int:
    """The end of the name at ``start``–``end`` carried over the rest of a surname in capitals
    that it began ("Alejandro MÉNDEZ" → "Alejandro MÉNDEZ VILLASEÑOR"); else ``end``."""
    starts = [token.start for token in work.tokens]
    inside = range(bisect_left(starts, start), bisect_left(starts, end))
    if not inside or not any(is_capital_surname(work.tokens[k], work.pack) for k in inside):
        return end
    j = inside[-1] + 1
    while j < len(work.tokens) and work.text[work.tokens[j - 1].end : work.tokens[j].start] in (" ", "-") \
            and is_capital_surname(work.tokens[j], work.pack):
        end = work.tokens[j].end
        j += 1
    return end
