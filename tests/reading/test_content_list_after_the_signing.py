"""A list of what the parties will do, opened a few sentences after the signing ("According
to the statement, the two countries will:" then "▪ train veterinary staff …"), is what the
agreement covers, though its head names no instrument: the reader tied only sentences that
name or refer to the agreement, so a list after a sentence about the ceremony or the visit
was left out and its domains were "outside what the agreement covers"."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 10, 3)

LISTS = [
    # seen failing (eval-en-w)
    ("en", "Botswana and Zimbabwe on Tuesday signed a memorandum of understanding on animal diseases in Francistown.\n\n"
           "Zimbabwe's Minister of Agriculture, Fortune Madziva, who is on a two-day working visit, witnessed the signing.\n\n"
           "Madziva was received by his counterpart at the veterinary offices on Monday.\n\n"
           "According to the statement, the two countries will:\n"
           "▪ vaccinate cattle along the border on a common calendar;\n"
           "▪ train veterinary staff together at the Botswana Vaccine Institute.\n\n"
           "Beef is Botswana's most valuable farm export."),
    # other members
    ("fr", "Le Sénégal et la Mauritanie ont signé mardi à Dakar un mémorandum d’entente sur la santé animale.\n\n"
           "Les deux ministres de l’Élevage ont assisté à la cérémonie.\n\n"
           "Selon le communiqué, les deux pays s’engagent à :\n"
           "- vacciner le bétail le long de la frontière ;\n"
           "- former des agents vétérinaires dans les écoles des deux pays.\n\n"
           "L’élevage fait vivre un tiers de la population rurale."),
    ("en", "Botswana and Zimbabwe on Tuesday signed a memorandum of understanding on animal diseases in Francistown.\n\n"
           "The ceremony took place at the district veterinary offices.\n\n"
           "Under the arrangements described by officials, both governments shall:\n"
           "• vaccinate cattle along the border;\n"
           "• train veterinary staff at each other's institutes.\n"),
    ("fr", "Le Sénégal et la Mauritanie ont signé mardi à Dakar un mémorandum d’entente sur la santé animale.\n\n"
           "La cérémonie s’est tenue au ministère de l’Élevage.\n\n"
           "Concrètement, les deux administrations vont :\n"
           "• vacciner le bétail le long de la frontière ;\n"
           "• former des agents vétérinaires.\n"),
]


@pytest.mark.parametrize(("language", "text"), LISTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(LISTS)])
def test_a_list_of_what_the_parties_will_do_is_the_agreement_s_scope(language, text):
    document = read_document(text, language, PUBLISHED)
    agreement = document.agreements[0]
    item = document.sentence_of(text.index("rain " if language == "en" else "former "))
    assert {item - 2, item - 1, item} <= set(agreement.sentences), agreement.sentences  # the head and its items
    if language == "en":
        assert "capacity_building" in {d.code for d in agreement.domains}, [(d.code, d.text) for d in agreement.domains]


NOT_ITS_SCOPE = [
    # the text turns to another instrument before the list
    ("en", "Botswana and Zimbabwe on Tuesday signed a memorandum of understanding on animal diseases in Francistown.\n\n"
           "A protocol on tourism was also signed by the two tourism ministers.\n\n"
           "Under it, the two countries will:\n"
           "▪ train tour guides together.\n", "memorandum of understanding on animal diseases"),
    # what the talks covered is no content cue
    ("en", "Botswana and Zimbabwe on Tuesday signed a memorandum of understanding on animal diseases in Francistown.\n\n"
           "The ministers later held talks.\n\n"
           "They discussed:\n"
           "▪ the training of veterinary staff.\n", "memorandum of understanding on animal diseases"),
]


@pytest.mark.parametrize(("language", "text", "title"), NOT_ITS_SCOPE, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_ITS_SCOPE)])
def test_a_list_after_a_turn_or_about_talks_is_not_the_agreement_s_scope(language, text, title):
    agreement = next(a for a in read_document(text, language, PUBLISHED).agreements if a.instrument.title == title)
    assert "capacity_building" not in {d.code for d in agreement.domains}, [(d.code, d.text) for d in agreement.domains]
