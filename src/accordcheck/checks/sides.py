"""A person's side as their own words give it: the countries a title or an apposition names,
a destination excepted ("Ambassador to Japan" serves in Japan; it is not their side)."""

from __future__ import annotations

import re

from accordcheck.lang import LanguagePack, ends_with_phrase, fold

__all__ = ["destinations", "side_named", "title_sides"]


def title_sides(title: str, pack: LanguagePack) -> list[str]:
    """Countries a title gives as its holder's side: those it names, except one after a
    destination link ("Ambassador to Japan", "High Commissioner to the Maldives",
    "ambassadeur de l’Inde à Oman" → IND) or a posting link ("Country Director for
    Timor-Leste"), which is where the holder serves."""
    folded = fold(title)
    links = {fold(w).lower() for w in (*pack.data["cues"]["destination_links"], *pack.data["cues"].get("posting_links", ()))}
    # "to the Maldives", "à l’Inde": a determiner may stand between the link and the country
    determiners = {fold(w).lower() for w in pack.data["instruments"]["definite_determiners"] if " " not in w} - links
    sides = []
    for match in pack.country_regex.finditer(folded):
        before = re.findall(r"\w+[’']?", folded[: match.start()].lower())
        before = [w for w in before if w not in determiners]
        if ends_with_phrase(before, links) and not _possessive_at(folded, match.end(), pack):
            continue
        if pack.in_feature_name(folded, match.start(), match.end()) or _subject_of_a_unit(folded, match, before, pack):
            continue  # "commandant … dans la zone sud de l’océan Indien", "Japan Wing Chief of ERD"
        found = pack.countries_in(match.group())
        sides += [c for c in found if c not in sides]
    return sides


def _subject_of_a_unit(folded: str, match: re.Match[str], before: list[str], pack: LanguagePack) -> bool:
    """The country names an office unit's partner ("Japan Wing", "division Japon"; the pack's
    ``subject_units_after_country`` / ``subject_units_before_country``)."""
    after = re.match(r"\s+([\w-]+)", folded[match.end() :])
    return bool((after and after.group(1).lower() in pack.words("subject_units_after_country", "cues"))
                or (before and before[-1] in pack.words("subject_units_before_country", "cues")))


def side_named(text: str, pack: LanguagePack) -> list[str]:
    """Countries ``text`` names as a side: "pour le Mali", "côté sénégalais", "on behalf of
    Kenya" (the pack's ``side_before_country`` cues, which end where the country begins)."""
    folded = fold(text)
    side = pack.cue("side_before_country")
    found = []
    for match in pack.country_regex.finditer(folded):
        if side.search(folded[max(0, match.start() - 40) : match.start()]):
            found += [c for c in pack.countries_in(match.group()) if c not in found]
    return found


def destinations(text: str, pack: LanguagePack) -> list[str]:
    """Countries ``text`` names after a destination link: where a visit goes ("la visite …
    du ministre pakistanais au Maroc", "a visit to Kenya by")."""
    folded = fold(text)
    links = {fold(w).lower() for w in pack.data["cues"]["destination_links"]}
    determiners = {fold(w).lower() for w in pack.data["instruments"]["definite_determiners"] if " " not in w} - links
    found = []
    for match in pack.country_regex.finditer(folded):
        before = [w for w in re.findall(r"\w+[’']?", folded[max(0, match.start() - 30) : match.start()].lower()) if w not in determiners]
        if ends_with_phrase(before, links) and not _possessive_at(folded, match.end(), pack) and not _title_after(folded, match.end(), pack):
            found += [c for c in pack.countries_in(match.group()) if c not in found]
    return found


def _title_after(folded: str, offset: int, pack: LanguagePack) -> bool:
    """"with visiting Timor-Leste Prime Minister X": a country right before a title (its head,
    or words that premodify one) qualifies the title, whose holder is visiting: no destination."""
    pre = pack.words("pre_head_words") if "pre_head_words" in pack.titles else frozenset()
    at = offset + 1
    for _ in range(3):
        if folded[at - 1 : at] != " ":
            return False
        if pack.title_head_regex.match(folded, at):
            return True
        word = re.match(r"[^\W\d_][\w-]*", folded[at:])
        if word is None or word.group().lower() not in pre:
            return False
        at += word.end() + 1
    return False


def _possessive_at(folded: str, offset: int, pack: LanguagePack) -> bool:
    """"Secretary to Sri Lanka’s Ministry of Education": a country in the possessive after the
    link qualifies what follows it; the link goes to that, not to the country."""
    return any(folded.startswith(fold(p), offset) and not folded[offset + len(fold(p)) : offset + len(fold(p)) + 1].isalpha()
               for p in pack.titles.get("possessive_suffixes", []))
