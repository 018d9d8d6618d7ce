"""A person's side as their own words give it: the countries a title or an apposition names,
a destination excepted ("Ambassador to Japan" serves in Japan; it is not their side)."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack, fold

__all__ = ["title_sides"]


def title_sides(title: str, pack: LanguagePack) -> list[str]:
    """Countries a title gives as its holder's side: those it names, except one after a
    destination link ("Ambassador to Japan", "High Commissioner to the Maldives",
    "ambassadeur de l’Inde à Oman" → IND), which is where the holder serves."""
    folded = fold(title)
    links = {fold(w).lower() for w in pack.data["cues"]["destination_links"]}
    # "to the Maldives", "à l’Inde": a determiner may stand between the link and the country
    determiners = {fold(w).lower() for w in pack.data["instruments"]["definite_determiners"] if " " not in w} - links
    sides = []
    for match in pack.country_regex.finditer(folded):
        before = re.findall(r"\w+[’']?", folded[: match.start()].lower())
        before = [w for w in before if w not in determiners]
        if before and before[-1] in links:
            continue
        found = pack.countries_in(match.group())
        sides += [c for c in found if c not in sides]
    return sides
