"""Two kinds of names the reader cut or lost. A nickname in quotes between a name's words
("Bishwanauth “Bish” Persaud-Lall", seen failing in eval-en-ah: the record's name was "not
named in the source"): the name runs over it, in any quotation marks, and the name without
the nickname is one the source gives. And the Low Countries' lower-case particles ("Evelien
ter Horst", "Jan ten Cate", "Karl zu Guttenberg"), which left the official unnamed. A
guillemet closes no sentence unless the sentence's own mark is before it: "Abdoulaye « Ablo »
Diop" had been cut in two sentences, losing his signature."""

from __future__ import annotations

import pytest

from accordcheck.reading.document import PersonMention, PersonReading
from helpers.reading import officials

NICKNAMED = [
    # eval-en-ah's minister (seen failing); the others written for the class
    ("en", "Guyana’s Minister of Public Works, Bishwanauth “Bish” Persaud-Lall, signed the text.", "Bishwanauth “Bish” Persaud-Lall"),
    ("en", "The Minister of Finance, Robert \"Bob\" Kanyinda, signed the memorandum.", 'Robert "Bob" Kanyinda'),
    ("en", "Minister of Trade Joseph ‘Joe’ Mensah signed the agreement.", "Joseph ‘Joe’ Mensah"),
    ("fr", "Le ministre des Finances, Abdoulaye « Ablo » Diop, a signé l’accord.", "Abdoulaye « Ablo » Diop"),
    ("fr", "Le ministre de la Défense, Jean-Marie “Jimmy” Kabongo, a signé le texte.", "Jean-Marie “Jimmy” Kabongo"),
]

PARTICLES = [
    ("en", "Minister of Infrastructure and Water Management Evelien ter Horst signed the memorandum.", "Evelien ter Horst"),
    ("en", "The Minister of Trade, Anna ten Brink, signed the agreement.", "Anna ten Brink"),
    ("en", "The German State Secretary, Karl zu Guttenstein, signed the memorandum.", "Karl zu Guttenstein"),
    ("fr", "La ministre néerlandaise du Commerce, Anna ter Brugge, a signé le mémorandum.", "Anna ter Brugge"),
]


@pytest.mark.parametrize("language, sentence, name", NICKNAMED + PARTICLES)
def test_the_whole_name_is_read_and_signs(language, sentence, name):
    people = officials(sentence, language)
    assert name in people, people
    assert "signatory" in people[name][1], people[name]


def test_a_quoted_word_ends_no_name_after_speech():
    people = officials("Le ministre Moussa Diop a déclaré « Oui » Mardi devant la presse.", "fr")
    assert "Moussa Diop" in people, people


@pytest.mark.parametrize("written, bare", [
    ("Bishwanauth “Bish” Persaud-Lall", "Bishwanauth Persaud-Lall"),
    ("Abdoulaye « Ablo » Diop", "Abdoulaye Diop"),
    ("Robert 'Bob' Kanyinda", "Robert Kanyinda"),
])
def test_the_name_without_its_nickname_is_a_variant(written, bare):
    mention = PersonMention(start=0, end=len(written), name=written, name_start=0, name_end=len(written), titles=[], sentence=0)
    person = PersonReading(written, [mention], [], None, None, [], True, True)
    assert bare in person.name_variants()
