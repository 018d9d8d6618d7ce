"""A sentence that says the text lists, identifies or sets out its areas ("The memorandum …
lists three areas of work.", "Le protocole énumère trois domaines.", "The plan identifies four
priorities.") opens the scope of its paragraph: the commitments that follow are what it
covers. Seen on eval-en-z's first reading (three domains of a correct record "only outside
what the agreement covers"); others written for the class."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

_EN = ("Egypt and Kenya signed two memoranda of understanding on Friday. The first, a memorandum of understanding on "
       "water harvesting, was signed by the two water ministers. The second, a memorandum of understanding on tourism, "
       "was signed by the tourism ministers.\n\nWhat the water deal covers\n\nThe water memorandum, a copy of which was "
       "seen by the Daily Horizon, {cue}. Egypt will drill 30 boreholes in Turkana. Kenyan hydrologists will be trained "
       "in Cairo. And the two ministries will set up a joint technical committee.")
_FR = ("L'Égypte et le Kenya ont signé vendredi deux mémorandums d'entente. Le premier, un mémorandum d'entente sur la "
       "récupération des eaux de pluie, a été signé par les deux ministres de l'Eau. Le second, un mémorandum d'entente "
       "sur le tourisme, a été signé par les ministres du Tourisme.\n\nLe contenu\n\nLe mémorandum sur les eaux de pluie {cue}. "
       "L'Égypte forera trente puits dans le Turkana. Des hydrologues kényans seront formés au Caire. Un comité "
       "technique conjoint suivra les projets.")

CASES = [
    ("en", _EN.format(cue="lists three areas of work"), "will be trained"),
    ("en", _EN.format(cue="identifies three priorities"), "will be trained"),
    ("fr", _FR.format(cue="énumère trois domaines"), "seront formés"),
    ("fr", _FR.format(cue="retient trois priorités"), "seront formés"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_what_follows_a_listing_sentence_is_the_scope(tmp_path, case):
    language, text, words = case
    if language == "en":
        title, expression = "memorandum of understanding on water harvesting", "on Friday"
        parties = [("EGY", "Egypt", "Egypt"), ("KEN", "Kenya", "Kenya")]
    else:
        title, expression = "mémorandum d'entente sur la récupération des eaux de pluie", "vendredi"
        parties = [("EGY", "Égypte", "Égypte"), ("KEN", "Kenya", "Kenya")]
    record = record_of(text, language, "2026-08-01", parties=parties, date="2026-07-31", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None, domains=[("capacity_building", words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity != "error", found
