"""A title cut short is not the source's title: the record's title stops where the source's
goes on with more of its own complement ("ministre de l’Immigration" of "ministre de
l’Immigration, des Réfugiés et de la Citoyenneté"). Leaving out a country or a national
adjective is no cut. Seen on eval-fr-j's LLM-style records (a planted paraphrased title that
passed as supported); the other members fail at 1bb35dd."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CUTS = [
    ("fr", "la ministre de l’Immigration, des Réfugiés et de la Citoyenneté, Geneviève Roy", "Geneviève Roy", "ministre de l’Immigration"),
    ("en", "the Minister of Trade and Industry, John Mensah", "John Mensah", "Minister of Trade"),
    ("fr", "le ministre de l’Économie, des Finances et du Plan, Amadou Ba", "Amadou Ba", "ministre de l’Économie"),
    ("en", "the Minister of Foreign Affairs and International Cooperation, Jane Roe", "Jane Roe", "Minister of Foreign Affairs"),
]
WHOLE = [
    ("en", "Pakistani Defence Minister Khawaja Asif", "Khawaja Asif", "Defence Minister"),
    ("en", "the Minister of Defence of Pakistan, Khawaja Asif", "Khawaja Asif", "Minister of Defence"),
    ("fr", "la ministre de l’Immigration, des Réfugiés et de la Citoyenneté, Geneviève Roy", "Geneviève Roy",
     "ministre de l’Immigration, des Réfugiés et de la Citoyenneté"),
]


def _result(tmp_path, language, phrase, name, title):
    if language == "fr":
        text = f"Le Ghana et le Togo ont signé lundi un mémorandum d’entente sur le commerce. Il a été signé par {phrase}, et par son homologue."
        parties, expression, kind_title = [("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo")], "lundi", "mémorandum d’entente sur le commerce"
    else:
        text = f"Ghana and Togo signed a memorandum of understanding on trade on Monday. It was signed by {phrase}, and by his counterpart."
        parties, expression, kind_title = [("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo")], "on Monday", "memorandum of understanding on trade"
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-12", expression=expression,
                       kind="memorandum_of_understanding", title=kind_title, place=None,
                       people=[(name, [title], None, ["signatory"], [phrase])])
    return claim_at(check_one(tmp_path, text, record), "people[0].titles[0]")


@pytest.mark.parametrize("case", CUTS, ids=[c[3] for c in CUTS])
def test_a_title_cut_short_is_an_error(tmp_path, case):
    assert _result(tmp_path, *case).severity == "error"


@pytest.mark.parametrize("case", WHOLE, ids=[c[3] for c in WHOLE])
def test_a_title_without_its_country_or_whole_is_supported(tmp_path, case):
    assert _result(tmp_path, *case).verdict == "supported"


# --- a cut before the complement's own adjective: "ministre de la Santé" of "… Santé publique …" ---
# seen as LLM-style paraphrased titles passing on eval-fr-h and eval-fr-i
ADJECTIVE_CUTS = [
    ("fr", "la ministre de la Santé publique et de la Population, Marie-Claude Jean-Baptiste", "Marie-Claude Jean-Baptiste", "ministre de la Santé"),
    ("fr", "la Ministre des Transports routiers, aériens et ferroviaires, Akossiwa Lawson-Body", "Akossiwa Lawson-Body", "Ministre des Transports"),
    ("fr", "le ministre de l’Enseignement supérieur et de la Recherche scientifique, Issa Traoré", "Issa Traoré", "ministre de l’Enseignement"),
    ("fr", "la ministre de l’Économie numérique, Awa Ndiaye", "Awa Ndiaye", "ministre de l’Économie"),
]
ADJECTIVE_WHOLE = [
    # a country ends the complement: what the reader's title runs on to is no part of it
    ("fr", "l’ambassadeur de Madagascar aux Comores suivait la séance depuis Moroni, Jean Rakoto", "Jean Rakoto", "ambassadeur de Madagascar aux Comores"),
    ("fr", "le directeur général des Douanes sénégalaises, Mamadou Sy", "Mamadou Sy", "directeur général des Douanes"),
]


@pytest.mark.parametrize("case", ADJECTIVE_CUTS, ids=[c[3] for c in ADJECTIVE_CUTS])
def test_a_title_cut_before_its_adjective_is_an_error(tmp_path, case):
    assert _result(tmp_path, *case).severity == "error"


@pytest.mark.parametrize("case", ADJECTIVE_WHOLE, ids=[c[3] for c in ADJECTIVE_WHOLE])
def test_a_title_ending_on_its_country_or_without_its_demonym_is_no_cut(tmp_path, case):
    assert _result(tmp_path, *case).severity != "error"


# --- a cut before the portfolio's other capitalised items after a comma ---
# seen as an LLM-style paraphrased title passing on eval-en-ag; the others written for the class
COMMA_CUTS = [
    ("en", "Uganda's Minister of Trade, Industry and Cooperatives, Sarah Kintu", "Sarah Kintu", "Minister of Trade"),
    ("en", "the Minister of Agriculture, Livestock and Fisheries, John Mensah", "John Mensah", "Minister of Agriculture"),
    ("en", "the Minister of Lands, Housing and Urban Development, Jane Roe", "Jane Roe", "Minister of Lands"),
    ("fr", "la ministre de la Pêche, de l’Élevage et des Productions animales, Awa Ndiaye", "Awa Ndiaye", "ministre de la Pêche"),
]
COMMA_WHOLE = [
    ("en", "Uganda's Minister of Trade, Industry and Cooperatives, Sarah Kintu", "Sarah Kintu",
     "Minister of Trade, Industry and Cooperatives"),
]


@pytest.mark.parametrize("case", COMMA_CUTS, ids=[c[3] for c in COMMA_CUTS])
def test_a_title_cut_before_the_portfolios_other_items_is_an_error(tmp_path, case):
    assert _result(tmp_path, *case).severity == "error"


@pytest.mark.parametrize("case", COMMA_WHOLE, ids=[c[3] for c in COMMA_WHOLE])
def test_the_whole_portfolio_is_supported(tmp_path, case):
    assert _result(tmp_path, *case).verdict == "supported"
