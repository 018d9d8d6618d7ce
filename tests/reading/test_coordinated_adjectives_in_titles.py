"""Adjectives joined to the ones after an instrument's head belong to its title: "accord de
coopération militaire et technique", "… économique et technique", "… scientifique, technique
et culturelle". Seen in eval-fr-t, where the title stopped at "militaire" (and an LLM's title
cut there passed). A coordinator before anything else ends the title ("… militaire et le
protocole", "… militaire, et le ministre a parlé")."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("un accord de coopération militaire et technique.", "accord de coopération militaire et technique"),
    ("un accord de coopération économique et technique à Pékin.", "accord de coopération économique et technique"),
    ("un accord de coopération scientifique, technique et culturelle.", "accord de coopération scientifique, technique et culturelle"),
    ("un accord de coopération militaire et le protocole.", "accord de coopération militaire"),
    ("un accord de coopération militaire, et le ministre a parlé.", "accord de coopération militaire"),
]


@pytest.mark.parametrize(("tail", "title"), MEMBERS, ids=[str(i) for i in range(len(MEMBERS))])
def test_coordinated_adjectives_belong_to_the_title(tail, title):
    document = read_document("Le Tchad et la Chine ont signé lundi " + tail, "fr", dt.date(2026, 2, 9))
    assert document.instruments and document.instruments[0].title == title, [m.title for m in document.instruments]
