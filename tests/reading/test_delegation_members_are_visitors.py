"""An official said to belong to the visiting delegation, or to accompany the visitor — "a
member of the visiting delegation", "qui faisait partie de la délégation", "qui accompagnait
le ministre", "La délégation burkinabè comprenait également M. X" — is of the visiting side:
a visitor. The reader knew a delegation's leader ("led by", "at the head of") and its
"including …" list, not its members told this way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 30)

MEMBERS = [
    # seen failing (eval-en-j, eval-fr-e, eval-fr-b, eval-fr-q)
    ("en", "Laos and Qatar signed an MoU on Monday. It was signed by the Lao Vice Minister of Education, Phonesavanh "
           "Inthavong, a member of the visiting delegation.", "Phonesavanh Inthavong"),
    ("fr", "Le Mali et l'Italie ont signé lundi un accord. Il a été signé par la ministre italienne du Travail, Lucia Dalla "
           "Torre, qui faisait partie de la délégation conduite par M. Rinaldi.", "Lucia Dalla Torre"),
    ("fr", "Le Mali et la Belgique ont signé lundi un accord à Bamako. Le chef de la Défense belge, le général Koen Verbeke, "
           "qui accompagnait le ministre, a signé le texte.", "Koen Verbeke"),
    ("fr", "Le Mali et le Burkina Faso ont signé lundi un accord à Bamako. La délégation burkinabè comprenait également M. "
           "Lassané Ouédraogo, ministre des Infrastructures.", "Lassané Ouédraogo"),
    # other members
    ("en", "Ghana and Togo signed an MoU in Lomé on Monday. Ghana's Deputy Minister of Trade, Ama Owusu, who was part of "
           "the Ghanaian delegation, signed it.", "Ama Owusu"),
    ("en", "Ghana and Togo signed an MoU in Lomé on Monday. Ghana's Chief Director of Trade, Ama Owusu, who accompanied the "
           "minister, signed it for Ghana.", "Ama Owusu"),
]


@pytest.mark.parametrize(("language", "text", "name"), MEMBERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEMBERS)])
def test_a_member_of_the_visiting_delegation_is_a_visitor(language, text, name):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).people}
    assert "visitor" in people.get(name, set()), people
