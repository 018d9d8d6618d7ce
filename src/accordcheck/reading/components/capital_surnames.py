"""Surnames in capitals, as protocol writes them ("Monsieur Abdelhak BENCHEKROUN-ALAOUI",
"Son Excellence Monsieur Alejandro MÉNDEZ VILLASEÑOR", "Madame Paulina DE LA FUENTE IBARRA").

A name model trained on ordinary prose often stops inside such a surname ("Alejandro
MÉNDEZ"), and the patterns take no word in capitals for a name word (a headline's, an
acronym's): after a given name, a run of words in capitals is the surname.
"""

from __future__ import annotations

from bisect import bisect_left

__all__ = ["is_capital_surname", "through_capital_surname"]


def is_capital_surname(token, pack, following=None) -> bool:
    """A word in capitals that may be part of a surname: letters (a hyphen or an apostrophe
    between them), four at least — or two, when another word in capitals follows ("DE LA
    FUENTE"): a short one alone is an honour or a body ("EGH", "CBS", "UN") — no post-nominal
    ("MP", "TD") and no country's form."""
    letters = token.text.replace("-", "").replace("'", "").replace("’", "")
    short_ok = following is not None and following.text.isupper() and following.text.replace("-", "").isalpha()
    return (letters.isalpha() and token.text.isupper() and (len(letters) >= 4 or (len(letters) >= 2 and short_ok))
            and token.text not in (pack.titles.get("post_nominals") or ()) and not pack.country_of_form(token.text))


def through_capital_surname(work, start: int, end: int) -> int:
    """The end of the name at ``start``–``end`` carried over the rest of a surname in capitals
    that it began ("Alejandro MÉNDEZ" → "Alejandro MÉNDEZ VILLASEÑOR"); else ``end``."""
    starts = [token.start for token in work.tokens]
    inside = range(bisect_left(starts, start), bisect_left(starts, end))
    if not inside or not any(is_capital_surname(work.tokens[k], work.pack, _next(work, k)) for k in inside):
        return end
    j = inside[-1] + 1
    while j < len(work.tokens) and work.text[work.tokens[j - 1].end : work.tokens[j].start] in (" ", "-") \
            and is_capital_surname(work.tokens[j], work.pack, _next(work, j)):
        end = work.tokens[j].end
        j += 1
    return end


def _next(work, index: int):
    """The token after ``index`` when one space parts them, else None."""
    following = index + 1
    if following < len(work.tokens) and work.text[work.tokens[index].end : work.tokens[following].start] == " ":
        return work.tokens[following]
    return None
