"""Whoever an official "put pen to paper" with — "together with Japan's Vice Minister, Kenji
Mori", "alongside his counterpart, Kenji Mori", "with the Korean minister, Park Seong-jin" —
signed too, as after "signed … together with". Seen failing in eval-en-w, where the partner
got no role and the visiting signatory's side was then guessed from a third country."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

MEMBERS = [
    ("Minister John Kamau himself put pen to paper on the second document, the memorandum on minerals, together "
     "with Japan's First Vice Minister of Trade, Kenji Mori.", "Kenji Mori"),
    ("Minister John Kamau put pen to paper alongside his counterpart, Kenji Mori.", "Kenji Mori"),
    # the instrument's long title between the signing and the partner (eval-en-w)
    ("Minister John Kamau himself signed the second document, the Memorandum of Understanding on Cooperation in the "
     "Field of Critical Minerals, together with Japan's First Vice Minister of Trade, Industry and Energy, Kenji Mori.",
     "Kenji Mori"),
    ("Minister John Kamau put pen to paper on the memorandum with Japan's Vice Minister of Trade, Kenji Mori.",
     "Kenji Mori"),
]


@pytest.mark.parametrize(("text", "name"), MEMBERS, ids=[str(i) for i in range(len(MEMBERS))])
def test_who_put_pen_to_paper_with_someone_both_signed(text, name):
    document = read_document("Kenya and Japan signed two memoranda on Monday. " + text, "en", dt.date(2026, 4, 20))
    people = {p.name: set(p.role_names()) for p in document.people}
    assert "signatory" in people.get(name, set()), people
    assert "signatory" in people.get("John Kamau", set()), people
