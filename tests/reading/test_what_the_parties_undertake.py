"""What an agreement covers is often told after its signing as what each party will do,
with the party as the subject ("Serbia will build the spans and the access road on its bank",
"La partie turque fournirait les référentiels et formerait les formateurs"), or as what the
work it sets up will do, with a past date dating what that work acts on ("The bridge will
replace a single-lane steel structure built in 1991"). Such sentences name no instrument, so
they were no sentences of the agreement's: a correct record citing them failed check. An
official's plans, a third country's, or a sentence past another instrument still lend nothing."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

UNDERTAKINGS = [
    # eval-en-z's Drina bridge and eval-fr-z's Sfax centre (both seen failing); the others
    # written for the class
    ("en", "Serbia and Hungary signed an agreement on the new Szeged bridge in Belgrade on Friday. The two ministers "
           "signed it at the ministry. Serbia will build the spans and Hungary will upgrade the railway line to Szeged.",
     "Serbia will build", "transport"),
    ("fr", "Le directeur de l'agence tunisienne et son homologue turc ont signé lundi à Sfax une lettre d'intention "
           "relative à la création d'un centre d'excellence.\n\nLe gouverneur a assisté à la signature.\n\n"
           "Le futur centre doit accueillir 600 jeunes. La partie turque formerait les formateurs ; la partie "
           "tunisienne mettrait à disposition les bâtiments.", "La partie turque", "capacity_building"),
    ("en", "Ghana and Vietnam signed a memorandum of understanding on rice research in Accra on Monday.\n\n"
           "According to the ministry, Vietnamese scientists will help Ghana breed salt-tolerant varieties, and "
           "Ghanaian agronomists will be trained in Can Tho.", "According to the ministry", "agriculture"),
    ("fr", "Le Sénégal et le Portugal ont signé mardi à Dakar un accord sur la pêche artisanale.\n\n"
           "Le Portugal financera la formation de 200 pêcheurs sénégalais aux techniques de conservation.",
     "Le Portugal financera", "capacity_building"),
    ("en", "Kenya and Japan signed an agreement on the Mombasa port in Nairobi on Tuesday.\n\n"
           "The two countries will also run a joint training school for port engineers.", "The two countries",
     "capacity_building"),
]


@pytest.mark.parametrize("language, text, sentence, code", UNDERTAKINGS)
def test_what_a_party_undertakes_is_what_the_agreement_covers(language, text, sentence, code):
    from accordcheck.reading.reader import read_document

    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert any(document.sentence_text(i).startswith(sentence) for i in agreement.scope)
    assert code in [d.code for d in agreement.domains]


PAST_DATES_AFTER_THE_VERB = [
    # eval-en-z's bridge (seen failing); the others written for the class
    ("en", "Serbia and Bosnia signed an Agreement on the Construction of the Bratunac Bridge in Sarajevo on Friday.\n\n"
           "The two ministers signed it.\n\nThe bridge will replace a single-lane steel structure built in 1991 and "
           "carry lorries across the Drina.", "The bridge will"),
    ("en", "Kenya and Japan signed a grant agreement for the Mombasa port in Nairobi on Tuesday.\n\n"
           "The grant will modernise a container terminal built in 1975 and train port engineers.", "The grant will"),
    ("fr", "Le Luxembourg et le Niger ont signé lundi à Niamey une convention de financement pour l'irrigation.\n\n"
           "Le projet réhabilitera le canal creusé en 1962 et irriguera 3 000 hectares.", "Le projet"),
    ("fr", "Le Japon et Djibouti ont signé un accord de don pour le port de Tadjourah mercredi à Djibouti.\n\n"
           "Le financement servira à moderniser le quai construit en 1985.", "Le financement"),
]


@pytest.mark.parametrize("language, text, sentence", PAST_DATES_AFTER_THE_VERB)
def test_a_past_date_after_the_works_verb_keeps_it_the_agreements(language, text, sentence):
    from accordcheck.reading.reader import read_document

    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert any(document.sentence_text(i).startswith(sentence) for i in agreement.scope)


NOT_UNDERTAKINGS = [
    ("en", "Kenya and Japan signed a grant agreement for the Mombasa port in Nairobi on Tuesday. The Japanese minister "
           "will travel to Mombasa on Wednesday to discuss energy projects.", "energy"),
    ("en", "Kenya and Japan signed a grant agreement for the Mombasa port in Nairobi on Tuesday. France will fund a "
           "solar power plant nearby.", "energy"),
    ("fr", "Le Sénégal et le Portugal ont signé mardi à Dakar un accord sur la pêche artisanale. Un second accord, sur "
           "l'énergie, a été signé le même jour. Le Portugal financera une centrale solaire.", "energy"),
    ("en", "Serbia and Hungary signed an agreement on the Szeged bridge in Belgrade on Friday.\n\n"
           "In 2015, Hungary had already built a solar power plant near the border.", "energy"),
]


@pytest.mark.parametrize("language, text, code", NOT_UNDERTAKINGS)
def test_an_officials_plans_a_third_country_or_another_text_lend_nothing(language, text, code):
    assert code not in [d.code for d in first_agreement(text, language).domains]


REFERRED_BY_A_TITLE_WORD = [
    # eval-en-af's Nepal schools grant (seen failing: two sentences of the ceremony's officials
    # stood between); the others written for the class
    ("en", "Japan and Nepal signed the Exchange of Notes concerning the Project for the Reconstruction of School "
           "Buildings in Kathmandu on Tuesday. The Finance Minister witnessed the exchange. The notes were signed by "
           "the Finance Secretary and the Ambassador of Japan.\n\nUnder the project, 34 school buildings will be "
           "rebuilt and local engineers will be trained.", "Under the project"),
    ("en", "Kenya and Japan signed a grant agreement for the Mombasa Port Programme in Nairobi on Tuesday.\n\n"
           "Through the programme, 200 port engineers will be trained in Yokohama.", "Through the programme"),
    ("fr", "Le Luxembourg et le Niger ont signé lundi à Niamey une convention relative au projet d’irrigation de "
           "Tillabéri. Le ministre de l’Agriculture a assisté à la signature. Le texte a été signé par l’ambassadeur "
           "et la ministre du Plan.\n\nDans le cadre du projet, 3 000 hectares seront irrigués.", "Dans le cadre"),
]


@pytest.mark.parametrize("language, text, sentence", REFERRED_BY_A_TITLE_WORD)
def test_a_sentence_opening_on_the_titles_work_is_the_agreements(language, text, sentence):
    from accordcheck.reading.reader import read_document

    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert any(document.sentence_text(i).startswith(sentence) for i in agreement.scope)


def test_a_work_the_title_does_not_name_is_not():
    from accordcheck.reading.reader import read_document

    text = ("Kenya and Japan signed a grant agreement for the Mombasa Port Programme in Nairobi on Tuesday.\n\n"
            "Under the old railway scheme, solar power plants were built in 2015.")
    agreement = first_agreement(text, "en")
    document = read_document(text, "en", None)
    assert not any(document.sentence_text(i).startswith("Under the old") for i in agreement.scope)
