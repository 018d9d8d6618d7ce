"""A release lists two texts of one kind under two names ("- le Mémorandum d’entente relatif à
… interconnexion électrique …", "- le Protocole d’accord de coopération dans le domaine de la
formation …": both memoranda of understanding), after an impersonal signing ("il a été procédé
à la signature des instruments juridiques ci-après :"). The second, definite, was read as a
repeat of the first, and the impersonal signing as none: one agreement instead of two, undated
(eval-fr-ac's Niger–Algeria release, seen). A definite naming of the same kind under another
name and about other things is another text; a bare one goes to the text it names the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 22)

TWO_NAMES = [
    ("fr", "Le mardi 20 janvier 2026, à Niamey, il a été procédé à la signature des instruments juridiques ci-après :\n"
           "- le Mémorandum d'entente relatif à la réalisation d'une ligne d'interconnexion électrique ;\n"
           "- le Protocole d'accord de coopération dans le domaine de la formation aux métiers du pétrole.\n"
           "Le Mémorandum d'entente a été signé par les deux Ministres. Le Protocole d'accord a été signé par les "
           "deux Secrétaires généraux.", ["Mémorandum d'entente relatif", "Protocole d'accord de coopération"]),
    ("en", "On Tuesday, 20 January 2026, in Niamey, the following instruments were signed:\n"
           "- the Memorandum of Understanding on the electricity interconnection line;\n"
           "- the MoU on vocational training for the oil industry.\n"
           "The Memorandum of Understanding was signed by the two Ministers.",
     ["Memorandum of Understanding on", "MoU on vocational"]),
    ("fr", "Le mardi 20 janvier 2026, à Québec, les deux ministres ont signé deux textes :\n"
           "- l'accord de coopération culturelle ;\n"
           "- l'Entente en matière de mobilité de la main-d'œuvre.\n"
           "L'accord a été signé dans la matinée.", ["accord de coopération culturelle", "Entente en matière"]),
]


@pytest.mark.parametrize("language, text, titles", TWO_NAMES)
def test_two_names_of_one_kind_are_two_texts(language, text, titles):
    document = read_document(text, language, PUBLISHED)
    named = [text[a.instrument.start : a.instrument.end] for a in document.agreements if a.instrument is not None]
    assert all(any(n.startswith(t) for n in named) for t in titles), named


def test_a_bare_naming_goes_to_the_text_it_names_the_same_way():
    text = TWO_NAMES[0][1]
    document = read_document(text, "fr", PUBLISHED)
    memorandum = next(a for a in document.agreements if text[a.instrument.start :].startswith("Mémorandum d'entente relatif"))
    told = text.index("Le Mémorandum d'entente a été signé")
    assert document.sentence_of(told) in memorandum.sentences


def test_the_same_text_told_again_in_other_words_stays_one():
    text = ("Le Tchad et le Cameroun ont signé mardi à Yaoundé un accord de coopération militaire. "
            "L'accord de défense a été signé par les deux ministres.")
    assert len(read_document(text, "fr", PUBLISHED).agreements) == 1


IMPERSONAL = [
    "Le 20 janvier 2026, à Niamey, il a été procédé à la signature d’un mémorandum d’entente sur l’énergie.",
    "Le 20 janvier 2026, à Niamey, il avait été procédé à la signature d’un accord de coopération.",
    "À l’issue de l’audience, il a été procédé à la signature d’un protocole d’accord sur la pêche.",
]


@pytest.mark.parametrize("text", IMPERSONAL)
def test_an_impersonal_signing_is_a_signing(text):
    document = read_document(text, "fr", PUBLISHED)
    assert [a for a in document.agreements if a.signed]


LONG_INSERTION = [
    # eval-fr-ad's Côte d'Ivoire–Morocco convention (seen failing): the day, the place and the
    # other signer, with her whole title, between "a procédé" and "à la signature"
    "Le ministre marocain de l’Inclusion économique, M. Abdelghani Tazi, a procédé jeudi 14 mai, à Abidjan, avec la "
    "ministre de l’Enseignement technique, de la Formation professionnelle et de l’Apprentissage, Mme Adjoua Florence "
    "Kouamé, à la signature d’une convention de partenariat.",
    "Le ministre de la Santé a procédé mardi, au siège du ministère, en présence de l’ambassadeur de Turquie et de "
    "nombreux responsables de la direction de la coopération et des partenariats, à la signature d’un mémorandum.",
]


@pytest.mark.parametrize("text", LONG_INSERTION)
def test_a_long_insertion_between_proceeding_and_the_signing(text):
    document = read_document(text, "fr", PUBLISHED)
    assert [a for a in document.agreements if a.signed]


ONE_TEXT_TOLD_AGAIN = [
    # eval-en-i and eval-en-k (seen splitting while this class was written): a naming whose
    # subject is the earlier's in another form, or an earlier naming with no subject of its own
    ("en", "Ethiopia and Pakistan signed a separate memorandum of understanding on pharmaceuticals in Addis Ababa on "
           "Tuesday. The pharmaceutical memorandum was signed by the two ministers."),
    ("en", "Malta and Tunisia on Friday signed a memorandum of understanding in Valletta. The energy memorandum was "
           "signed by the two ministers."),
    ("fr", "Le Niger et l’Algérie ont signé mardi à Niamey un mémorandum d’entente sur l’électricité. Le mémorandum "
           "électrique a été signé par les deux ministres."),
    # eval-en-m (seen splitting): a common noun phrase words the subject otherwise
    ("en", "On Wednesday, in Gothenburg, Sweden and South Africa signed an Implementing Arrangement on Cooperation in "
           "Military Health. For the military hospitals, the medical arrangement may matter more than anything signed in "
           "Stockholm."),
]


@pytest.mark.parametrize("language, text", ONE_TEXT_TOLD_AGAIN)
def test_one_text_told_again_stays_one(language, text):
    assert len(read_document(text, language, PUBLISHED).agreements) == 1
