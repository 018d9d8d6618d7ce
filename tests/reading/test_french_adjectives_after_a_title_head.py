"""French puts a title's adjectives after its head: "conseiller technique du ministre de la
Défense", "conseillère diplomatique du président", "directeur général adjoint" — an adjective
known by its ending (pack ``adjective_endings``), not only the few listed modifiers, belongs to
the title, and so does the complement after it. Seen on the development readings (titles cut to
"conseiller", a nameless official beside the named one); the members are written for the
class."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("Le conseiller technique du ministre de la Défense, M. Paul Koffi, a signé le texte.", "Paul Koffi",
     "conseiller technique du ministre de la Défense"),
    ("La conseillère diplomatique du président de la République, Mme Awa Diallo, a signé le texte.", "Awa Diallo",
     "conseillère diplomatique du président de la République"),
    ("Le directeur financier du ministère des Finances, M. Issa Traoré, a signé le texte.", "Issa Traoré",
     "directeur financier du ministère des Finances"),
]


@pytest.mark.parametrize("sentence, name, title", CASES)
def test_the_adjective_and_complement_are_the_title_s(sentence, name, title):
    found = officials(sentence, "fr")
    assert None not in found, found
    assert name in found and title in found[name][0], found


def test_a_verb_after_the_head_is_no_adjective():
    found = officials("Le ministre de la Défense, M. Paul Koffi, a signé le texte.", "fr")
    assert found["Paul Koffi"][0] == ["ministre de la Défense"], found
