"""A country between "visiting" and a title — "with visiting Timor-Leste Prime Minister X
looking on", "the visiting Kenya Defence Minister X" — qualifies the title: the holder is of
that country and is visiting. The check read "visiting Timor-Leste" as where the person was
going and called the record's own country for them "posted to TLS, not of it"
(contradicted) — a correct record failed in eval-en-l once the reader no longer gave the
country itself."""

from __future__ import annotations

import pytest

from accordcheck.checks.sides import destinations
from accordcheck.lang import get_pack

QUALIFIED = [
    # seen failing (eval-en-l)
    ("en", "with visiting Timor-Leste Prime Minister Agostinho Soares da Costa looking on"),
    # other members
    ("en", "in the presence of the visiting Kenya Foreign Minister, Jane Mwangi"),
    ("en", "as visiting Ghana Deputy Minister of Trade Kofi Mensah looked on"),
]


@pytest.mark.parametrize(("language", "words"), QUALIFIED, ids=[f"{c[0]}-{i}" for i, c in enumerate(QUALIFIED)])
def test_a_country_before_a_title_is_no_destination(language, words):
    assert destinations(words, get_pack(language)) == []


@pytest.mark.parametrize(("language", "words", "country"), [
    ("en", "the Minister, who is visiting Kenya this week", "KEN"),
    ("en", "Japan's Ambassador to Kenya, Kenji Sato", "KEN"),
    ("fr", "l’ambassadeur du Japon au Kenya, Kenji Sato", "KEN"),
], ids=["en-visiting", "en-to", "fr-au"])
def test_a_destination_stays_a_destination(language, words, country):
    assert country in destinations(words, get_pack(language))
