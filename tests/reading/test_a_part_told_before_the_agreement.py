"""A story may open on one thing an agreement does and only then say it is part of it ("La
faculté accueillera dès septembre douze ingénieurs agronomes congolais. C’est l’un des volets de
la convention spécifique …, signée fin mars à Kinshasa"). The first sentence names no
instrument, so it was no sentence of the agreement's and a correct record citing it failed
check. A sentence that only says the thing is *not* part of it, or names another text, lends
nothing."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

TOLD_BACK = [
    # eval-fr-k's Kwilu seed convention (seen failing); the others written for the class
    ("fr", "GEMBLOUX – La faculté accueillera dès septembre douze ingénieurs agronomes congolais. C’est l’un des volets de "
           "la convention de coopération agricole signée fin mars à Kinshasa. Le texte a été signé par la ministre belge "
           "de la Coopération et le ministre congolais du Plan.", "GEMBLOUX"),
    ("fr", "Dès janvier, les garde-côtes des deux pays patrouilleront ensemble au large de Nouadhibou. Il s’agit de l’un "
           "des axes du mémorandum d’entente signé mardi à Madrid par l’Espagne et la Mauritanie.", "Dès janvier"),
    ("en", "Two hundred Kenyan nurses will be trained in Japanese hospitals next year. This is one of the components of "
           "the memorandum of understanding Kenya and Japan signed in Nairobi on Tuesday.", "Two hundred"),
    ("en", "A joint desk will handle investors' complaints within thirty days. It is part of the agreement on investment "
           "facilitation that India and Chile signed in Santiago on Friday.", "A joint desk"),
]


@pytest.mark.parametrize("language, text, sentence", TOLD_BACK)
def test_a_sentence_told_back_as_part_of_the_agreement_is_its_scope(language, text, sentence):
    from accordcheck.reading.reader import read_document

    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert any(document.sentence_text(i).startswith(sentence) for i in agreement.scope)


NOT_TOLD_BACK = [
    ("en", "Two hundred Kenyan nurses will be trained in Japanese hospitals next year. This is not part of the memorandum "
           "of understanding Kenya and Japan signed in Nairobi on Tuesday.", "Two hundred"),
    ("fr", "Les étudiants mauritaniens obtiendront des visas plus vite. Ce n’est pas l’un des volets du mémorandum "
           "d’entente signé mardi à Madrid par l’Espagne et la Mauritanie.", "Les étudiants"),
    ("fr", "En 2015, les deux pays avaient déjà lancé des patrouilles conjointes. C’est l’un des axes du mémorandum "
           "d’entente signé mardi à Madrid par l’Espagne et la Mauritanie.", "En 2015"),
]


@pytest.mark.parametrize("language, text, sentence", NOT_TOLD_BACK)
def test_a_denial_or_another_text_told_back_is_not(language, text, sentence):
    from accordcheck.reading.reader import read_document

    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert not any(document.sentence_text(i).startswith(sentence) for i in agreement.scope)
