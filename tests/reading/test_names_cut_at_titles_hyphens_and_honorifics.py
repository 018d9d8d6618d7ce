"""Three ways the name model's spans went wrong on fresh French copy (eval-fr-ad, seen
failing): a span that starts on the title's last capitalised word ("vice-ministre des Finances
Phùng Đức Hạnh" → "Finances Phùng Đức Hạnh"), a span cut at a hyphen whose rest was left out
("Hany Abdel" + "-Rahman" + " Soliman"), and an honorific spelled out with its determiner in
apposition ("le ministre de la Santé, le docteur Hany Soliman,"; "le professeur …", a minister
who teaches, stays an official)."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("L'accord a été signé par le vice-ministre des Finances Phùng Đức Hạnh.", "Phùng Đức Hạnh", "vice-ministre des Finances"),
    ("L'accord a été signé par la ministre de la Défense Aminata Touré-Sall.", "Aminata Touré-Sall", "ministre de la Défense"),
    ("Le texte a été signé par le ministre des Ressources hydriques, le docteur Hany Abdel-Rahman Soliman, et par la "
     "ministre ghanéenne.", "Hany Abdel-Rahman Soliman", "ministre des Ressources hydriques"),
    ("Le texte a été signé par le ministre de la Santé, le docteur Hany Soliman, et par la ministre ghanéenne.",
     "Hany Soliman", "ministre de la Santé"),
    ("Le texte a été signé par la ministre de la Santé, la docteure Awa Ndiaye, et par la ministre ghanéenne.",
     "Awa Ndiaye", "ministre de la Santé"),
    ("Le texte a été signé par le ministre de la Santé, le professeur Moussa Diop, et par la ministre ghanéenne.",
     "Moussa Diop", "ministre de la Santé"),
]


@pytest.mark.parametrize("sentence, name, title", CASES)
def test_the_official_is_read_whole_with_the_title(sentence, name, title):
    people = officials(sentence, "fr")
    assert name in people, people
    assert title in people[name][0], people
    assert "signatory" in people[name][1], people


def test_an_academic_stays_out():
    assert officials("Selon le professeur Moussa Diop, économiste à l’université de Dakar, l’accord est utile.", "fr") == {}
