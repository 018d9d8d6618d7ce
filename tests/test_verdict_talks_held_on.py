"""Talks named with a noun — "held talks on port capacity, … and water supply", "had
discussions about …", "ont eu des entretiens sur …", "a tenu une séance de travail
consacrée à …" — cover what was discussed, not what the agreement covers (pack cue
``talks_topics``). Seen missed on eval-en-z (an LLM's inferred domain taken as supported);
others written for the class."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

_EN = ("Djibouti and Ethiopia signed a memorandum of understanding on power interconnection on Monday. It provides for a "
       "second transmission line. On the first day of the visit, the delegation {verb} port capacity and water supply.")
_FR = ("Djibouti et l'Éthiopie ont signé lundi un mémorandum d'entente sur l'interconnexion électrique. Il prévoit une "
       "seconde ligne de transport. Le premier jour de la visite, les deux délégations {verb} l'approvisionnement en eau.")

CASES = [
    ("en", _EN.format(verb="held talks on"), "water supply"),
    ("en", _EN.format(verb="had lengthy discussions about"), "water supply"),
    ("fr", _FR.format(verb="ont eu des entretiens sur"), "approvisionnement en eau"),
    ("fr", _FR.format(verb="ont tenu une séance de travail consacrée à"), "approvisionnement en eau"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1][-60:-30] for c in CASES])
def test_what_talks_were_held_on_is_no_domain(tmp_path, case):
    language, text, words = case
    title = ("memorandum of understanding on power interconnection" if language == "en"
             else "mémorandum d'entente sur l'interconnexion électrique")
    record = record_of(text, language, "2026-01-14", parties=[("DJI", "Djibouti", "Djibouti"), ("ETH", "Ethiopia" if language == "en"
                       else "Éthiopie", "Ethiopia" if language == "en" else "Éthiopie")], date="2026-01-12",
                       expression="on Monday" if language == "en" else "lundi", kind="memorandum_of_understanding", title=title,
                       place=None, domains=[("water", words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity == "error", found
