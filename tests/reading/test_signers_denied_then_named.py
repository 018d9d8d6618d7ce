""""The memorandum was not signed by the ministers. It was signed by …": a denial whose
agents the next sentence replaces denies who signed, not that it was signed. The reader
read no signing in the first sentence, so the text it names had no agreement, and the
next sentence's signers went to the article's other text (or to none). And a signer who
signed "himself" or "personally" signed."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 4, 20)
SECOND_EN = " The Minister of Mines, Petrus Haikali, signed the second text, the Memorandum of Understanding on Critical Minerals."
SECOND_FR = " Le ministre des Mines, Petrus Haikali, a signé le second texte, le mémorandum d’entente sur les minerais critiques."

DENIED_THEN_NAMED = [
    # seen failing (eval-en-w)
    ("en", "Namibia and South Korea have signed two memoranda. The first text, the Memorandum of Understanding on Green "
           "Hydrogen Cooperation, was not signed by the ministers. It was signed for Namibia by the ministry’s Executive "
           "Director, Saima Kaulinge, and for Korea by Kim Do-yeon, Director-General for Hydrogen." + SECOND_EN,
     "Memorandum of Understanding on Green Hydrogen Cooperation"),
    # other members
    ("en", "Namibia and South Korea have signed two memoranda. The Memorandum of Understanding on Green Hydrogen Cooperation "
           "was not signed by the two ministers themselves. Instead, Saima Kaulinge, the ministry’s Executive Director, and "
           "Kim Do-yeon, Director-General for Hydrogen, signed it." + SECOND_EN,
     "Memorandum of Understanding on Green Hydrogen Cooperation"),
    ("fr", "La Namibie et la Corée du Sud ont signé deux mémorandums. Le mémorandum d’entente sur l’hydrogène vert n’a pas "
           "été signé par les ministres eux-mêmes. Il porte la signature de la directrice exécutive du ministère, Saima "
           "Kaulinge, et du directeur général pour l’hydrogène, Kim Do-yeon." + SECOND_FR,
     "mémorandum d’entente sur l’hydrogène vert"),
    ("fr", "La Namibie et la Corée du Sud ont signé deux mémorandums. Le mémorandum d’entente sur l’hydrogène vert n’a pas "
           "été paraphé par les ministres. Ont signé pour la Namibie la directrice exécutive du ministère, Saima Kaulinge, "
           "et pour la Corée le directeur général pour l’hydrogène, Kim Do-yeon." + SECOND_FR,
     "mémorandum d’entente sur l’hydrogène vert"),
]


@pytest.mark.parametrize(("language", "text", "title"), DENIED_THEN_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED_THEN_NAMED)])
def test_signers_denied_then_named_sign_the_text_the_denial_names(language, text, title):
    agreements = {a.instrument.title: a for a in read_document(text, language, PUBLISHED).agreements if a.signed}
    assert title in agreements, list(agreements)
    signers = {p.name for p in agreements[title].people if "signatory" in p.role_names()}
    assert signers == {"Saima Kaulinge", "Kim Do-yeon"}, signers


def test_a_denial_no_sentence_answers_stays_a_denial():
    text = ("Namibia and South Korea discussed green hydrogen on Monday. The Memorandum of Understanding on Green Hydrogen "
            "Cooperation was not signed by the ministers, and officials gave no new date.")
    assert not any(a.signed for a in read_document(text, "en", PUBLISHED).agreements)


REFLEXIVE = [
    ("en", "Namibia and South Korea signed a memorandum on green hydrogen on Monday. The Minister of Mines, Petrus Haikali, himself signed it."),
    ("en", "Namibia and South Korea signed a memorandum on green hydrogen on Monday. Mines Minister Petrus Haikali personally signed the text."),
    ("fr", "La Namibie et la Corée du Sud ont signé lundi un mémorandum sur l’hydrogène vert. Le ministre des Mines, Petrus Haikali, l’a lui-même signé."),
    ("fr", "La Namibie et la Corée du Sud ont conclu lundi un mémorandum sur l’hydrogène vert. Le ministre des Mines, Petrus Haikali, signait le texte au nom de son pays."),
]


@pytest.mark.parametrize(("language", "text"), REFLEXIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(REFLEXIVE)])
def test_a_signer_who_signed_himself_signed(language, text):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    assert "signatory" in people.get("Petrus Haikali", set()), people


SIGNATURE_OF_THE = [
    ("La Namibie et la Corée ont signé lundi un mémorandum. Le texte porte la signature de la directrice exécutive du "
     "ministère, Saima Kaulinge, et du directeur général, Kim Do-yeon.", "Saima Kaulinge"),
    ("La Namibie et la Corée ont signé lundi un mémorandum. Le texte porte la signature de la ministre namibienne Saima "
     "Kaulinge et du directeur général Kim Do-yeon.", "Saima Kaulinge"),
    ("La Namibie et la Corée ont signé lundi un mémorandum. Il porte la signature de l’ambassadeur de Namibie à Séoul, "
     "Petrus Haikali, et du vice-ministre coréen, Kim Do-yeon.", "Petrus Haikali"),
    # "et celle de …": the second signature named by its pronoun (eval-fr-j, eval-fr-l)
    ("La Namibie et la Corée ont signé lundi un mémorandum. Le texte porte la signature de la ministre de l’Énergie, "
     "Saima Kaulinge, et celle du vice-ministre du Commerce, Kim Do-yeon.", "Kim Do-yeon"),
    ("La Namibie et la Corée ont signé lundi un mémorandum. Il porte la signature de M. Petrus Haikali et celle du "
     "directeur général Kim Do-yeon.", "Kim Do-yeon"),
]


@pytest.mark.parametrize(("text", "name"), SIGNATURE_OF_THE, ids=[str(i) for i in range(len(SIGNATURE_OF_THE))])
def test_the_signature_of_a_determined_title_names_a_signer(text, name):
    """"porte la signature de la directrice …, X": the determiner after "de" was read as part
    of the cue's preposition and the first signer lost their role."""
    people = {p.name: set(p.role_names()) for p in read_document(text, "fr", PUBLISHED).agreements[0].people}
    assert "signatory" in people.get(name, set()), people
