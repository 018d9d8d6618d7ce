"""Welcoming news, a decision or a text is a reaction, not hosting: "Kalgoorlie-Boulder’s mayor
welcomed the news", "the governor welcomed the agreement", "le maire a accueilli favorablement
la nouvelle" give no host (eval-en-ai, seen failing: the mayor read as the visit's host, an
official no correct record holds). A person or a delegation welcomed is still hosted."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

_EN = ("Australia and Mongolia signed a mine safety agreement in Perth on Tuesday. Mongolia's Minister of Mining, Bat "
       "Erdene, and Australia's Minister for Resources, Bronwyn Tallis, signed the text.\n\n{sentence}")
_FR = ("Le Maroc et le Niger ont signé mardi à Rabat un accord minier. Le ministre marocain, Ali Bennani, et le ministre "
       "nigérien, Issa Moussa, ont signé le texte.\n\n{sentence}")

REACTIONS = [
    ("en", _EN.format(sentence="Kalgoorlie-Boulder's mayor welcomed the news, saying the city's motels would benefit.")),
    ("en", _EN.format(sentence="The governor of Western Australia welcomed the agreement as a boost for the region.")),
    ("fr", _FR.format(sentence="Le maire de Rabat a accueilli favorablement la nouvelle.")),
    ("fr", _FR.format(sentence="Le gouverneur de la région a accueilli avec satisfaction cette signature.")),
]


@pytest.mark.parametrize("case", REACTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(REACTIONS)])
def test_a_reaction_makes_no_host(case):
    language, text = case
    agreement = read_document(text, language, dt.date(2026, 1, 21)).agreements[0]
    assert not any("host" in p.role_names() for p in agreement.people), [(p.name, p.role_names()) for p in agreement.people]


HOSTED = [
    ("en", _EN.format(sentence="Kalgoorlie-Boulder's mayor welcomed the Mongolian minister at the town hall.")),
    ("fr", _FR.format(sentence="Le maire de Rabat a accueilli la délégation nigérienne à l’hôtel de ville.")),
]


@pytest.mark.parametrize("case", HOSTED, ids=[c[0] for c in HOSTED])
def test_a_person_welcomed_is_hosted(case):
    language, text = case
    agreement = read_document(text, language, dt.date(2026, 1, 21)).agreements[0]
    assert any("host" in p.role_names() for p in agreement.people), [(p.name, p.role_names()) for p in agreement.people]
