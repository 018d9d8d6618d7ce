"""Who a signing's agent phrase names: "porte la signature du directeur A, et du colonel B"
names A and B, not the minister named inside B's apposition ("…, membre de la délégation
conduite par le ministre", "…, an adviser to the minister") — for the checks' looser reading
of a sentence, where the reader tied no role to the mention."""

from __future__ import annotations

import re
from functools import cache

from accordcheck.lang import LanguagePack, fold

__all__ = ["in_an_agent_list"]


def in_an_agent_list(gap: str, pack: LanguagePack) -> bool:
    """``gap`` runs from a signing's agent word to a later mention: the mention is one of the
    agents when the gap holds no comma, or when its last stretch — after the last comma or
    coordinator — holds only agent words, determiners (possessives too), honorifics and
    capitalised words ("… et par le", "…, and by his counterpart, Mr", "… and Iraq's"), no
    words of an apposition of its own ("…, an adviser to the")."""
    if "," not in gap:
        return True
    coordinators, allowed = _words(pack)
    tail = re.split(rf",|\b(?:{coordinators})\b", fold(gap), flags=re.IGNORECASE)[-1]
    # (a capitalised word is a name's or a country's: "… and Iraq's")
    return all(w.lower().rstrip(".") in allowed or w[:1].isupper() for w in re.findall(r"[\w'.]+", tail))


@cache
def _words(pack: LanguagePack) -> tuple[str, frozenset[str]]:
    coordinators = "|".join(re.escape(fold(c).lower()) for c in sorted(pack.words("coordinators"), key=len, reverse=True))
    cues = pack.data["cues"]
    allowed = {fold(w).lower() for w in [*cues.get("agent_words", []), *cues.get("possessive_determiners", [])]} \
        | {fold(w).lower() for w in pack.words("complement_determiners")} | {fold(h).lower().rstrip(".") for h in pack.titles["honorifics"]}
    return coordinators, frozenset(allowed)
